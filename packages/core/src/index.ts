// @terreau/core — public API. Re-exports only; one line per module, grouped by folder.

// data
export * from './data/ids.js';
export * from './data/needs.js';
export * from './data/typology.js';
export * from './data/zonings.js';
export * from './data/legal-categories.js';

// schema
export * from './schema/identifiers.js';
export * from './schema/actor.js';
export * from './schema/zoning.js';
export * from './schema/record-issue.js';
export * from './schema/parse-actors.js';

// territory
export * from './territory/is-in-zone-on.js';
export * from './territory/classify-fragility.js';


// directory

// scoring

// recommend

// toolkit

// formats
export * from './formats/parse-csv-text.js';
export * from './formats/actor-row.js';
export * from './formats/geojson.js';
export * from './formats/ndjson.js';

// i18n
export * from './i18n/messages.fr.js';
export * from './i18n/messages.en.js';
export * from './i18n/format-issue.js';
