// Counts actors per territorial need per département (the département comes from the actor's
// commune code through lookupCommune, i.e. INSEE's COG).
// Run after `npm run build`:  node examples/node/needs-per-departement.mjs [file]
import { lookupCommune, readActors } from '@terreau/core/node';

const file = process.argv[2] ?? new URL('./fixtures/survey.csv', import.meta.url).pathname;
const counts = new Map(); // département → need → count
for await (const { actor } of readActors(file)) {
  if (!actor?.communeCode) continue;
  const dep = lookupCommune(actor.communeCode)?.departement;
  const key = dep ? `${dep.code} ${dep.name}` : '??';
  const perNeed = counts.get(key) ?? new Map();
  for (const need of actor.needs) perNeed.set(need, (perNeed.get(need) ?? 0) + 1);
  counts.set(key, perNeed);
}
for (const [dep, perNeed] of [...counts].sort()) {
  console.log(dep);
  for (const [need, n] of [...perNeed].sort((a, b) => b[1] - a[1])) console.log(`  ${need.padEnd(22)} ${n}`);
}
