// English recommendation and toolkit text: imported only lazily, by recommendation.ts when lang=en.
import { recommendEn, toolkitEn } from '@terreau/core';

export { recommendEn, toolkitEn };
