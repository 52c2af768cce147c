// French messages: catalogue — each entry's label (catalogue-labels.ts) with its description
// (catalogue-descriptions.ts), and the reason texts. The English file (../en/catalogue.ts) has the same type.
import { describeCatalogue } from '../describe-catalogue.js';
import { catalogueDescriptionsFr } from './catalogue-descriptions.js';
import { catalogueLabelsFr } from './catalogue-labels.js';
import { catalogueReasonsFr } from './catalogue-reasons.js';

export type { CatalogueEntry } from '../describe-catalogue.js';

export const catalogueFr = describeCatalogue(catalogueLabelsFr, catalogueDescriptionsFr, catalogueReasonsFr);
export type CatalogueMessages = typeof catalogueFr;
