// Recommends support actions to a decision-maker for each actor of a survey (answers in
// answers.<criterion> columns, figures in figures.<path> columns), streaming record by record.
// Run after `npm run build`:  node examples/node/recommend-actions.mjs [file.csv] [commune|epci|departement|region|…]
import { readActors, recommendStream } from '@terreau/core/node';

const file = process.argv[2] ?? new URL('./fixtures/survey.csv', import.meta.url).pathname;
const decisionMaker = process.argv[3] ?? 'epci';

async function* assessed() {
  for await (const r of readActors(file)) {
    if (!r.actor) {
      console.error(`row ${r.index + 1}: ${r.issues.map((i) => i.message.en).join(' / ')}`);
      continue;
    }
    const answers = {};
    for (const [k, v] of Object.entries(r.raw ?? {})) if (k.startsWith('answers.') && v !== '') answers[k.slice(8)] = /^\d$/.test(v) ? Number(v) : v;
    yield { actor: r.actor, answers };
  }
}

for await (const { actor, recommendation } of recommendStream(assessed(), { decisionMaker, date: '2026-06-01' })) {
  const top = recommendation.actions.slice(0, 3).map((a) => `${a.rank}. ${a.actionId} (${a.priority})`);
  console.log(`${actor.name} — confidence ${recommendation.confidence}\n   ${top.join('\n   ') || '(no action)'}`);
}
