// Streaming keeps memory flat: 200 000 generated rows go through readActors in a child process
// (started with --expose-gc) whose heap, measured after a forced GC, must not grow with the rows
// read. No timing is asserted.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const script = `
import { Readable } from 'node:stream';
import { readActors } from ${JSON.stringify(join(root, 'packages/core/dist/node/index.js'))};
import { sireneLines } from ${JSON.stringify(join(root, 'bench/lib/sirene-fixture.js'))};
const lines = sireneLines({ rows: 200000, seed: 5, broken: 0.01 });
const source = Readable.from((function* () { let buf = ''; for (const l of lines) { buf += l + '\\n'; if (buf.length > 65536) { yield Buffer.from(buf); buf = ''; } } yield Buffer.from(buf); })());
const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
let n = 0, ok = 0, at20k = 0;
for await (const r of readActors(source, { checkedAt: '2026-01-01', uniqueIds: false })) {
  n += 1; if (r.actor) ok += 1;
  if (n === 20000) at20k = heap();
}
console.log(JSON.stringify({ n, ok, at20k, end: heap() }));
`;

describe('readActors memory', () => {
  it('reads 200 000 rows with a heap that does not grow with the rows read', () => {
    expect(existsSync(join(root, 'packages/core/dist/node/index.js'))).toBe(true);
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
    expect(r.stderr).toBe('');
    const m = JSON.parse(r.stdout) as { n: number; ok: number; at20k: number; end: number };
    expect(m.n).toBe(200000);
    expect(m.ok).toBeGreaterThan(150000);
    // Holding the actors would take hundreds of MB; streaming keeps the heap where it was at 20k rows.
    expect(m.end - m.at20k).toBeLessThan(16 * 1024 * 1024);
  }, 600_000);
});
