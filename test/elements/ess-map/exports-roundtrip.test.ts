// The map's "CSV to import again" export reads back into the same actors (issue 17): zone codes
// holding ":" or "|" included, through the same reader the map uses for `src`.
import { expect } from '@open-wc/testing';
import { Actor, ingestCsvText } from '@terreau/core';
import { actorsCsv } from '../../../packages/elements/src/ess-map/exports.js';

describe('actorsCsv', () => {
  it('re-imports losslessly, zone codes with ":" and "|" and a zone source included', () => {
    const actors = [
      Actor.parse({
        id: 'a1',
        name: 'Régie « Nord » ; quartier',
        type: 'regie-de-quartier',
        location: { lat: 44.9265, lon: 4.914, precision: 'exact' },
        activities: ['insertion-scheme'],
        zones: [
          { zoning: 'qpv', code: 'QP:026|007', from: '2024-01-01', source: 'official-list' },
          { zoning: 'frr', code: 'a\\b' },
        ],
        description: 'Deux lignes\net un "guillemet"',
        provenance: { source: 'Enquête', checkedAt: '2026-03-01' },
      }),
    ];
    const read = ingestCsvText(actorsCsv(actors).replace(/^\ufeff/, ''), { deriveNeeds: false });
    expect(read.issues).to.deep.equal([]);
    expect(read.actors).to.deep.equal(actors);
  });
});
