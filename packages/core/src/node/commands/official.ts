// The commands on official data (fetch, sirene, aggregate) behind one entry the `terreau` CLI
// calls first: each is an importable `run…(argv, io)`, tested in-process.
import { cliMessages, fillText, writeFailureText } from '../messages.js';
import { langOfArgv } from '../cli-options.js';
import { WriteFailure } from '../output-file.js';
import { runAggregate } from './aggregate.js';
import { runFetch } from './fetch.js';
import { processIo, UsageError } from './official-io.js';
import type { CliIo } from './official-io.js';
import { runSirene } from './sirene.js';

export const OFFICIAL_COMMANDS: Readonly<Record<string, (argv: string[], io: CliIo) => Promise<number>>> = {
  fetch: runFetch,
  sirene: runSirene,
  aggregate: runAggregate,
};

/** Runs `argv` when it names one of these commands (exit code), else null. Usage errors and failed writes give 2. */
export async function runOfficialCommand(argv: string[], io: CliIo = processIo): Promise<number | null> {
  const [name, ...rest] = argv;
  const command = name !== undefined ? OFFICIAL_COMMANDS[name] : undefined;
  if (!command) return null;
  const lang = langOfArgv(rest);
  try {
    return await command(rest, io);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof UsageError) io.say(e.message);
    else if (e instanceof WriteFailure) io.say(writeFailureText(e, lang));
    else if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) io.say(fillText(cliMessages(lang).errors.badOption, { value: (e as Error).message }));
    else throw e;
    return 2;
  }
}
