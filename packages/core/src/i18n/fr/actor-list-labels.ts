// French messages: the catalogue labels a list of actors shows at once — their families, types and
// zonings — apart from the other catalogues' (catalogue-labels.ts joins them all), so that a map's
// start file carries only these: its legend, list and zone notes. The English file has them all
// in one (../en/catalogue-labels.ts), checked by the type. Every sentence here is ours.
import type { ActorTypeId, FamilyId, ZoningId } from '../../data/ids.js';

/** The label of a catalogue entry (its description is in catalogue-descriptions.ts). */
export interface CatalogueLabel {
  label: string;
}

const families = {
  associations: { label: 'Associations' },
  cooperatives: { label: 'Coopératives' },
  mutuelles: { label: 'Mutuelles' },
  fondations: { label: 'Fondations et fonds de dotation' },
  'societes-ess': { label: 'Sociétés commerciales de l’ESS' },
  insertion: { label: 'Insertion et emploi adapté' },
  public: { label: 'Collectivités et organismes publics' },
  financeurs: { label: 'Financeurs' },
  accompagnateurs: { label: 'Accompagnateurs' },
  reseaux: { label: 'Réseaux' },
  'prives-engages': { label: 'Entreprises privées engagées' },
  collectifs: { label: 'Formes collectives' },
  'non-classes': { label: 'Non classés' },
} satisfies Record<FamilyId, CatalogueLabel>;

const types = {
  association: { label: 'Association' },
  scop: { label: 'SCOP' },
  scic: { label: 'SCIC' },
  cae: { label: 'Coopérative d’activité et d’emploi' },
  cooperative: { label: 'Autre coopérative' },
  mutuelle: { label: 'Mutuelle' },
  fondation: { label: 'Fondation' },
  'fonds-de-dotation': { label: 'Fonds de dotation' },
  'societe-commerciale-ess': { label: 'Société commerciale de l’ESS' },
  aci: { label: 'Atelier et chantier d’insertion (ACI)' },
  ai: { label: 'Association intermédiaire (AI)' },
  ei: { label: 'Entreprise d’insertion (EI)' },
  etti: { label: 'Entreprise de travail temporaire d’insertion (ETTI)' },
  'regie-de-quartier': { label: 'Régie de quartier' },
  geiq: { label: 'GEIQ' },
  esat: { label: 'ESAT' },
  'entreprise-adaptee': { label: 'Entreprise adaptée (EA)' },
  commune: { label: 'Commune' },
  epci: { label: 'Intercommunalité' },
  departement: { label: 'Département' },
  region: { label: 'Région' },
  'service-etat': { label: 'Service de l’État' },
  caf: { label: 'Caisse d’allocations familiales' },
  'parc-naturel-regional': { label: 'Parc naturel régional' },
  gip: { label: 'Groupement d’intérêt public' },
  'bailleur-social': { label: 'Bailleur social' },
  mecene: { label: 'Mécène' },
  'france-active': { label: 'France Active' },
  'banque-des-territoires': { label: 'Banque des Territoires' },
  bpifrance: { label: 'Bpifrance' },
  'fonds-europeens': { label: 'Fonds européens' },
  'financement-participatif': { label: 'Financement participatif' },
  'fonds-solidaire-local': { label: 'Fonds solidaire local' },
  dla: { label: 'Dispositif local d’accompagnement (DLA)' },
  incubateur: { label: 'Incubateur ou accélérateur' },
  'fabrique-a-initiatives': { label: 'Fabrique à initiatives' },
  'chambre-consulaire': { label: 'Chambre consulaire' },
  cress: { label: 'CRESS' },
  'mouvement-associatif': { label: 'Le Mouvement associatif' },
  'reseau-iae': { label: 'Réseau de l’insertion' },
  'reseau-local': { label: 'Réseau local' },
  'centre-social': { label: 'Centre social' },
  'maison-des-associations': { label: 'Maison des associations' },
  'club-entrepreneurs': { label: 'Club d’entrepreneurs' },
  'entreprise-a-mission': { label: 'Entreprise à mission' },
  'pme-locale': { label: 'PME locale' },
  ptce: { label: 'PTCE' },
  ges: { label: 'Groupe économique solidaire' },
  'tiers-lieu': { label: 'Tiers-lieu' },
  'maison-ess': { label: 'Maison de l’ESS' },
  'non-classe': { label: 'Non classé' },
} satisfies Record<ActorTypeId, CatalogueLabel>;

const zonings = {
  qpv: { label: 'Quartier prioritaire (QPV)' },
  zrr: { label: 'Zone de revitalisation rurale (ZRR)' },
  frr: { label: 'France Ruralités Revitalisation (FRR)' },
  'frr-plus': { label: 'FRR+' },
  montagne: { label: 'Zone de montagne' },
  drom: { label: 'Département et région d’outre-mer' },
  acv: { label: 'Action Cœur de Ville' },
  pvd: { label: 'Petites villes de demain' },
  'territoire-industrie': { label: 'Territoires d’industrie' },
} satisfies Record<ZoningId, CatalogueLabel>;

/** The labels of the families, the types and the zonings (the whole catalogue: catalogueLabelsFr). */
export const actorListLabelsFr = { families, types, zonings };
export type ActorListLabels = typeof actorListLabelsFr;
