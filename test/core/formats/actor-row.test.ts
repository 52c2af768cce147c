import { describe, expect, it } from 'vitest';
import { actorFromRow, actorToRow, ACTOR_COLUMNS, parseCsvText } from '@terreau/core';
import type { ActorInput } from '@terreau/core';

describe('actorFromRow', () => {
  it('reads French headers, decimal commas and | lists', () => {
    const { rows } = parseCsvText(
      'Nom;Type;Code_Commune;Latitude;Longitude;Activités;Agréments;Zonages;Site web\n' +
        'La Ruche;association;1053;45,76;4,83;shared-garden|bike-workshop;evs;qpv:QN06901M|frr;https://ruche.example\n',
    );
    const a = actorFromRow(rows[0] as Record<string, string>, { index: 0, checkedAt: '2026-01-01' });
    expect(a).toMatchObject({
      id: 'row-1',
      name: 'La Ruche',
      type: 'association',
      communeCode: '01053',
      location: { lat: 45.76, lon: 4.83, precision: 'exact' },
      activities: ['shared-garden', 'bike-workshop'],
      approvals: ['evs'],
      zones: [{ zoning: 'qpv', code: 'QN06901M' }, { zoning: 'frr' }],
      website: 'https://ruche.example',
      provenance: { source: 'import', checkedAt: '2026-01-01' },
    });
  });

  it('gives a row without source the reader’s, or "import" when the reader gives none or a blank one (as the fast path does)', () => {
    expect(actorFromRow({ nom: 'x' }, { source: 'SIRENE' })['provenance']).toEqual({ source: 'SIRENE' });
    expect(actorFromRow({ nom: 'x' }, { source: '' })['provenance']).toEqual({ source: 'import' });
    expect(actorFromRow({ nom: 'x' }, {})['provenance']).toEqual({ source: 'import' });
    expect(actorFromRow({ nom: 'x', source: 'enquête' }, { source: 'SIRENE' })['provenance']).toEqual({ source: 'enquête' });
  });

  it('reads SIRENE columns and classifies from the legal category and ESS flag', () => {
    const row = {
      siren: '120027016',
      siret: '120 027 016 00357',
      categorieJuridiqueUniteLegale: '5458',
      economieSocialeSolidaireUniteLegale: 'O',
      activitePrincipaleUniteLegale: '8899B',
      codeCommuneEtablissement: '69123',
      denominationUniteLegale: 'SCOP TEST',
      trancheEffectifsUniteLegale: '12',
      dateCreationUniteLegale: '1999-04-01',
      dateDernierTraitementUniteLegale: '2024-03-22T10:12:00',
    };
    const seen: unknown[] = [];
    const a = actorFromRow(row, { classify: (u) => (seen.push(u), { type: 'scop' }) });
    expect(seen).toEqual([{ categorieJuridique: '5458', ess: true, naf: '88.99B' }]);
    expect(a).toMatchObject({
      id: '12002701600357',
      name: 'SCOP TEST',
      type: 'scop',
      legalCategory: '5458',
      naf: '88.99B',
      identifiers: { siren: '120027016', siret: '12002701600357' },
      communeCode: '69123',
      size: { employees: '10-49' },
      creationYear: 1999,
      provenance: { checkedAt: '2024-03-22' },
    });
  });

  it('keeps values it cannot parse so validation can name them', () => {
    const a = actorFromRow({ name: 'X', lat: 'nord', creationYear: 'vieux' });
    expect(a.location).toEqual({ lat: 'nord', lon: undefined, precision: 'exact' });
    expect(a.creationYear).toBe('vieux');
  });

  it('round-trips an actor through actorToRow', () => {
    const actor: ActorInput = {
      id: 'a1',
      name: 'Atelier',
      type: 'scic',
      identifiers: { siren: '120027016' },
      communeCode: '2A004',
      location: { lat: 41.9, lon: 8.7, precision: 'commune' },
      activities: ['fablab'],
      zones: [{ zoning: 'qpv', code: 'QN02A01M', from: '2024-01-01' }],
      provenance: { source: 'survey', checkedAt: '2025-06-30' },
    };
    const row = actorToRow(actor);
    expect(Object.keys(row)).toEqual([...ACTOR_COLUMNS]);
    expect(actorFromRow(row)).toMatchObject({ ...actor, zones: [{ zoning: 'qpv', code: 'QN02A01M', from: '2024-01-01' }] });
  });
});
