// French messages: errors. The English file (../en/errors.ts) has the same shape, checked by the type.
export const errorsFr = {};
export type ErrorsMessages = typeof errorsFr;
