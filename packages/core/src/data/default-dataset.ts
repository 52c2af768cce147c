// The default dataset: the sixteen case studies, the local partners the ANCT study names around
// them, and the partnerships it describes (who brings what, in which role), so a map of the default
// data shows ecosystems rather than isolated dots. Only partners and links the study names are here;
// where it speaks of "the communes" without naming them, no record is made up.
import type { ActorInput, ZoneMembership } from '../schema/actor.js';
import type { Partnership } from '../schema/actor.js';
import type { CommuneZoneTable } from '../schema/zoning.js';
import { CASE_STUDY_CHECKED_AT, CASE_STUDY_SOURCE, caseStudies } from './case-studies.js';
import { locatedIn, places } from './case-study-places.js';
import type { PlaceKey } from './case-study-places.js';

const provenance = { source: `${CASE_STUDY_SOURCE} ; position : siège (commune, approximative)`, checkedAt: CASE_STUDY_CHECKED_AT };
const provenanceNoPlace = { source: `${CASE_STUDY_SOURCE} ; siège non localisé`, checkedAt: CASE_STUDY_CHECKED_AT };

/** A commune as an actor, with its own SIREN. */
function commune(key: PlaceKey, name: string, description: string): ActorInput {
  return {
    id: `pt-commune-${places[key].communeCode}`,
    name,
    type: 'commune',
    legalCategory: '7210',
    identifiers: { siren: places[key].siren },
    ...locatedIn(key),
    assets: ['terrain', 'legitimacy', 'finance'],
    description,
    provenance,
  };
}

export const caseStudyPartners: readonly ActorInput[] = [
  // Les Loco-Motivés
  {
    id: 'pt-pnr-grands-causses',
    name: 'Parc naturel régional des Grands Causses',
    type: 'parc-naturel-regional',
    ...locatedIn('millau', { withEpci: false }),
    assets: ['skills', 'network', 'legitimacy'],
    description: 'Porte le projet alimentaire territorial auquel les Loco-Motivés participent ; leur achète des prestations de traiteur et les aide à penser leur logistique.',
    provenance,
  },
  {
    id: 'pt-adefpat',
    name: 'ADEFPAT (Association de développement des pays aveyronnais et tarnais)',
    type: 'incubateur',
    departementCode: '12',
    assets: ['skills'],
    description: 'Accompagnement au développement territorial, vers lequel le parc des Grands Causses a orienté les Loco-Motivés pour leur changement d’échelle.',
    provenance: provenanceNoPlace,
  },
  // Ambiance Bois
  {
    id: 'pt-region-nouvelle-aquitaine',
    name: 'Région Nouvelle-Aquitaine',
    type: 'region',
    legalCategory: '7230',
    ...locatedIn('bordeaux', { withEpci: false }),
    regionCode: '75',
    assets: ['finance', 'legitimacy'],
    description: 'A financé l’investissement d’Ambiance Bois (broyeur en 2013, puis reprise d’une scierie), notamment sur des crédits du contrat de plan État-Région.',
    provenance,
  },
  {
    id: 'pt-cc-creuse-grand-sud',
    name: 'Communauté de communes Creuse Grand Sud',
    type: 'epci',
    legalCategory: '7346',
    identifiers: { siren: '200044014' },
    ...locatedIn('aubusson', { withEpci: false }),
    epciCode: '200044014',
    assets: ['legitimacy', 'network'],
    description: 'Présente Ambiance Bois comme un lieu phare de l’ESS dans sa politique d’accueil de nouveaux habitants.',
    provenance,
  },
  commune('fauxLaMontagne', 'Commune de Faux-la-Montagne', 'Commune d’implantation d’Ambiance Bois ; a discuté avec elle du projet de broyeur et achète des plaquettes pour sa chaufferie bois.'),
  {
    id: 'pt-pnr-millevaches',
    name: 'Parc naturel régional de Millevaches en Limousin',
    type: 'parc-naturel-regional',
    ...locatedIn('millevaches', { withEpci: false }),
    assets: ['legitimacy', 'network'],
    description: 'A participé symboliquement à la réalisation et à l’impression du catalogue d’Ambiance Bois.',
    provenance,
  },
  {
    id: 'pt-la-solidaire-montagne-limousine',
    name: 'La Solidaire (fonds de dotation de la Montagne limousine)',
    type: 'fonds-solidaire-local',
    departementCode: '23',
    assets: ['finance', 'network'],
    description: 'Outil citoyen du plateau de Millevaches : collecte des dons, place l’épargne de façon éthique et prête à taux zéro aux projets locaux.',
    provenance: provenanceNoPlace,
  },
  // 8 Fablab Drôme
  {
    id: 'pt-region-auvergne-rhone-alpes',
    name: 'Région Auvergne-Rhône-Alpes',
    type: 'region',
    legalCategory: '7230',
    ...locatedIn('lyon', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Verse au 8 Fablab Drôme une subvention d’exploitation qui lui permet de structurer son offre de formation.',
    provenance,
  },
  {
    id: 'pt-departement-drome',
    name: 'Département de la Drôme',
    type: 'departement',
    legalCategory: '7220',
    ...locatedIn('valence', { withEpci: false }),
    assets: ['finance', 'legitimacy', 'skills'],
    description: 'Lauréat de son appel à projets « tiers-lieux innovants », le fablab est aussi titulaire d’un marché à bons de commande du Département, passé après des échanges préalables.',
    provenance,
  },
  {
    id: 'pt-direccte-auvergne-rhone-alpes',
    name: 'Direccte Auvergne-Rhône-Alpes (aujourd’hui DREETS)',
    type: 'service-etat',
    ...locatedIn('lyon', { withEpci: false }),
    assets: ['finance'],
    description: 'A soutenu le fablab par l’appel à projets d’aide au développement des ateliers de fabrication numérique.',
    provenance,
  },
  {
    id: 'pt-cc-val-de-drome',
    name: 'Communauté de communes du Val de Drôme en Biovallée',
    type: 'epci',
    legalCategory: '7346',
    identifiers: { siren: '242600252' },
    ...locatedIn('eurre', { withEpci: false }),
    epciCode: '242600252',
    assets: ['finance', 'legitimacy'],
    description: 'A fait appel au 8 Fablab Drôme dans le cadre de son plan climat-air-énergie territorial.',
    provenance,
  },
  {
    id: 'pt-moulin-digital',
    name: 'Le Moulin Digital',
    type: 'reseau-local',
    departementCode: '26',
    assets: ['skills', 'network'],
    description: 'Association drômoise pour les usages numériques ; a mis gracieusement un animateur formé à disposition du tiers-lieu du fablab.',
    provenance: provenanceNoPlace,
  },
  // Bell'Occas
  {
    id: 'pt-departement-ardennes',
    name: 'Département des Ardennes',
    type: 'departement',
    legalCategory: '7220',
    ...locatedIn('charleville', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Complète l’aide de l’État pour les allocataires du RSA en parcours chez Bell’Occas, a financé un investissement par le fonds départemental d’insertion et avance les fonds des projets cofinancés par le FSE.',
    provenance,
  },
  {
    id: 'pt-etat-ardennes',
    name: 'Services de l’État dans les Ardennes (insertion par l’activité économique)',
    type: 'service-etat',
    ...locatedIn('charleville', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Conventionne Bell’Occas comme atelier et chantier d’insertion et finance les postes en insertion.',
    provenance,
  },
  commune('auvillers', 'Commune d’Auvillers-les-Forges', 'Commune d’implantation de Bell’Occas ; partenariat étroit, dont l’achat de matériel pour une fabrication commune de masques en 2020.'),
  {
    id: 'pt-cc-ardennes-thierache',
    name: 'Communauté de communes Ardennes Thiérache',
    type: 'epci',
    legalCategory: '7346',
    identifiers: { siren: '200041622' },
    ...locatedIn('auvillers', { withEpci: false, withCommune: false }),
    epciCode: '200041622',
    assets: ['terrain', 'legitimacy'],
    description: 'Intercommunalité de Bell’Occas : soutien financier modeste mais relation partenariale forte.',
    provenance: { source: `${CASE_STUDY_SOURCE} ; siège non vérifié, placée à Auvillers-les-Forges`, checkedAt: CASE_STUDY_CHECKED_AT },
  },
  {
    id: 'pt-habitat-08',
    name: 'Habitat 08',
    type: 'bailleur-social',
    ...locatedIn('charleville', { withEpci: false }),
    assets: ['terrain', 'finance'],
    description: 'Bailleur social ardennais qui confie à Bell’Occas, par marché public, la collecte des encombrants dans ses immeubles.',
    provenance,
  },
  {
    id: 'pt-ges-coopelis',
    name: 'Coopelis',
    type: 'ges',
    departementCode: '08',
    assets: ['network', 'skills'],
    description: 'Groupe économique solidaire associatif dont Bell’Occas est membre fondateur et porte le pôle réemploi.',
    provenance: provenanceNoPlace,
  },
  {
    id: 'pt-region-grand-est',
    name: 'Région Grand Est',
    type: 'region',
    legalCategory: '7230',
    ...locatedIn('strasbourg', { withEpci: false }),
    assets: ['finance'],
    description: 'A financé avec l’Ademe une étude d’écologie industrielle et territoriale portée dans le cadre du programme Climaxion.',
    provenance,
  },
  {
    id: 'pt-fse',
    name: 'Fonds social européen (FSE)',
    type: 'fonds-europeens',
    assets: ['finance'],
    description: 'Finance la préparation des salariés en insertion aux métiers du transport et de la logistique ; paiement environ deux ans après l’action.',
    provenance: provenanceNoPlace,
  },
  // Desbals Services
  commune('toulouse', 'Ville de Toulouse', 'Partenaire de la régie de quartier au titre du contrat de ville.'),
  {
    id: 'pt-patrimoine-sa',
    name: 'Patrimoine SA Languedocienne',
    type: 'bailleur-social',
    ...locatedIn('toulouse', { withEpci: false }),
    assets: ['terrain', 'finance'],
    description: 'Bailleur social qui confie à Desbals Services l’entretien et le nettoyage, des actions de lien social et l’animation d’un local.',
    provenance,
  },
  {
    id: 'pt-cnlrq',
    name: 'Comité national de liaison des régies de quartier (CNLRQ)',
    type: 'reseau-iae',
    assets: ['network', 'legitimacy'],
    description: 'Réseau national qui délivre le label régie de quartier.',
    provenance: provenanceNoPlace,
  },
  // Espace culturel de Chaillol
  {
    id: 'pt-pays-gapencais',
    name: 'Pays Gapençais',
    type: 'epci',
    ...locatedIn('gap', { withEpci: false }),
    assets: ['skills', 'network'],
    description: 'Groupement de collectivités autour de Gap qui a longtemps aidé l’Espace culturel de Chaillol à monter ses financements (visites de financeurs sur place).',
    provenance,
  },
  {
    id: 'pt-departement-hautes-alpes',
    name: 'Département des Hautes-Alpes',
    type: 'departement',
    legalCategory: '7220',
    ...locatedIn('gap', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Partenaire culturel du territoire dont l’Espace culturel de Chaillol est l’un des principaux opérateurs.',
    provenance,
  },
  // Les Amis de la Pierre de Masgot
  {
    id: 'pt-departement-creuse',
    name: 'Département de la Creuse',
    type: 'departement',
    legalCategory: '7220',
    ...locatedIn('gueret', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Verse chaque année une subvention de fonctionnement aux Amis de la Pierre de Masgot au titre de sa politique d’attractivité.',
    provenance,
  },
  {
    id: 'pt-cc-creuse-sud-ouest',
    name: 'Communauté de communes Creuse Sud-Ouest',
    type: 'epci',
    legalCategory: '7346',
    identifiers: { siren: '200067189' },
    ...locatedIn('bourganeuf', { withEpci: false }),
    epciCode: '200067189',
    assets: ['terrain', 'finance'],
    description: 'Met à disposition des Amis de la Pierre de Masgot le bâtiment qu’ils occupent et en a financé la rénovation.',
    provenance,
  },
  {
    id: 'pt-caf-creuse',
    name: 'CAF de la Creuse',
    type: 'caf',
    ...locatedIn('gueret', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Agrée les Amis de la Pierre de Masgot comme espace de vie sociale.',
    provenance,
  },
  // Café Pluche
  commune('comberanche', 'Commune de Comberanche-et-Épeluche', 'A confié sa grange au café associatif et l’a défendu auprès des habitants à ses débuts.'),
  {
    id: 'pt-caf-dordogne',
    name: 'CAF de la Dordogne',
    type: 'caf',
    ...locatedIn('perigueux', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Agrée le Café Pluche comme espace de vie sociale.',
    provenance,
  },
  // Habit'Âge
  commune('montrevault', 'Commune de Montrevault-sur-Èvre', 'A prêté un bureau à Habit’Âge à ses débuts.'),
  {
    id: 'pt-region-pays-de-la-loire',
    name: 'Région Pays de la Loire',
    type: 'region',
    legalCategory: '7230',
    ...locatedIn('nantes', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'A soutenu l’investissement de départ d’Habit’Âge, ce qui a entraîné d’autres financeurs.',
    provenance,
  },
  // Centre de santé des 3 Cités
  commune('poitiers', 'Ville de Poitiers (et son CCAS)', 'Met à disposition du centre de santé, depuis 2016, une agente de son CCAS pour des permanences d’accès aux droits de santé.'),
  {
    id: 'pt-ars-nouvelle-aquitaine',
    name: 'Agence régionale de santé Nouvelle-Aquitaine',
    type: 'service-etat',
    ...locatedIn('bordeaux', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Copilote avec le CCAS de Poitiers le contrat local de santé dans lequel s’inscrit la mise à disposition.',
    provenance,
  },
  // Réseau Pouce Pouce
  {
    id: 'pt-collectivite-martinique',
    name: 'Collectivité territoriale de Martinique',
    type: 'region',
    ...locatedIn('fortDeFrance', { withEpci: false }),
    assets: ['finance', 'legitimacy'],
    description: 'Finance le Réseau Pouce Pouce sur plusieurs années, avec l’État, dans le contrat de convergence et de transformation.',
    provenance,
  },
  {
    id: 'pt-etat-martinique',
    name: 'Préfecture de la Martinique',
    type: 'service-etat',
    ...locatedIn('fortDeFrance', { withEpci: false }),
    assets: ['finance', 'skills'],
    description: 'Cofinance le contrat de convergence ; ses services jeunesse et vie associative conseillent l’association sur l’équilibre de ses comptes.',
    provenance,
  },
  {
    id: 'pt-gip-lamentin',
    name: 'GIP du Lamentin',
    type: 'gip',
    ...locatedIn('leLamentin', { withEpci: false }),
    assets: ['finance'],
    description: 'A apporté une aide financière au Réseau Pouce Pouce.',
    provenance,
  },
  {
    id: 'pt-fej',
    name: 'Fonds d’expérimentation pour la jeunesse (FEJ)',
    type: 'service-etat',
    assets: ['finance'],
    description: 'Son appel à projets de 2013 a financé pendant deux ans le lancement de la plateforme de mobilité.',
    provenance: provenanceNoPlace,
  },
  // CAP'Sport
  commune('herouville', 'Ville d’Hérouville-Saint-Clair', 'Subvention de fonctionnement sur trois ans (politique de la ville), mise à disposition de la Ferme de Beauregard et appui aux événements sportifs.'),
  // Hercule Insertion
  {
    id: 'pt-departement-essonne',
    name: 'Département de l’Essonne',
    type: 'departement',
    legalCategory: '7220',
    ...locatedIn('evry', { withEpci: false }),
    assets: ['finance'],
    description: 'A réservé un marché aux structures d’insertion pour remplacer ses agents polyvalents ; Hercule Insertion en a remporté un lot.',
    provenance,
  },
  {
    id: 'pt-dla-essonne',
    name: 'Dispositif local d’accompagnement (DLA) de l’Essonne',
    type: 'dla',
    departementCode: '91',
    assets: ['skills'],
    description: 'Ses accompagnements ont aidé Hercule Insertion à lancer de nouvelles activités et à mieux communiquer.',
    provenance: provenanceNoPlace,
  },
  {
    id: 'pt-piscine-d-en-face',
    name: 'La Piscine d’en face',
    type: 'tiers-lieu',
    ...locatedIn('sainteGenevieve'),
    assets: ['terrain', 'network'],
    description: 'Tiers-lieu culturel de Sainte-Geneviève-des-Bois où Hercule Insertion s’est installée.',
    provenance,
  },
];

const link = (
  actorId: string,
  partnerId: string,
  roles: Partnership['roles'],
  assets: Partnership['assets'],
  note: string,
  since?: number,
): Partnership => ({ actorId, partnerId, roles, assets, note, ...(since !== undefined ? { since } : {}) });

export const caseStudyPartnerships: readonly Partnership[] = [
  link('cs-loco-motives', 'pt-pnr-grands-causses', ['design', 'resource'], ['skills', 'finance', 'network'], 'Projet alimentaire territorial, achats de prestations de traiteur, appui sur la logistique.'),
  link('cs-loco-motives', 'pt-adefpat', ['resource'], ['skills'], 'Accompagnement au changement d’échelle.'),
  link('cs-ambiance-bois', 'pt-region-nouvelle-aquitaine', ['resource'], ['finance'], 'Subventions d’investissement (broyeur, scierie).', 2013),
  link('cs-ambiance-bois', 'pt-cc-creuse-grand-sud', ['legitimacy'], ['legitimacy'], 'Marketing territorial et accueil de nouveaux habitants.'),
  link('cs-ambiance-bois', 'pt-commune-23077', ['design', 'resource'], ['finance', 'legitimacy'], 'Projet de broyeur concerté ; achat de plaquettes pour la chaufferie.'),
  link('cs-ambiance-bois', 'pt-pnr-millevaches', ['legitimacy'], ['finance', 'legitimacy'], 'Aide au catalogue.'),
  link('cs-ambiance-bois', 'pt-la-solidaire-montagne-limousine', ['resource'], ['finance', 'network'], 'Finance solidaire locale du plateau.'),
  link('cs-8-fablab-drome', 'pt-region-auvergne-rhone-alpes', ['resource'], ['finance'], 'Subvention d’exploitation.'),
  link('cs-8-fablab-drome', 'pt-departement-drome', ['resource'], ['finance', 'legitimacy'], 'Appel à projets tiers-lieux innovants ; marché à bons de commande.'),
  link('cs-8-fablab-drome', 'pt-direccte-auvergne-rhone-alpes', ['resource'], ['finance'], 'Appel à projets fab-labs.'),
  link('cs-8-fablab-drome', 'pt-cc-val-de-drome', ['resource'], ['finance'], 'Prestations pour le plan climat.'),
  link('cs-8-fablab-drome', 'pt-moulin-digital', ['resource'], ['skills'], 'Animateur mis à disposition à titre gratuit.'),
  link('cs-bell-occas', 'pt-etat-ardennes', ['resource', 'legitimacy'], ['finance', 'legitimacy'], 'Conventionnement ACI et aide aux postes.'),
  link('cs-bell-occas', 'pt-departement-ardennes', ['resource'], ['finance'], 'Complément RSA, fonds départemental d’insertion, avances sur le FSE.'),
  link('cs-bell-occas', 'pt-commune-08037', ['legitimacy', 'resource'], ['finance', 'legitimacy'], 'Achat de matériel pour un projet commun.'),
  link('cs-bell-occas', 'pt-cc-ardennes-thierache', ['legitimacy'], ['legitimacy'], 'Partenariat de proximité.'),
  link('cs-bell-occas', 'pt-habitat-08', ['resource'], ['finance'], 'Marché de collecte des encombrants.'),
  link('cs-bell-occas', 'pt-ges-coopelis', ['carrying', 'design'], ['network', 'skills'], 'Pôle réemploi du groupe économique solidaire.'),
  link('cs-bell-occas', 'pt-region-grand-est', ['resource'], ['finance'], 'Étude d’écologie industrielle (Climaxion).'),
  link('cs-bell-occas', 'pt-fse', ['resource'], ['finance'], 'Formation des salariés en insertion.'),
  link('cs-desbals-services', 'pt-commune-31555', ['resource', 'legitimacy'], ['finance', 'legitimacy'], 'Contrat de ville.'),
  link('cs-desbals-services', 'pt-patrimoine-sa', ['resource'], ['terrain', 'finance'], 'Prestations d’entretien, local animé par la régie.'),
  link('cs-desbals-services', 'pt-cnlrq', ['legitimacy'], ['network', 'legitimacy'], 'Label régie de quartier.'),
  link('cs-espace-culturel-chaillol', 'pt-pays-gapencais', ['resource'], ['skills', 'network'], 'Ingénierie financière, visites de financeurs.'),
  link('cs-espace-culturel-chaillol', 'pt-departement-hautes-alpes', ['resource'], ['finance'], 'Soutien culturel départemental.'),
  link('cs-amis-pierre-masgot', 'pt-departement-creuse', ['resource'], ['finance'], 'Subvention annuelle de fonctionnement (attractivité).'),
  link('cs-amis-pierre-masgot', 'pt-cc-creuse-sud-ouest', ['resource'], ['terrain', 'finance'], 'Bâtiment mis à disposition et rénové.'),
  link('cs-amis-pierre-masgot', 'pt-caf-creuse', ['resource', 'legitimacy'], ['finance', 'legitimacy'], 'Agrément espace de vie sociale.'),
  link('cs-cafe-pluche', 'pt-commune-24128', ['design', 'legitimacy'], ['terrain', 'legitimacy'], 'Grange communale ; soutien public du projet auprès des habitants.', 2014),
  link('cs-cafe-pluche', 'pt-caf-dordogne', ['resource', 'legitimacy'], ['finance', 'legitimacy'], 'Agrément espace de vie sociale.'),
  link('cs-habit-age', 'pt-commune-49218', ['resource', 'legitimacy'], ['terrain', 'legitimacy'], 'Bureau prêté au démarrage.', 2013),
  link('cs-habit-age', 'pt-region-pays-de-la-loire', ['resource'], ['finance'], 'Subvention d’investissement de départ.'),
  link('cs-centre-sante-3-cites', 'pt-commune-86194', ['resource'], ['skills'], 'Agente du CCAS mise à disposition.', 2016),
  link('cs-centre-sante-3-cites', 'pt-ars-nouvelle-aquitaine', ['resource'], ['finance', 'legitimacy'], 'Contrat local de santé.'),
  link('cs-reseau-pouce-pouce', 'pt-collectivite-martinique', ['resource'], ['finance'], 'Subvention pluriannuelle (contrat de convergence).'),
  link('cs-reseau-pouce-pouce', 'pt-etat-martinique', ['resource'], ['finance', 'skills'], 'Contrat de convergence ; conseil financier.'),
  link('cs-reseau-pouce-pouce', 'pt-gip-lamentin', ['resource'], ['finance'], 'Aide financière.'),
  link('cs-reseau-pouce-pouce', 'pt-fej', ['resource'], ['finance'], 'Lancement de la plateforme.', 2013),
  link('cs-cap-sport', 'pt-commune-14327', ['resource', 'legitimacy'], ['finance', 'terrain', 'legitimacy'], 'Subvention triennale, Ferme de Beauregard, événements.'),
  link('cs-hercule-insertion', 'pt-departement-essonne', ['resource'], ['finance'], 'Marché réservé aux structures d’insertion.'),
  link('cs-hercule-insertion', 'pt-dla-essonne', ['resource'], ['skills'], 'Accompagnements DLA.'),
  link('cs-hercule-insertion', 'pt-piscine-d-en-face', ['resource'], ['terrain', 'network'], 'Installation au tiers-lieu.'),
];

const qpv: ZoneMembership = { zoning: 'qpv', source: 'declared' };
const zrr: ZoneMembership = { zoning: 'zrr', source: 'declared' };
const montagne: ZoneMembership = { zoning: 'montagne', source: 'declared' };

/**
 * Zones of the dataset's communes, as declared facts (a commune "in QPV" has at least one priority
 * quarter). DROM comes from the code itself (zonesOfCommune). Replace with the official lists.
 */
export const caseStudyCommuneZones: CommuneZoneTable = {
  [places.fauxLaMontagne.communeCode]: [zrr, montagne],
  [places.auvillers.communeCode]: [zrr],
  [places.toulouse.communeCode]: [qpv],
  [places.saintMichelDeChaillol.communeCode]: [montagne],
  [places.riviereDrugeon.communeCode]: [montagne],
  [places.franseches.communeCode]: [zrr],
  [places.comberanche.communeCode]: [zrr],
  [places.saintDenisReunion.communeCode]: [qpv],
  [places.poitiers.communeCode]: [qpv],
  [places.leLamentin.communeCode]: [qpv],
  [places.herouville.communeCode]: [qpv],
};

export interface DefaultDataset {
  actors: readonly ActorInput[];
  partnerships: readonly Partnership[];
  communeZones: CommuneZoneTable;
}

/** The embedded default data: the sixteen case studies and their named partners, linked. */
export const defaultDataset: DefaultDataset = {
  actors: [...caseStudies, ...caseStudyPartners],
  partnerships: caseStudyPartnerships,
  communeZones: caseStudyCommuneZones,
};
