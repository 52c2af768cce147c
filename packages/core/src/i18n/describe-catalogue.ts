// Joins the catalogue labels and their descriptions into the entries of `messages.catalogue`
// ({ label, description } for each id), the same for every locale. The two halves live apart so that
// a widget showing only labels bundles only labels.
import type { CatalogueLabels } from './fr/catalogue-labels.js';
import type { CatalogueReasons } from './fr/catalogue-reasons.js';
import type { CatalogueDescriptions } from './fr/catalogue-descriptions.js';

/** A label, and a one- or two-sentence description. */
export interface CatalogueEntry {
  label: string;
  description: string;
}

type Entries<T> = { [K in keyof T]: CatalogueEntry };

function describe<T extends Record<string, { label: string }>>(labels: T, descriptions: Record<keyof T, string>): Entries<T> {
  const entries = {} as Entries<T>;
  for (const [key, { label }] of Object.entries(labels) as [keyof T & string, { label: string }][]) {
    entries[key] = { label, description: descriptions[key] };
  }
  return entries;
}

/** The catalogue messages of one locale: every label with its description, and the reason texts. */
export function describeCatalogue(labels: CatalogueLabels, descriptions: CatalogueDescriptions, reasons: CatalogueReasons) {
  return {
    ...labels,
    families: describe(labels.families, descriptions.families),
    types: describe(labels.types, descriptions.types),
    needs: describe(labels.needs, descriptions.needs),
    themes: describe(labels.themes, descriptions.themes),
    activities: describe(labels.activities, descriptions.activities),
    approvals: describe(labels.approvals, descriptions.approvals),
    zonings: describe(labels.zonings, descriptions.zonings),
    assets: describe(labels.assets, descriptions.assets),
    partnerRoles: describe(labels.partnerRoles, descriptions.partnerRoles),
    employeeBands: describe(labels.employeeBands, descriptions.employeeBands),
    budgetBands: describe(labels.budgetBands, descriptions.budgetBands),
    stages: describe(labels.stages, descriptions.stages),
    essScopes: describe(labels.essScopes, descriptions.essScopes),
    essMemberships: describe(labels.essMemberships, descriptions.essMemberships),
    confidence: reasons.confidence,
    legalReasons: reasons.legalReasons,
    fragility: { ...reasons.fragility, criteria: describe(reasons.fragility.criteria, descriptions.fragility.criteria) },
  };
}
