// recommendStream: recommended actions for each record of a stream, as recommendActions gives them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recommendActions } from '@terreau/core';
import type { Actor, Answers } from '@terreau/core';
import { readActors, recommendStream } from '@terreau/core/node';

const survey = join(__dirname, '../../../examples/node/fixtures/survey.csv');

/** The survey's actors with their answers (answers.<criterion> columns), as a script reads them. */
async function* assessed(): AsyncGenerator<{ actor: Actor; answers: Answers }> {
  for await (const r of readActors(survey, { checkedAt: '2026-03-01' })) {
    if (!r.actor) continue;
    const answers: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.raw as Record<string, string>)) if (k.startsWith('answers.') && /^\d$/.test(v)) answers[k.slice(8)] = Number(v);
    yield { actor: r.actor, answers: answers as Answers };
  }
}

describe('recommendStream', () => {
  it('recommends for each record, in order, what recommendActions recommends with the same decision-maker, date and answers', async () => {
    const got: { actor: Actor; recommendation: ReturnType<typeof recommendActions> }[] = [];
    for await (const r of recommendStream(assessed(), { decisionMaker: 'epci', date: '2026-06-01' })) got.push(r);
    const input: { actor: Actor; answers: Answers }[] = [];
    for await (const r of assessed()) input.push(r);
    expect(got.length).toBe(input.length);
    expect(got.length).toBeGreaterThan(3);
    got.forEach((r, i) => {
      const { actor, answers } = input[i] as { actor: Actor; answers: Answers };
      expect(r.actor).toEqual(actor);
      expect(r.recommendation).toEqual(recommendActions({ actor, answers, decisionMaker: { kind: 'epci' }, date: '2026-06-01' }));
    });
    // answered records get ranked actions with their reasons, on the given date
    const first = got[0]?.recommendation;
    expect(first?.date).toBe('2026-06-01');
    expect(first?.actions.length).toBeGreaterThan(0);
    expect(first?.actions.map((a) => a.rank)).toEqual(first?.actions.map((_, k) => k + 1));
  });

  it('takes a plain list too, a full decision-maker, and each record’s project (stage, funding sources)', async () => {
    const list: { actor: Actor; answers: Answers }[] = [];
    for await (const r of assessed()) list.push(r);
    const one = list[0];
    const record = { ...(one as { actor: Actor; answers: Answers }), stage: 'creation' as const, fundingSources: ['fse' as const], note: 'kept' };
    const decisionMaker = { kind: 'commune' as const, name: 'Ville de Guéret', territory: { communeCodes: ['23096'] } };
    const out: (typeof record & { recommendation: ReturnType<typeof recommendActions> })[] = [];
    for await (const r of recommendStream([record], { decisionMaker, date: '2026-06-01' })) out.push(r);
    expect(out).toHaveLength(1);
    expect(out[0]?.note).toBe('kept');
    expect(out[0]?.recommendation).toEqual(
      recommendActions({ actor: record.actor, answers: record.answers, decisionMaker, date: '2026-06-01', stage: 'creation', fundingSources: ['fse'] }),
    );
  });

  it('uses one date for the whole stream when none is given (today), with no per-record notice', async () => {
    const out: ReturnType<typeof recommendActions>[] = [];
    for await (const r of recommendStream(assessed(), { decisionMaker: 'region' })) out.push(r.recommendation);
    expect(new Set(out.map((r) => r.date)).size).toBe(1);
    expect(out.every((r) => r.dateSource === 'given' && !r.notices.some((n) => n.code === 'date-defaulted-today'))).toBe(true);
  });
});
