import type { Actor } from '@terreau/core';

/** Detail of `ess-actor-select`: the actor the user opened, or null when the card was closed. */
export interface EssActorSelectDetail {
  /** Id of the selected actor; null when the selection was cleared. */
  id: string | null;
  /** The selected actor, as validated by core; null when the selection was cleared. */
  actor: Actor | null;
  /** Where the selection came from. */
  source: 'map' | 'list' | 'card' | 'attribute';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ess-actor-select': CustomEvent<EssActorSelectDetail>;
  }
}
