// `terreau validate FILE`: every record checked; the valid actors written (CSV by default), the
// others to the rejects file with the field, the value and the reason.
import { streamActors } from './stream-actors.js';
import type { ActorRun } from './actor-run.js';

export function runValidate(run: ActorRun): Promise<void> {
  return streamActors(run, 'validate');
}
