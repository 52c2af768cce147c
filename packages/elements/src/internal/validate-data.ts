// From sniffed content to validated actors: core's ingestion module decides what is valid — the
// same column mapping, row reader, classifier from the legal category, validator and merge of
// conventions as the Node API and the CLI. A chunk of its own (see load-data.ts), so core's
// validation, its error texts and the CSV/GeoJSON readers load with the first data rather than
// with the page.
import './strict-csp.js';
import { ingestCsvText, ingestRecords, parseColumnMap, parseDataset, type IngestOptions } from '@terreau/core';
import type { DatasetOrigin, LoadOutcome, RawData, ReadingOptions } from './load-data.js';
import { jsonFormatOf } from './read-bytes.js';

// The reading of fetched bytes and inline JSON travels in this chunk too (see read-bytes.ts).
export { fileNameOf, rawFromBytes, sniffText } from './read-bytes.js';

/** The ingestion options of a reading (`columns` attribute; a mapping with faults is applied for what it says right). */
function ingestOptionsOf(reading: ReadingOptions): IngestOptions {
  const options: IngestOptions = {};
  if (reading.source) options.source = reading.source;
  if (reading.columns) options.columns = parseColumnMap(reading.columns).map;
  if (reading.project) options.project = reading.project;
  return options;
}

/** Validates sniffed content through core. */
export function datasetFromRaw(raw: RawData, origin: DatasetOrigin, reading: ReadingOptions = {}): LoadOutcome {
  const options = ingestOptionsOf(reading);
  if (raw.format === 'csv') {
    const read = ingestCsvText(raw.text, options);
    if (read.records === 0) return { failure: { kind: 'empty' } };
    return { origin, format: 'csv', actors: read.actors, partnerships: [], issues: read.issues, warnings: read.warnings, ...(read.columns ? { columns: read.columns } : {}) };
  }
  const shape = jsonFormatOf(raw.value);
  if (!shape.ok) return { failure: shape.failure };
  if (shape.format === 'dataset') {
    const parsed = parseDataset(raw.value);
    return { origin, format: 'dataset', actors: parsed.actors, partnerships: parsed.partnerships, issues: parsed.issues, warnings: parsed.warnings };
  }
  // GeoJSON candidates are already read from their properties; a JSON list goes through the row reader like the Node API's.
  const records = shape.format === 'geojson' ? ((raw.value as Record<string, unknown>)['features'] as unknown[]) : (raw.value as unknown[]);
  const read = ingestRecords(records, shape.format === 'geojson' ? { ...options, kind: 'features' } : options);
  return { origin, format: shape.format, actors: read.actors, partnerships: [], issues: read.issues, warnings: read.warnings };
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
