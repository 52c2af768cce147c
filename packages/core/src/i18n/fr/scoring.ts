// French messages: scoring — the labels (scoring-labels.ts) joined with the questionnaire
// (scoring-questions.ts). The English file (../en/scoring.ts) has the same type.
import { joinScoring } from '../join-scoring.js';
import { scoringLabelsFr } from './scoring-labels.js';
import { scoringQuestionsFr } from './scoring-questions.js';

export const scoringFr = joinScoring(scoringLabelsFr, scoringQuestionsFr);
export type ScoringMessages = typeof scoringFr;
