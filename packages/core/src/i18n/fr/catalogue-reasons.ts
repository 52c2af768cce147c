// French messages: the text of the reason codes of classifyLegalUnit (its confidence levels and
// reasons) and classifyFragility (criteria labels, verdicts, reasons), apart from the catalogue labels
// a widget shows. The English file (../en/catalogue-reasons.ts) has the same shape, checked by the
// type. Every sentence here is ours.
import type { LegalUnitConfidence, LegalUnitReason } from '../../data/legal-categories.js';
import type { FragilityCriterionId, FragilityReasonCode } from '../../territory/classify-fragility.js';
import type { CatalogueLabel } from './catalogue-labels.js';

const confidence = {
  certain: 'certaine',
  likely: 'probable',
  unknown: 'inconnue',
} satisfies Record<LegalUnitConfidence, string>;

const legalReasons = {
  'invalid-category': 'La catégorie juridique doit compter 4 chiffres.',
  'unmapped-category': 'Cette catégorie juridique ne correspond à aucun type connu.',
  'association-form': 'Forme associative.',
  'insertion-association': 'Association d’insertion par l’économique : le plus souvent un atelier et chantier d’insertion.',
  'intermediary-association': 'Association intermédiaire.',
  'employers-group': 'Groupement d’employeurs (dont les GEIQ) sous forme associative.',
  'foundation-form': 'Fondation.',
  'scop-form': 'Société coopérative ouvrière de production.',
  'cooperative-form': 'Forme coopérative : SCIC et CAE en font partie sans code propre.',
  'cooperative-bank': 'Banque coopérative ou mutualiste.',
  'mutual-form': 'Mutuelle ou société d’assurance mutuelle.',
  'workers-participation-sa': 'Société anonyme à participation ouvrière.',
  'commercial-company-ess': 'Société commerciale signalée dans l’ESS par le répertoire SIRENE.',
  'commercial-company': 'Société commerciale hors ESS selon SIRENE : type non déterminé.',
  'social-housing': 'Organisme de logement social.',
  'local-authority': 'Collectivité territoriale.',
  intercommunality: 'Intercommunalité à fiscalité propre.',
  'intercommunal-syndicate': 'Syndicat ou centre intercommunal.',
  'local-public-body': 'Établissement public local.',
  'public-body': 'Autre personne morale de droit public.',
  'state-service': 'Service ou établissement de l’État.',
  'consular-chamber': 'Chambre consulaire.',
  'public-interest-group': 'Groupement d’intérêt public.',
  'social-security': 'Organisme de sécurité sociale.',
  'naf-esat': 'Activité « aide par le travail » (NAF 88.10C) : celle des ESAT.',
  'naf-etti': 'Travail temporaire (NAF 78.20Z) d’une société de l’ESS : probablement une ETTI.',
  'naf-caf': 'Distribution sociale de revenus (NAF 84.30C) : une caisse d’allocations familiales.',
} satisfies Record<LegalUnitReason, string>;

const fragility = {
  criteria: {
    population: { label: 'Dynamique démographique' },
    employment: { label: 'Dynamique économique' },
    poverty: { label: 'Fragilité sociale' },
  } satisfies Record<FragilityCriterionId, CatalogueLabel>,
  verdicts: {
    fragile: 'Ville moyenne fragile : les trois critères sont réunis.',
    notFragile: 'Pas fragile au sens de la méthode : au moins un critère manque.',
    undecided: 'Indéterminé : des données manquent pour conclure.',
  },
  reasons: {
    'population-decline': 'La population diminue ({value} % par an, seuil {threshold} %).',
    'employment-decline': 'L’emploi diminue ({value} % par an, seuil {threshold} %).',
    'high-poverty': 'Le taux de pauvreté ({value} %) dépasse le seuil de {threshold} %.',
    'population-not-declining': 'La population ne diminue pas ({value} % par an).',
    'employment-not-declining': 'L’emploi ne diminue pas ({value} % par an).',
    'poverty-not-high': 'Le taux de pauvreté ({value} %) ne dépasse pas {threshold} %.',
    'missing-population-growth': 'Évolution de la population inconnue.',
    'missing-employment-growth': 'Évolution de l’emploi inconnue.',
    'missing-poverty-rate': 'Taux de pauvreté inconnu.',
  } satisfies Record<FragilityReasonCode, string>,
};

export const catalogueReasonsFr = {
  confidence,
  legalReasons,
  fragility,
};
export type CatalogueReasons = typeof catalogueReasonsFr;
