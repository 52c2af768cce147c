// Progress of a CLI run on stderr, only when stderr is a terminal: rows, rows/s, share of bytes
// read, ETA; and the input stream that counts the bytes it gives.
import { cliMessages, fillText } from './messages.js';
import type { CliLang } from './messages.js';

export class Progress {
  bytes = 0;
  #enabled: boolean;
  #start = Date.now();
  #last = 0;
  #shown = false;
  constructor(
    private size: number,
    private stderr: NodeJS.WritableStream & { isTTY?: boolean },
    private lang: CliLang,
    quiet: boolean,
  ) {
    this.#enabled = stderr.isTTY === true && !quiet;
  }
  tick(rows: number): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < 200) return;
    this.#last = now;
    const elapsed = (now - this.#start) / 1000;
    const rate = rows / Math.max(elapsed, 0.001);
    const share = this.size > 0 ? Math.min(1, this.bytes / this.size) : 0;
    const eta = share > 0 ? (elapsed * (1 - share)) / share : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const text = fillText(cliMessages(this.lang).progress, {
      rows: rows.toLocaleString(this.lang),
      rate: Math.round(rate).toLocaleString(this.lang),
      percent: Math.round(share * 100),
      eta: `${Math.round(eta)} s`,
    });
    this.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\u001b[K`);
    this.#shown = true;
  }
  done(): void {
    if (this.#shown) this.stderr.write('\r\u001b[K');
  }
}

/** The chunks of `stream`, counted into `progress.bytes`; an error once `stopping()` (Ctrl-C destroyed the input) ends it quietly. */
export async function* countedChunks(stream: AsyncIterable<unknown>, progress: Progress, stopping: () => boolean): AsyncGenerator<Uint8Array | string> {
  try {
    for await (const chunk of stream) {
      progress.bytes += typeof chunk === 'string' ? chunk.length : (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  } catch (e) {
    // Ctrl-C destroys the input so a read waiting on a terminal or a pipe ends too.
    if (!stopping()) throw e;
  }
}
