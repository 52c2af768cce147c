import { describe, expect, it } from 'vitest';
import { Answers, parseAnswers } from '@terreau/core';

describe('Answers schema', () => {
  it('accepts levels 0–4, unknown and not-applicable, any criterion left out', () => {
    expect(Answers.safeParse({}).success).toBe(true);
    expect(Answers.safeParse({ 'needs-fit': 4, networks: 0, inhabitants: 'unknown', 'local-media': 'not-applicable' }).success).toBe(true);
  });

  it('rejects an unknown criterion key and names it', () => {
    const r = Answers.safeParse({ 'needs-fit': 2, 'financial-autonomie': 3 });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.code).toBe('unrecognized_keys');
    expect((issue as { keys: string[] }).keys).toEqual(['financial-autonomie']);
  });

  it('rejects values outside the scale', () => {
    expect(Answers.safeParse({ 'needs-fit': 5 }).success).toBe(false);
    expect(Answers.safeParse({ 'needs-fit': 2.5 }).success).toBe(false);
    expect(Answers.safeParse({ 'needs-fit': 'yes' }).success).toBe(false);
  });
});

describe('parseAnswers', () => {
  it('keeps valid answers, accepts "0"–"4" strings, and reports bad keys and values in FR and EN', () => {
    const { answers, issues } = parseAnswers({ 'needs-fit': '3', networks: 4, 'financial-autonomie': 2, inhabitants: 9 });
    expect(answers).toEqual({ 'needs-fit': 3, networks: 4 });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['answers.financial-autonomie', 'unknown-criterion'],
      ['answers.inhabitants', 'invalid-answer'],
    ]);
    expect(issues[0]!.message.fr).toContain('financial-autonomie');
    expect(issues[0]!.message.en).toContain('financial-autonomie');
    expect(issues[1]!.message.fr).toContain('inhabitants');
    expect(issues[1]!.message.en).toContain('9');
  });

  it('never throws on garbage', () => {
    for (const x of [null, undefined, 42, 'x', [], [1, 2]]) expect(() => parseAnswers(x)).not.toThrow();
    expect(parseAnswers([]).issues[0]!.code).toBe('not-an-object');
  });
});
