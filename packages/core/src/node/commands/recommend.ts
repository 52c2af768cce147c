// `terreau recommend FILE --decision-maker ID`: each valid actor with the levers recommended to
// that decision maker; the decision maker is required.
import { DECISION_MAKER_IDS } from '../../data/ids.js';
import { UsageError } from '../cli-options.js';
import { fillText } from '../messages.js';
import { streamActors } from './stream-actors.js';
import type { ActorRun } from './actor-run.js';

export async function runRecommend(run: ActorRun): Promise<void> {
  if (run.options.decisionMaker === undefined) {
    throw new UsageError(fillText(run.m.errors.badValue, { option: 'decision-maker', value: '', expected: DECISION_MAKER_IDS.join(', ') }));
  }
  await streamActors(run, 'recommend');
}
