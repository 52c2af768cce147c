// @terreau/core/node — the Node-only entry (files, streams, commune lookup). Re-exports only.
export * from '../index.js';
