// French messages: catalogue labels. The English file (../en/catalogue-labels.ts) has the same shape,
// checked by the type. The label of every id of the catalogues (data/ids.ts); the longer
// descriptions of the entries are in catalogue-descriptions.ts and the text of the reason codes of
// classifyLegalUnit and classifyFragility in catalogue-reasons.ts (catalogue.ts joins the three), so
// a widget that shows only labels carries only labels; the families', types' and zonings' labels are in
// actor-list-labels.ts (what a map's first paint shows). Every sentence here is ours.
import type {
  ActivityId,
  ApprovalId,
  AssetId,
  BudgetBandId,
  EmployeeBandId,
  NeedId,
  PartnerRoleId,
  StageId,
  ThemeId,
} from '../../data/ids.js';
import type { EssMembership, EssScope } from '../../data/typology.js';
import { actorListLabelsFr, type CatalogueLabel } from './actor-list-labels.js';

export type { CatalogueLabel } from './actor-list-labels.js';

const needs = {
  'local-know-how': { label: 'Valoriser les savoir-faire locaux' },
  'renewable-energy': { label: 'Produire localement des énergies renouvelables' },
  'healthy-food': { label: 'Une alimentation locale et saine pour tous' },
  'freight-mobility': { label: 'Transporter les marchandises sur le territoire' },
  'territorial-reach': { label: 'Faire rayonner le territoire' },
  'employment-access': { label: 'Accéder à un emploi local' },
  'sustainable-mobility': { label: 'Se déplacer durablement' },
  housing: { label: 'Se loger dignement' },
  'digital-inclusion': { label: 'Réduire la fracture numérique' },
  dependency: { label: 'Accompagner la perte d’autonomie' },
  'care-access': { label: 'Accéder aux soins' },
  parenting: { label: 'Soutenir les parents' },
  'culture-sport': { label: 'Culture, arts et sport pour tous' },
  'social-ties': { label: 'Créer du lien entre habitants' },
  'waste-resource': { label: 'Faire des déchets une ressource' },
} satisfies Record<NeedId, CatalogueLabel>;

const themes = {
  'responsible-consumption': { label: 'Consommation et production responsables' },
  attractiveness: { label: 'Attractivité' },
  'social-cohesion': { label: 'Lien social' },
  inclusion: { label: 'Inclusion' },
} satisfies Record<ThemeId, CatalogueLabel>;

const activities = {
  'short-circuit': { label: 'Circuits courts' },
  'local-currency': { label: 'Monnaie locale' },
  'solidarity-concierge': { label: 'Conciergerie solidaire' },
  'citizen-energy': { label: 'Énergie renouvelable citoyenne' },
  'food-workshop': { label: 'Légumerie ou conserverie solidaire' },
  'social-grocery': { label: 'Épicerie sociale et solidaire' },
  'cooperative-grocery': { label: 'Épicerie coopérative' },
  'shared-garden': { label: 'Jardin partagé' },
  'eco-logistics': { label: 'Logistique éco-responsable' },
  'holiday-village': { label: 'Village vacances' },
  'alternative-accommodation': { label: 'Hébergement touristique alternatif' },
  'heritage-enhancement': { label: 'Valorisation du patrimoine' },
  'insertion-scheme': { label: 'Dispositif d’insertion professionnelle' },
  'collective-entrepreneurship': { label: 'Entrepreneuriat collectif' },
  'socio-aesthetic': { label: 'Atelier socio-esthétique' },
  'personal-services': { label: 'Services aux personnes et aux collectivités' },
  'solidarity-garage': { label: 'Garage solidaire' },
  'bike-workshop': { label: 'Atelier vélo' },
  'social-driving-school': { label: 'Auto-école sociale' },
  'mobility-platform': { label: 'Plateforme de mobilité' },
  'inclusive-housing': { label: 'Habitat inclusif' },
  'intergenerational-housing': { label: 'Habitat intergénérationnel' },
  'young-workers-housing': { label: 'Logement des jeunes travailleurs' },
  'digital-workshop': { label: 'Atelier numérique' },
  'adapted-sport': { label: 'Sport adapté' },
  'patient-support': { label: 'Accompagnement des personnes malades' },
  'carers-house': { label: 'Maison des aidants' },
  'addiction-care': { label: 'Accueil et soin des addictions' },
  'health-centre': { label: 'Centre de santé' },
  'alternative-childcare': { label: 'Garde d’enfants alternative' },
  'toy-library': { label: 'Ludothèque' },
  'local-festival': { label: 'Festival local' },
  'cultural-support': { label: 'Soutien aux acteurs culturels' },
  'sport-for-all': { label: 'Sport pour tous' },
  'associative-cafe': { label: 'Café associatif' },
  'mutual-aid': { label: 'Échanges de savoirs et entraide' },
  fablab: { label: 'Fab-lab' },
  coworking: { label: 'Espace de coworking' },
  'food-waste': { label: 'Valorisation des déchets alimentaires' },
  ressourcerie: { label: 'Ressourcerie ou recyclerie' },
} satisfies Record<ActivityId, CatalogueLabel>;

const approvals = {
  aci: { label: 'Conventionnement ACI' },
  ai: { label: 'Conventionnement AI' },
  ei: { label: 'Conventionnement EI' },
  etti: { label: 'Conventionnement ETTI' },
  esat: { label: 'Autorisation ESAT' },
  ea: { label: 'Agrément entreprise adaptée' },
  esus: { label: 'Agrément ESUS' },
  evs: { label: 'Agrément espace de vie sociale' },
  'centre-social': { label: 'Agrément centre social' },
  'regie-de-quartier': { label: 'Label régie de quartier' },
  geiq: { label: 'Label GEIQ' },
  jep: { label: 'Agrément jeunesse et éducation populaire' },
  rup: { label: 'Reconnaissance d’utilité publique' },
  sport: { label: 'Agrément sport' },
  'scene-conventionnee': { label: 'Scène conventionnée' },
  'bistrot-de-pays': { label: 'Bistrot de pays' },
} satisfies Record<ApprovalId, CatalogueLabel>;

const assets = {
  terrain: { label: 'Lieux et terrain' },
  skills: { label: 'Compétences' },
  finance: { label: 'Capacité financière' },
  network: { label: 'Réseau' },
  legitimacy: { label: 'Légitimité' },
} satisfies Record<AssetId, CatalogueLabel>;

const partnerRoles = {
  design: { label: 'Conception' },
  carrying: { label: 'Portage' },
  resource: { label: 'Ressource' },
  legitimacy: { label: 'Légitimité' },
} satisfies Record<PartnerRoleId, CatalogueLabel>;

const employeeBands = {
  '0': { label: 'Sans salarié' },
  '1-9': { label: '1 à 9 salariés' },
  '10-49': { label: '10 à 49 salariés' },
  '50-249': { label: '50 à 249 salariés' },
  '250+': { label: '250 salariés ou plus' },
} satisfies Record<EmployeeBandId, CatalogueLabel>;

const budgetBands = {
  'lt-50k': { label: 'Moins de 50 000 €' },
  '50k-200k': { label: '50 000 à 200 000 €' },
  '200k-1m': { label: '200 000 € à 1 M€' },
  '1m-5m': { label: '1 à 5 M€' },
  'gt-5m': { label: 'Plus de 5 M€' },
} satisfies Record<BudgetBandId, CatalogueLabel>;

const stages = {
  emergence: { label: 'Émergence' },
  creation: { label: 'Création' },
  development: { label: 'Développement' },
  consolidation: { label: 'Consolidation' },
  transition: { label: 'Transition' },
} satisfies Record<StageId, CatalogueLabel>;

const essScopes = {
  legal: { label: 'Famille de l’ESS' },
  ecosystem: { label: 'Écosystème' },
} satisfies Record<EssScope, CatalogueLabel>;

const essMemberships = {
  status: { label: 'ESS par son statut' },
  conditions: { label: 'ESS sous conditions' },
  'form-varies': { label: 'Selon la forme juridique' },
  no: { label: 'Hors ESS' },
} satisfies Record<EssMembership, CatalogueLabel>;

export const catalogueLabelsFr = {
  ...actorListLabelsFr,
  needs,
  themes,
  activities,
  approvals,
  assets,
  partnerRoles,
  employeeBands,
  budgetBands,
  stages,
  essScopes,
  essMemberships,
};
export type CatalogueLabels = typeof catalogueLabelsFr;
