// From sniffed content to validated actors: core's parsers decide what is valid. A chunk of its own
// (see load-data.ts), so core's validation, its error texts and the CSV/GeoJSON readers load with the
// first data rather than with the page.
import './strict-csp.js';
import { actorFromRow, actorsFromGeoJson, parseActors, parseCsvText, parseDataset } from '@terreau/core';
import { jsonFormatOf, type DatasetOrigin, type LoadOutcome, type RawData } from './load-data.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * GeoJSON features → actor candidates, one per feature (so issue indices are feature indices). A
 * feature core cannot read (not a Feature, a Polygon where a Point is expected) still goes to
 * parseActors as is, which rejects it with a message naming the field: nothing is dropped silently.
 */
function candidatesFromGeoJson(value: unknown): unknown[] {
  const features = isRecord(value) && Array.isArray(value['features']) ? (value['features'] as unknown[]) : [];
  const read = actorsFromGeoJson(value);
  const candidates: unknown[] = features.map((feature) =>
    isRecord(feature) && isRecord(feature['properties']) ? { ...actorFromRow(feature['properties']), location: feature['geometry'] } : feature,
  );
  read.candidates.forEach((candidate, i) => {
    const at = read.indexes[i];
    if (at !== undefined) candidates[at] = candidate;
  });
  return candidates;
}

/** Validates sniffed content through core. */
export function datasetFromRaw(raw: RawData, origin: DatasetOrigin): LoadOutcome {
  if (raw.format === 'csv') {
    const table = parseCsvText(raw.text);
    if (table.rows.length === 0) return { failure: { kind: 'empty' } };
    const parsed = parseActors(table.rows.map((row, index) => actorFromRow(row, { index })));
    return { origin, format: 'csv', actors: parsed.actors, partnerships: [], issues: parsed.issues };
  }
  const shape = jsonFormatOf(raw.value);
  if (!shape.ok) return { failure: shape.failure };
  if (shape.format === 'dataset') {
    const parsed = parseDataset(raw.value);
    return { origin, format: 'dataset', actors: parsed.actors, partnerships: parsed.partnerships, issues: parsed.issues };
  }
  const parsed = parseActors(shape.format === 'geojson' ? candidatesFromGeoJson(raw.value) : raw.value);
  return { origin, format: shape.format, actors: parsed.actors, partnerships: [], issues: parsed.issues };
}

