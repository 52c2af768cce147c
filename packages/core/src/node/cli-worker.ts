// Worker thread of the `terreau` command (`--jobs N`, N > 1). CSV input: takes chunks of whole
// records as bytes and does all the work on them (cli-chunk.ts), sending back the output text.
// Other inputs (JSON, NDJSON, GeoJSON): takes batches of raw records read by the main thread,
// builds, validates, scores or recommends each and renders its output text. Ids are not checked
// here: a probe notes the id each record would be checked against, and the main thread applies the
// duplicate rule in input order (see cli-parallel.ts, cli-csv.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { RecordValidator } from './read-actors.js';
import type { RawRecord, ReadActorsOptions, ReadIssue } from './read-actors.js';
import { RecordRenderer, assessmentOf } from './cli-records.js';
import type { RendererOptions } from './cli-records.js';
import { RecordKind, unpackBatch } from './cli-parallel-protocol.js';
import type { BatchReply, BatchRequest } from './cli-parallel-protocol.js';
import { ChunkProcessor, IdProbe } from './cli-chunk.js';
import type { ChunkReply, ChunkRequest, ChunkSetup } from './cli-chunk.js';

type WorkerInit = { csv: ChunkSetup } | { renderer: RendererOptions; columns: readonly string[]; read: ReadActorsOptions };

const init = workerData as WorkerInit;
const port = parentPort;

if ('csv' in init) {
  const processor = new ChunkProcessor(init.csv);
  port?.on('message', (request: ChunkRequest) => {
    const reply: ChunkReply = processor.process(request);
    port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer, reply.kinds.buffer as ArrayBuffer, reply.idCodes.buffer as ArrayBuffer, reply.ends.buffer as ArrayBuffer, reply.lines.buffer as ArrayBuffer]);
  });
} else {
  const probe = new IdProbe();
  const validator = new RecordValidator(init.read, probe as unknown as Map<string, number>);
  const renderer = new RecordRenderer(init.renderer, init.columns);
  const assess = renderer.needsAssessment();
  port?.on('message', (request: BatchRequest) => {
    const records = unpackBatch(request);
    const n = records.length;
    const kinds = new Uint8Array(n);
    const ids: (string | null)[] = new Array<string | null>(n).fill(null);
    const issues: (ReadIssue[] | null)[] = new Array<ReadIssue[] | null>(n).fill(null);
    const texts: string[] = new Array<string>(n).fill('');
    const warnings: Record<string, number> = {};
    for (let i = 0; i < n; i += 1) {
      probe.last = undefined;
      const r = validator.validate(records[i] as RawRecord);
      if (r.actor) {
        ids[i] = r.actor.id;
        for (const w of r.warnings ?? []) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
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
        const probed = probe.last as string | undefined;
        if (probed !== undefined) {
          kinds[i] = RecordKind.RejectedIdChecked;
          ids[i] = probed;
        } else kinds[i] = RecordKind.Rejected;
      }
    }
    const reply: BatchReply = { seq: request.seq, kinds, ids, issues, texts, warnings };
    port.postMessage(reply, [kinds.buffer]);
  });
}
