// All English text of @terreau/core. Loaded on demand by the widgets (`@terreau/core/messages/en`).
import { catalogueEn } from './en/catalogue.js';
import { errorsEn } from './en/errors.js';
import { recommendEn } from './en/recommend.js';
import { scoringEn } from './en/scoring.js';
import { toolkitEn } from './en/toolkit.js';
import type { Messages } from './messages.fr.js';

export const messagesEn: Messages = {
  locale: 'en',
  catalogue: catalogueEn,
  errors: errorsEn,
  scoring: scoringEn,
  recommend: recommendEn,
  toolkit: toolkitEn,
};
