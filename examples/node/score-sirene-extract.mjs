// Scores a SIRENE-like extract: classify each legal unit from its legal category and ESS flag,
// validate it, and print its pérennité score (the extract carries no answers, so completeness is 0:
// add answers.<criterion> columns, as in fixtures/survey.csv, to get scores).
// Run after `npm run build`:  node examples/node/score-sirene-extract.mjs [file.csv]
import { readActors, scoreStream } from '@terreau/core/node';

const file = process.argv[2] ?? new URL('./fixtures/survey.csv', import.meta.url).pathname;
let rejected = 0;
async function* valid() {
  for await (const r of readActors(file, { source: 'SIRENE extract' })) {
    if (r.actor) yield { actor: r.actor, answers: answersOf(r.raw) };
    else {
      rejected += 1;
      console.error(`row ${r.index + 1}: ${r.issues.map((i) => i.message.en).join(' / ')}`);
    }
  }
}
function answersOf(raw) {
  const answers = {};
  for (const [k, v] of Object.entries(raw ?? {})) if (k.startsWith('answers.') && v !== '') answers[k.slice(8)] = /^\d$/.test(v) ? Number(v) : v;
  return answers;
}
for await (const { actor, score } of scoreStream(valid(), { date: '2026-06-01' })) {
  console.log(`${actor.name.padEnd(40)} ${actor.type.padEnd(20)} ${String(score.overall === null ? '—' : Math.round(score.overall)).padStart(5)} ${score.band ?? ''} (completeness ${Math.round(score.completeness * 100)} %)`);
}
console.error(`${rejected} rejected row(s)`);
