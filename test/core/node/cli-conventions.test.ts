// Several conventions on one SIRET (a DGEFP/ASP list: one structure holding an ACI and an AI
// convention, listed once per convention): the streaming CLI gives the actors readActors
// (mergeConventions) and the map's reader (ingestCsvText) give, with one thread and with two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ingestCsvText, parseCsvText } from '@terreau/core';
import { readActors } from '@terreau/core/node';
import { runTerreau } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'terreau-conventions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first (npm run build -w @terreau/core): two threads run the built terreau command.');
});
const real = (name: string) => join(__dirname, '../../fixtures/real', name);

/** A SIRET with a valid check digit (Luhn) from a 13-digit body. */
function siretOf(body: string): string {
  for (let d = 0; d <= 9; d += 1) {
    const s = `${body}${d}`;
    let sum = 0;
    for (let i = 0; i < 14; i += 1) {
      let n = Number(s[13 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}
const SIRETS = ['3509923350002', '3505847690002', '8430248110001', '7750012340001'].map(siretOf);

interface Run {
  code: number | null;
  stderr: string;
  actors: unknown[];
  /** Rejected records as `row:code`, in order. */
  rejected: string[];
}

function readRun(code: number | null, stderr: string, out: string, rejects: string): Run {
  const actors = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  const rejected = existsSync(rejects) ? parseCsvText(readFileSync(rejects, 'utf8')).rows.map((r) => `${r['row']}:${r['code']}`) : [];
  return { code, stderr, actors, rejected };
}

async function cliRun(file: string, jobs: 1 | 2, tag: string): Promise<Run> {
  const out = join(dir, `${tag}-${jobs}.ndjson`);
  const rejects = join(dir, `${tag}-${jobs}.rejects.csv`);
  rmSync(rejects, { force: true });
  const argv = ['validate', file, '--to', 'ndjson', '--out', out, '--rejects', rejects, '--jobs', String(jobs), '--lang', 'en'];
  // one thread: in-process from the sources; two: the built command (its worker threads are built files)
  if (jobs === 1) {
    const r = await runTerreau(argv);
    return readRun(r.code, r.stderr, out, rejects);
  }
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });
  return readRun(r.status, r.stderr, out, rejects);
}

async function viaReadActors(file: string): Promise<{ actors: unknown[]; rejected: string[]; merged: number }> {
  const actors: unknown[] = [];
  const rejected: string[] = [];
  let merged = 0;
  for await (const r of readActors(file, { mergeConventions: true })) {
    if (r.actor) actors.push(r.actor);
    else if (r.merged !== undefined) merged += 1;
    else for (const i of r.issues ?? []) rejected.push(`${r.index + 1}:${i.code}`);
  }
  // actors into which conventions were merged are updated in place: compared once the file is read
  return { actors: JSON.parse(JSON.stringify(actors)) as unknown[], rejected, merged };
}

describe('terreau validate: other conventions of one SIRET are merged into its first actor', { timeout: 300_000 }, () => {
  it('the DGEFP list: 27 rows = 24 actors + 3 merged, none rejected; BOU SOL holds its ACI and AI conventions (1 and 2 threads)', async () => {
    for (const jobs of [1, 2] as const) {
      const r = await cliRun(real('dgefp-liste-siae-2019-07.csv'), jobs, 'dgefp');
      expect(r.code).toBe(0);
      expect(r.rejected).toEqual([]);
      expect(r.actors).toHaveLength(24);
      expect(r.stderr).toContain('27 records read = 24 valid + 0 rejected + 3 merged (other conventions of one SIRET, joined to the actor of its first row).');
      expect(r.stderr).toContain('conventions_merged 3');
      const bouSol = r.actors.find((a) => (a as { id: string }).id === '35099233500025') as { approvals: string[] };
      expect(bouSol.approvals).toEqual(['aci', 'ai']);
    }
  });

  it('says it in French too', async () => {
    const r = await runTerreau(['validate', real('dgefp-liste-siae-2019-07.csv'), '--out', join(dir, 'fr.csv'), '--jobs', '1']);
    expect(r.stderr).toContain('27 enregistrements lus = 24 valides + 0 rejetés + 3 fusionnés');
  });

  it('on standard output (already sent, cannot be rewritten) the repeats stay rejected as duplicate_id and the summary says how to merge them', async () => {
    const rejects = join(dir, 'stdout.rejects.csv');
    const r = await runTerreau(['validate', real('dgefp-liste-siae-2019-07.csv'), '--to', 'ndjson', '--rejects', rejects, '--jobs', '1', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(24);
    expect(r.stderr).toContain('27 records read = 24 valid + 3 rejected.');
    expect(r.stderr).toContain('--out FILE');
  });

  it('random files with repeated SIRETs (conventions, and true conflicts: another id or SIRET) give the actors and rejects of readActors and of the map', async () => {
    const row = fc.record({
      id: fc.option(fc.constantFrom('a', 'b', ...SIRETS.slice(0, 2)), { nil: undefined }),
      siret: fc.option(fc.constantFrom(...SIRETS), { nil: undefined }),
      type: fc.constantFrom('aci', 'ai', 'ei', 'etti', 'association', 'x'),
      approvals: fc.subarray(['aci', 'ai', 'ei', 'esus']),
      activities: fc.subarray(['short-circuit', 'food-workshop', 'social-grocery']),
      needs: fc.subarray(['healthy-food', 'employment-access', 'nope']),
      ragged: fc.boolean(),
    });
    let run = 0;
    const seen = { merged: 0, conflicts: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 10 }), async (rows) => {
        run += 1;
        const lines = ['id;nom;type;siret;approvals;activities;needs'];
        rows.forEach((r, i) => {
          const cells = [r.id ?? '', `S${i}`, r.type, r.siret ?? '', r.approvals.join('|'), r.activities.join('|'), r.needs.join('|')];
          // no id cell: the id is the SIRET (or the row number)
          if (r.id === undefined) cells[0] = r.siret ?? `row-${i + 1}`;
          lines.push((r.ragged && i % 3 === 2 ? cells.slice(0, -1) : cells).join(';'));
        });
        const text = `${lines.join('\n')}\n`;
        const file = join(dir, `random-${run}.csv`);
        writeFileSync(file, text);
        const map = ingestCsvText(text, { source: `random-${run}.csv` });
        const node = await viaReadActors(file);
        expect(node.actors).toEqual(JSON.parse(JSON.stringify(map.actors)));
        expect(node.rejected).toEqual(map.issues.map((i) => `${i.index + 1}:${i.code}`));
        expect(node.merged).toBe(map.merged.length);
        seen.merged += node.merged;
        seen.conflicts += node.rejected.filter((x) => x.endsWith(':duplicate_id')).length;
        for (const jobs of [1, 2] as const) {
          const cli = await cliRun(file, jobs, `random-${run}`);
          expect(cli.actors).toEqual(node.actors);
          expect(cli.rejected).toEqual(node.rejected);
          expect(cli.code).toBe(node.rejected.length > 0 ? 1 : 0);
          // rows in = valid + rejected + merged
          const rejectedRows = new Set(cli.rejected.map((x) => x.split(':')[0])).size;
          expect(cli.actors.length + rejectedRows + node.merged).toBe(rows.length);
          if (node.merged > 0) expect(cli.stderr).toContain(`${rows.length} records read = ${cli.actors.length} valid + ${rejectedRows} rejected + ${node.merged} merged`);
        }
      }),
      {
        numRuns: 15,
        endOnFailure: true,
        // one file sure to hold both: a SIRET listed twice (ACI then AI), an id given to two SIRETs
        examples: [
          [
            [
              { id: undefined, siret: SIRETS[0], type: 'aci', approvals: [], activities: ['short-circuit'], needs: [], ragged: false },
              { id: 'a', siret: SIRETS[1], type: 'association', approvals: [], activities: [], needs: ['healthy-food'], ragged: false },
              { id: 'a', siret: SIRETS[2], type: 'association', approvals: [], activities: [], needs: [], ragged: false },
              { id: undefined, siret: SIRETS[0], type: 'ai', approvals: ['esus'], activities: ['food-workshop'], needs: ['employment-access'], ragged: false },
            ],
          ],
        ],
      },
    );
    // the files drawn held both kinds of repeats
    expect(seen.merged).toBeGreaterThan(0);
    expect(seen.conflicts).toBeGreaterThan(0);
  });
});
