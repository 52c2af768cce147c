// Every chunk the advisor fetches after start, one object each so LazyController (the one way an
// element loads code) reads `load` at each attempt and a test can swap it to simulate a network
// failure. Lit-free.
import type { ScoringQuestions } from '@terreau/core';

export { recommendationLoader, type RecommendationModule } from './recommendation-loader.js';
export { stateInputLoader, type StateInputModule } from './state-input-loader.js';
export { questionsLoader } from './questions.js';

export type DocumentsModule = typeof import('./documents.js');
export type TerritoryModeModule = typeof import('./territory-mode.js');
export type EnglishUiModule = typeof import('./locales/en.js');
export type ScoringModule = typeof import('./scoring.js');

/** The .odt/.docx/Markdown writer (fflate and core's document builders). */
export const documentsLoader = { load: (): Promise<DocumentsModule> => import('./documents.js') };
/** Territory mode's controller and render partial (mode="territory" only). */
export const territoryModeLoader = { load: (): Promise<TerritoryModeModule> => import('./territory-mode.js') };
/** The enterprise's score, the figures' suggestions and the results' partials (scoring.ts). */
export const scoringLoader = { load: (): Promise<ScoringModule> => import('./scoring.js') };
/** The English chrome (French is bundled). */
export const englishUiLoader = { load: (): Promise<EnglishUiModule> => import('./locales/en.js') };
export type { ScoringQuestions };

/** Core's English labels the advisor shows from the start (French is bundled). */
export const englishCoreLoader = { load: () => import('./messages.en.js').then((m) => m.advisorMessagesEn) };
/** Core's English recommendation, toolkit and error text. */
export const englishRecommendationLoader = { load: () => import('./recommendation.en.js') };
