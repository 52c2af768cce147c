// French messages: toolkit. The English file (../en/toolkit.ts) has the same shape, checked by the type.
export const toolkitFr = {};
export type ToolkitMessages = typeof toolkitFr;
