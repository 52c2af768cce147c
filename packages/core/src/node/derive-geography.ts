// Geography derived from the COG bundled with @etalab/decoupage-administratif (Node only): the
// commune from the postcode and the city when the record gives no commune code (ambiguity said,
// never guessed), then the département, the région and the EPCI from the commune when the record
// gives none. What a record states is never overwritten. DROM membership follows from the
// département (97x) where zones are read (directory/actor-facet-values.ts).
import type { Actor } from '../schema/actor.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { issueWithMessage } from '../schema/parse-actors.js';
import { communeOfPostcode, lookupCommune } from './lookup-commune.js';

/** Fills the geography of `actor` in place; returns a warning when the commune is ambiguous. */
export function deriveGeography(actor: Actor, index: number): RecordIssue | null {
  let warning: RecordIssue | null = null;
  if (actor.communeCode === undefined && actor.address?.postcode !== undefined) {
    const found = communeOfPostcode(actor.address.postcode, actor.address.city);
    if (found && 'code' in found) actor.communeCode = found.code;
    else if (found) {
      warning = issueWithMessage({
        index,
        collection: 'actors',
        id: actor.id,
        path: 'communeCode',
        code: 'commune_ambiguous',
        value: `${actor.address.postcode} ${actor.address.city ?? ''}`.trim(),
        params: { candidates: found.candidates },
      });
    }
  }
  if (actor.communeCode !== undefined && (actor.departementCode === undefined || actor.regionCode === undefined || actor.epciCode === undefined)) {
    const c = lookupCommune(actor.communeCode);
    if (c) {
      if (actor.departementCode === undefined && c.departement) actor.departementCode = c.departement.code;
      if (actor.regionCode === undefined && c.region) actor.regionCode = c.region.code;
      if (actor.epciCode === undefined && c.epci && /^\d{9}$/.test(c.epci.code)) actor.epciCode = c.epci.code;
    }
  }
  return warning;
}
