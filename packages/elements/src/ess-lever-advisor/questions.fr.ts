// The French questionnaire text: imported only lazily (see questions.ts).
export { scoringQuestionsFr } from '@terreau/core';
