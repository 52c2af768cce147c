// Finds territories (EPCI) whose needs have no actor: the gaps of each shared diagnosis.
// Run after `npm run build`:  node examples/node/uncovered-needs.mjs [file]
import { lookupCommune, needsCoverage, readActors } from '@terreau/core/node';

const file = process.argv[2] ?? new URL('./fixtures/survey.csv', import.meta.url).pathname;
const byEpci = new Map();
for await (const { actor } of readActors(file)) {
  if (!actor?.communeCode) continue;
  const epci = lookupCommune(actor.communeCode)?.epci;
  const key = epci ? `${epci.name} (${epci.code})` : `commune ${actor.communeCode}`;
  byEpci.set(key, [...(byEpci.get(key) ?? []), actor]);
}
for (const [territory, actors] of byEpci) {
  const { missing } = needsCoverage(actors);
  console.log(`${territory}: ${actors.length} actor(s); ${missing.length} need(s) with no actor: ${missing.join(', ')}`);
}
