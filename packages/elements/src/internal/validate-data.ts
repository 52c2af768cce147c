// From sniffed content to validated actors, zod-free: core's fast path (ingest/fast-records.ts) reads
// every record it is sure of — the same column mapping, classifier and actors as the Node API and the
// CLI. When one record needs the full path (a value to tidy, a fault to report, a repeated id, a
// GeoJSON or dataset file), the whole content goes through core's full ingestion in the chunk
// validate-full.ts (zod), fetched then only: the result is the one the full ingestion always gives.
// A chunk of its own (see load-data.ts), so the fast path and the CSV reader load with the first
// data rather than with the page.
import { ingestCsvTextFast, ingestRecordsFast, parseColumnMap, type IngestOptions } from '@terreau/core';
import type { DatasetOrigin, LoadOutcome, RawData, ReadingOptions } from './load-data.js';
import { jsonFormatOf } from './read-bytes.js';

// The reading of fetched bytes and inline JSON travels in this chunk too (see read-bytes.ts).
export { fileNameOf, rawFromBytes, sniffText } from './read-bytes.js';

/** The full path's chunk (zod); resolves to undefined when it cannot be fetched. */
export type FullValidatorLoader = () => Promise<typeof import('./validate-full.js') | undefined>;

/**
 * How the full path (validate-full.ts: zod, core's whole ingestion and error texts) is fetched, only
 * when a record needs it; behind an object so a test can make it fail. Its `import()` is here, in the
 * validation chunk, not in the page's start file: the build lists the chunk's dependencies beside it
 * (fetched together), which would weigh on the start file.
 */
export const fullValidatorLoader = {
  load: (): Promise<typeof import('./validate-full.js')> => import('./validate-full.js'),
};

/** The ingestion options of a reading (`columns` attribute, a mapping with faults applied for what it says right; `include-closed`). */
function ingestOptionsOf(reading: ReadingOptions): IngestOptions {
  const options: IngestOptions = {};
  if (reading.source) options.source = reading.source;
  if (reading.columns) options.columns = parseColumnMap(reading.columns).map;
  if (reading.project) options.project = reading.project;
  if (reading.includeClosed) options.includeClosed = true;
  return options;
}

/**
 * Validates sniffed content: through the fast path when every record takes it, else through the
 * full path's chunk (`loadFull`). Null when that chunk cannot be fetched (said as a network failure).
 */
export async function datasetFromRaw(raw: RawData, origin: DatasetOrigin, reading: ReadingOptions = {}, loadFull?: FullValidatorLoader): Promise<LoadOutcome | null> {
  const options = ingestOptionsOf(reading);
  if (raw.format === 'csv') {
    const read = ingestCsvTextFast(raw.text, options);
    if (read !== null) {
      if (read.records === 0) return { failure: { kind: 'empty' } };
      return { origin, format: 'csv', actors: read.actors, partnerships: [], issues: [], warnings: [], ...(read.columns ? { columns: read.columns } : {}) };
    }
  } else {
    const shape = jsonFormatOf(raw.value);
    if (!shape.ok) return { failure: shape.failure };
    const read = shape.format === 'json' ? ingestRecordsFast(raw.value as unknown[], options) : null;
    if (read !== null) return { origin, format: 'json', actors: read.actors, partnerships: [], issues: [], warnings: [] };
  }
  const full = await (loadFull ? loadFull() : fullValidatorLoader.load()).catch(() => undefined);
  return full ? full.datasetFromRawFull(raw, origin, options) : null;
}

/**
 * True when a CSV read without a projector has projected coordinates (geolocated SIRENE: Lambert-93,
 * UTM overseas) and actors left without a location: it is read again once the projection chunk is in.
 */
export function needsProjection(outcome: LoadOutcome): boolean {
  if ('failure' in outcome || !outcome.columns) return false;
  const fields = new Set(outcome.columns.recognised.map((c) => c.field));
  return fields.has('projectedX') && fields.has('projectedY') && outcome.actors.some((a) => a.location === undefined);
}
