// English recommendation, toolkit and error text: imported only lazily, by recommendation.ts when lang=en.
import { errorsEn, recommendEn, toolkitEn } from '@terreau/core';

export { errorsEn, recommendEn, toolkitEn };
