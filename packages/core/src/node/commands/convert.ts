// `terreau convert FILE --to FORMAT`: the valid actors written in another format (JSON by
// default; CSV, NDJSON, GeoJSON, table), the others to the rejects file.
import { streamActors } from './stream-actors.js';
import type { ActorRun } from './actor-run.js';

export function runConvert(run: ActorRun): Promise<void> {
  return streamActors(run, 'convert');
}
