// The engine of the `terreau` command (node/cli.ts is its bin): `run(argv, io)` reads the options
// and hands the run to the command's own file under node/commands/ — validate, convert, score,
// recommend, classify, diagnose (files of actors, streamed record by record; what they share is
// commands/actor-run.ts) and fetch, sirene, aggregate (official data). Importable and testable
// in-process. Text lives in node/messages/{fr,en}.ts.
// Exit codes: 0 all records valid · 1 some records rejected · 2 bad usage, unreadable input or a
// failed write · 130 interrupted by Ctrl-C (a partial summary is written). Files (--out, rejects) are
// written under a temporary name and renamed once whole (output-file.ts); a failed or interrupted
// run removes them. When the output's reader goes away (EPIPE, `| head`), the run stops as on
// Ctrl-C but ends like a complete one over the records read: the rejects file holds all of theirs,
// exit 0 or 1 by them.
import { cliMessages, fillText, writeFailureText } from './messages.js';
import type { CliLang } from './messages.js';
import { UsageError, langOfArgv } from './cli-options.js';
import { WriteFailure } from './output-file.js';
import { ContentError } from './read-actors.js';
import { officialEn } from './messages/official.en.js';
import { officialFr } from './messages/official.fr.js';
import { ActorRun } from './commands/actor-run.js';
import type { CliIo } from './commands/actor-run.js';
import { actorRunOptions, parseActorArgs } from './commands/actor-run-options.js';
import type { ActorCommand } from './commands/actor-run-options.js';
import { runValidate } from './commands/validate.js';
import { runConvert } from './commands/convert.js';
import { runScore } from './commands/score.js';
import { runRecommend } from './commands/recommend.js';
import { runClassify } from './commands/classify.js';
import { runDiagnose } from './commands/diagnose.js';

export type { CliIo } from './commands/actor-run.js';

/** Each command on a file of actors: its own steps, run within the shared ActorRun. */
const ACTOR_COMMAND_STEPS: Readonly<Record<ActorCommand, (run: ActorRun) => Promise<void>>> = {
  validate: runValidate,
  convert: runConvert,
  score: runScore,
  recommend: runRecommend,
  classify: runClassify,
  diagnose: runDiagnose,
};

/**
 * The `terreau` command as a function: `argv` without the node and script paths; resolves to the
 * exit code (0 all valid, 1 some rejected, 2 bad usage, unreadable input or failed write, 130 interrupted).
 * Never rejects: errors are said on `io.stderr`. One run at a time per process.
 */
export async function run(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  let lang: CliLang = 'fr';
  let actorRun: ActorRun | null = null;
  try {
    // fetch, sirene, aggregate: engines of their own (node/commands/), loaded only when named.
    if (argv[0] === 'fetch' || argv[0] === 'sirene' || argv[0] === 'aggregate') {
      const { runOfficialCommand } = await import('./commands/official.js');
      const { officialIoOf } = await import('./commands/official-io.js');
      const official = await runOfficialCommand(argv, officialIoOf(io));
      if (official !== null) return official;
    }
    lang = langOfArgv(argv);
    const m = cliMessages(lang);
    let parsed;
    try {
      parsed = parseActorArgs(argv);
    } catch (e) {
      say(fillText(m.errors.badOption, { value: (e as Error).message }));
      return 2;
    }
    const { values: o, positionals } = parsed;
    if (o.help) {
      io.stdout.write(`${m.help}\n\n${(lang === 'en' ? officialEn : officialFr).help}\n`);
      return 0;
    }
    const quiet = o.quiet === true;
    const options = actorRunOptions(o, positionals, lang, quiet, say, io.stdin === process.stdin);
    actorRun = new ActorRun(options, io, lang, quiet);
    return await actorRun.execute(ACTOR_COMMAND_STEPS[options.command]);
  } catch (e) {
    if (e instanceof UsageError) say(e.message);
    else if (e instanceof WriteFailure) say(writeFailureText(e, lang));
    else if (e instanceof ContentError) say(`${argv[1] ?? '-'} : ${e.text[lang]}`);
    else say(fillText(cliMessages(lang).errors.unreadable, { path: argv[1] ?? '-', reason: (e as Error).message }));
    return 2;
  } finally {
    actorRun?.release();
  }
}
