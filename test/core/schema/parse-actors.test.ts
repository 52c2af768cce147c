import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordIssue, isValidSiret, parseActors, parseDataset, parsePartnerships } from '@terreau/core';
import { actorInputArb, dirtyRecordArb } from '../arbitraries.js';

const provenance = { source: 'test', checkedAt: '2026-01-15' };
const valid = {
  id: 'pluche',
  name: 'Café Pluche',
  type: 'association',
  communeCode: '24128',
  activities: ['associative-cafe'],
  provenance,
};

describe('parseActors', () => {
  it('accepts a valid record, fills defaults and derives needs from activities', () => {
    const { actors, issues, rejected } = parseActors([valid]);
    expect(issues).toEqual([]);
    expect(rejected).toEqual([]);
    expect(actors).toHaveLength(1);
    expect(actors[0]?.approvals).toEqual([]);
    expect(actors[0]?.needs).toContain('social-ties');
  });

  it('keeps the needs a record states', () => {
    const { actors } = parseActors([{ ...valid, needs: ['housing'] }]);
    expect(actors[0]?.needs).toEqual(['housing']);
  });

  it('reports all errors of a record with 10 faults, each naming its field and value in FR and EN', () => {
    const badSiret = '123 456 789 00012';
    expect(isValidSiret(badSiret.replace(/ /g, ''))).toBe(false);
    const record = {
      id: 'faulty',
      name: '   ',
      type: 'asso',
      identifiers: { siret: badSiret, rna: 'X123' },
      communeCode: '1',
      website: 'javascript:alert(1)',
      activities: ['fablab', 'juggling'],
      creationYear: 1750,
      location: { lat: 123, lon: 2, precision: 'exact' },
      provenance: { source: 'test', checkedAt: '2024-02-30' },
    };
    const { actors, issues, rejected } = parseActors([valid, record]);
    expect(actors.map((a) => a.id)).toEqual(['pluche']);
    expect(rejected).toEqual([1]);
    const expected: [string, string, string, string][] = [
      // path, code, French label, value as shown
      ['name', 'too_small', 'Nom', ''],
      ['type', 'invalid_value', 'Type d’acteur', 'asso'],
      ['identifiers.siret', 'invalid_siret', 'SIRET', badSiret],
      ['identifiers.rna', 'invalid_rna', 'Numéro RNA', 'X123'],
      ['communeCode', 'invalid_commune_code', 'Code commune INSEE', '1'],
      ['location.lat', 'too_big', 'Latitude', '123'],
      ['activities.1', 'invalid_value', 'Activités', 'juggling'],
      ['creationYear', 'too_small', 'Année de création', '1750'],
      ['website', 'invalid_web_url', 'Site web', 'javascript:alert(1)'],
      ['provenance.checkedAt', 'invalid_date', 'Date de vérification', '2024-02-30'],
    ];
    expect(issues).toHaveLength(10);
    for (const [path, code, labelFr, shown] of expected) {
      const issue = issues.find((i) => i.path === path);
      expect(issue, path).toBeDefined();
      if (!issue) continue;
      expect(RecordIssue.safeParse(issue).success).toBe(true);
      expect(issue).toMatchObject({ index: 1, id: 'faulty', code, collection: 'actors' });
      expect(issue.message.fr).toContain(labelFr);
      expect(issue.message.fr).toContain(path);
      expect(issue.message.en).toContain(path);
      if (shown !== '') {
        expect(issue.message.fr).toContain(shown);
        expect(issue.message.en).toContain(shown);
      }
    }
    expect(issues.find((i) => i.path === 'name')?.message.en).toBe('Name (name) must not be empty.');
  });

  it('normalises identifiers before validation: spaces and dots in a SIRET', () => {
    const { actors, issues } = parseActors([{ ...valid, identifiers: { siret: '120 027 016.00357', siren: ' 120027016' } }]);
    expect(issues).toEqual([]);
    expect(actors[0]?.identifiers).toEqual({ siret: '12002701600357', siren: '120027016' });
  });

  it('rejects a SIRET that does not start with the SIREN given', () => {
    const { issues, rejected } = parseActors([{ ...valid, identifiers: { siret: '12002701600357', siren: '356000000' } }]);
    expect(rejected).toEqual([0]);
    expect(issues.map((i) => i.code)).toEqual(['siret_siren_mismatch']);
  });

  it('sets aside a record whose id repeats an earlier one, naming the first', () => {
    const { actors, issues, rejected } = parseActors([valid, { ...valid, name: 'Autre' }]);
    expect(actors).toHaveLength(1);
    expect(rejected).toEqual([1]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ index: 1, code: 'duplicate_id', path: 'id', value: 'pluche' });
    expect(issues[0]?.message.fr).toContain('index 0');
  });

  it('catches duplicate ids across chunks when given the same seenIds map', () => {
    const seenIds = new Map<string, number>();
    parseActors([valid], { seenIds });
    const second = parseActors([valid], { seenIds, startIndex: 1 });
    expect(second.rejected).toEqual([1]);
    expect(second.issues[0]?.code).toBe('duplicate_id');
  });

  it('takes a single object as one record, and reports anything else at index -1', () => {
    expect(parseActors(valid).actors).toHaveLength(1);
    for (const input of ['hello', null, undefined, 42]) {
      const { actors, issues } = parseActors(input);
      expect(actors).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ index: -1, code: 'invalid_type', path: '' });
    }
  });

  it('reports a non-object record as one issue on the record itself', () => {
    const { issues, rejected } = parseActors([valid, 'oops', null]);
    expect(rejected).toEqual([1, 2]);
    expect(issues.map((i) => [i.index, i.path, i.code])).toEqual([
      [1, '', 'invalid_type'],
      [2, '', 'invalid_type'],
    ]);
  });

  it('reports a record that cannot even be read (a getter that throws) instead of throwing', () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { actors, issues, rejected } = parseActors([valid, hostile]);
    expect(actors).toHaveLength(1);
    expect(rejected).toEqual([1]);
    expect(issues[0]).toMatchObject({ index: 1, path: '', code: 'unreadable_record' });
    expect(issues[0]?.message.en).toBe('The record could not be read: reading one of its fields raises an error.');
  });

  it('names the fields it does not know (and leaves out), without setting the record aside', () => {
    const { actors, issues, warnings } = parseActors([
      { ...valid, siret: '12002701600357', identifiers: { siret: '12002701600357', nic: '00357' }, zones: [{ zoning: 'qpv', quartier: 'x' }] },
    ]);
    expect(actors).toHaveLength(1);
    expect(issues).toEqual([]);
    expect(warnings.map((w) => [w.path, w.code, w.params?.['keys']])).toEqual([
      ['', 'unrecognized_keys', ['siret']],
      ['identifiers', 'unrecognized_keys', ['nic']],
      ['zones.0', 'unrecognized_keys', ['quartier']],
    ]);
    expect(warnings[0]?.message.fr).toBe('L’enregistrement\u00a0: champs inconnus, non repris\u00a0: siret.');
    expect(warnings[1]?.message.en).toBe('Identifiers (identifiers): unknown fields, left out: nic.');
  });

  it('says a missing field is required', () => {
    const { issues } = parseActors([{ id: 'x', name: 'X', type: 'scop' }]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([['provenance', 'required']]);
    expect(issues[0]?.message.fr).toBe('Provenance (provenance) est obligatoire mais manque.');
  });

  it('shows long values cut short, without control characters, and leaves markup as inert text', () => {
    const long = `<img src=x onerror=alert(1)>${'a'.repeat(500)}\u202e\n`;
    const { issues } = parseActors([{ ...valid, communeCode: long }]);
    const { fr, en } = issues[0]?.message ?? { fr: '', en: '' };
    expect(fr.length).toBeLessThan(300);
    expect(fr).toContain('<img src=x onerror=alert(1)>');
    expect(fr).toContain('…');
    expect(en).not.toMatch(/[\u202e\n]/);
    // The issue keeps the value as given, for programs.
    expect(issues[0]?.value).toBe(long);
  });

  it('valid + rejected = input count, and never throws, whatever the records (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(dirtyRecordArb, { maxLength: 15 }), (records) => {
        const { actors, issues, rejected } = parseActors(records);
        expect(actors.length + rejected.length).toBe(records.length);
        // Every rejected record has at least one issue, and every issue points at a rejected record.
        const withIssues = new Set(issues.map((i) => i.index));
        expect([...withIssues].sort((a, b) => a - b)).toEqual(rejected);
        for (const issue of issues) {
          expect(issue.message.fr.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
          // No template placeholder is left unfilled (values themselves may hold braces).
          expect(issue.message.fr).not.toMatch(/\{(field|value|expected|allowed|minimum|maximum|firstIndex|length)\}/);
        }
      }),
    );
  });

  it('accepts every valid record (fast-check)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(actorInputArb, { selector: (a) => a.id, maxLength: 10 }), (records) => {
        const { actors, issues } = parseActors(records);
        expect(issues).toEqual([]);
        expect(actors.map((a) => a.id)).toEqual(records.map((r) => r.id));
      }),
    );
  });
});

describe('parsePartnerships', () => {
  it('sets aside a partnership naming an unknown actor, or an actor partnering itself', () => {
    const { partnerships, issues, rejected } = parsePartnerships(
      [
        { actorId: 'a', partnerId: 'b', assets: ['finance'] },
        { actorId: 'a', partnerId: 'zz' },
        { actorId: 'a', partnerId: 'a' },
        { actorId: 'a', partnerId: 'b', roles: ['boss'] },
      ],
      { actorIds: ['a', 'b'] },
    );
    expect(partnerships).toHaveLength(1);
    expect(rejected).toEqual([1, 2, 3]);
    expect(issues.map((i) => [i.index, i.path, i.code])).toEqual([
      [1, 'partnerId', 'unknown_actor'],
      [2, 'partnerId', 'self_partnership'],
      [3, 'roles.0', 'invalid_value'],
    ]);
    expect(issues[0]?.message.en).toBe('Partner (partnerId): no valid actor has the id “zz”.');
  });
});

describe('parseDataset', () => {
  it('checks partnerships against the actors that were accepted', () => {
    const result = parseDataset({
      actors: [valid, { ...valid, id: 'broken', type: 'nope' }, { ...valid, id: 'caf', type: 'caf' }],
      partnerships: [
        { actorId: 'pluche', partnerId: 'caf', roles: ['resource'] },
        { actorId: 'broken', partnerId: 'caf' },
      ],
    });
    expect(result.actors.map((a) => a.id)).toEqual(['pluche', 'caf']);
    expect(result.partnerships).toHaveLength(1);
    expect(result.rejected).toEqual({ actors: [1], partnerships: [1] });
    expect(result.issues.map((i) => [i.collection, i.index, i.code])).toEqual([
      ['actors', 1, 'invalid_value'],
      ['partnerships', 1, 'unknown_actor'],
    ]);
  });

  it('reports an input that is not a dataset object', () => {
    expect(parseDataset([]).issues[0]).toMatchObject({ index: -1, code: 'invalid_type' });
  });
});
