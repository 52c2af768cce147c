import { describe, expect, it } from 'vitest';
import { classifyFragility, fragilityThresholdsCget2018 } from '@terreau/core';

describe('classifyFragility', () => {
  it('calls a town fragile only when its population and jobs shrink and poverty is high', () => {
    const r = classifyFragility({ populationGrowth: -0.6, employmentGrowth: -1.1, povertyRate: 22.3 });
    expect(r.fragile).toBe(true);
    expect(r.criteriaMet).toBe(3);
    expect(r.reasons).toEqual(['population-decline', 'employment-decline', 'high-poverty']);
  });

  it('is not fragile when one criterion fails, and says which', () => {
    const r = classifyFragility({ populationGrowth: -0.6, employmentGrowth: 0.4, povertyRate: 22.3 });
    expect(r.fragile).toBe(false);
    expect(r.criteriaMet).toBe(2);
    expect(r.criteria.find((c) => c.id === 'employment')).toMatchObject({ met: false, reason: 'employment-not-declining', value: 0.4 });
  });

  it('stays undecided when a missing figure could still make it fragile', () => {
    const r = classifyFragility({ populationGrowth: -0.6, povertyRate: 22.3 });
    expect(r.fragile).toBeNull();
    expect(r.reasons).toContain('missing-employment-growth');
  });

  it('decides "not fragile" even with a missing figure when another criterion fails', () => {
    expect(classifyFragility({ populationGrowth: 0.8 }).fragile).toBe(false);
  });

  it('uses strict thresholds: stability is not decline', () => {
    expect(classifyFragility({ populationGrowth: 0, employmentGrowth: -1, povertyRate: 30 }).fragile).toBe(false);
    expect(classifyFragility({ populationGrowth: -1, employmentGrowth: -1, povertyRate: fragilityThresholdsCget2018.povertyRateAbove }).fragile).toBe(false);
  });

  it('lets the user override the thresholds', () => {
    const figures = { populationGrowth: 0.1, employmentGrowth: -0.2, povertyRate: 16 };
    expect(classifyFragility(figures).fragile).toBe(false);
    expect(classifyFragility(figures, { populationGrowthBelow: 0.2, employmentGrowthBelow: 0, povertyRateAbove: 15 }).fragile).toBe(true);
  });
});
