import type { ScoringMessages } from '../fr/scoring.js';

export const scoringEn: ScoringMessages = {};
