// French messages: scoring. The English file (../en/scoring.ts) has the same shape, checked by the type.
export const scoringFr = {};
export type ScoringMessages = typeof scoringFr;
