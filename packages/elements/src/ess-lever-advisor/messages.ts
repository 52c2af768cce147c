// The parts of core's messages <ess-lever-advisor> shows from the start: catalogue labels, errors,
// scoring anchors, and the two recommendation lists the context step asks about (who is asking,
// funding sources). The rest of the recommendation text (actions, reasons, steps, legal bases) and
// the convention draft's toolkit text load with the recommendation code (see recommendation.ts).
import { catalogueFr, errorsFr, recommendContextFr, scoringFr, type Messages, type RecommendContextMessages } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export type AdvisorCoreMessages = Pick<Messages, 'locale' | 'catalogue' | 'errors' | 'scoring'> & { recommend: RecommendContextMessages };

export const advisorMessages: LocaleSource<AdvisorCoreMessages> = {
  fr: { locale: 'fr', catalogue: catalogueFr, errors: errorsFr, scoring: scoringFr, recommend: recommendContextFr },
  en: () => import('./messages.en.js').then((m) => m.advisorMessagesEn),
};
