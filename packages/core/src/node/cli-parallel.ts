// Spreads validate/convert/score/recommend over worker threads (`terreau … --jobs N`) for JSON,
// NDJSON and GeoJSON inputs (CSV goes through cli-csv.ts, which shares the WorkerPool). The main
// thread reads and parses the input and sends batches of raw records to the workers (at most a
// few in flight per worker, so memory stays flat); the workers build, validate, score and render;
// the main thread takes their replies back in input order (a reorder buffer keyed by batch number),
// applies the duplicate-id rule in that order and writes. The output is the same, byte for byte,
// as with one thread.
import { Worker } from 'node:worker_threads';
import { duplicateIssue } from '../schema/parse-actors.js';
import { readRecordBatches } from './read-actors.js';
import type { ActorSource, ReadActorsOptions, ReadIssue } from './read-actors.js';
import { IdIndex } from './id-index.js';
import type { RendererOptions } from './cli-records.js';
import { RecordKind, packBatch } from './cli-parallel-protocol.js';
import type { BatchReply, BatchRequest } from './cli-parallel-protocol.js';
import { SerialDrain } from './serial-drain.js';

export interface ParallelOptions {
  jobs: number;
  source: ActorSource;
  read: ReadActorsOptions;
  renderer: RendererOptions;
  columns: readonly string[];
}

export interface ParallelHandlers {
  /** A record read (counted in). */
  record(): void;
  /** The output text of a valid record. */
  accept(text: string, index: number): void;
  /** A record set aside. */
  reject(result: { index: number; line?: number; issues: readonly ReadIssue[]; id?: string }): Promise<void>;
  /** After each batch written: progress, back-pressure. */
  batchDone(): Promise<void>;
  /** Warnings on kept records, counted by code. */
  warnings?(counts: Record<string, number>): void;
  /** True once the run must stop (Ctrl-C): checked after each record. */
  stopped(): boolean;
}

/** Worker threads running cli-worker.ts: requests go to the least busy, replies are taken back by sequence number. */
export class WorkerPool<Request extends { seq: number } = BatchRequest, Reply extends { seq: number } = BatchReply> {
  #workers: { worker: Worker; inFlight: number }[] = [];
  #replies = new Map<number, Reply>();
  #wake: (() => void) | null = null;
  #error: Error | null = null;
  #closing = false;

  /** Called at each reply (the caller writes what is next in order, even while the input is waiting). */
  onReply: () => void = () => {};

  /**
   * `youngGenerationMb`: V8's young generation of each worker. CSV chunks (cli-csv.ts) use 24 MB:
   * a chunk's records die young there instead of being promoted (12 MB: ~15 % more CPU in GC;
   * 1 M rows peak RSS ~255 MB with two workers). Record batches of the other formats keep 12 MB:
   * there the main thread parses and clones every record, and 24 MB takes 500 000 NDJSON records
   * from ~245 to ~280 MB.
   */
  constructor(jobs: number, workerData: unknown, youngGenerationMb = 12) {
    const url = new URL('./cli-worker.js', import.meta.url);
    for (let i = 0; i < jobs; i += 1) {
      const entry = { worker: new Worker(url, { workerData, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }), inFlight: 0 };
      entry.worker.on('message', (reply: Reply) => {
        entry.inFlight -= 1;
        this.#replies.set(reply.seq, reply);
        this.#signal();
        this.onReply();
      });
      entry.worker.on('error', (e: Error) => {
        this.#error ??= e;
        this.#signal();
      });
      entry.worker.on('exit', (code) => {
        if (!this.#closing) {
          this.#error ??= new Error(`worker thread exited (${code})`);
          this.#signal();
        }
      });
      this.#workers.push(entry);
    }
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  send(request: Request, transfer: ArrayBuffer[]): void {
    let best = this.#workers[0] as { worker: Worker; inFlight: number };
    for (const w of this.#workers) if (w.inFlight < best.inFlight) best = w;
    best.inFlight += 1;
    best.worker.postMessage(request, transfer);
  }

  has(seq: number): boolean {
    return this.#replies.has(seq);
  }

  take(seq: number): Reply | undefined {
    if (this.#error) throw this.#error;
    const reply = this.#replies.get(seq);
    if (reply) this.#replies.delete(seq);
    return reply;
  }

  /** Resolves at the next reply (or failure). */
  wait(): Promise<void> {
    if (this.#error) return Promise.reject(this.#error);
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }
}

/** Runs the records of `source` through `jobs` worker threads; calls `handlers` in input order. */
export async function runInWorkers(options: ParallelOptions, handlers: ParallelHandlers): Promise<void> {
  const inFlightLimit = options.jobs * 3;
  const seenIds = options.read.uniqueIds === false ? null : new IdIndex();
  // Only where each record of a batch in flight stands (the records themselves die young: cheap to collect).
  const pending = new Map<number, { index: Int32Array; line: Int32Array }>();
  let pool: WorkerPool | null = null;
  let sent = 0;
  let next = 0;
  let stop = false;
  // CSV rows travel as their fields (see packBatch); the worker keys them by the header.
  let header: string[] | null = null;
  const onHeader = options.read.onHeader;
  const read = {
    ...options.read,
    csvFields: true,
    onHeader: (h: string[], delimiter: Parameters<NonNullable<ReadActorsOptions['onHeader']>>[1]) => {
      header = h;
      onHeader?.(h, delimiter);
    },
  };

  const writeReply = async (records: { index: Int32Array; line: Int32Array }, reply: BatchReply): Promise<void> => {
    const { kinds, ids, issues, texts } = reply;
    if (reply.warnings && Object.keys(reply.warnings).length > 0) handlers.warnings?.(reply.warnings);
    for (let i = 0; i < records.index.length; i += 1) {
      const r = { index: records.index[i] as number, line: records.line[i] as number };
      handlers.record();
      const where = r.line >= 0 ? { index: r.index, line: r.line } : { index: r.index };
      const kind = kinds[i];
      if (kind === RecordKind.Rejected) await handlers.reject({ ...where, issues: issues[i] ?? [] });
      else {
        const id = ids[i] as string;
        const first = seenIds?.get(id);
        const duplicate = first !== undefined ? duplicateIssue(r.index, id, first, 'actors') : null;
        if (kind === RecordKind.RejectedIdChecked) await handlers.reject({ ...where, issues: duplicate ? [...(issues[i] ?? []), duplicate] : (issues[i] ?? []) });
        else if (duplicate) await handlers.reject({ ...where, issues: [duplicate] });
        else {
          seenIds?.set(id, r.index);
          if (kind === RecordKind.ValidActor) handlers.accept(texts[i] as string, r.index);
          else await handlers.reject({ ...where, id, issues: issues[i] ?? [] });
        }
      }
      if (handlers.stopped()) {
        stop = true;
        return;
      }
    }
  };

  /** Writes every reply that is next in input order. */
  const drainNow = async (): Promise<void> => {
    while (!stop && pool) {
      const reply = pool.take(next);
      if (!reply) return;
      const records = pending.get(next) as { index: Int32Array; line: Int32Array };
      pending.delete(next);
      next += 1;
      await writeReply(records, reply);
      await handlers.batchDone();
    }
  };
  // One drain at a time: replies arriving while the input waits are written then, not later.
  const drains = new SerialDrain(drainNow, () => next);

  try {
    for await (const records of readRecordBatches(options.source, read)) {
      if (pool === null) {
        pool = new WorkerPool<BatchRequest, BatchReply>(options.jobs, { renderer: options.renderer, columns: options.columns, read: workerReadOptions(options.read) });
        pool.onReply = drains.runInBackground;
      }
      const request = packBatch(sent, records, header);
      pending.set(sent, { index: request.index.slice(), line: request.line.slice() });
      pool.send(request, [request.index.buffer as ArrayBuffer, request.line.buffer as ArrayBuffer, request.counts.buffer as ArrayBuffer]);
      sent += 1;
      await drains.run();
      while (!stop && sent - next >= inFlightLimit) {
        if (!pool.has(next)) await pool.wait();
        await drains.run();
      }
      if (stop || handlers.stopped()) break;
    }
    while (!stop && !handlers.stopped() && pool && next < sent) {
      if (!pool.has(next)) await pool.wait();
      await drains.run();
    }
    await drains.current();
  } finally {
    if (pool) pool.onReply = () => {};
    await drains.settled();
    await pool?.close();
  }
}

/** What a worker needs of the read options (callbacks and signals stay on the main thread). */
export function workerReadOptions(read: ReadActorsOptions): ReadActorsOptions {
  const out: ReadActorsOptions = {};
  if (read.source !== undefined) out.source = read.source;
  if (read.checkedAt !== undefined) out.checkedAt = read.checkedAt;
  if (read.deriveNeeds !== undefined) out.deriveNeeds = read.deriveNeeds;
  if (read.columns !== undefined) out.columns = read.columns;
  if (read.geography !== undefined) out.geography = read.geography;
  if (read.includeClosed !== undefined) out.includeClosed = read.includeClosed;
  if (read.zoneTable !== undefined) out.zoneTable = read.zoneTable;
  if (read.maxRecordBytes !== undefined) out.maxRecordBytes = read.maxRecordBytes;
  return out;
}
