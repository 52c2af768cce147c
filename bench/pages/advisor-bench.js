// Runs inside bench/pages/advisor.html (driven by bench/advisor.js). Measures, on the built bundle:
//  - time to interactive: from the end of the bundle's download to the advisor's first render done
//    and its first radio button focusable;
//  - answer → results: a click on an answer until the element has re-rendered its results and the
//    layout is computed (what the next paint shows), over many answers across all criteria;
//  - the same until the next animation frame has run (includes waiting for the frame);
//  - opening the results step (the full report rendered and laid out).
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const stats = (xs) => ({
  n: xs.length,
  min: +Math.min(...xs).toFixed(3),
  median: +quantile(xs, 0.5).toFixed(3),
  p95: +quantile(xs, 0.95).toFixed(3),
  max: +Math.max(...xs).toFixed(3),
});
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));

async function run() {
  await customElements.whenDefined('ess-lever-advisor');
  const el = document.getElementById('bench');
  await el.updateComplete;
  const bundle = performance.getEntriesByType('resource').find((e) => e.name.includes('terreau-elements.js'));
  const interactiveAt = performance.now();
  const tti = bundle ? interactiveAt - bundle.responseEnd : null;

  // Go to the results step once so the full results (chart, actions) are rendered on every answer.
  const root = el.shadowRoot;
  const stepButtons = [...root.querySelectorAll('.progress button')];
  const results = root.querySelector('.results');
  const layoutOf = () => results.getBoundingClientRect().height;

  const samples = [];
  const frames = [];
  const steps = ['economics', 'team', 'ecosystem', 'needs-fit'];
  const rounds = Number(new URL(location.href).searchParams.get('rounds') ?? 12);
  for (let round = 0; round < rounds; round += 1) {
    for (const stepIndex of [2, 3, 4, 5]) {
      stepButtons[stepIndex].click();
      await el.updateComplete;
      const radios = [...root.querySelectorAll('.criterion input[type=radio]')];
      // One answer per criterion per round, varying the level so the band changes.
      const byName = new Map();
      for (const r of radios) (byName.get(r.name) ?? byName.set(r.name, []).get(r.name)).push(r);
      for (const group of byName.values()) {
        const pick = group[(round + group.length) % group.length];
        const t0 = performance.now();
        pick.click();
        await el.updateComplete;
        layoutOf();
        samples.push(performance.now() - t0);
        await nextFrame();
        frames.push(performance.now() - t0);
      }
    }
  }
  void steps;
  // Opening the results step: the full report (chart, table, actions with reasons, steps, legal bases).
  const opens = [];
  for (let i = 0; i < 30; i += 1) {
    stepButtons[2].click();
    await el.updateComplete;
    const t0 = performance.now();
    stepButtons[stepButtons.length - 1].click();
    await el.updateComplete;
    root.querySelector('.results').getBoundingClientRect();
    opens.push(performance.now() - t0);
    await nextFrame();
  }
  window.__benchResult = {
    openResultsStep: stats(opens),
    timeToInteractiveMs: tti === null ? null : +tti.toFixed(3),
    bundleTransferBytes: bundle ? bundle.transferSize : null,
    answerToResults: stats(samples),
    answerToNextFrame: stats(frames),
  };
}
run().catch((e) => {
  window.__benchResult = { error: String(e && e.stack ? e.stack : e) };
});
