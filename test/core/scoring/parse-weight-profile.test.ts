import { describe, expect, it } from 'vitest';
import { WeightProfile, parseWeightProfile } from '@terreau/core';

describe('parseWeightProfile', () => {
  it('accepts a valid partial profile', () => {
    const { profile, issues } = parseWeightProfile({ id: 'mine', weights: { 'needs-fit': 3, networks: 0, 'financial-autonomy': 1.5 } });
    expect(issues).toEqual([]);
    expect(profile).toEqual({ id: 'mine', weights: { 'needs-fit': 3, networks: 0, 'financial-autonomy': 1.5 } });
    expect(WeightProfile.safeParse(profile).success).toBe(true);
  });

  it.each([
    [{ networks: -2, 'needs-fit': 1 }, 'weights.networks', 'negative-weight', ['networks', '-2']],
    [{ networks: Number.POSITIVE_INFINITY }, 'weights.networks', 'weight-not-finite', ['networks', 'Infinity']],
    [{ networks: Number.NaN }, 'weights.networks', 'weight-not-finite', ['networks', 'NaN']],
    [{ networks: '3' }, 'weights.networks', 'weight-not-a-number', ['networks', '"3"']],
    [{ networks: 1e9 }, 'weights.networks', 'weight-too-large', ['networks', '1000000000']],
    [{ reseaux: 1, networks: 1 }, 'weights.reseaux', 'unknown-criterion', ['reseaux']],
  ])('rejects %j with a FR/EN error naming the bad weight', (weights, path, code, named) => {
    const { profile, issues } = parseWeightProfile({ weights });
    expect(profile).toBeNull();
    const issue = issues.find((i) => i.code === code)!;
    expect(issue.path).toBe(path);
    for (const n of named) {
      expect(issue.message.fr).toContain(n);
      expect(issue.message.en).toContain(n);
    }
    expect(issue.message.fr).not.toBe(issue.message.en);
  });

  it('requires at least one positive weight', () => {
    const { profile, issues } = parseWeightProfile({ weights: { networks: 0, spreading: 0 } });
    expect(profile).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['no-positive-weight']);
    expect(issues[0]!.message.fr).toMatch(/strictement positif/);
    expect(parseWeightProfile({ weights: {} }).issues.map((i) => i.code)).toEqual(['no-positive-weight']);
  });

  it('reports every problem at once, and never throws on garbage', () => {
    expect(parseWeightProfile({ weights: { networks: -1, bogus: 2 } }).issues.map((i) => i.code)).toEqual([
      'negative-weight',
      'unknown-criterion',
      'no-positive-weight',
    ]);
    for (const x of [null, 3, 'profile', [], { weights: null }, { weights: [1, 2] }]) expect(() => parseWeightProfile(x)).not.toThrow();
    expect(parseWeightProfile({}).issues[0]!.code).toBe('weights-missing');
  });

  it('agrees with the zod schema on negative weights and all-zero profiles', () => {
    expect(WeightProfile.safeParse({ weights: { networks: -1, spreading: 1 } }).success).toBe(false);
    expect(WeightProfile.safeParse({ weights: { networks: 0 } }).success).toBe(false);
    expect(WeightProfile.safeParse({ weights: { networks: 0.1 } }).success).toBe(true);
  });
});
