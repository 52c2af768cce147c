// The words of the map's secondary parts — the filter panel, the actor's card, the needs coverage
// and export panels, the report summary — French and English: in their chunk (map-panels.ts),
// fetched beside the data, not in the start bundle (nor in the advisor's). The rest of the map's
// words are in ../internal/locales/.
import { catalogueLabelsFr, type CatalogueLabels } from '@terreau/core';
import { formatNumberIn } from '../internal/format-number.js';
import type { MapHost } from './host.js';

const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
// Counts grouped without Intl (see format-number.ts).
const nf = (n: number): string => formatNumberIn('fr', n);
const nfEn = (n: number): string => formatNumberIn('en', n);

export const panelTextFr = {
  filters: {
    title: 'Filtrer les acteurs',
    search: 'Rechercher (nom, commune, description)',
    criteria: (chosen: number) => (chosen > 0 ? `Critères (${nf(chosen)} ${plural(chosen, 'choisi', 'choisis')})` : 'Critères : type, besoin, zonage, agrément, effectif'),
    typology: 'Type d’acteur',
    allOfFamily: (family: string) => `Toute la famille : ${family}`,
    needs: 'Besoin du territoire',
    zones: 'Zonage',
    approvals: 'Agrément ou label',
    sizes: 'Effectif salarié',
    sizeBand: (band: string) => (band === '0' ? 'Sans salarié' : `${band.replace('+', ' et plus')} salariés`),
    clear: 'Effacer tous les filtres',
  },
  card: {
    back: 'Retour',
    type: 'Type',
    activities: 'Activités',
    address: 'Adresse',
    website: 'Site web',
    partners: 'Partenaires',
    noPartners: 'Aucun partenariat renseigné.',
    source: 'Source',
    checkedAt: (date: string) => `vérifiée le ${date}`,
    checkedUnknown: 'date de vérification inconnue',
    opened: (name: string) => `Fiche ouverte : ${name}`,
  },
  coverage: {
    title: 'Besoins du territoire couverts',
    summary: (covered: number, total: number) =>
      `${nf(covered)} ${plural(covered, 'besoin', 'besoins')} sur ${nf(total)} ${plural(covered, 'a', 'ont')} au moins un acteur affiché.`,
    uncovered: 'Besoins sans aucun acteur affiché :',
    unknown: (share: number) => `${nf(share)} % des acteurs affichés ne disent rien de leurs besoins : on ne sait pas si ces besoins ont un acteur (besoins déduits du type, des agréments ou du code NAF comptés) :`,
    none: 'Tous les besoins ont au moins un acteur.',
  },
  exports: {
    title: 'Exporter',
    csv: 'Acteurs affichés (CSV)',
    csvCodes: 'Acteurs affichés (CSV, codes à réimporter)',
    geojson: 'Acteurs affichés (GeoJSON)',
    summary: 'Synthèse pour un rapport',
    hideSummary: 'Masquer la synthèse',
    summaryCsv: 'Synthèse (CSV)',
    svg: 'Carte (SVG)',
    png: 'Carte (PNG)',
    failed: 'L’export n’a pas pu être préparé (connexion interrompue ?). Réessayez ; si l’erreur persiste, rechargez la page.',
  },
  summary: {
    title: 'Synthèse des acteurs affichés',
    byType: 'Par type',
    byNeed: 'Par besoin',
    byZone: 'Par zonage',
    actors: 'Acteurs',
    total: 'Total',
    category: 'Catégorie',
  },
};
export type PanelText = typeof panelTextFr;

export const panelTextEn: PanelText = {
  filters: {
    title: 'Filter the actors',
    search: 'Search (name, town, description)',
    criteria: (chosen: number) => (chosen > 0 ? `Criteria (${nfEn(chosen)} chosen)` : 'Criteria: type, need, zoning, approval, size'),
    typology: 'Type of actor',
    allOfFamily: (family: string) => `Whole family: ${family}`,
    needs: 'Territorial need',
    zones: 'Zoning',
    approvals: 'Approval or label',
    sizes: 'Employees',
    sizeBand: (band: string) => (band === '0' ? 'No employees' : `${band.replace('+', ' or more')} employees`),
    clear: 'Clear all filters',
  },
  card: {
    back: 'Back',
    type: 'Type',
    activities: 'Activities',
    address: 'Address',
    website: 'Website',
    partners: 'Partners',
    noPartners: 'No partnership recorded.',
    source: 'Source',
    checkedAt: (date: string) => `checked on ${date}`,
    checkedUnknown: 'date of verification unknown',
    opened: (name: string) => `Card opened: ${name}`,
  },
  coverage: {
    title: 'Territorial needs covered',
    summary: (covered: number, total: number) =>
      `${nfEn(covered)} of ${nfEn(total)} needs ${covered === 1 ? 'has' : 'have'} at least one actor shown.`,
    uncovered: 'Needs with no actor shown:',
    unknown: (share: number) => `${nfEn(share)} % of the actors shown say nothing of their needs: whether these needs have an actor is unknown (needs inferred from type, approvals or NAF code counted):`,
    none: 'Every need has at least one actor.',
  },
  exports: {
    title: 'Export',
    csv: 'Actors shown (CSV)',
    csvCodes: 'Actors shown (CSV, codes to import again)',
    geojson: 'Actors shown (GeoJSON)',
    summary: 'Summary for a report',
    hideSummary: 'Hide the summary',
    summaryCsv: 'Summary (CSV)',
    svg: 'Map (SVG)',
    png: 'Map (PNG)',
    failed: 'The export could not be prepared (connection lost?). Try again; if this goes on, reload the page.',
  },
  summary: {
    title: 'Summary of the actors shown',
    byType: 'By type',
    byNeed: 'By need',
    byZone: 'By zoning',
    actors: 'Actors',
    total: 'Total',
    category: 'Category',
  },
};

/** The panels' words in the language the map speaks now. */
export function panelText(v: Pick<MapHost, 'l10n'>): PanelText {
  return v.l10n.locale === 'en' ? panelTextEn : panelTextFr;
}

/**
 * Core's whole catalogue in the language the map speaks now, for the filters, the card, the coverage
 * and the exports: the start file has only the families', types' and zonings' labels in French.
 */
export function catalogueOf(v: Pick<MapHost, 'l10n'>): { catalogue: CatalogueLabels } {
  return { catalogue: v.l10n.core.all ?? catalogueLabelsFr };
}
