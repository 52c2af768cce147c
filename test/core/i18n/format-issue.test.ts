import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, formatIssue, messagesEn, messagesFr } from '@terreau/core';
import type { IssueCode } from '@terreau/core';

const params = { expected: 'string', minimum: 1, maximum: 9, allowed: ['a', 'b'], keys: ['x'], divisor: 2, firstIndex: 0, siren: '120027016', column: 'etatAdministratifUniteLegale' };

function issueFor(code: IssueCode) {
  return { index: 3, path: 'identifiers.siret', code, value: 'BAD-VALUE', params };
}

describe('formatIssue', () => {
  it('has a French and an English text for every issue code, naming the field and the value', () => {
    for (const code of ISSUE_CODES) {
      expect(messagesFr.errors.codes[code], code).toMatch(/\S/);
      expect(messagesEn.errors.codes[code], code).toMatch(/\S/);
      const fr = formatIssue(issueFor(code), messagesFr);
      const en = formatIssue(issueFor(code), messagesEn);
      expect(fr, code).toContain('SIRET (identifiers.siret)');
      expect(en, code).toContain('SIRET (identifiers.siret)');
      // A missing value or an unreadable record has nothing to show; unknown keys are named instead.
      if (code !== 'required' && code !== 'unrecognized_keys' && code !== 'unreadable_record') {
        expect(fr, code).toContain('BAD-VALUE');
        expect(en, code).toContain('BAD-VALUE');
      }
      expect(fr, code).not.toMatch(/\{\w+\}/);
      expect(en, code).not.toMatch(/\{\w+\}/);
      expect(fr, code).not.toBe(en);
    }
  });

  it('has the same field labels in both locales', () => {
    expect(Object.keys(messagesEn.errors.fields).sort()).toEqual(Object.keys(messagesFr.errors.fields).sort());
  });

  it('names a field inside a list by its list label and full path', () => {
    const text = formatIssue({ index: 0, path: 'zones.1.from', code: 'invalid_date', value: '2024-13-01' }, messagesFr);
    expect(text).toBe('Début d’appartenance à la zone (zones.1.from)\u00a0: «\u00a02024-13-01\u00a0» n’est pas une date valide au format AAAA-MM-JJ.');
  });

  it('lists a few allowed values and says how many more there are', () => {
    const allowed = Array.from({ length: 10 }, (_, i) => `v${i}`);
    const text = formatIssue({ index: 0, path: 'type', code: 'invalid_value', value: 'x', params: { allowed } }, messagesEn);
    expect(text).toBe('Actor type (type): “x” is not one of the allowed values (v0, v1, v2, v3, v4, v5… and 4 more).');
  });

  it('words a too-long text with its length, and an empty one plainly', () => {
    const long = 'x'.repeat(301);
    const tooLong = formatIssue({ index: 0, path: 'name', code: 'too_big', value: long, params: { origin: 'string', maximum: 300 } }, messagesEn);
    expect(tooLong).toContain('301 characters, 300 at most');
    const empty = formatIssue({ index: 0, path: 'name', code: 'too_small', value: '', params: { origin: 'string', minimum: 1 } }, messagesFr);
    expect(empty).toBe('Nom (name) ne doit pas être vide.');
  });

  it('uses the raw path for a field it has no label for', () => {
    expect(formatIssue({ index: 0, path: 'extra', code: 'custom', value: 1 }, messagesEn)).toBe('extra: the value 1 is not allowed.');
  });
});
