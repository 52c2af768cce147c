// English parts of core's messages the advisor shows from the start: imported only lazily (see messages.ts).
import { catalogueLabelsEn, recommendContextEn, scoringLabelsEn } from '@terreau/core';
import type { AdvisorCoreMessages } from './messages.js';

export const advisorMessagesEn: AdvisorCoreMessages = { locale: 'en', catalogue: catalogueLabelsEn, scoring: scoringLabelsEn, recommend: recommendContextEn };
