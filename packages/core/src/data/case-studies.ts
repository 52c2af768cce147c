// The sixteen ESS enterprises of the ANCT 2021 study "L'ESS, une chance pour les territoires
// fragiles" (DOMAIN §5), as actor records. Facts come from the study's case-study sections; the
// descriptions are ours. Commune codes follow the COG; positions are approximate commune positions
// (`precision: 'commune'`), since the study gives none. Zones are declared facts of the study (QPV,
// DROM, mountain; ZRR for the rural cases it selected in ZRR territories): check them against the
// official lists (data/zonings.ts) before relying on them; FRR membership is not declared here.
import type { ActorInput } from '../schema/actor.js';
import { locatedIn } from './case-study-places.js';
import type { ActivityId } from './ids.js';
import { needsOfActivities } from './needs.js';

export const CASE_STUDY_SOURCE = 'ANCT 2021, « L’ESS, une chance pour les territoires fragiles » (monographies)';
export const CASE_STUDY_CHECKED_AT = '2026-11-22';

const provenance = { source: `${CASE_STUDY_SOURCE} ; position : commune (approximative)`, checkedAt: CASE_STUDY_CHECKED_AT };
const provenanceArea = (area: string) => ({
  source: `${CASE_STUDY_SOURCE} ; commune non précisée par l’étude, position approximative (${area})`,
  checkedAt: CASE_STUDY_CHECKED_AT,
});

function serving(...activities: ActivityId[]): Pick<ActorInput, 'activities' | 'needs'> {
  return { activities, needs: needsOfActivities(activities) };
}

const declared = <Z extends 'qpv' | 'zrr' | 'montagne' | 'drom'>(...zonings: Z[]) => zonings.map((zoning) => ({ zoning, source: 'declared' as const }));

export const caseStudies: readonly ActorInput[] = [
  {
    id: 'cs-loco-motives',
    name: 'Les Loco-Motivés',
    type: 'association',
    legalCategory: '9220',
    ...locatedIn('sallesCuran', { withCommune: false }),
    ...serving('short-circuit'),
    zones: declared('zrr'),
    assets: ['network', 'skills'],
    website: 'https://paniers.loco-motives.fr',
    description:
      'Association de producteurs et de consommateurs du Lévézou (Aveyron) : vente hebdomadaire en ligne de produits frais, locaux et bio, à prix équitables pour une quarantaine de producteurs ; partenaire du projet alimentaire territorial du parc des Grands Causses.',
    provenance: provenanceArea('Salles-Curan, Lévézou'),
  },
  {
    id: 'cs-ambiance-bois',
    name: 'Ambiance Bois',
    type: 'societe-commerciale-ess',
    legalCategory: '5505',
    ...locatedIn('fauxLaMontagne'),
    ...serving('short-circuit', 'collective-entrepreneurship'),
    zones: declared('zrr', 'montagne'),
    assets: ['skills', 'terrain'],
    website: 'https://ambiance-bois.com',
    description:
      'Société anonyme à participation ouvrière (Sapo) du plateau de Millevaches : toute la filière bois locale, de l’arbre à la maison, dans une entreprise autogérée où salariés et actionnaires se partagent le conseil d’administration.',
    provenance,
  },
  {
    id: 'cs-8-fablab-drome',
    name: '8 Fablab Drôme',
    type: 'scic',
    ...locatedIn('crest'),
    ...serving('fablab', 'coworking'),
    assets: ['skills', 'terrain', 'network'],
    website: 'https://8fablab.fr',
    description:
      'Fab-lab en SCIC au centre de Crest (plus de 80 sociétaires, dont des collectivités) : fabrication numérique, coworking, médiation et accompagnement à l’innovation sur plus de 600 m² ; environ 1 800 usagers en 2019.',
    provenance,
  },
  {
    id: 'cs-bell-occas',
    name: 'Bell’Occas',
    type: 'aci',
    legalCategory: '9220',
    ...locatedIn('auvillers'),
    ...serving('ressourcerie', 'insertion-scheme'),
    creationYear: 2006,
    approvals: ['aci'],
    zones: declared('zrr'),
    assets: ['skills', 'terrain'],
    website: 'https://belloccas.fr',
    description:
      'Ressourcerie associative conventionnée atelier et chantier d’insertion : forme aux métiers de la vente, du tri des déchets et de la logistique ; boutiques de seconde main dans les Ardennes ; membre fondateur du groupe économique solidaire Coopelis.',
    provenance,
  },
  {
    id: 'cs-desbals-services',
    name: 'Régie de quartier Desbals Services',
    type: 'regie-de-quartier',
    ...locatedIn('toulouse'),
    ...serving('solidarity-concierge', 'insertion-scheme'),
    approvals: ['regie-de-quartier', 'ei'],
    zones: declared('qpv'),
    assets: ['skills', 'network', 'legitimacy'],
    website: 'https://desbals-services.fr',
    description:
      'Entreprise d’insertion labellisée régie de quartier dans un quartier prioritaire de Toulouse : entretien d’espaces verts, nettoyage, propreté urbaine, et une conciergerie solidaire qui rassemble ses services aux habitants.',
    provenance,
  },
  {
    id: 'cs-espace-culturel-chaillol',
    name: 'Espace culturel de Chaillol',
    type: 'association',
    ...locatedIn('saintMichelDeChaillol'),
    ...serving('local-festival', 'cultural-support'),
    approvals: ['scene-conventionnee'],
    zones: declared('montagne'),
    assets: ['skills', 'network', 'legitimacy'],
    description:
      'Association née du festival de Chaillol (Hautes-Alpes) : festival d’été et week-ends musicaux itinérants dans le département ; scène conventionnée d’intérêt national « art en territoire ».',
    provenance,
  },
  {
    id: 'cs-cpie-haut-doubs',
    name: 'CPIE du Haut-Doubs',
    type: 'association',
    ...locatedIn('riviereDrugeon'),
    ...serving('heritage-enhancement'),
    creationYear: 1979,
    zones: declared('montagne'),
    assets: ['skills', 'legitimacy'],
    description:
      'Centre permanent d’initiatives pour l’environnement porté par une association fondée par des chercheurs et étudiants de Besançon : préservation du patrimoine naturel et éducation à l’environnement, projets sur mesure pour les communes et intercommunalités.',
    provenance,
  },
  {
    id: 'cs-amis-pierre-masgot',
    name: 'Les Amis de la Pierre de Masgot',
    type: 'association',
    ...locatedIn('franseches'),
    ...serving('heritage-enhancement', 'cultural-support'),
    approvals: ['evs'],
    zones: declared('zrr'),
    assets: ['terrain', 'skills', 'legitimacy'],
    website: 'https://masgot.fr',
    description:
      'Association qui fait vivre le village sculpté de Masgot (Creuse) : médiation de l’œuvre de François Michaud, stages de taille de pierre, restauration et animation du village ; espace de vie sociale agréé par la CAF.',
    provenance,
  },
  {
    id: 'cs-cafe-pluche',
    name: 'Café Pluche',
    type: 'association',
    ...locatedIn('comberanche'),
    ...serving('associative-cafe'),
    creationYear: 2014,
    approvals: ['evs'],
    zones: declared('zrr'),
    assets: ['terrain', 'network'],
    website: 'https://lecafepluche.fr',
    description:
      'Café associatif ouvert dans une grange communale au bord de la Dronne, né de la rencontre entre des habitants engagés et la municipalité pour recréer des liens entre générations et milieux ; espace de vie sociale agréé par la CAF.',
    provenance,
  },
  {
    id: 'cs-sos-gramounes-isoles',
    name: 'SOS Gramounes Isolés',
    type: 'association',
    ...locatedIn('saintDenisReunion', { withCommune: false }),
    ...serving('intergenerational-housing', 'patient-support'),
    zones: declared('qpv', 'drom'),
    assets: ['network', 'skills'],
    website: 'https://sosgramounesisoles.fr',
    description:
      'Association réunionnaise implantée dans un quartier prioritaire : lutte contre l’isolement des personnes âgées, prévention santé, et cohabitations solidaires entre des seniors qui ont une chambre libre et des colocataires qui assurent une présence le soir.',
    provenance: provenanceArea('La Réunion, placée à Saint-Denis'),
  },
  {
    id: 'cs-habit-age',
    name: 'Habit’Âge',
    type: 'association',
    ...locatedIn('montrevault'),
    ...serving('inclusive-housing'),
    creationYear: 2013,
    assets: ['terrain', 'skills'],
    website: 'https://habitage-asso.fr',
    description:
      'Association du Maine-et-Loire qui achète et réhabilite des bâtiments de centre-bourg pour y créer des logements partagés et solidaires destinés à des personnes âgées aux revenus modestes.',
    provenance,
  },
  {
    id: 'cs-centre-sante-3-cites',
    name: 'Centre de santé des 3 Cités',
    type: 'association',
    ...locatedIn('poitiers'),
    ...serving('health-centre'),
    zones: declared('qpv'),
    assets: ['skills', 'legitimacy'],
    website: 'https://centredesantedes3cites.fr',
    description:
      'Centre de santé associatif et communautaire né d’une mobilisation d’habitants à Poitiers : médecine générale et spécialisée coordonnée, éducation thérapeutique, prévention et accès aux droits.',
    provenance,
  },
  {
    id: 'cs-la-pioche',
    name: 'La Pioche',
    type: 'association',
    regionCode: '32',
    ...serving('social-grocery'),
    assets: ['network'],
    website: 'https://lapioche.fr',
    description:
      'Épicerie solidaire des Hauts-de-France, à mi-chemin entre l’aide alimentaire et le commerce, ouverte à toute personne qui se sent en difficulté financière et pas seulement aux ayants droit de l’aide sociale.',
    provenance: { source: `${CASE_STUDY_SOURCE} ; commune non précisée par l’étude (région seulement)`, checkedAt: CASE_STUDY_CHECKED_AT },
  },
  {
    id: 'cs-reseau-pouce-pouce',
    name: 'Réseau Pouce Pouce (Objectif Prévention Martinique)',
    type: 'association',
    ...locatedIn('leLamentin'),
    ...serving('mobility-platform'),
    creationYear: 2006,
    zones: declared('qpv', 'drom'),
    assets: ['skills', 'network'],
    description:
      'Plateforme de mobilité inclusive lancée en 2012 par l’association Objectif Prévention Martinique : information, formation et solutions de déplacement pour l’insertion, notamment des jeunes des quartiers prioritaires.',
    provenance,
  },
  {
    id: 'cs-cap-sport',
    name: 'CAP’Sport',
    type: 'association',
    ...locatedIn('herouville'),
    ...serving('sport-for-all', 'insertion-scheme'),
    creationYear: 2008,
    zones: declared('qpv'),
    assets: ['skills', 'network'],
    website: 'https://capsport-epi.fr',
    description:
      'Association d’Hérouville-Saint-Clair qui se sert du sport pour l’éducation, la prévention et l’insertion des personnes en difficulté, dans l’agglomération de Caen : 300 adhérents et plus de 5 000 bénéficiaires.',
    provenance,
  },
  {
    id: 'cs-hercule-insertion',
    name: 'Hercule Insertion',
    type: 'ai',
    legalCategory: '9222',
    ...locatedIn('sainteGenevieve'),
    ...serving('personal-services', 'insertion-scheme', 'solidarity-concierge'),
    approvals: ['ai'],
    assets: ['skills'],
    website: 'https://hercule-multiservices.fr',
    description:
      'Association intermédiaire parmi les premières de l’Essonne : elle embauche des personnes éloignées de l’emploi et les met à disposition de particuliers, d’entreprises et de collectivités ; installée au tiers-lieu La Piscine d’en face, elle lance aussi une conciergerie.',
    provenance,
  },
];
