// English messages: catalogue — labels with their descriptions. Same type as the French file (../fr/catalogue.ts).
import { describeCatalogue } from '../describe-catalogue.js';
import type { CatalogueMessages } from '../fr/catalogue.js';
import { catalogueDescriptionsEn } from './catalogue-descriptions.js';
import { catalogueLabelsEn } from './catalogue-labels.js';
import { catalogueReasonsEn } from './catalogue-reasons.js';

export const catalogueEn: CatalogueMessages = describeCatalogue(catalogueLabelsEn, catalogueDescriptionsEn, catalogueReasonsEn);
