// Worker thread of the `terreau` command (`--jobs N`, N > 1): takes batches of raw records from the
// main thread, builds, validates, scores or recommends each and renders its output text, and sends
// back per record what the main thread needs to write it in input order. Ids are not checked here:
// a probe notes the id each record would be checked against, and the main thread applies the
// duplicate rule in input order (see cli-parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { RecordValidator } from './read-actors.js';
import type { RawRecord, ReadActorsOptions, ReadIssue } from './read-actors.js';
import { RecordRenderer, assessmentOf } from './cli-records.js';
import type { RendererOptions } from './cli-records.js';
import { RecordKind, unpackBatch } from './cli-parallel-protocol.js';
import type { BatchReply, BatchRequest } from './cli-parallel-protocol.js';

interface WorkerInit {
  renderer: RendererOptions;
  columns: readonly string[];
  read: ReadActorsOptions;
}

/** Stands in for the table of ids taken: holds none, remembers the last id looked up. */
class IdProbe {
  last: string | undefined = undefined;
  size = 0;
  get(id: string): undefined {
    this.last = id;
    return undefined;
  }
  set(): this {
    return this;
  }
  has(): boolean {
    return false;
  }
  delete(): boolean {
    return false;
  }
  clear(): void {}
}

const init = workerData as WorkerInit;
const probe = new IdProbe();
const validator = new RecordValidator(init.read, probe as unknown as Map<string, number>);
const renderer = new RecordRenderer(init.renderer, init.columns);
const assess = renderer.needsAssessment();
const port = parentPort;

port?.on('message', (request: BatchRequest) => {
  const records = unpackBatch(request);
  const n = records.length;
  const kinds = new Uint8Array(n);
  const ids: (string | null)[] = new Array<string | null>(n).fill(null);
  const issues: (ReadIssue[] | null)[] = new Array<ReadIssue[] | null>(n).fill(null);
  const texts: string[] = new Array<string>(n).fill('');
  for (let i = 0; i < n; i += 1) {
    probe.last = undefined;
    const r = validator.validate(records[i] as RawRecord);
    if (r.actor) {
      ids[i] = r.actor.id;
      if (assess) {
        const extra = assessmentOf(r);
        if ('issues' in extra) {
          kinds[i] = RecordKind.ValidActorBadAssessment;
          issues[i] = extra.issues;
          continue;
        }
        texts[i] = renderer.render(r.actor, extra);
      } else texts[i] = renderer.render(r.actor, null);
      kinds[i] = RecordKind.ValidActor;
    } else {
      issues[i] = r.issues ?? [];
      if (probe.last !== undefined) {
        kinds[i] = RecordKind.RejectedIdChecked;
        ids[i] = probe.last;
      } else kinds[i] = RecordKind.Rejected;
    }
  }
  const reply: BatchReply = { seq: request.seq, kinds, ids, issues, texts };
  port.postMessage(reply, [kinds.buffer]);
});
