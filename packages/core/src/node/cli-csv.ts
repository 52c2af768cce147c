// validate/convert/score/recommend over a CSV input, for register-sized files. The main thread
// only reads bytes and cuts them into chunks of whole records (csv-scan.ts: no decoding, no
// fields), counting records and lines so each chunk knows where it starts; worker threads (or the
// main thread itself with `--jobs 1`, through the same code) decode, tokenise, validate and render
// each chunk (cli-chunk.ts) and send back its output text. The main thread writes the replies in
// input order, applying the duplicate-id rule there, so the output is the same, byte for byte,
// whatever the number of threads.
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { CsvTokenizer, DEFAULT_MAX_RECORD_BYTES, sniffCsvDelimiter } from '../formats/parse-csv-text.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { duplicateIssue } from '../schema/parse-actors.js';
import { decodeWindows1252, detectEncoding, firstInvalidUtf8 } from './decode.js';
import type { TextEncodingName } from './decode.js';
import type { ReadActorsOptions, ReadIssue } from './read-actors.js';
import { mapHeader } from '../ingest/column-map.js';
import { contentMismatch, sniffContent, utf16Of } from '../formats/sniff-content.js';
import { ContentError } from './read-actors.js';
import type { ColumnMap } from '../ingest/column-map.js';
import { sniffFormat } from './read-actors.js';
import type { InputFormat } from './read-actors.js';
import { CsvRecordScanner, ScanEvent, scanCsvRecords } from './csv-scan.js';
import { ChunkProcessor } from './cli-chunk.js';
import type { ChunkReply, ChunkRequest, ChunkSetup } from './cli-chunk.js';
import { IdIndex } from './id-index.js';
import type { RendererOptions } from './cli-records.js';
import { RecordKind } from './cli-parallel-protocol.js';
import { WorkerPool, workerReadOptions } from './cli-parallel.js';
import { SerialDrain } from './serial-drain.js';
import type { RecordRanges } from './record-ranges.js';
import type { PlacedRecords } from './cli-output.js';

/** Bytes read before deciding the encoding (and the format, when not given), as readActors does. */
const SNIFF_BYTES = 1 << 16;

/** The first bytes of an input (≥ 64 KiB, or all of it) and the rest, unread. */
export interface PeekedInput {
  head: Uint8Array;
  rest: AsyncIterator<Uint8Array | string>;
  /** True when the head is the whole input. */
  done: boolean;
  /** Set when the input was UTF-16, turned into UTF-8 as it is read. */
  utf16?: 'utf-16le' | 'utf-16be';
}

function bytesOf(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * The first bytes of an input, to sniff. UTF-16 input (Excel's "Unicode text") is turned into
 * UTF-8 here, as it is read (`utf16` says which it was), so every reader after this sees UTF-8.
 */
export async function peekInput(source: AsyncIterable<Uint8Array | string>): Promise<PeekedInput> {
  const first = await peekBytes(source);
  const utf16 = first.head.length > 0 ? utf16Of(first.head) : null;
  if (utf16 === null) return first;
  const input = await peekBytes(transcodeUtf16(replayInput(first), utf16));
  input.utf16 = utf16;
  return input;
}

async function* transcodeUtf16(chunks: AsyncIterable<Uint8Array | string>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(bytesOf(chunk), { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, 'utf8');
}

async function peekBytes(source: AsyncIterable<Uint8Array | string>): Promise<PeekedInput> {
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
  /** The output of `count` valid records, UTF-8 (one record's unless the format is joinable); `placed`: which records, where each ends. */
  accept(bytes: Uint8Array, count: number, placed: PlacedRecords): void;
  /** A record set aside. */
  reject(result: { index: number; line?: number; issues: readonly ReadIssue[]; id?: string }): Promise<void>;
  /** After each chunk written: progress, back-pressure. */
  batchDone(): Promise<void>;
  /** True once the run must stop (Ctrl-C): checked after each chunk. */
  stopped(): boolean;
  /** classify: `n` records no type could be given. */
  unknown?(n: number): void;
  /** Warnings on kept records, counted by code. */
  warnings?(counts: Record<string, number>): void;
  /** Where the records lie in the input (byte offsets from its first byte), noted as it is cut: the header's end, then each chunk. */
  ranges?: RecordRanges;
}

/** A chunk of records; `offset`: where its bytes begin in the input (from its first byte). */
export type Chunk = Omit<ChunkRequest, 'seq'> & { offset?: number };

/** Chunks of whole records of a CSV input, after its header (given to `onHeader`). */
export async function* csvChunks(
  options: Pick<CsvRunOptions, 'input' | 'delimiter' | 'encoding'> & { mapping?: ColumnMap | undefined; maxRecordBytes?: number | undefined },
  onHeader: (header: string[], delimiter: CsvDelimiter, headerEnd: number, encoding: TextEncodingName) => void,
  stopped: () => boolean,
): AsyncGenerator<Chunk> {
  const { input } = options;
  let eof = input.done;
  // The bytes not yet handed on, in a buffer that grows by doubling (each byte copied in once,
  // however long a record is); `len` of them are in use.
  let buf = input.head;
  let len = buf.length;
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const next = await input.rest.next();
    if (next.done) {
      eof = true;
      return false;
    }
    const piece = bytesOf(next.value);
    if (len + piece.length > buf.length) {
      const grown = new Uint8Array(Math.max(buf.length * 2, len + piece.length, 1 << 16));
      grown.set(buf.subarray(0, len));
      buf = grown;
    }
    buf.set(piece, len);
    len += piece.length;
    return true;
  };

  // a JSON file named .csv, a zip, an HTML page…: refused, naming what it holds
  const found = contentMismatch(sniffContent(buf.subarray(0, Math.min(len, 1024))), 'csv');
  if (found !== null) throw new ContentError(found, 'csv');
  const auto = options.encoding === undefined;
  // decided on the first 64 KiB (all of a shorter input), however large the first piece read
  const whole = eof && len <= SNIFF_BYTES;
  let encoding: TextEncodingName = options.encoding ?? detectEncoding(whole ? buf : buf.subarray(0, SNIFF_BYTES), !whole);
  const headText = decodeHead(buf.subarray(0, Math.min(len, SNIFF_BYTES)), encoding);
  const delimiter = options.delimiter ?? sniffCsvDelimiter(headText.charCodeAt(0) === 0xfeff ? headText.slice(1) : headText);
  const d = delimiter.charCodeAt(0);

  // UTF-8: the decoder drops a BOM, then the tokenizer drops a U+FEFF (so at most two).
  let pos = 0;
  const bomAt = (i: number) => buf[i] === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf;
  if (encoding === 'utf-8') {
    if (bomAt(0)) pos = 3;
    if (pos === 3 && bomAt(3)) pos = 6;
  }

  const max = options.maxRecordBytes !== undefined && options.maxRecordBytes > 0 ? options.maxRecordBytes : DEFAULT_MAX_RECORD_BYTES;
  const scanner = new CsvRecordScanner(d, max);
  // the input's byte offset of buf[0]
  let base = 0;
  /** Drops the first `n` bytes of the buffer. */
  const drop = (n: number): void => {
    base += n;
    buf.copyWithin(0, n, len);
    len -= n;
    pos -= n;
    scanner.shift(n);
  };
  let headerDone = false;
  let index = 0;
  let line = 1;

  /** The whole records before the scanner's cut, as one or two chunks (two when the encoding turns out to be Windows-1252 in them). */
  function* take(): Generator<Chunk> {
    const end = scanner.cut;
    let records = scanner.records;
    let lines = scanner.lines;
    if (records > 0) {
      const bytes = buf.slice(0, end);
      if (auto && encoding === 'utf-8' && !isUtf8(bytes)) {
        // Not UTF-8 after all: from the record holding the first bad byte on, Windows-1252 (the
        // records before it stay UTF-8, wherever the chunks happen to end).
        const bad = Math.min(firstInvalidUtf8(bytes), end - 1);
        const before = scanCsvRecords(bytes, 0, bad + 1, d, false);
        if (before.records > 0) {
          yield { bytes: bytes.slice(0, before.end), length: before.end, encoding, startIndex: index, startLine: line, records: before.records, offset: base };
          index += before.records;
          line += before.lines;
          records -= before.records;
          lines -= before.lines;
        }
        encoding = 'windows-1252';
        const rest = bytes.slice(before.end);
        yield { bytes: rest, length: rest.length, encoding, startIndex: index, startLine: line, records, offset: base + before.end };
      } else yield { bytes, length: end, encoding, startIndex: index, startLine: line, records, offset: base };
      index += records;
      line += lines;
    } else line += lines;
    drop(end);
  }

  for (;;) {
    pos = scanner.scan(buf, pos, len, headerDone ? Infinity : 1);
    if (pos >= len && scanner.event === ScanEvent.None && eof) scanner.finish(len);
    const event = scanner.event;
    // Interrupted: the input was cut off, its last bytes may not end a record; nothing more is read.
    if (stopped()) return;
    if (event === ScanEvent.Overflow) {
      // a record over the limit: the records before it go on, its bytes are let go as they come
      yield* take();
      drop(pos);
      continue;
    }
    if (event === ScanEvent.TooLargeEnded) {
      // one record set aside (the header too: no column is then known), its bytes never held
      if (!headerDone) {
        headerDone = true;
        onHeader(mapHeader([], options.mapping), delimiter, -1, encoding);
      }
      yield { bytes: new Uint8Array(0), length: 0, encoding, startIndex: index, startLine: line, records: 1, tooLarge: true };
      index += 1;
      line += scanner.lines;
      drop(scanner.cut);
      continue;
    }
    if (!headerDone && scanner.records > 0) {
      // decoded and tokenised from the first byte, as readActors does (BOMs dropped the same way)
      const tokenizer = new CsvTokenizer(delimiter, { maxRecordBytes: Infinity });
      const headerRecords = tokenizer.push(decodeHead(buf.subarray(0, scanner.cut), encoding));
      for (const r of tokenizer.end()) headerRecords.push(r);
      onHeader(mapHeader((headerRecords[0]?.fields ?? []).map((h) => h.trim()), options.mapping), delimiter, base + scanner.cut, encoding);
      headerDone = true;
      line += scanner.lines;
      drop(scanner.cut);
      continue;
    }
    if (pos < len) continue;
    if (headerDone && scanner.cut > 0) yield* take();
    if (eof) return;
    await more();
  }
}

/** Runs the records of a CSV input through `jobs` threads (1: the main thread); calls `handlers` in input order. */
export async function runCsvRecords(options: CsvRunOptions, handlers: CsvHandlers): Promise<void> {
  const seenIds = options.read.uniqueIds === false ? null : new IdIndex();
  let setup: ChunkSetup | null = null;
  const onHeader = options.read.onHeader;
  const ranges = handlers.ranges;
  const chunks = csvChunks({ ...options, mapping: options.read.columns, maxRecordBytes: options.read.maxRecordBytes }, (header, delimiter, headerEnd, encoding) => {
    setup = { header, delimiter, renderer: options.renderer, columns: options.columns, read: workerReadOptions(options.read) };
    if (ranges) {
      ranges.headerEnd = headerEnd;
      ranges.headerEncoding = encoding;
      ranges.delimiter = delimiter;
    }
    onHeader?.(header, delimiter);
  }, handlers.stopped);
  const noteChunk = (chunk: Chunk): void => {
    if (ranges && chunk.offset !== undefined && !chunk.tooLarge) ranges.addChunk(chunk.startIndex, chunk.records, chunk.offset, chunk.length, chunk.encoding);
  };

  /** Writes a reply: the duplicate rule in input order, then outputs and rejects. */
  const apply = async (reply: ChunkReply, startIndex: number): Promise<void> => {
    const { kinds, idCodes, ids, bytes, ends, issues, lines } = reply;
    const n = kinds.length;
    handlers.records(n);
    if (reply.unknown > 0) handlers.unknown?.(reply.unknown);
    if (reply.warnings && Object.keys(reply.warnings).length > 0) handlers.warnings?.(reply.warnings);
    let nextId = 0;
    let nextIssue = 0;
    // the output not yet handed over: bytes[from .. ends[last accepted]), `count` records, the
    // chunk's records runFirst .. runLast (those between with no output: rejected)
    let from = 0;
    let to = 0;
    let count = 0;
    let runFirst = 0;
    let runLast = 0;
    const flush = () => {
      if (count > 0) handlers.accept(bytes.subarray(from, to), count, { index: startIndex + runFirst, ends: ends.subarray(runFirst, runLast + 1), from });
      count = 0;
    };
    const one = (i: number, start: number) => handlers.accept(bytes.subarray(start, ends[i]), 1, { index: startIndex + i, ends: ends.subarray(i, i + 1), from: start });
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
        if (!options.joinable) one(i, start);
        else {
          if (count === 0) {
            from = start;
            runFirst = i;
          }
          to = ends[i] as number;
          runLast = i;
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
            one(i, start);
            from = to = ends[i] as number;
          } else {
            if (count === 0) {
              from = start;
              runFirst = i;
            }
            to = ends[i] as number;
            runLast = i;
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
      noteChunk(chunk);
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
      noteChunk(chunk);
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
