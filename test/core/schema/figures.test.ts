import { describe, expect, it } from 'vitest';
import { Figures } from '@terreau/core';

describe('Figures schema', () => {
  it('accepts partial figures and negative equity', () => {
    expect(Figures.safeParse({}).success).toBe(true);
    expect(Figures.safeParse({ equity: -12000, revenues: { sales: 1000 } }).success).toBe(true);
  });
  it('rejects negative amounts, NaN, Infinity and absurd sizes', () => {
    expect(Figures.safeParse({ cash: -1 }).success).toBe(false);
    expect(Figures.safeParse({ cash: Number.NaN }).success).toBe(false);
    expect(Figures.safeParse({ revenues: { sales: Number.POSITIVE_INFINITY } }).success).toBe(false);
    expect(Figures.safeParse({ revenues: { subsidies: [{ funder: 'Région', amount: 1e14 }] } }).success).toBe(false);
    expect(Figures.safeParse({ revenues: { subsidies: [{ funder: '  ', amount: 10 }] } }).success).toBe(false);
  });
});
