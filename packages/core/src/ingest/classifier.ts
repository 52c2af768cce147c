// The default classifier of read rows: INSEE legal category (+ SIRENE ESS flag, NAF) → actor type,
// by data/legal-categories.ts. The same for the widgets, the Node reader and the CLI.
import { classifyLegalUnit } from '../data/legal-categories.js';
import type { LegalUnitClassifier } from '../formats/actor-row.js';

export const defaultClassifier: LegalUnitClassifier = (unit) => {
  const c = classifyLegalUnit({ categorieJuridique: unit.categorieJuridique, ess: unit.ess, naf: unit.naf });
  return c.type ? { type: c.type } : null;
};
