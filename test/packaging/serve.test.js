// `npm start` / `npm run serve` (scripts/serve.js): the address it serves on, PORT honoured, and a
// clear message with exit code 1 — no stack trace — when the port is taken or is not a port.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BASE = Number(process.env.TERREAU_SERVE_PORT ?? 8153);

function serve(env) {
  const child = spawn(process.execPath, ['scripts/serve.js'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

describe('npm start', () => {
  it('serves on PORT and says where', async () => {
    const { child, out, exited } = serve({ PORT: String(BASE) });
    try {
      const deadline = Date.now() + 30000;
      while (!out.stdout.includes('http://') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.match(out.stdout, new RegExp(`http://localhost:${BASE}/examples/`));
      const res = await fetch(`http://localhost:${BASE}/examples/`);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<ess-map|ess-lever-advisor|Terreau/);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(BASE + 1, 'localhost', resolve));
    try {
      const { out, exited } = serve({ PORT: String(BASE + 1) });
      assert.equal(await exited, 1);
      assert.match(out.stderr, new RegExp(`Port ${BASE + 1} on localhost is already in use`));
      assert.match(out.stderr, /PORT=\d+ npm start/, 'says how to choose another port');
      assert.doesNotMatch(out.stderr, /\n\s+at /, 'no stack trace');
    } finally {
      blocker.close();
    }
  });

  it('exits 1 when PORT is not a port number', async () => {
    const { out, exited } = serve({ PORT: '80a' });
    assert.equal(await exited, 1);
    assert.match(out.stderr, /PORT="80a" is not a port number/);
  });
});
