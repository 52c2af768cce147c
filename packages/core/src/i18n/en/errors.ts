import type { ErrorsMessages } from '../fr/errors.js';

export const errorsEn: ErrorsMessages = {};
