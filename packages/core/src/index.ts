// @terreau/core — public API. Re-exports only; one line per module, grouped by folder.

// data
export * from './data/ids.js';
export * from './data/needs.js';
export * from './data/typology.js';

// schema
export * from './schema/identifiers.js';
export * from './schema/actor.js';

// directory

// scoring

// recommend

// toolkit

// formats

// i18n
export * from './i18n/messages.fr.js';
export * from './i18n/messages.en.js';
