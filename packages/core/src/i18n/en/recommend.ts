import type { RecommendMessages } from '../fr/recommend.js';

export const recommendEn: RecommendMessages = {};
