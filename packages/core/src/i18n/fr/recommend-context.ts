// French messages: the part of `recommend` the questionnaire shows before any recommendation. Its
// own module so a bundle can carry it without the rest of recommend.ts (bundlers split by module).
/** The labels the questionnaire shows before any recommendation (who is asking, funding sources):
 * a separate object so a widget can bundle them without the rest of the recommendation text. */
export const recommendContextFr = {
  decisionMakers: {
    commune: 'Commune',
    epci: 'Intercommunalité (EPCI)',
    departement: 'Département',
    region: 'Région',
    'service-etat': 'Service de l’État',
    caf: 'Caisse d’allocations familiales',
    'bailleur-social': 'Bailleur social',
    'collectivite-unique': 'Collectivité unique (Guyane, Martinique, Corse)',
  },
  /** What the decision-maker is asked for (the ranking starts from it). */
  requests: {
    operating: 'De l’argent pour fonctionner',
    investment: 'Un investissement',
    premises: 'Des locaux',
    purchase: 'Devenir client (un achat)',
    label: 'Un agrément ou un label',
    advice: 'Des conseils, un accompagnement',
    visibility: 'De la visibilité',
    'cash-flow': 'Un problème de trésorerie',
    project: 'Un projet précis',
    cooperation: 'Coopérer avec d’autres acteurs',
    staff: 'Du personnel',
    equipment: 'Du matériel',
  },
  fundingSources: {
    fse: 'Fonds social européen (FSE)',
    feder: 'FEDER',
    leader: 'Programme LEADER',
    state: 'État',
    region: 'Région',
    departement: 'Département',
    epci: 'Intercommunalité',
    commune: 'Commune',
    caf: 'CAF',
    foundation: 'Fondations et mécènes',
    'france-active': 'France Active',
    bpifrance: 'Bpifrance',
    crowdfunding: 'Financement participatif',
    sales: 'Ventes',
    eu: 'Fonds européens',
  },
};
export type RecommendContextMessages = typeof recommendContextFr;
