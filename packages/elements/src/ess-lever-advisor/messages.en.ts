// English parts of core's messages the advisor shows from the start: imported only lazily (see messages.ts).
import { catalogueEn, errorsEn, recommendContextEn, scoringEn } from '@terreau/core';
import type { AdvisorCoreMessages } from './messages.js';

export const advisorMessagesEn: AdvisorCoreMessages = { locale: 'en', catalogue: catalogueEn, errors: errorsEn, scoring: scoringEn, recommend: recommendContextEn };
