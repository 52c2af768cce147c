// The parts of core's messages <ess-map> shows: catalogue labels (rejected records carry their own
// FR/EN messages from parseActors, which loads with the data). Nothing else, so a
// page with only the map does not carry the advisor's scoring, recommendation and toolkit text.
import { catalogueLabelsFr, type CatalogueLabels, type Messages } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export type MapMessages = Pick<Messages, 'locale'> & { catalogue: CatalogueLabels };

export const mapMessages: LocaleSource<MapMessages> = {
  fr: { locale: 'fr', catalogue: catalogueLabelsFr },
  en: () => import('./messages.en.js').then((m) => m.mapMessagesEn),
};
