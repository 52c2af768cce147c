// What every `terreau` command does with its options before running: parsing them (one place, both
// `--opt value` and `--opt=value`), the language of its messages (read before parsing so that a
// parse error is said in it), dates, the number of threads, and the refusal to write over an input.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { isIsoDate } from '../schema/is-iso-date.js';
import { cliMessages, fillText } from './messages.js';
import type { CliLang } from './messages.js';

/** Bad usage: said as it is, exit 2, nothing written. */
export class UsageError extends Error {}

/**
 * The options of a command (node:util's parseArgs): `--opt value` and `--opt=value` alike;
 * a value that looks like a negative number (`--jobs -1`) is taken as the value, so that the check
 * of that option names it, rather than parseArgs calling it ambiguous.
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T & { args: string[] }): ReturnType<typeof parseArgs<T>> {
  const options = config.options ?? {};
  const args: string[] = [];
  for (let i = 0; i < config.args.length; i += 1) {
    const a = config.args[i] as string;
    if (a === '--') {
      args.push(...config.args.slice(i));
      break;
    }
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    const next = config.args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${a}=${next}`);
      i += 1;
    } else args.push(a);
  }
  return parseArgs({ ...config, args } as T);
}

/** The language `--lang en` or `--lang=en` asks for (the last one given; default French). */
export function langOfArgv(argv: readonly string[]): CliLang {
  let lang: CliLang = 'fr';
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'fr';
  }
  return lang;
}

/** A date option ("YYYY-MM-DD", a real calendar day: 2026-02-30 is refused), or undefined when not given. */
export function dateOption(option: string, value: string | undefined, lang: CliLang): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(fillText(cliMessages(lang).errors.badDate, { option, value }));
  return value;
}

/**
 * The number of worker threads: `--jobs N`, a whole number ≥ 1, capped at the machine's cores
 * (`cores`, default os.availableParallelism()); `capped` is true when it was. Default: 2 (1 on one core).
 */
export function jobsOption(value: string | undefined, lang: CliLang, cores = availableParallelism()): { jobs: number; capped: boolean } {
  if (value === undefined) return { jobs: Math.min(2, cores), capped: false };
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(fillText(cliMessages(lang).errors.badValue, { option: 'jobs', value, expected: `1 … ${cores}` }));
  }
  const asked = Number(value);
  return asked > cores ? { jobs: cores, capped: true } : { jobs: asked, capped: false };
}

/** Device and inode of an existing path (a link: of what it points at), or null. */
function identityOf(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses, before anything is written, an output that is one of the inputs (the same file,
 * whatever the path: a symbolic or a hard link is found by device and inode), or two outputs that
 * are one file. `outputs`/`inputs`: [option, path]; '-' and undefined are skipped.
 */
export function refuseOverwritingInputs(outputs: readonly [string, string | undefined][], inputs: readonly (string | undefined)[], lang: CliLang): void {
  const m = cliMessages(lang).errors;
  const inputIds = new Map<string, string>();
  for (const path of inputs) {
    if (path === undefined || path === '-') continue;
    const id = identityOf(path);
    if (id !== null) inputIds.set(id, path);
  }
  const outputIds = new Map<string, [string, string]>();
  for (const [option, path] of outputs) {
    if (path === undefined || path === '-') continue;
    // a file not there yet: known by its absolute path
    const id = identityOf(path) ?? `new:${resolve(path)}`;
    const input = inputIds.get(id);
    if (input !== undefined) throw new UsageError(fillText(m.outputIsInput, { option, path, input }));
    const other = outputIds.get(id);
    if (other !== undefined) throw new UsageError(fillText(m.outputsSame, { option, path, other: other[0] }));
    outputIds.set(id, [option, path]);
  }
}

/** `--max-record-size`: bytes, or with a unit (k, M, G: 1024-based), at least 1 KiB. */
export function byteSizeOf(value: string, m: ReturnType<typeof cliMessages>): number {
  const match = /^(\d+)\s*([kKmMgG]?)i?[bB]?$/.exec(value.trim());
  const unit = match ? ({ '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 } as Record<string, number>)[(match[2] ?? '').toLowerCase()] : undefined;
  const size = match && unit ? Number(match[1]) * unit : NaN;
  if (!(size >= 1024)) throw new UsageError(fillText(m.errors.badValue, { option: 'max-record-size', value, expected: '1048576, 512k, 4M…' }));
  return size;
}
