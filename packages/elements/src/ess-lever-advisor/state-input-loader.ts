// How the component fetches the state-reading chunk (state-input.ts): one dynamic import, behind an
// object so a test can make it fail (a network error) and check what the user is told. Lit-free.
export type StateInputModule = typeof import('./state-input.js');

export const stateInputLoader = {
  load: (): Promise<StateInputModule> => import('./state-input.js'),
};
