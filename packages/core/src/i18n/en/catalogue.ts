import type { CatalogueMessages } from '../fr/catalogue.js';

export const catalogueEn: CatalogueMessages = {};
