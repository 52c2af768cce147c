// All French text of @terreau/core, the default locale. Each part lives beside its English twin;
// the English module has the same type, so a missing translation fails to compile.
import { catalogueFr } from './fr/catalogue.js';
import type { CatalogueLabels } from './fr/catalogue-labels.js';
import type { ScoringLabels } from './fr/scoring-labels.js';
import { errorsFr } from './fr/errors.js';
import { recommendFr } from './fr/recommend.js';
import { scoringFr } from './fr/scoring.js';
import { toolkitFr } from './fr/toolkit.js';

export const messagesFr = {
  locale: 'fr' as 'fr' | 'en',
  catalogue: catalogueFr,
  errors: errorsFr,
  scoring: scoringFr,
  recommend: recommendFr,
  toolkit: toolkitFr,
};
export type Messages = typeof messagesFr;

/**
 * Messages whose catalogue and scoring parts carry labels only (no descriptions, no questions):
 * enough for every formatter of core (formatReason, draftConvention), which name things but never
 * describe them. `Messages` fits it.
 */
export type LabelMessages = Omit<Messages, 'catalogue' | 'scoring'> & { catalogue: CatalogueLabels; scoring: ScoringLabels };
