// The questionnaire's text — each criterion's question, the meaning of each answer 0–4, help, and the
// figure-based suggestion — is a chunk of its own per language, fetched when a criteria step is
// first shown or as soon as the user starts on the advisor, so the first screen (the context step and
// the score summary, which need labels only) does not carry it. Behind an object so a test can make
// it fail (a network error) and check the retry. Lit-free.
import type { ScoringQuestions } from '@terreau/core';
import type { Locale } from '../internal/localize.js';

export const questionsLoader = {
  load: (locale: Locale): Promise<ScoringQuestions> =>
    locale === 'en' ? import('./questions.en.js').then((m) => m.scoringQuestionsEn) : import('./questions.fr.js').then((m) => m.scoringQuestionsFr),
};
