// A file the CLI wrote, copied into another with a few byte ranges replaced (or removed): how the
// output and the rejects take the other conventions of one SIRET once they are known — the actor
// they merge into written again, their duplicate_id lines removed — without a pass over the input.
// A streaming copy in pieces of 4 MiB (the next read while the last is written), through a Sink (back-pressure, write errors as WriteFailure).
import { open } from 'node:fs/promises';
import type { Sink } from './cli-output.js';
import { WriteFailure } from './output-file.js';

/** Bytes `start` .. `end` of the file, replaced by `text` ('' removes them). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

const PIECE = 1 << 22;

/**
 * Copies file `path` into `sink` (then closed) with `splices` made (in any order; they do not
 * overlap). Stops between pieces once `stopping()` (Ctrl-C): the copy is then partial, to discard.
 * A write failure says the records written as `recordsUpTo` counts them in `path` up to the offset copied.
 */
export async function spliceFile(path: string, sink: Sink, splices: readonly Splice[], stopping: () => boolean, recordsUpTo: (offset: number) => number): Promise<void> {
  const edits = [...splices].sort((a, b) => a.start - b.start);
  // for a write failure: where in `path` each part handed to the sink ends
  const partEnds: number[] = [];
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    let at = 0;
    /** Bytes `from` .. `from + length` of the file, in a fresh buffer (the sink holds it until written). */
    const readAt = async (from: number, length: number): Promise<Buffer> => {
      const buf = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buf, got, length - got, from + got);
        if (bytesRead === 0) throw new Error(`terreau: ${path} ended at ${from + got} bytes, ${from + length} expected`);
        got += bytesRead;
      }
      return buf;
    };
    const copyUntil = async (end: number): Promise<void> => {
      // the next piece is read while the one before is written
      let next = at < end ? readAt(at, Math.min(PIECE, end - at)) : null;
      while (next !== null && !stopping()) {
        const buf = await next;
        at += buf.length;
        next = at < end ? readAt(at, Math.min(PIECE, end - at)) : null;
        sink.addBytes(buf, 1);
        partEnds.push(at);
        await sink.settle();
      }
      // a read under way when stopped: let it end before the file is closed
      await next?.catch(() => undefined);
    };
    for (const edit of edits) {
      await copyUntil(edit.start);
      if (stopping()) return;
      if (edit.text !== '') {
        sink.addBytes(Buffer.from(edit.text, 'utf8'), 1);
        partEnds.push(edit.end);
      }
      at = edit.end;
    }
    await copyUntil(size);
    if (stopping()) return;
    await sink.close();
  } catch (e) {
    // the sink counted parts: said as the records they hold
    if (e instanceof WriteFailure) throw new WriteFailure(e.path, e.code, e.records > 0 ? recordsUpTo(partEnds[e.records - 1] as number) : 0, e.cause);
    throw e;
  } finally {
    await handle.close();
  }
}
