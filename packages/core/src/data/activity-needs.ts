// Which needs each activity answers (ANCT 2021 study), and the needs of a set of activities, zod-free:
// the catalogue (data/needs.ts) builds its activities from this table, and the fast path of the
// readers (ingest/fast-actor.ts) derives an actor's needs with it without evaluating zod.
import { NEED_IDS } from './ids.js';
import type { ActivityId, NeedId } from './ids.js';

/** Activities, each with the needs it answers (main need first). */
export const activityNeeds: Record<ActivityId, readonly NeedId[]> = {
  'short-circuit': ['local-know-how', 'healthy-food'],
  'local-currency': ['local-know-how', 'social-ties'],
  'solidarity-concierge': ['local-know-how', 'social-ties', 'employment-access'],
  'citizen-energy': ['renewable-energy'],
  'food-workshop': ['healthy-food', 'employment-access', 'waste-resource'],
  'social-grocery': ['healthy-food', 'social-ties'],
  'cooperative-grocery': ['healthy-food', 'local-know-how'],
  'shared-garden': ['healthy-food', 'social-ties'],
  'eco-logistics': ['freight-mobility'],
  'holiday-village': ['territorial-reach'],
  'alternative-accommodation': ['territorial-reach'],
  'heritage-enhancement': ['territorial-reach', 'culture-sport'],
  'insertion-scheme': ['employment-access'],
  'collective-entrepreneurship': ['employment-access', 'local-know-how'],
  'socio-aesthetic': ['employment-access', 'care-access'],
  'personal-services': ['employment-access', 'dependency'],
  'solidarity-garage': ['sustainable-mobility', 'employment-access'],
  'bike-workshop': ['sustainable-mobility', 'waste-resource'],
  'social-driving-school': ['sustainable-mobility', 'employment-access'],
  'mobility-platform': ['sustainable-mobility', 'employment-access'],
  'inclusive-housing': ['housing', 'dependency'],
  'intergenerational-housing': ['housing', 'dependency', 'social-ties'],
  'young-workers-housing': ['housing', 'employment-access'],
  'digital-workshop': ['digital-inclusion'],
  'adapted-sport': ['dependency', 'culture-sport', 'care-access'],
  'patient-support': ['dependency', 'care-access'],
  'carers-house': ['dependency'],
  'addiction-care': ['care-access'],
  'health-centre': ['care-access'],
  'alternative-childcare': ['parenting'],
  'toy-library': ['parenting', 'social-ties'],
  'local-festival': ['culture-sport', 'territorial-reach'],
  'cultural-support': ['culture-sport'],
  'sport-for-all': ['culture-sport', 'social-ties'],
  'associative-cafe': ['social-ties'],
  'mutual-aid': ['social-ties'],
  fablab: ['social-ties', 'digital-inclusion', 'local-know-how'],
  coworking: ['social-ties', 'territorial-reach'],
  'food-waste': ['waste-resource', 'healthy-food'],
  ressourcerie: ['waste-resource', 'employment-access'],
};

/** Needs answered by a set of activities, without repeats, in the study's order of needs. */
export function needsOfActivities(ids: Iterable<ActivityId>): NeedId[] {
  const found = new Set<NeedId>();
  for (const id of ids) {
    const served = Object.prototype.hasOwnProperty.call(activityNeeds, id) ? activityNeeds[id] : undefined;
    if (served) for (const n of served) found.add(n);
  }
  return NEED_IDS.filter((n) => found.has(n));
}

