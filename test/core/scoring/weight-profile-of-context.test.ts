// One actor, one weight profile: the CLI's score (fast path and full path), scoreStream and
// recommendActions read an actor's context (zonings on the date, theme) through weightProfileOfActor.
// Before, the CLI and the advisor took the theme of the first need and recommend the theme of the
// first activity, so a ressourcerie (activity: responsible consumption; first need: inclusion) got
// two different scores for the same answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRITERION_IDS, activities, needsOfActivities, recommendActions, scorePerennite, themeOfNeed, weightProfileOfActor, type Actor } from '@terreau/core';
import { scoreStream } from '@terreau/core/node';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorArb } from '../arbitraries.js';
import { runTerreau } from '../node/run-in-process.js';

const DATE = '2026-12-02';
const answersArb = fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.constantFrom(0, 1, 2, 3, 4), { minKeys: 1 });

describe('weightProfileOfActor: one context rule for every path', () => {
  it('takes the theme of the main activity, not of its first need', () => {
    const a = activities.find((x) => x.id === 'ressourcerie')!;
    expect(themeOfNeed(needsOfActivities(['ressourcerie'])[0]!)).not.toBe(a.theme);
    const actor = { zones: [], activities: ['ressourcerie'], needs: needsOfActivities(['ressourcerie']) } as unknown as Actor;
    expect(weightProfileOfActor(actor, DATE).adjustments).toContain(`theme-${a.theme}`);
  });

  it('scoreStream and recommendActions give the same score for any actor and answers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, answersArb, async (actor, answers) => {
        const direct = scorePerennite(weightProfileOfActor(actor, DATE), answers, { date: DATE });
        const advised = recommendActions({ actor, answers, decisionMaker: { kind: 'commune', partners: [] }, date: DATE }).score;
        let streamed: number | null | undefined;
        for await (const r of scoreStream([{ actor, answers }], { date: DATE })) streamed = r.score.overall;
        expect(advised?.overall).toBe(direct.overall);
        expect(streamed).toBe(direct.overall);
      }),
      { numRuns: 60 },
    );
  });

  it('terreau score (the CLI fast path) scores a ressourcerie as recommendActions does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-profile-'));
    const answers = { 'needs-fit': 4, 'financial-autonomy': 1, 'market-hybridisation': 3, 'networks': 2 } as const;
    const file = join(dir, 'r.csv');
    writeFileSync(file, `id,name,type,activities,${Object.keys(answers).map((k) => `answers.${k}`).join(',')}\nr1,Ressourcerie,association,ressourcerie,${Object.values(answers).join(',')}\n`);
    const r = await runTerreau(['score', file, '--date', DATE, '--format', 'ndjson', '--jobs', '1']);
    expect(r.code).toBe(0);
    const cli = JSON.parse(r.stdout.trim()) as { score: { overall: number } };
    const actor = { id: 'r1', name: 'Ressourcerie', type: 'association', identifiers: {}, activities: ['ressourcerie'], needs: needsOfActivities(['ressourcerie']), approvals: [], zones: [], assets: [], provenance: { source: 'r.csv' } } as unknown as Actor;
    const advised = recommendActions({ actor, answers, decisionMaker: { kind: 'commune', partners: [] }, date: DATE }).score!;
    expect(cli.score.overall).toBe(advised.overall);
  });
});
