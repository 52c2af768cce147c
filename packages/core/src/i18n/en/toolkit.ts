import type { ToolkitMessages } from '../fr/toolkit.js';

export const toolkitEn: ToolkitMessages = {};
