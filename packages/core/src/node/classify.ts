// The default classifier of read rows: INSEE legal category (+ SIRENE ESS flag, NAF) → actor type,
// by data/legal-categories.ts. Rows whose category maps to no type keep no type (parseActors reports it).
import { classifyLegalUnit } from '../data/legal-categories.js';
import type { LegalUnitClassifier } from '../formats/actor-row.js';

export const defaultClassifier: LegalUnitClassifier = (unit) => {
  const c = classifyLegalUnit({ categorieJuridique: unit.categorieJuridique, ess: unit.ess, naf: unit.naf });
  return c.type ? { type: c.type } : null;
};
