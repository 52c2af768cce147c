// One worked recommendation per kind of decision-maker, from the built package: who asks, for which
// enterprise, what it is asked for; prints the actions to do first with their one-line why, the
// cautions, the subsidy checklist and the exclusions that differ by competence. The README's
// "Recommendations" section is this script's output.
// Run: npm run build && node examples/node/recommend-by-decision-maker.mjs
import { Actor, caseStudies, formatReason, messagesEn, recommendActions } from '@terreau/core';

const caseStudy = (id) => Actor.parse(caseStudies.find((a) => a.id === id));
const DATE = '2026-12-02';
const examples = [
  { kind: 'commune', actor: 'cs-cap-sport', request: 'operating', currentSupport: ['operating-subsidy', 'premises'] },
  { kind: 'epci', actor: 'cs-8-fablab-drome', request: 'investment', publicCapitalShare: 0.35, proposedCapitalShare: 0.2 },
  { kind: 'departement', actor: 'cs-ambiance-bois', request: 'investment' },
  { kind: 'region', actor: 'cs-ambiance-bois', request: 'investment' },
  { kind: 'service-etat', actor: 'cs-espace-culturel-chaillol', request: 'label' },
  { kind: 'caf', actor: 'cs-cafe-pluche', request: 'project' },
  { kind: 'bailleur-social', actor: 'cs-desbals-services', request: 'premises' },
  { kind: 'collectivite-unique', actor: 'cs-reseau-pouce-pouce', request: 'cash-flow', fundingSources: ['fse'] },
];
for (const { kind, actor, ...rest } of examples) {
  const r = recommendActions({ actor: caseStudy(actor), decisionMaker: { kind }, date: DATE, ...rest });
  console.log(`\n### ${kind} — ${actor}, request ${rest.request}`);
  for (const id of r.first) {
    const a = r.actions.find((x) => x.actionId === id);
    const extra = [
      a.instruments.length > 0 ? `instruments ${a.instruments.join(', ')}` : '',
      a.cautions.length > 0 ? `cautions ${a.cautions.map((c) => c.code).join(', ')}` : '',
      a.checklist.length > 0 ? `checklist ${a.checklist.map((c) => `${c.itemId} (${c.status})`).join(', ')}` : '',
    ].filter(Boolean);
    console.log(`${a.first.order}. ${a.actionId} — ${formatReason(a.first.why, messagesEn)}${extra.length ? `\n   ${extra.join('; ')}` : ''}`);
  }
  console.log(`then by lever: ${r.groups.map((g) => `${g.leverId} (${g.actionIds.join(', ')})`).join('; ')}`);
  const closed = r.excluded.filter((e) => e.reasons.some((x) => x.ruleId !== undefined || x.code.startsWith('excluded-not-competent') || x.code.includes('departement')));
  if (closed.length > 0) console.log(`closed by competence: ${closed.map((e) => `${e.actionId} [${[...new Set(e.reasons.map((x) => x.code))].join(', ')}]`).join('; ')}`);
}
