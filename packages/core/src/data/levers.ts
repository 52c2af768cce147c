// The six levers of a local public decision-maker for the pérennité of ESS enterprises (ANCT 2021
// study, DOMAIN §7). Each lever groups actions of data/actions.ts. Labels and summaries:
// messages.recommend.levers[id].
import * as z from 'zod/mini';
import { ACTION_IDS, LEVER_IDS } from './ids.js';

/** How the decision-maker engages: one enterprise at a time, or a collective dynamic. */
export const LeverScale = z.enum(['individual', 'collective', 'public']);
export type LeverScale = z.infer<typeof LeverScale>;

export const Lever = z.object({
  id: z.enum(LEVER_IDS),
  /** Position in the study (1–6). */
  rank: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(6)),
  scale: LeverScale,
  /** The actions of the lever, in the study's order. */
  actions: /* @__PURE__ */ z.array(z.enum(ACTION_IDS)).check(z.minLength(1)),
});
export type Lever = z.infer<typeof Lever>;

export const levers: readonly Lever[] = [
  {
    id: 'financial',
    rank: 1,
    scale: 'individual',
    actions: ['operating-subsidy', 'investment', 'project-funding', 'sector-policies', 'approval-top-up', 'advance-funds', 'secure-existing'],
  },
  { id: 'in-kind', rank: 2, scale: 'individual', actions: ['equipment', 'premises', 'staff'] },
  { id: 'procurement', rank: 3, scale: 'individual', actions: ['prior-exchanges', 'direct-purchase', 'procurement-access'] },
  { id: 'support', rank: 4, scale: 'collective', actions: ['technical-engineering', 'financial-engineering'] },
  { id: 'promotion', rank: 5, scale: 'public', actions: ['institutional-communication', 'territorial-marketing', 'crowdfunding'] },
  { id: 'collective', rank: 6, scale: 'collective', actions: ['groupings', 'value-chains'] },
];
