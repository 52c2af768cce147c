// The full path of the widgets' validation (zod): core's ingestion for records the fast path was not
// sure of — the same column mapping, row reader, classifier from the legal category, validator and
// merge of conventions as the Node API and the CLI, and the located FR/EN issues of the rows set
// aside. A chunk of its own, fetched (through the map's LazyController) only when the validation
// chunk (validate-data.ts) meets a record that needs it: a file whose rows all pass the fast path
// never loads nor evaluates zod.
import './strict-csp.js';
import { ingestCsvText, ingestRecords, parseDataset, type IngestOptions } from '@terreau/core';
import type { DatasetOrigin, LoadOutcome, RawData } from './load-data.js';
import { jsonFormatOf } from './read-bytes.js';

/** Validates sniffed content through core's whole ingestion (fast path, then zod for the rest). */
export function datasetFromRawFull(raw: RawData, origin: DatasetOrigin, options: IngestOptions): LoadOutcome {
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
