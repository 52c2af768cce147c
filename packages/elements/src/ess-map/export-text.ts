// The text of the spreadsheet export (column names, position precision), French and English: in
// the exports chunk, fetched on the first export, not in the map's start bundle.
import type { ReadableCsvText } from './exports.js';

export const exportTextFr: ReadableCsvText = {
    precision: { exact: 'exacte', commune: 'commune' },
    columns: {
      id: 'Identifiant', name: 'Nom', type: 'Type', legalCategory: 'Catégorie juridique', siren: 'SIREN', siret: 'SIRET', rna: 'RNA',
      address: 'Adresse', postcode: 'Code postal', city: 'Commune', communeCode: 'Code commune', epciCode: 'Code EPCI',
      departementCode: 'Département', regionCode: 'Région', lat: 'Latitude', lon: 'Longitude', precision: 'Précision de la position',
      activities: 'Activités', needs: 'Besoins du territoire', naf: 'Code NAF', employees: 'Effectif salarié', budget: 'Budget',
      creationYear: 'Année de création', approvals: 'Agréments et labels', zones: 'Zonages', assets: 'Atouts', website: 'Site web',
      description: 'Description', source: 'Source', checkedAt: 'Vérifié le', sourceUrl: 'Adresse de la source',
    },
};

export const exportTextEn: ReadableCsvText = {
    precision: { exact: 'exact', commune: 'town' },
    columns: {
      id: 'Identifier', name: 'Name', type: 'Type', legalCategory: 'Legal category', siren: 'SIREN', siret: 'SIRET', rna: 'RNA',
      address: 'Address', postcode: 'Postcode', city: 'Town', communeCode: 'Town code', epciCode: 'EPCI code',
      departementCode: 'Département', regionCode: 'Region', lat: 'Latitude', lon: 'Longitude', precision: 'Position precision',
      activities: 'Activities', needs: 'Territorial needs', naf: 'NAF code', employees: 'Employees', budget: 'Budget',
      creationYear: 'Year founded', approvals: 'Approvals and labels', zones: 'Zonings', assets: 'Assets', website: 'Website',
      description: 'Description', source: 'Source', checkedAt: 'Checked on', sourceUrl: 'Source address',
    },
};
