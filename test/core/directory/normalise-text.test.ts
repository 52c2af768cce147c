import { describe, expect, it } from 'vitest';
import { normaliseText } from '@terreau/core';

describe('normaliseText', () => {
  it('lower-cases and removes accents', () => {
    expect(normaliseText('Pôle ÉCONOMIQUE Hérouville')).toBe('pole economique herouville');
  });
  it('spells out ligatures', () => {
    expect(normaliseText('Œuvre des Cœurs, Ex æquo')).toBe('oeuvre des coeurs ex aequo');
  });
  it('folds typographic and straight apostrophes, dashes and runs of spaces alike', () => {
    expect(normaliseText('L’Atelier  Saint–Clair')).toBe(normaliseText("l'atelier saint-clair"));
    expect(normaliseText(' Habit’Âge\u00a0\t')).toBe('habit age');
  });
  it('keeps digits and letters of other scripts', () => {
    expect(normaliseText('8 Fablab Drôme')).toBe('8 fablab drome');
  });
});
