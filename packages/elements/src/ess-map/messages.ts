// The parts of core's messages <ess-map> shows: catalogue labels (rejected records carry their own
// FR/EN messages from parseActors, which loads with the data). Nothing else, so a
// page with only the map does not carry the advisor's scoring, recommendation and toolkit text.
// In French the start file has the labels its first paint shows (families, types, zonings: the
// legend, the list, the zone notes); the panels' chunk brings the whole catalogue (catalogueOf).
import { actorListLabelsFr, type ActorListLabels, type CatalogueLabels, type Messages } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export type MapMessages = Pick<Messages, 'locale'> & {
  catalogue: ActorListLabels;
  /** The whole catalogue, when this locale's chunk carries it (English); French: in the panels' chunk. */
  all?: CatalogueLabels;
};

export const mapMessages: LocaleSource<MapMessages> = {
  fr: { locale: 'fr', catalogue: actorListLabelsFr },
  en: () => import('./messages.en.js').then((m) => m.mapMessagesEn),
};
