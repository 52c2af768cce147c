// The parts of core's messages <ess-lever-advisor> shows from the start: catalogue labels, the
// scoring model's labels (criteria, groups, bands, answer choices), and the two recommendation lists
// the context step asks about (who is asking, funding sources). The criteria's questions and anchors
// load when the questionnaire starts (questions.ts). The rest of the recommendation text (actions, reasons, steps, legal bases) and
// the convention draft's toolkit text load with the recommendation code (see recommendation.ts).
import { catalogueLabelsFr, recommendContextFr, scoringLabelsFr, type CatalogueLabels, type Messages, type RecommendContextMessages, type ScoringLabels } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export type AdvisorCoreMessages = Pick<Messages, 'locale'> & { catalogue: CatalogueLabels; scoring: ScoringLabels; recommend: RecommendContextMessages };

export const advisorMessages: LocaleSource<AdvisorCoreMessages> = {
  fr: { locale: 'fr', catalogue: catalogueLabelsFr, scoring: scoringLabelsFr, recommend: recommendContextFr },
  en: () => import('./messages.en.js').then((m) => m.advisorMessagesEn),
};
