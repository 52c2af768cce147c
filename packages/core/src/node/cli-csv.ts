// validate/convert/score/recommend over a CSV input, for register-sized files. The main thread
// only reads bytes and cuts them into chunks of whole records (csv-scan.ts: no decoding, no
// fields), counting records and lines so each chunk knows where it starts; worker threads (or the
// main thread itself with `--jobs 1`, through the same code) decode, tokenise, validate and render
// each chunk (cli-chunk.ts) and send back its output text. The main thread writes the replies in
// input order, applying the duplicate-id rule there, so the output is the same, byte for byte,
// whatever the number of threads.
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { CsvTokenizer, sniffCsvDelimiter } from '../formats/parse-csv-text.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { duplicateIssue } from '../schema/parse-actors.js';
import { decodeWindows1252, detectEncoding, firstInvalidUtf8 } from './decode.js';
import type { TextEncodingName } from './decode.js';
import type { ReadActorsOptions, ReadIssue } from './read-actors.js';
import { mapHeader } from '../ingest/column-map.js';
import type { ColumnMap } from '../ingest/column-map.js';
import { sniffFormat } from './read-actors.js';
import type { InputFormat } from './read-actors.js';
import { scanCsvRecords } from './csv-scan.js';
import { ChunkProcessor } from './cli-chunk.js';
import type { ChunkReply, ChunkRequest, ChunkSetup } from './cli-chunk.js';
import { IdIndex } from './id-index.js';
import type { RendererOptions } from './cli-records.js';
import { RecordKind } from './cli-parallel-protocol.js';
import { WorkerPool, workerReadOptions } from './cli-parallel.js';
import { SerialDrain } from './serial-drain.js';

/** Bytes read before deciding the encoding (and the format, when not given), as readActors does. */
const SNIFF_BYTES = 1 << 16;

/** The first bytes of an input (≥ 64 KiB, or all of it) and the rest, unread. */
export interface PeekedInput {
  head: Uint8Array;
  rest: AsyncIterator<Uint8Array | string>;
  /** True when the head is the whole input. */
  done: boolean;
}

function bytesOf(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export async function peekInput(source: AsyncIterable<Uint8Array | string>): Promise<PeekedInput> {
  const rest = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < SNIFF_BYTES) {
    const next = await rest.next();
    if (next.done) {
      done = true;
      break;
    }
    const b = bytesOf(next.value);
    parts.push(b);
    length += b.length;
  }
  const head = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    head.set(p, o);
    o += p.length;
  }
  return { head, rest, done };
}

/** The input again, from its first byte (for the readers that take a stream). */
export async function* replayInput(input: PeekedInput): AsyncGenerator<Uint8Array | string> {
  if (input.head.length > 0) yield Buffer.from(input.head.buffer, input.head.byteOffset, input.head.length);
  if (input.done) return;
  for (;;) {
    const next = await input.rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function decodeHead(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('utf-8').decode(bytes);
}

/** The format of an input that names none (no option, no known extension), from its first characters. */
export function sniffInputFormat(input: PeekedInput, encoding?: TextEncodingName): InputFormat {
  return sniffFormat(decodeHead(input.head, encoding ?? detectEncoding(input.head, !input.done)));
}

export interface CsvRunOptions {
  jobs: number;
  input: PeekedInput;
  delimiter?: CsvDelimiter;
  encoding?: TextEncodingName;
  /** Read options: onHeader is called on the main thread; source, checkedAt, deriveNeeds reach the records. */
  read: ReadActorsOptions;
  renderer: RendererOptions;
  columns: readonly string[];
  /** Whether the outputs of several records may be written as one text (line formats). */
  joinable: boolean;
}

export interface CsvHandlers {
  /** `n` records read (counted in). */
  records(n: number): void;
  /** The output of `count` valid records, UTF-8 (one record's unless the format is joinable). */
  accept(bytes: Uint8Array, count: number): void;
  /** A record set aside. */
  reject(result: { index: number; line?: number; issues: readonly ReadIssue[]; id?: string }): Promise<void>;
  /** After each chunk written: progress, back-pressure. */
  batchDone(): Promise<void>;
  /** True once the run must stop (Ctrl-C): checked after each chunk. */
  stopped(): boolean;
  /** classify: `n` records no type could be given. */
  unknown?(n: number): void;
}

export type Chunk = Omit<ChunkRequest, 'seq'>;

/** Chunks of whole records of a CSV input, after its header (given to `onHeader`). */
export async function* csvChunks(options: Pick<CsvRunOptions, 'input' | 'delimiter' | 'encoding'> & { mapping?: ColumnMap | undefined }, onHeader: (header: string[], delimiter: CsvDelimiter) => void, stopped: () => boolean): AsyncGenerator<Chunk> {
  const { input } = options;
  let eof = input.done;
  let pending = input.head;
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const next = await input.rest.next();
    if (next.done) {
      eof = true;
      return false;
    }
    pending = concat(pending, bytesOf(next.value));
    return true;
  };

  const auto = options.encoding === undefined;
  // decided on the first 64 KiB (all of a shorter input), however large the first piece read
  const whole = eof && pending.length <= SNIFF_BYTES;
  let encoding: TextEncodingName = options.encoding ?? detectEncoding(whole ? pending : pending.subarray(0, SNIFF_BYTES), !whole);
  const headText = decodeHead(pending, encoding);
  const delimiter = options.delimiter ?? sniffCsvDelimiter(headText.charCodeAt(0) === 0xfeff ? headText.slice(1) : headText);
  const d = delimiter.charCodeAt(0);

  // UTF-8: the decoder drops a BOM, then the tokenizer drops a U+FEFF (so at most two).
  let start = 0;
  const bomAt = (i: number) => pending[i] === 0xef && pending[i + 1] === 0xbb && pending[i + 2] === 0xbf;
  if (encoding === 'utf-8') {
    if (bomAt(0)) start = 3;
    if (start === 3 && bomAt(3)) start = 6;
  }

  // The header: the first record.
  let scan = scanCsvRecords(pending, start, pending.length, d, eof, 1);
  while (scan.records === 0) {
    if (!(await more())) {
      scan = scanCsvRecords(pending, start, pending.length, d, true, 1);
      break;
    }
    scan = scanCsvRecords(pending, start, pending.length, d, eof, 1);
  }
  if (scan.records === 0) return;
  // decoded and tokenised from the first byte, as readActors does (BOMs dropped the same way)
  const headerBytes = pending.subarray(0, scan.end);
  const tokenizer = new CsvTokenizer(delimiter);
  const headerRecords = tokenizer.push(decodeHead(headerBytes, encoding));
  for (const r of tokenizer.end()) headerRecords.push(r);
  onHeader(mapHeader((headerRecords[0]?.fields ?? []).map((h) => h.trim()), options.mapping), delimiter);

  let index = 0;
  let line = 1 + scan.lines;
  pending = pending.slice(scan.end);
  for (;;) {
    scan = scanCsvRecords(pending, 0, pending.length, d, eof);
    // Interrupted: the input was cut off, its last bytes may not end a record; nothing more is read.
    if (stopped()) return;
    if (scan.end > 0) {
      const bytes = pending;
      pending = pending.slice(scan.end);
      let records = scan.records;
      let lines = scan.lines;
      if (records > 0 && auto && encoding === 'utf-8' && !isUtf8(bytes.subarray(0, scan.end))) {
        // Not UTF-8 after all: from the record holding the first bad byte on, Windows-1252 (the
        // records before it stay UTF-8, wherever the chunks happen to end).
        const bad = Math.min(firstInvalidUtf8(bytes.subarray(0, scan.end)), scan.end - 1);
        const before = scanCsvRecords(bytes, 0, bad + 1, d, false);
        if (before.records > 0) {
          yield { bytes: bytes.slice(0, before.end), length: before.end, encoding, startIndex: index, startLine: line, records: before.records };
          index += before.records;
          line += before.lines;
          records -= before.records;
          lines -= before.lines;
        }
        encoding = 'windows-1252';
        const rest = bytes.slice(before.end, scan.end);
        yield { bytes: rest, length: rest.length, encoding, startIndex: index, startLine: line, records };
      } else if (records > 0) yield { bytes, length: scan.end, encoding, startIndex: index, startLine: line, records };
      index += records;
      line += lines;
    }
    if (eof) return;
    await more();
  }
}

/** Runs the records of a CSV input through `jobs` threads (1: the main thread); calls `handlers` in input order. */
export async function runCsvRecords(options: CsvRunOptions, handlers: CsvHandlers): Promise<void> {
  const seenIds = options.read.uniqueIds === false ? null : new IdIndex();
  let setup: ChunkSetup | null = null;
  const onHeader = options.read.onHeader;
  const chunks = csvChunks({ ...options, mapping: options.read.columns }, (header, delimiter) => {
    setup = { header, delimiter, renderer: options.renderer, columns: options.columns, read: workerReadOptions(options.read) };
    onHeader?.(header, delimiter);
  }, handlers.stopped);

  /** Writes a reply: the duplicate rule in input order, then outputs and rejects. */
  const apply = async (reply: ChunkReply, startIndex: number): Promise<void> => {
    const { kinds, idCodes, ids, bytes, ends, issues, lines } = reply;
    const n = kinds.length;
    handlers.records(n);
    if (reply.unknown > 0) handlers.unknown?.(reply.unknown);
    let nextId = 0;
    let nextIssue = 0;
    // the output not yet handed over: bytes[from .. ends[last accepted]), `count` records
    let from = 0;
    let to = 0;
    let count = 0;
    const flush = () => {
      if (count > 0) handlers.accept(bytes.subarray(from, to), count);
      count = 0;
    };
    for (let i = 0; i < n; i += 1) {
      const kind = kinds[i];
      const index = startIndex + i;
      const where = { index, line: lines[i] as number };
      let faults: ReadIssue[] = [];
      if (kind !== RecordKind.ValidActor) {
        const entry = issues[nextIssue];
        if (entry !== undefined && entry[0] === i) {
          faults = entry[1];
          nextIssue += 1;
        }
      }
      if (kind === RecordKind.Rejected) {
        await handlers.reject({ ...where, issues: faults });
        continue;
      }
      if (kind === RecordKind.Written) {
        const start = i === 0 ? 0 : (ends[i - 1] as number);
        if (!options.joinable) handlers.accept(bytes.subarray(start, ends[i]), 1);
        else {
          if (count === 0) from = start;
          to = ends[i] as number;
          count += 1;
        }
        continue;
      }
      const code = idCodes[i] as number;
      let id: string | undefined;
      if (code === 0) {
        const entry = ids[nextId];
        if (entry !== undefined && entry[0] === i) {
          id = entry[1];
          nextId += 1;
        }
      }
      const first = seenIds === null ? undefined : code !== 0 ? seenIds.getCode(code) : seenIds.get(id as string);
      const duplicate = first !== undefined ? duplicateIssue(index, id ?? IdIndex.idOfCode(code), first, 'actors') : null;
      if (kind === RecordKind.RejectedIdChecked) await handlers.reject({ ...where, issues: duplicate ? [...faults, duplicate] : faults });
      else if (duplicate) {
        if (kind === RecordKind.ValidActor) {
          // leave its output out
          flush();
          from = ends[i] as number;
          to = from;
        }
        await handlers.reject({ ...where, issues: [duplicate] });
      } else {
        if (seenIds !== null) {
          if (code !== 0) seenIds.setCode(code, index);
          else seenIds.set(id as string, index);
        }
        if (kind === RecordKind.ValidActor) {
          const start = i === 0 ? 0 : (ends[i - 1] as number);
          if (!options.joinable) {
            handlers.accept(bytes.subarray(start, ends[i]), 1);
            from = to = ends[i] as number;
          } else {
            if (count === 0) from = start;
            to = ends[i] as number;
            count += 1;
          }
        } else await handlers.reject({ ...where, id: id ?? IdIndex.idOfCode(code), issues: faults });
      }
    }
    flush();
  };

  if (options.jobs <= 1) {
    let processor: ChunkProcessor | null = null;
    let seq = 0;
    for await (const chunk of chunks) {
      processor ??= new ChunkProcessor(setup as unknown as ChunkSetup);
      const reply = processor.process({ ...chunk, seq });
      seq += 1;
      await apply(reply, chunk.startIndex);
      await handlers.batchDone();
      if (handlers.stopped()) break;
    }
    return;
  }

  const inFlightLimit = options.jobs * 3;
  const starts = new Map<number, number>();
  let pool: WorkerPool<ChunkRequest, ChunkReply> | null = null;
  let sent = 0;
  let next = 0;
  let stop = false;
  /** Writes every reply that is next in input order. */
  const drainNow = async (): Promise<void> => {
    while (!stop && pool) {
      const reply = pool.take(next);
      if (!reply) return;
      const startIndex = starts.get(next) as number;
      starts.delete(next);
      next += 1;
      await apply(reply, startIndex);
      await handlers.batchDone();
      if (handlers.stopped()) stop = true;
    }
  };
  // One drain at a time: replies arriving while the input waits are written then, not later.
  const drains = new SerialDrain(drainNow, () => next);
  try {
    for await (const chunk of chunks) {
      if (pool === null) {
        pool = new WorkerPool<ChunkRequest, ChunkReply>(options.jobs, { csv: setup }, 24);
        pool.onReply = drains.runInBackground;
      }
      starts.set(sent, chunk.startIndex);
      pool.send({ ...chunk, seq: sent }, [chunk.bytes.buffer as ArrayBuffer]);
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
