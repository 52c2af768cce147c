// Needs inferred from what a record says of itself — its type, its approvals, its NAF code — for
// actors that declare none. OUR READING, not a source's: an insertion structure (ACI, AI, EI,
// ETTI, GEIQ…) answers access to work by its very convention; a NAF code names the activity a
// need is answered by. Inferred needs are never written into the actor: they are returned apart
// and shown as inferred (directory/needs-coverage.ts), so nothing is stated as fact.
import type { ApprovalId, NeedId } from '../data/ids.js';
import type { Actor } from '../schema/actor.js';

/** Approvals → the need the approval's purpose answers. */
export const NEEDS_OF_APPROVALS: Readonly<Partial<Record<ApprovalId, readonly NeedId[]>>> = {
  aci: ['employment-access'],
  ai: ['employment-access'],
  ei: ['employment-access'],
  etti: ['employment-access'],
  geiq: ['employment-access'],
  esat: ['employment-access'],
  ea: ['employment-access'],
  'regie-de-quartier': ['employment-access', 'social-ties'],
  evs: ['social-ties'],
  'centre-social': ['social-ties'],
  jep: ['culture-sport'],
  sport: ['culture-sport'],
  'scene-conventionnee': ['culture-sport'],
};

/** Actor types → needs (the insertion and disability employers, social centres). */
export const NEEDS_OF_TYPES: Readonly<Partial<Record<Actor['type'], readonly NeedId[]>>> = {
  aci: ['employment-access'],
  ai: ['employment-access'],
  ei: ['employment-access'],
  etti: ['employment-access'],
  geiq: ['employment-access'],
  esat: ['employment-access'],
  'entreprise-adaptee': ['employment-access'],
  'regie-de-quartier': ['employment-access', 'social-ties'],
  'centre-social': ['social-ties'],
};

/** NAF rév. 2 code prefixes ("88.91" matches "88.91A") → needs; the longest prefix wins. */
export const NEEDS_OF_NAF: Readonly<Record<string, readonly NeedId[]>> = {
  '01.1': ['healthy-food'], // non-perennial crops (market gardening)
  '01.13': ['healthy-food'],
  '10.': ['healthy-food'], // food processing
  '35.11': ['renewable-energy'], // electricity production
  '38.': ['waste-resource'], // waste collection, treatment, recovery
  '47.79': ['waste-resource'], // second-hand goods shops (ressourceries)
  '49.3': ['sustainable-mobility'], // passenger land transport
  '55.2': ['territorial-reach'], // holiday accommodation
  '55.3': ['territorial-reach'], // campsites
  '68.2': ['housing'], // renting of dwellings
  '78.': ['employment-access'], // employment activities (intermediary associations, temporary work)
  '85.5': ['employment-access'], // other education: adult training
  '86.': ['care-access'], // human health
  '87.': ['dependency'], // residential care
  '88.1': ['dependency'], // social work without accommodation for the elderly and disabled
  '88.91': ['parenting'], // child day-care
  '90.0': ['culture-sport'], // arts and performances
  '91.0': ['culture-sport'], // libraries, museums, heritage
  '93.1': ['culture-sport'], // sports
  '95.1': ['digital-inclusion'], // repair of computers
};

function nafNeeds(naf: string | undefined): readonly NeedId[] {
  if (naf === undefined) return [];
  let best = '';
  for (const prefix of Object.keys(NEEDS_OF_NAF)) if (naf.startsWith(prefix) && prefix.length > best.length) best = prefix;
  return best === '' ? [] : (NEEDS_OF_NAF[best] ?? []);
}

/** The needs an actor's type, approvals and NAF code point to (possibly none), in no particular order. */
export function inferNeeds(actor: Pick<Actor, 'type' | 'approvals' | 'naf'>): NeedId[] {
  const out = new Set<NeedId>(NEEDS_OF_TYPES[actor.type] ?? []);
  for (const a of actor.approvals) for (const n of NEEDS_OF_APPROVALS[a] ?? []) out.add(n);
  for (const n of nafNeeds(actor.naf)) out.add(n);
  return [...out];
}
