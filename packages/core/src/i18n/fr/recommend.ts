// French messages: recommend. The English file (../en/recommend.ts) has the same shape, checked by the type.
export const recommendFr = {};
export type RecommendMessages = typeof recommendFr;
