// The parts of core's messages <ess-lever-advisor> shows: all of them (catalogue labels, errors,
// scoring anchors, recommendation reasons and steps, the convention draft's toolkit text).
import { messagesFr, type Messages } from '@terreau/core';
import type { LocaleSource } from '../internal/localize.js';

export const advisorMessages: LocaleSource<Messages> = {
  fr: messagesFr,
  en: () => import('@terreau/core/messages/en').then((m) => m.messagesEn),
};
