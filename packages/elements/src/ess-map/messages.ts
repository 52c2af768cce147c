// The parts of core's messages <ess-map> shows: catalogue labels and error texts. Nothing else, so a
// page with only the map does not carry the advisor's scoring, recommendation and toolkit text.
import { catalogueFr, errorsFr, type Messages } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export type MapMessages = Pick<Messages, 'locale' | 'catalogue' | 'errors'>;

export const mapMessages: LocaleSource<MapMessages> = {
  fr: { locale: 'fr', catalogue: catalogueFr, errors: errorsFr },
  en: () => import('./messages.en.js').then((m) => m.mapMessagesEn),
};
