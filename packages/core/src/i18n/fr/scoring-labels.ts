// French messages: the scoring model's names — criteria, groups, bands, answer choices, units — that
// the score summary shows. The questions, answer anchors, evidence and help of each criterion, the
// indicators and the explanations are in scoring-questions.ts; scoring.ts joins both. The English
// file (../en/scoring-labels.ts) has the same shape, checked by the type. Every sentence here is ours.
export const scoringLabelsFr = {
  modelName: 'Pérennité organisationnelle',
  modelDescription:
    "Capacité d'un projet de l'ESS à traverser les chocs internes et externes sans perdre son identité. Une condition d'ensemble, l'adéquation aux besoins du territoire, puis dix-sept critères répartis en trois familles.",
  answers: {
    unknown: 'Je ne sais pas',
    'not-applicable': 'Sans objet',
    levels: ['0 — absent', '1 — faible', '2 — partiel', '3 — solide', '4 — exemplaire'],
    unknownHelp: "Une réponse « je ne sais pas » ou « sans objet » n'est pas comptée comme zéro : le critère sort du calcul et la complétude baisse.",
  },
  sources: {
    answer: 'Votre réponse',
    suggested: 'Suggérée à partir des chiffres',
    none: 'Sans réponse',
  },
  groups: {
    economics: {
      label: 'Coûts et revenus',
      description: "La solidité du modèle économique : d'où vient l'argent, comment il est géré, ce qu'il permet d'investir.",
    },
    team: {
      label: 'Équipe',
      description: "Les personnes qui portent le projet : leur lien à la mission, leur esprit d'initiative, leurs compétences et leur capacité à entraîner d'autres.",
    },
    ecosystem: {
      label: 'Partenaires et écosystème',
      description: 'Les appuis autour de la structure : partenaires de terrain, médias, habitants, réseaux, climat local et pouvoirs publics.',
    },
  },
  needsFitNote:
    "L'adéquation aux besoins est la condition de tout le reste : elle compte comme un critère pondéré, et une réponse 0 ou 1 plafonne le score global (35 ou 60 sur 100).",
  criteria: {
    'needs-fit': { label: 'Adéquation aux besoins du territoire' },
    'financial-autonomy': { label: 'Autonomie financière' },
    'subsidy-access': { label: 'Accès aux subventions' },
    'financial-management': { label: 'Gestion financière' },
    'market-hybridisation': { label: 'Hybridation par des ressources marchandes' },
    'investment-capacity': { label: "Capacité d'investissement" },
    spreading: { label: 'Capacité à essaimer' },
    'activity-diversification': { label: 'Diversification des activités' },
    'mission-fit': { label: 'Adéquation entre la mission sociale et les porteurs' },
    'entrepreneurial-personality': { label: 'Personnalité entrepreneuriale des porteurs' },
    'skills-growth': { label: "Montée en compétence de l'équipe" },
    'stakeholder-mobilisation': { label: 'Capacité de mobilisation des parties prenantes' },
    'operational-partners': { label: 'Partenaires opérationnels' },
    'local-media': { label: 'Médias locaux' },
    inhabitants: { label: 'Rôle des habitants' },
    networks: { label: 'Rôle des réseaux' },
    'territory-sensitivity': { label: "Sensibilité du territoire à l'ESS" },
    'public-authorities': { label: 'Rôle de la puissance publique' },
  },
  bands: {
    fragile: {
      label: 'Fragile',
      description: "La pérennité est menacée : plusieurs critères essentiels sont faibles ou l'activité ne répond pas assez aux besoins. Un appui rapide est utile.",
    },
    'to-consolidate': {
      label: 'À consolider',
      description: "Le projet tient mais reste exposé : des points faibles identifiés peuvent être renforcés par des leviers ciblés.",
    },
    solid: {
      label: 'Solide',
      description: 'Les conditions de durée sont largement réunies ; il reste à les entretenir et à surveiller les points encore faibles.',
    },
  },
  units: { eur: '€', days: 'jours', ratio: '%', index: 'indice' },
};
export type ScoringLabels = typeof scoringLabelsFr;
