// All French text of @terreau/core, the default locale. Each part lives beside its English twin;
// the English module has the same type, so a missing translation fails to compile.
import { catalogueFr } from './fr/catalogue.js';
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
