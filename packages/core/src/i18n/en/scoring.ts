// English messages: scoring — labels joined with the questionnaire. Same type as the French file (../fr/scoring.ts).
import { joinScoring } from '../join-scoring.js';
import type { ScoringMessages } from '../fr/scoring.js';
import { scoringLabelsEn } from './scoring-labels.js';
import { scoringQuestionsEn } from './scoring-questions.js';

export const scoringEn: ScoringMessages = joinScoring(scoringLabelsEn, scoringQuestionsEn);
