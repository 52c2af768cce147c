// @terreau/core — public API. Re-exports only.
export * from './data/ids.js';
export * from './schema/identifiers.js';
export * from './schema/actor.js';
