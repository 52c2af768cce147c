// English messages: scoring labels. Same shape as the French file (../fr/scoring-labels.ts), checked by the type.
import type { ScoringLabels } from '../fr/scoring-labels.js';

export const scoringLabelsEn: ScoringLabels = {
  modelName: 'Organisational pérennité',
  modelDescription:
    "How well an ESS project can go through internal and external shocks without losing its identity. One overarching condition, the fit with the territory's needs, then seventeen criteria in three groups.",
  answers: {
    unknown: "I don't know",
    'not-applicable': 'Not applicable',
    levels: ['0 — absent', '1 — weak', '2 — partial', '3 — solid', '4 — exemplary'],
    unknownHelp: "An \"I don't know\" or \"not applicable\" answer does not count as zero: the criterion leaves the calculation and completeness drops.",
  },
  sources: {
    answer: 'Your answer',
    suggested: 'Suggested from the figures',
    none: 'No answer',
  },
  groups: {
    economics: {
      label: 'Costs and revenues',
      description: 'How sound the economic model is: where the money comes from, how it is managed, what it allows to invest.',
    },
    team: {
      label: 'Team',
      description: 'The people behind the project: their bond with the mission, their drive, their skills and their ability to bring others along.',
    },
    ecosystem: {
      label: 'Partners and ecosystem',
      description: 'The support around the organisation: field partners, media, inhabitants, networks, the local climate and public authorities.',
    },
  },
  needsFitNote:
    'The fit with local needs conditions everything else: it counts as a weighted criterion, and an answer of 0 or 1 caps the overall score (35 or 60 out of 100).',
  criteria: {
    'needs-fit': { label: "Fit with the territory's needs" },
    'financial-autonomy': { label: 'Financial autonomy' },
    'subsidy-access': { label: 'Access to subsidies' },
    'financial-management': { label: 'Financial management' },
    'market-hybridisation': { label: 'Hybridisation with market resources' },
    'investment-capacity': { label: 'Investment capacity' },
    spreading: { label: 'Ability to spread' },
    'activity-diversification': { label: 'Diversification of activities' },
    'mission-fit': { label: 'Fit between the social mission and the founders' },
    'entrepreneurial-personality': { label: 'Entrepreneurial personality of the founders' },
    'skills-growth': { label: 'Team skills growth' },
    'stakeholder-mobilisation': { label: 'Ability to mobilise stakeholders' },
    'operational-partners': { label: 'Operational partners' },
    'local-media': { label: 'Local media' },
    inhabitants: { label: 'Role of inhabitants' },
    networks: { label: 'Role of networks' },
    'territory-sensitivity': { label: "The territory's sensitivity to the ESS" },
    'public-authorities': { label: 'Role of public authorities' },
  },
  bands: {
    fragile: {
      label: 'Fragile',
      description: 'Pérennité is under threat: several essential criteria are weak or the activity does not meet needs well enough. Quick support is useful.',
    },
    'to-consolidate': {
      label: 'To consolidate',
      description: 'The project holds but remains exposed: identified weak points can be strengthened with targeted levers.',
    },
    solid: {
      label: 'Solid',
      description: 'The conditions for lasting are largely met; they need upkeep, and the remaining weak points need watching.',
    },
  },
  units: { eur: '€', days: 'days', ratio: '%', index: 'index' },
};
