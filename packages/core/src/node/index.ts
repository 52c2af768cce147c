// @terreau/core/node — the Node-only entry (files, streams, commune lookup). Re-exports only.
export * from '../index.js';
export * from './decode.js';
export * from './read-actors.js';
export * from './streams.js';
export * from './lookup-commune.js';
export * from './compiled-schema.js';
export * from './derive-geography.js';
export * from './project-to-wgs84.js';
export { run as runCli } from './cli-run.js';
export type { CliIo } from './cli-run.js';
export * from './read-sirene-parquet.js';
export * from './territory-facts.js';
export { runOfficialCommand } from './commands/official.js';
export { folderCache } from './commands/fetch.js';
