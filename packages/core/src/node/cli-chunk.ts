// What the `terreau` command does with one chunk of whole CSV records (see cli-csv.ts), on a worker
// thread or, with `--jobs 1`, on the main thread, so both write the same bytes: decode, tokenise,
// build and validate each record (CsvActorFastPath for well-formed rows, the full path of readActors
// for the others, so rejects carry the same issues), score or recommend, render the output text.
// Ids are not checked here: the main thread applies the duplicate rule in input order.
import { TextDecoder } from 'node:util';
import { CsvTokenizer, DEFAULT_MAX_RECORD_BYTES, csvFaultParams } from '../formats/parse-csv-text.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { decodeWindows1252 } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { RecordValidator, fastPathAllowed, makeFormatIssue } from './read-actors.js';
import type { RawRecord, ReadActorsOptions, ReadIssue } from './read-actors.js';
import { RecordRenderer, assessmentOf, classifiedRecord } from './cli-records.js';
import { RecordWriter } from './cli-output.js';
import type { Assessment, RendererOptions } from './cli-records.js';
import { CsvActorFastPath } from '../ingest/fast-actor.js';
import { IdIndex } from './id-index.js';
import { closedUnitFaultFor } from '../ingest/row-notes.js';
import { RecordKind } from './cli-parallel-protocol.js';

export interface ChunkSetup {
  header: string[];
  delimiter: CsvDelimiter;
  renderer: RendererOptions;
  columns: readonly string[];
  /** What the records need of the read options (source, checkedAt, deriveNeeds). */
  read: ReadActorsOptions;
}

/** Whole records of the input (from a record start to a record start, or to the end). */
export interface ChunkRequest {
  seq: number;
  /** Its bytes are `bytes[0 .. length)`. */
  bytes: Uint8Array;
  length: number;
  encoding: TextEncodingName;
  /** Index (0-based, header excluded) and line (1-based) of the first record. */
  startIndex: number;
  startLine: number;
  /** How many records the main thread found in it (checked). */
  records: number;
  /** The chunk stands for one record over the size limit, whose bytes were not kept. */
  tooLarge?: boolean;
  /** The size limit, when the chunk is `tooLarge` (for the message). */
  maxRecordBytes?: number;
}

export interface ChunkReply {
  seq: number;
  /** Per record: RecordKind. */
  kinds: Uint8Array;
  /** Per record with an id: IdIndex.codeOf(id), 0 when the id is in `ids`. */
  idCodes: Float64Array;
  /** [record, id] for ids that are not numeric. */
  ids: [number, string][];
  /** The output of the valid records in UTF-8, in order; record i's is bytes[ends[i-1] .. ends[i]). */
  bytes: Uint8Array;
  ends: Int32Array;
  /** Per record: the line it starts on. */
  lines: Int32Array;
  /** [record, faults] of the records set aside (and of faulty answers/figures), in order. */
  issues: [number, ReadIssue[]][];
  /** classify: records no type could be given. */
  unknown: number;
  /** Warnings on kept records (unclassified type, département suffix…), counted by code. */
  warnings: Record<string, number>;
}

/** Stands in for the table of ids taken: holds none, remembers the last id looked up. */
export class IdProbe {
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

const encoder = new TextEncoder();

/** Output text written as UTF-8 record by record (cheaper than one long string encoded at the end, and sent to the main thread without a copy). */
class ByteText {
  #buf: Uint8Array;
  length = 0;
  constructor(size: number) {
    this.#buf = new Uint8Array(size);
  }
  /** Appends `text`; returns the length in bytes so far. */
  add(text: string): number {
    if (this.#buf.length - this.length < text.length * 3) {
      const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.length + text.length * 3));
      grown.set(this.#buf.subarray(0, this.length));
      this.#buf = grown;
    }
    this.length += encoder.encodeInto(text, this.#buf.subarray(this.length)).written;
    return this.length;
  }
  /** The bytes written (a view of a buffer of their own, to transfer). */
  bytes(): Uint8Array {
    return this.#buf.subarray(0, this.length);
  }
}

/** Whether the header holds answers or figures for score/recommend (see assessmentOf). */
function carriesAssessment(header: readonly string[]): boolean {
  return header.some((h) => {
    const k = h.trim();
    return k === 'answers' || k === 'reponses' || k === 'figures' || k === 'chiffres' || /^(answers?|reponses?)\./.test(k) || /^(figures|chiffres)\./.test(k);
  });
}

export class ChunkProcessor {
  #setup: ChunkSetup;
  #fast: CsvActorFastPath | null;
  #probe = new IdProbe();
  #validator: RecordValidator;
  #renderer: RecordRenderer;
  #assess: boolean;
  /** The assessment of every record when the header has no answers/figures columns. */
  #sameAssessment: Assessment | null = null;
  #utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  #classifyWriter: RecordWriter | null = null;

  #max: number;

  constructor(setup: ChunkSetup) {
    this.#setup = setup;
    this.#max = setup.read.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.#fast = fastPathAllowed(setup.read) ? new CsvActorFastPath(setup.header, setup.read) : null;
    this.#validator = new RecordValidator(setup.read, this.#probe as unknown as Map<string, number>);
    this.#renderer = new RecordRenderer(setup.renderer, setup.columns);
    this.#assess = this.#renderer.needsAssessment();
    if (this.#assess && !carriesAssessment(setup.header)) {
      const a = assessmentOf({ index: 0, raw: {} });
      if (!('issues' in a)) this.#sameAssessment = a;
    }
  }

  /** `terreau classify`: each row's type and the reason, no validation (but closed units set aside, as every reader does). */
  #classify(request: ChunkRequest, records: ReturnType<CsvTokenizer['push']>): ChunkReply {
    const { header } = this.#setup;
    const writer = (this.#classifyWriter ??= new RecordWriter(null as never, this.#setup.renderer.format, this.#setup.columns));
    const n = records.length;
    const kinds = new Uint8Array(n).fill(RecordKind.Written);
    const ends = new Int32Array(n);
    const lines = new Int32Array(n);
    const issues: [number, ReadIssue[]][] = [];
    const out = new ByteText(request.length * 2 + 1024);
    const width = header.length;
    const closedFault = closedUnitFaultFor(header, this.#setup.read);
    let unknown = 0;
    for (let i = 0; i < n; i += 1) {
      const record = records[i] as (typeof records)[number];
      const index = request.startIndex + i;
      lines[i] = record.line + request.startLine - 2;
      const fields = record.fields;
      if (record.tooLarge) {
        kinds[i] = RecordKind.Rejected;
        issues.push([i, [makeFormatIssue(index, 'record_too_large', '', { limit: this.#max })]]);
        ends[i] = out.length;
        continue;
      }
      if (record.unclosedQuote || fields.length !== width) {
        kinds[i] = RecordKind.Rejected;
        issues.push([i, [makeFormatIssue(index, record.unclosedQuote ? 'unclosed_quote' : 'ragged_row', fields.length, csvFaultParams(record, width))]]);
        ends[i] = out.length;
        continue;
      }
      // keyed by the header as CsvRowBuilder keys it
      const row: Record<string, string> = {};
      for (let f = 0; f < width; f += 1) row[header[f] as string] = fields[f] as string;
      // a unit closed in SIRENE: set aside as validate and score set it aside (one rule, one option)
      const closed = closedFault === null ? null : closedFault(row, index);
      if (closed !== null) {
        kinds[i] = RecordKind.Rejected;
        issues.push([i, [closed]]);
        ends[i] = out.length;
        continue;
      }
      const c = classifiedRecord(row, index);
      if (c.unknown) unknown += 1;
      ends[i] = out.add(writer.render({ flat: c.flat, object: c.flat }));
    }
    return { seq: request.seq, kinds, idCodes: new Float64Array(n), ids: [], bytes: out.bytes(), ends, lines, issues, unknown, warnings: {} };
  }

  process(request: ChunkRequest): ChunkReply {
    if (request.tooLarge) {
      const issue = makeFormatIssue(request.startIndex, 'record_too_large', '', { limit: this.#max });
      return { seq: request.seq, kinds: new Uint8Array([RecordKind.Rejected]), idCodes: new Float64Array(1), ids: [], bytes: new Uint8Array(0), ends: new Int32Array(1), lines: new Int32Array([request.startLine]), issues: [[0, [issue]]], unknown: 0, warnings: {} };
    }
    const bytes = request.bytes.subarray(0, request.length);
    const text = request.encoding === 'windows-1252' ? decodeWindows1252(bytes) : this.#utf8.decode(bytes);
    const { header, delimiter } = this.#setup;
    // the main thread measured each record on its bytes (never fewer than its characters): none is over the limit here
    const tokenizer = new CsvTokenizer(delimiter, { maxRecordBytes: this.#max });
    // A blank line first: the tokenizer then never takes a U+FEFF opening the chunk for a BOM (only the file's first bytes hold one).
    tokenizer.push('\n');
    const records = tokenizer.push(text);
    for (const r of tokenizer.end()) records.push(r);
    const n = records.length;
    if (n !== request.records) throw new Error(`terreau: a chunk holds ${n} records, ${request.records} were counted (chunk ${request.seq})`);
    if (this.#setup.renderer.command === 'classify') return this.#classify(request, records);

    const kinds = new Uint8Array(n);
    const idCodes = new Float64Array(n);
    const ids: [number, string][] = [];
    const ends = new Int32Array(n);
    const lines = new Int32Array(n);
    const issues: [number, ReadIssue[]][] = [];
    const warnings: Record<string, number> = {};
    const width = header.length;
    const fast = this.#fast;
    const renderer = this.#renderer;
    const same = this.#sameAssessment;
    const lineBase = request.startLine - 2;
    const lines_ = renderer.writesActorCsvLine;
    const score = renderer.command === 'score';
    const out = new ByteText(request.length * 2 + 1024);
    const noteId = (i: number, id: string) => {
      const code = IdIndex.codeOf(id);
      idCodes[i] = code;
      if (code === 0) ids.push([i, id]);
    };
    for (let i = 0; i < n; i += 1) {
      const record = records[i] as (typeof records)[number];
      const index = request.startIndex + i;
      const line = record.line + lineBase;
      lines[i] = line;
      const fields = record.fields;
      if (record.tooLarge) {
        kinds[i] = RecordKind.Rejected;
        issues.push([i, [makeFormatIssue(index, 'record_too_large', '', { limit: this.#max })]]);
        ends[i] = out.length;
        continue;
      }
      if (fast !== null && !record.unclosedQuote && (!this.#assess || same !== null) && fast.check(fields, index)) {
        noteId(i, fast.id);
        kinds[i] = RecordKind.ValidActor;
        ends[i] = out.add(lines_ ? fast.csvLine() : score ? renderer.renderScore(fast.subject(), same as Assessment) : renderer.render(fast.actor(), same));
        continue;
      }
      // The full path, as readActors reads the row (keyed by the header as CsvRowBuilder keys it).
      const row: Record<string, string> = {};
      const m = Math.min(width, fields.length);
      for (let f = 0; f < m; f += 1) row[header[f] as string] = fields[f] as string;
      const raw: RawRecord = { index, line, raw: row, kind: 'row' };
      if (record.unclosedQuote || fields.length !== width) {
        raw.issues = [makeFormatIssue(index, record.unclosedQuote ? 'unclosed_quote' : 'ragged_row', fields.length, csvFaultParams(record, width))];
      }
      this.#probe.last = undefined;
      const r = this.#validator.validate(raw);
      ends[i] = out.length;
      if (r.actor) {
        noteId(i, r.actor.id);
        for (const w of r.warnings ?? []) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
        if (this.#assess) {
          const extra = same ?? assessmentOf(r);
          if ('issues' in extra) {
            kinds[i] = RecordKind.ValidActorBadAssessment;
            issues.push([i, extra.issues]);
            continue;
          }
          ends[i] = out.add(renderer.render(r.actor, extra));
        } else ends[i] = out.add(renderer.render(r.actor, null));
        kinds[i] = RecordKind.ValidActor;
      } else {
        issues.push([i, r.issues ?? []]);
        const probed = this.#probe.last as string | undefined;
        if (probed !== undefined) {
          kinds[i] = RecordKind.RejectedIdChecked;
          noteId(i, probed);
        } else kinds[i] = RecordKind.Rejected;
      }
    }
    return { seq: request.seq, kinds, idCodes, ids, bytes: out.bytes(), ends, lines, issues, unknown: 0, warnings };
  }
}
