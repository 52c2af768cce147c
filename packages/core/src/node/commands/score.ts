// `terreau score FILE [--weights profile.json]`: each valid actor with its durability score (the
// answers and figures of its row), in input order.
import { streamActors } from './stream-actors.js';
import type { ActorRun } from './actor-run.js';

export function runScore(run: ActorRun): Promise<void> {
  return streamActors(run, 'score');
}
