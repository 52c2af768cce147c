// Actors ↔ GeoJSON FeatureCollection (RFC 7946). Pure.
// Features carry flat properties (the columns of actor-row.ts: GIS tools such as QGIS or uMap read
// flat attributes best) and a Point geometry when the actor has a location, `null` otherwise.
import type { ActorInput } from '../schema/actor.js';
import { actorFromRow, actorToRow } from './actor-row.js';
import type { ActorCandidate, ActorFromRowOptions } from './actor-row.js';

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}
export interface ActorFeature {
  type: 'Feature';
  id?: string;
  geometry: PointGeometry | null;
  properties: Record<string, string>;
}
export interface ActorFeatureCollection {
  type: 'FeatureCollection';
  features: ActorFeature[];
}

/** A feature that could not be read as an actor (the rest are still read). */
export interface GeoJsonIssue {
  /** Index of the feature in `features`, or -1 when the input is not a FeatureCollection. */
  index: number;
  code: 'not_a_feature_collection' | 'not_a_feature' | 'unsupported_geometry';
  value: unknown;
}

/**
 * Reads actors from a GeoJSON FeatureCollection: each feature's properties (flat columns, French
 * aliases, or nested actor fields) plus its Point geometry as the location. Candidates go to
 * parseActors for validation; `candidates[i]` comes from `features[indexes[i]]`.
 */
export function actorsFromGeoJson(
  input: unknown,
  options: ActorFromRowOptions = {},
): { candidates: ActorCandidate[]; indexes: number[]; issues: GeoJsonIssue[] } {
  const out = { candidates: [] as ActorCandidate[], indexes: [] as number[], issues: [] as GeoJsonIssue[] };
  if (!isRecord(input) || input['type'] !== 'FeatureCollection' || !Array.isArray(input['features'])) {
    out.issues.push({ index: -1, code: 'not_a_feature_collection', value: isRecord(input) ? input['type'] : input });
    return out;
  }
  input['features'].forEach((feature: unknown, index: number) => {
    const c = actorFromFeature(feature, { ...options, index });
    if ('issue' in c) out.issues.push(c.issue);
    else {
      out.candidates.push(c.candidate);
      out.indexes.push(index);
    }
  });
  return out;
}

/** One GeoJSON feature → an actor candidate, or the reason it is not one. */
export function actorFromFeature(
  feature: unknown,
  options: ActorFromRowOptions = {},
): { candidate: ActorCandidate } | { issue: GeoJsonIssue } {
  const index = options.index ?? 0;
  if (!isRecord(feature) || feature['type'] !== 'Feature') {
    return { issue: { index, code: 'not_a_feature', value: isRecord(feature) ? feature['type'] : feature } };
  }
  const props: Record<string, unknown> = isRecord(feature['properties']) ? { ...feature['properties'] } : {};
  if (props['id'] === undefined && (typeof feature['id'] === 'string' || typeof feature['id'] === 'number')) props['id'] = String(feature['id']);
  const geometry = feature['geometry'];
  if (geometry !== null && geometry !== undefined) {
    if (!isRecord(geometry) || geometry['type'] !== 'Point' || !Array.isArray(geometry['coordinates'])) {
      return { issue: { index, code: 'unsupported_geometry', value: isRecord(geometry) ? geometry['type'] : geometry } };
    }
    const [lon, lat] = geometry['coordinates'] as unknown[];
    props['lon'] = lon;
    props['lat'] = lat;
    delete props['location'];
  }
  return { candidate: actorFromRow(props, options) };
}

/** Actors → a FeatureCollection with flat properties (lat/lon moved into the geometry). */
export function actorsToGeoJson(actors: Iterable<ActorInput>): ActorFeatureCollection {
  const features: ActorFeature[] = [];
  for (const actor of actors) features.push(actorToFeature(actor));
  return { type: 'FeatureCollection', features };
}

export function actorToFeature(actor: ActorInput): ActorFeature {
  const row: Record<string, string> = actorToRow(actor);
  const properties: Record<string, string> = {};
  for (const key in row) {
    if (key === 'lat' || key === 'lon') continue;
    const value = row[key] as string;
    if (value !== '') properties[key] = value;
  }
  return {
    type: 'Feature',
    id: actor.id,
    geometry: actor.location ? { type: 'Point', coordinates: [actor.location.lon, actor.location.lat] } : null,
    properties,
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
