// The support each case study of the ANCT 2021 study actually received, as the study documents it
// (part II, "Quels leviers…": every action below is named for that enterprise in the study's text,
// with who gave it). Used to learn the ranking's priors (recommend/learn-priors.ts) and to measure
// the ranking honestly with leave-one-out (bench/recommend.js). A support the study only plans
// ("nous envisageons…") is not counted.
import type { ActionId, ActivityId, ActorTypeId, ApprovalId, DecisionMakerId, ZoningId } from './ids.js';

export interface DocumentedSupport {
  action: ActionId;
  /** Who gave it, when the study says and the giver is one of our decision-maker kinds. */
  by?: DecisionMakerId;
}

export const caseStudyActions: Readonly<Record<string, readonly DocumentedSupport[]>> = {
  'cs-loco-motives': [
    { action: 'operating-subsidy' },
    { action: 'project-funding' },
    { action: 'direct-purchase' },
    { action: 'technical-engineering' },
    { action: 'value-chains' },
  ],
  'cs-ambiance-bois': [
    { action: 'investment', by: 'region' },
    { action: 'premises', by: 'commune' },
    { action: 'direct-purchase', by: 'commune' },
    { action: 'institutional-communication' },
    { action: 'territorial-marketing', by: 'epci' },
    { action: 'crowdfunding' },
  ],
  'cs-8-fablab-drome': [
    { action: 'operating-subsidy', by: 'region' },
    { action: 'investment', by: 'commune' },
    { action: 'project-funding', by: 'departement' },
    { action: 'sector-policies', by: 'epci' },
    { action: 'prior-exchanges', by: 'departement' },
    { action: 'direct-purchase' },
    { action: 'groupings' },
  ],
  'cs-bell-occas': [
    { action: 'investment', by: 'departement' },
    { action: 'approval-top-up', by: 'departement' },
    { action: 'advance-funds', by: 'departement' },
    { action: 'equipment', by: 'commune' },
    { action: 'direct-purchase' },
    { action: 'procurement-access', by: 'bailleur-social' },
    { action: 'value-chains', by: 'region' },
  ],
  'cs-desbals-services': [{ action: 'operating-subsidy' }, { action: 'premises', by: 'bailleur-social' }],
  'cs-espace-culturel-chaillol': [
    { action: 'sector-policies', by: 'service-etat' },
    { action: 'approval-top-up', by: 'service-etat' },
    { action: 'premises', by: 'commune' },
    { action: 'financial-engineering' },
  ],
  'cs-cpie-haut-doubs': [{ action: 'project-funding', by: 'commune' }, { action: 'premises' }],
  'cs-amis-pierre-masgot': [
    { action: 'operating-subsidy', by: 'departement' },
    { action: 'project-funding', by: 'caf' },
    { action: 'premises', by: 'epci' },
    { action: 'territorial-marketing', by: 'caf' },
  ],
  'cs-cafe-pluche': [
    { action: 'project-funding', by: 'caf' },
    { action: 'institutional-communication', by: 'commune' },
    { action: 'territorial-marketing', by: 'caf' },
  ],
  'cs-sos-gramounes-isoles': [{ action: 'operating-subsidy' }],
  'cs-habit-age': [
    { action: 'investment', by: 'region' },
    { action: 'project-funding' },
    { action: 'premises', by: 'commune' },
    { action: 'technical-engineering' },
  ],
  'cs-centre-sante-3-cites': [{ action: 'staff', by: 'commune' }],
  'cs-la-pioche': [{ action: 'groupings' }],
  'cs-reseau-pouce-pouce': [
    { action: 'operating-subsidy', by: 'collectivite-unique' },
    { action: 'project-funding', by: 'service-etat' },
    { action: 'advance-funds' },
    { action: 'financial-engineering', by: 'service-etat' },
  ],
  'cs-cap-sport': [
    { action: 'operating-subsidy', by: 'commune' },
    { action: 'project-funding' },
    { action: 'premises', by: 'commune' },
    { action: 'technical-engineering' },
  ],
  'cs-hercule-insertion': [
    { action: 'premises', by: 'commune' },
    { action: 'direct-purchase', by: 'departement' },
    { action: 'financial-engineering' },
  ],
};

/**
 * What the priors compare of each case study (recommend/learn-priors.ts): its type, legal
 * category, activities, approvals and declared zonings. A copy of those fields of
 * data/case-studies.ts, kept here so that the recommender's bundle does not carry the case
 * studies' descriptions; test/core/data/case-study-actions.test.ts checks it equals them.
 */
export interface CaseStudyFacts {
  type: ActorTypeId;
  legalCategory?: string;
  activities: ActivityId[];
  approvals: ApprovalId[];
  zones: ZoningId[];
}

export const caseStudyFacts: Readonly<Record<string, CaseStudyFacts>> = {
  'cs-loco-motives': { type: 'association', legalCategory: '9220', activities: ['short-circuit'], approvals: [], zones: ['zrr'] },
  'cs-ambiance-bois': { type: 'societe-commerciale-ess', legalCategory: '5505', activities: ['short-circuit', 'collective-entrepreneurship'], approvals: [], zones: ['zrr', 'montagne'] },
  'cs-8-fablab-drome': { type: 'scic', activities: ['fablab', 'coworking'], approvals: [], zones: [] },
  'cs-bell-occas': { type: 'aci', legalCategory: '9220', activities: ['ressourcerie', 'insertion-scheme'], approvals: ['aci'], zones: ['zrr'] },
  'cs-desbals-services': { type: 'regie-de-quartier', activities: ['solidarity-concierge', 'insertion-scheme'], approvals: ['regie-de-quartier', 'ei'], zones: ['qpv'] },
  'cs-espace-culturel-chaillol': { type: 'association', activities: ['local-festival', 'cultural-support'], approvals: ['scene-conventionnee'], zones: ['montagne'] },
  'cs-cpie-haut-doubs': { type: 'association', activities: ['heritage-enhancement'], approvals: [], zones: ['montagne'] },
  'cs-amis-pierre-masgot': { type: 'association', activities: ['heritage-enhancement', 'cultural-support'], approvals: ['evs'], zones: ['zrr'] },
  'cs-cafe-pluche': { type: 'association', activities: ['associative-cafe'], approvals: ['evs'], zones: ['zrr'] },
  'cs-sos-gramounes-isoles': { type: 'association', activities: ['intergenerational-housing', 'patient-support'], approvals: [], zones: ['qpv', 'drom'] },
  'cs-habit-age': { type: 'association', activities: ['inclusive-housing'], approvals: [], zones: [] },
  'cs-centre-sante-3-cites': { type: 'association', activities: ['health-centre'], approvals: [], zones: ['qpv'] },
  'cs-la-pioche': { type: 'association', activities: ['social-grocery'], approvals: [], zones: [] },
  'cs-reseau-pouce-pouce': { type: 'association', activities: ['mobility-platform'], approvals: [], zones: ['qpv', 'drom'] },
  'cs-cap-sport': { type: 'association', activities: ['sport-for-all', 'insertion-scheme'], approvals: [], zones: ['qpv'] },
  'cs-hercule-insertion': { type: 'ai', legalCategory: '9222', activities: ['personal-services', 'insertion-scheme', 'solidarity-concierge'], approvals: ['ai'], zones: [] },
};
