// The English questionnaire text: imported only lazily (see questions.ts).
export { scoringQuestionsEn } from '@terreau/core';
