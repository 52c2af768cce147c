// French messages: catalogue. The English file (../en/catalogue.ts) has the same shape, checked by the type.
export const catalogueFr = {};
export type CatalogueMessages = typeof catalogueFr;
