// English parts of core's messages for <ess-map>: imported only lazily (see messages.ts).
import { catalogueLabelsEn } from '@terreau/core';
import type { MapMessages } from './messages.js';

export const mapMessagesEn: MapMessages = { locale: 'en', catalogue: catalogueLabelsEn, all: catalogueLabelsEn };
