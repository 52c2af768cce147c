// The same inputs on an empty element with do-nothing listeners: how long the browser itself
// takes from an input's timestamp to the listener, before any map code could run.
import { afterPaint, p95 } from './points.js';

const el = document.querySelector('.ess-mv');
const queue = { wheel: [], pointermove: [], keydown: [] };
let recording = false;
for (const type of Object.keys(queue)) {
  el.addEventListener(
    type,
    (e) => {
      if (type === 'wheel') e.preventDefault();
      if (recording && (type !== 'pointermove' || e.buttons !== 0)) queue[type].push(performance.now() - e.timeStamp);
    },
    { passive: false },
  );
}
window.__bench = {
  async setup() {},
  async firstPaint() {
    return {};
  },
  record(on) {
    recording = on;
  },
  results() {
    const all = [...queue.wheel, ...queue.pointermove, ...queue.keydown];
    return {
      samples: all.length,
      inputQueueP95Ms: p95(all),
      byInput: Object.fromEntries(Object.entries(queue).map(([k, v]) => [k, { n: v.length, p95: p95(v), max: v.length ? Math.max(...v) : null }])),
    };
  },
  afterPaint,
};
window.__ready = true;
