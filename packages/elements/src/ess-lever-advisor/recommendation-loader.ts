// How the component fetches the recommendation chunk: one dynamic import, behind an object so a
// test can make it fail (a network error) and check the retry. Lit-free.
export type RecommendationModule = typeof import('./recommendation.js');

export const recommendationLoader = {
  load: (): Promise<RecommendationModule> => import('./recommendation.js'),
};
