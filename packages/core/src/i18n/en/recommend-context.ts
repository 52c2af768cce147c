// English messages: the part of `recommend` the questionnaire shows before any recommendation
// (typed by the French file).
import type { RecommendContextMessages } from '../fr/recommend-context.js';

/** The labels the questionnaire shows before any recommendation (who is asking, funding sources):
 * a separate object so a widget can bundle them without the rest of the recommendation text. */
export const recommendContextEn: RecommendContextMessages = {
  decisionMakers: {
    commune: 'Commune',
    epci: 'Grouping of communes (EPCI)',
    departement: 'Département',
    region: 'Region',
    'service-etat': 'State service',
    caf: 'Family allowance fund (CAF)',
    'bailleur-social': 'Social landlord',
    'collectivite-unique': 'Single territorial authority (Guyane, Martinique, Corsica)',
  },
  requests: {
    operating: 'Money to operate',
    investment: 'An investment',
    premises: 'Premises',
    purchase: 'A purchase (becoming a client)',
    label: 'An approval or a label',
    advice: 'Advice, support',
    visibility: 'Visibility',
    'cash-flow': 'A cash-flow problem',
    project: 'A specific project',
    cooperation: 'Cooperating with other actors',
    staff: 'Staff',
    equipment: 'Equipment',
  },
  fundingSources: {
    fse: 'European Social Fund (ESF)',
    feder: 'ERDF',
    leader: 'LEADER programme',
    state: 'State',
    region: 'Region',
    departement: 'Département',
    epci: 'Grouping of communes',
    commune: 'Commune',
    caf: 'CAF',
    foundation: 'Foundations and sponsors',
    'france-active': 'France Active',
    bpifrance: 'Bpifrance',
    crowdfunding: 'Crowdfunding',
    sales: 'Sales',
    eu: 'EU funds',
  },
};
