import { describe, expect, it } from 'vitest';
import { isValidRna, isValidSiren, isValidSiret, normaliseIdentifier } from '@terreau/core';

describe('isValidSiren', () => {
  it('accepts real SIRENs (INSEE, La Poste)', () => {
    expect(isValidSiren('120027016')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true);
  });
  it('rejects a wrong check digit, a wrong length and letters', () => {
    expect(isValidSiren('120027017')).toBe(false);
    expect(isValidSiren('12002701')).toBe(false);
    expect(isValidSiren('12002701A')).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts a Luhn-valid SIRET and La Poste establishments (sum modulo 5)', () => {
    expect(isValidSiret('12002701600357')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000012341')).toBe(true);
  });
  it('rejects a wrong check digit', () => {
    expect(isValidSiret('12002701600358')).toBe(false);
    expect(isValidSiret('35600000012342')).toBe(false);
  });
});

describe('isValidRna', () => {
  it('accepts W + 9 characters, Corsica included', () => {
    expect(isValidRna('W751234567')).toBe(true);
    expect(isValidRna('W2A1234567')).toBe(true);
  });
  it('rejects other shapes', () => {
    expect(isValidRna('751234567')).toBe(false);
    expect(isValidRna('W75123456')).toBe(false);
    expect(isValidRna('W7512345678')).toBe(false);
  });
});

describe('normaliseIdentifier', () => {
  it('removes the spaces people type in SIRETs', () => {
    expect(normaliseIdentifier('120 027 016 00357')).toBe('12002701600357');
  });
});
