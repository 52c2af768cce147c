// English parts of core's messages for <ess-map>: imported only lazily (see messages.ts).
import { catalogueEn, errorsEn } from '@terreau/core';
import type { MapMessages } from './messages.js';

export const mapMessagesEn: MapMessages = { locale: 'en', catalogue: catalogueEn, errors: errorsEn };
