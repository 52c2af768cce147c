// Where a CLI output file is written: a temporary file beside the final name, renamed onto it only
// once everything is written, so a failed, interrupted or concurrent run never leaves a half file
// under that name (two runs writing the same name: each renames a whole file, the last one wins).
// Devices and pipes (`--out /dev/null`, a FIFO) are written directly: they cannot be renamed onto.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, lstatSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A write that failed: the path as the user gave it, the errno code, the records written before it. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    readonly records: number,
    cause?: unknown,
  ) {
    super(`${path}: ${code}`, cause === undefined ? undefined : { cause });
  }
}

export function errnoCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

/** Temporary files not yet renamed or removed, removed on exit (a second Ctrl-C exits at once). */
const liveTemps = new Set<string>();
let exitHookSet = false;

/** Removes every temporary file still there (synchronous: safe in an exit handler). */
export function removeTempFiles(): void {
  for (const path of liveTemps) removeQuietly(path);
  liveTemps.clear();
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

export interface OutputFile {
  stream: WriteStream;
  /** The name the user gave. */
  path: string;
  /** Renames the written temporary file onto the final name (nothing to do for a device or a pipe); throws the rename's error. */
  commit(): void;
  /** Removes the temporary file (nothing to do for a device or a pipe); again if it is created later. */
  discard(): void;
  /** True when written under a temporary name (a regular file): what was written can still be replaced before commit. */
  temporary: boolean;
  /** Where the bytes are written (the temporary file, or the device or pipe itself). */
  written: string;
}

/**
 * Opens `path` for writing through a temporary file in the same directory (same file system: the
 * rename is atomic). A symbolic link is followed: the file it points at is replaced. Throws a
 * WriteFailure when the final name cannot be written (a directory, a read-only file).
 */
export function openOutputFile(path: string): OutputFile {
  let final = path;
  let direct = false;
  // a file replaced keeps its permissions (within the umask)
  let mode = 0o666;
  try {
    const link = lstatSync(path);
    const target = link.isSymbolicLink() ? statSync(path) : link;
    if (link.isSymbolicLink()) final = realpathSync(path);
    if (target.isDirectory()) throw new WriteFailure(path, 'EISDIR', 0);
    if (!target.isFile()) direct = true;
    else {
      accessSync(final, constants.W_OK);
      mode = target.mode & 0o777;
    }
  } catch (e) {
    if (e instanceof WriteFailure) throw e;
    const code = errnoCode(e);
    // ENOENT: a new file (its directory is checked when the temporary file opens); a dangling link too
    if (code !== 'ENOENT') throw new WriteFailure(path, code, 0, e);
  }
  if (direct) {
    return { stream: createWriteStream(path), path, commit() {}, discard() {}, temporary: false, written: path };
  }
  const temp = join(dirname(final), `.${basename(final)}.terreau-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  if (!exitHookSet) {
    exitHookSet = true;
    process.on('exit', removeTempFiles);
  }
  liveTemps.add(temp);
  const stream = createWriteStream(temp, { flags: 'wx', mode });
  return {
    stream,
    path,
    temporary: true,
    written: temp,
    commit() {
      try {
        renameSync(temp, final);
      } catch (e) {
        this.discard();
        throw e;
      }
      liveTemps.delete(temp);
    },
    discard() {
      removeQuietly(temp);
      liveTemps.delete(temp);
    },
  };
}
