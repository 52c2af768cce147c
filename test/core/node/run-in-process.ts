// The CLI engine run in-process from the TypeScript sources (no build): run(argv, io) with captured streams.
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../../packages/core/src/node/cli-run.js';

export async function runTerreau(argv: string[], stdin: string | Buffer = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  err.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await run(argv, { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]), stdout: out, stderr: err });
  return { code, stdout, stderr };
}
