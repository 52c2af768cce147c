// French messages: the questionnaire of the scoring model — for each criterion its question, the
// meaning of each answer 0–4 (anchors), the evidence to look at and help — plus the financial
// indicators, the figure-based suggestion, the weight-profile explanations, the trace of the
// calculation and the errors of parseWeightProfile. Criteria grid after the ANCT study (2021) on the
// pérennisation of ESS enterprises in fragile territories; every sentence here is written for Terreau.
// Labels are in scoring-labels.ts; scoring.ts joins both. The English file has the same shape.
export const scoringQuestionsFr = {
  criteria: {
    'needs-fit': {
      question: "L'activité répond-elle à un besoin réel, reconnu et persistant des habitants du territoire ?",
      anchors: [
        "Aucun besoin local n'est établi : l'activité a été conçue sans lien avec les attentes du territoire.",
        'Un besoin est supposé mais peu vérifié ; la fréquentation ou la demande restent faibles.',
        "Le besoin est réel pour une partie du public ; l'offre s'y adapte encore par essais.",
        "Le besoin est documenté (diagnostic, demandes régulières) et l'activité y répond de façon reconnue.",
        "Le projet est devenu une réponse de référence ; il ajuste en continu son offre avec les habitants et les acteurs locaux.",
      ],
      evidence: {
        'territorial-diagnosis': 'Un diagnostic de territoire ou une étude de besoins, partagés avec la collectivité',
        'user-demand': 'Listes d\'attente, demandes répétées, fréquentation suivie dans le temps',
        'beneficiary-feedback': 'Retours des bénéficiaires, présence d\'habitants dans la gouvernance',
      },
      help: "Dans un territoire fragile, la réponse prend souvent une forme adaptée (itinérance, horaires, tarifs). C'est la condition première : une activité dont personne n'a besoin ne devient pas durable grâce à de bons comptes.",
    },
    'financial-autonomy': {
      question: 'La structure peut-elle continuer si un financeur se retire ou tarde à payer ?',
      anchors: [
        "La structure dépend presque entièrement d'un seul financeur ; son retrait arrêterait l'activité.",
        "Plus des deux tiers des ressources viennent de subventions, concentrées sur un ou deux financeurs ; les fonds propres sont faibles ou négatifs.",
        'Les subventions pèsent autour de la moitié des ressources ; la perte du principal financeur obligerait à réduire fortement l\'activité.',
        'Les ressources sont réparties entre plusieurs sources ; des réserves couvrent un choc de quelques mois.',
        "Aucune source ne dépasse une part modeste des ressources et les fonds propres permettent d'absorber la perte de n'importe laquelle.",
      ],
      evidence: {
        'annual-accounts': 'Comptes annuels : répartition des produits par origine, fonds propres',
        'funding-plan': 'Plan de financement pluriannuel et échéances des conventions',
      },
      help: "Dans les territoires fragiles, beaucoup de structures ne peuvent pas être entièrement autonomes : l'enjeu est de ne dépendre d'aucune source au point qu'un retrait suffise à tout arrêter. Les banquiers surveillent la part des financements publics au-delà de 50 %.",
    },
    'subsidy-access': {
      question: 'La structure sait-elle obtenir et renouveler des financements publics et privés adaptés ?',
      anchors: [
        "Aucune subvention obtenue, ou faute de savoir-faire, les dossiers n'aboutissent pas.",
        'Des aides ponctuelles, obtenues au coup par coup sur appels à projets, sans visibilité au-delà de l\'année.',
        'Quelques financeurs réguliers, mais des conventions annuelles à renégocier chaque fois.',
        'Plusieurs financeurs, dont au moins une convention pluriannuelle ou un agrément qui ouvre des financements.',
        'Un tour de table stable et diversifié (collectivités, État, CAF, fonds européens, fondations) avec des conventions pluriannuelles.',
      ],
      evidence: {
        'multi-year-agreements': 'Conventions pluriannuelles d\'objectifs en cours',
        'funder-list': 'Liste des financeurs des trois derniers exercices',
        approvals: 'Agréments ou conventionnements (IAE, EVS, ESUS, scène conventionnée…)',
      },
      help: "Les financements pluriannuels permettent de se projeter au lieu de répondre chaque année à des appels à projets. Un agrément peut ouvrir des aides régulières (aide au poste en insertion, agrément EVS de la CAF).",
    },
    'financial-management': {
      question: 'La trésorerie et le budget sont-ils suivis et maîtrisés ?',
      anchors: [
        'Pas de budget ni de suivi de trésorerie ; des incidents de paiement sont déjà arrivés.',
        'Un budget existe mais la trésorerie est tendue en permanence ; les retards de versement (fonds européens, État) mettent la structure en difficulté.',
        "Budget et trésorerie suivis, mais le fonds de roulement couvre moins d'un à deux mois de dépenses.",
        'Un plan de trésorerie anticipe les décalages de versement ; le fonds de roulement couvre environ trois mois.',
        "Suivi mensuel, tableaux de bord partagés avec la gouvernance, réserves suffisantes pour avancer les financements attendus.",
      ],
      evidence: {
        'cash-plan': 'Plan de trésorerie sur douze mois',
        'budget-monitoring': 'Suivi budgétaire présenté au conseil d\'administration ou à l\'assemblée',
        'accounting-support': 'Expert-comptable, commissaire aux comptes ou appui d\'un dispositif d\'accompagnement',
      },
      help: "Le fonds de roulement et la trésorerie disponible sont vitaux : les fonds européens sont parfois versés environ deux ans après l'action, et peu de structures ont la trésorerie pour avancer ces sommes.",
    },
    'market-hybridisation': {
      question: 'Une partie des ressources vient-elle de la vente de biens ou de services ?',
      anchors: [
        'Aucune recette propre : la structure ne vend rien.',
        'Quelques recettes symboliques (participations, petites ventes), moins d\'un dixième des ressources.',
        'Les ventes ou prestations apportent une part réelle mais minoritaire des ressources.',
        'Les recettes marchandes pèsent autour de la moitié des ressources, auprès de clients publics et privés.',
        'Les recettes marchandes sont majoritaires et variées, sans trahir la mission sociale (tarifs adaptés aux publics fragiles).',
      ],
      evidence: {
        'price-list': 'Grille tarifaire, offre de prestations',
        'customer-base': 'Clients et acheteurs publics ou privés des deux dernières années',
      },
      help: "L'hybridation combine ressources marchandes, publiques et privées. Elle n'est possible que dans les secteurs où de nouveaux clients ou de nouvelles offres existent ; la note mesure ce qui est réalisé, pas un idéal.",
    },
    'investment-capacity': {
      question: 'La structure peut-elle financer ses équipements et ses projets de développement ?',
      anchors: [
        "Aucune capacité : l'exercice dégage des pertes et aucun financeur d'investissement n'est mobilisable.",
        "Les investissements indispensables sont reportés faute d'autofinancement ou de prêt accessible.",
        "De petits investissements sont possibles, grâce à une subvention d'équipement ou à un excédent ponctuel.",
        "L'autofinancement et l'accès à des prêts ou garanties (France Active, banques) permettent d'investir selon un plan.",
        "La structure finance ses investissements par un plan pluriannuel combinant autofinancement, prêts, subventions d'investissement et éventuellement entrée au capital de partenaires.",
      ],
      evidence: {
        'investment-plan': "Plan d'investissement et son plan de financement",
        'loans-or-guarantees': 'Prêts, prêts participatifs ou garanties obtenus',
      },
      help: "Une subvention d'investissement marque la confiance des financeurs et entraîne souvent d'autres partenaires. Pour une SCIC, des collectivités peuvent entrer au capital (dans la limite de 50 % pour l'ensemble des acteurs publics).",
    },
    spreading: {
      question: "Le projet peut-il être reproduit ou étendu ailleurs, par la structure ou par d'autres ?",
      anchors: [
        'Le projet repose entièrement sur un lieu ou une personne ; rien ne permet de le reproduire.',
        "L'envie d'essaimer existe mais la méthode n'est pas formalisée.",
        'La démarche est en partie décrite ; des contacts existent avec d\'autres territoires.',
        "Une méthode est documentée et une antenne ou un projet frère a vu le jour.",
        'Le modèle a été reproduit avec succès à plusieurs endroits, avec un appui ou un réseau qui le transmet.',
      ],
      evidence: {
        replication: 'Antennes, projets inspirés, demandes d\'autres territoires',
        'documented-method': 'Guide, formation ou outils transmis à d\'autres porteurs',
      },
      help: "Essaimer consolide la structure d'origine (reconnaissance, mutualisation) mais peut aussi la disperser : répondez pour ce qui est en place, pas pour les intentions.",
    },
    'activity-diversification': {
      question: 'La structure mène-t-elle plusieurs activités complémentaires qui équilibrent son modèle ?',
      anchors: [
        "Une seule activité, qui ne peut pas s'équilibrer seule.",
        'Une activité principale et quelques actions annexes qui rapportent peu.',
        "Deux ou trois activités, dont certaines à lucrativité limitée compensent en partie les activités gratuites.",
        "Des activités complémentaires, à destination de publics différents, équilibrent le budget d'ensemble.",
        "Un portefeuille d'activités pensé pour que la baisse de l'une soit compensée par les autres, sans perdre la cohérence de la mission.",
      ],
      evidence: {
        'activity-list': 'Liste des activités et de leurs publics',
        'revenue-by-activity': 'Produits et charges par activité (comptabilité analytique)',
      },
      help: "Dans les territoires au tissu économique diffus, la diversification est une nécessité pour la plupart des structures : les activités à lucrativité limitée financent celles qui restent gratuites ou presque.",
    },
    'mission-fit': {
      question: 'Les personnes qui portent le projet incarnent-elles sa mission sociale et y restent-elles attachées ?',
      anchors: [
        'Les porteurs sont éloignés de la mission ou en désaccord sur le sens du projet.',
        "La mission repose sur une personne fondatrice ; l'équipe ne la partage que partiellement.",
        "L'équipe partage la mission, mais la gouvernance ne la fait pas vivre au-delà du quotidien.",
        "La mission est partagée par l'équipe et les instances, et guide les choix difficiles.",
        'La mission est portée collectivement, transmise aux nouveaux venus et survivrait au départ des fondateurs.',
      ],
      evidence: {
        'founders-story': "Parcours des porteurs et lien personnel avec la cause ou le territoire",
        governance: 'Statuts, projet associatif ou coopératif, renouvellement des instances',
      },
      help: "La pérennité organisationnelle consiste à durer en gardant son identité : un projet qui change de mission pour survivre n'est plus le même projet.",
    },
    'entrepreneurial-personality': {
      question: "Les porteurs prennent-ils des initiatives, savent-ils saisir des opportunités et rebondir après un échec ?",
      anchors: [
        'Le projet subit les événements ; personne ne prend les décisions nécessaires.',
        'Les porteurs gèrent le quotidien mais hésitent à prendre des risques mesurés.',
        'Quelques initiatives réussies, souvent au prix de l\'épuisement des porteurs.',
        'Les porteurs repèrent les opportunités, négocient avec les partenaires et savent adapter le projet.',
        "Une culture d'initiative partagée par l'équipe, qui a déjà su transformer des crises en nouveaux développements.",
      ],
      evidence: {
        'track-record': 'Crises passées et manière dont elles ont été surmontées',
        initiatives: 'Nouvelles activités, partenariats ou financements obtenus à l\'initiative de l\'équipe',
      },
      help: "Il ne s'agit pas d'un trait de caractère isolé : la capacité d'entreprendre peut être collective, et un projet trop dépendant d'une seule personne reste fragile.",
    },
    'skills-growth': {
      question: "L'équipe, salariée et bénévole, développe-t-elle les compétences dont le projet a besoin ?",
      anchors: [
        "Des compétences clés manquent (gestion, commercial, encadrement) et rien n'est prévu pour les acquérir.",
        'Les manques sont connus mais les formations restent ponctuelles et subies.',
        'Quelques formations et un accompagnement extérieur ont renforcé une partie de l\'équipe.',
        "Un plan de formation existe ; l'équipe a bénéficié d'un accompagnement (DLA, incubateur, réseau) et se professionnalise.",
        "Les compétences se transmettent en interne, les postes clés sont doublés et l'équipe forme à son tour d'autres structures.",
      ],
      evidence: {
        'training-plan': 'Plan de développement des compétences, formations suivies',
        'support-received': 'Accompagnements reçus : DLA, incubateur, réseau, parrainage',
      },
      help: "Les réseaux d'entrepreneurs et les dispositifs d'accompagnement comme le DLA aident à faire monter l'équipe en compétences, salariés comme bénévoles.",
    },
    'stakeholder-mobilisation': {
      question: 'La structure sait-elle mobiliser bénévoles, usagers, partenaires et élus autour du projet ?',
      anchors: [
        "Le projet est porté par une équipe isolée ; personne d'autre ne s'implique.",
        'Quelques soutiens ponctuels, difficiles à mobiliser dans la durée.',
        'Un noyau de bénévoles et de partenaires fidèles, mais peu présent dans les décisions.',
        'Bénévoles, usagers et partenaires participent à la vie et aux instances de la structure.',
        'Une gouvernance ouverte à plusieurs collèges (usagers, salariés, collectivités, entreprises), capable de se mobiliser vite en cas de coup dur.',
      ],
      evidence: {
        volunteers: 'Nombre de bénévoles actifs et heures données',
        'governance-members': 'Composition des instances, collèges de sociétaires d\'une SCIC',
      },
      help: "Réunir plusieurs parties prenantes dans la gouvernance, comme le permet une SCIC, rapproche le projet des attentes locales et partage la responsabilité de sa survie.",
    },
    'operational-partners': {
      question: 'Des partenaires de terrain travaillent-ils concrètement avec la structure ?',
      anchors: [
        'Aucun partenaire opérationnel : la structure agit seule.',
        'Des contacts informels, sans engagement réciproque.',
        'Quelques partenariats ponctuels sur des actions précises.',
        'Des partenariats réguliers et formalisés (conventions, prescripteurs, clients ou fournisseurs locaux).',
        'Des partenariats co-construits et intégrés (mutualisation de moyens, groupement, projet commun) qui sécurisent l\'activité.',
      ],
      evidence: {
        'partnership-agreements': 'Conventions de partenariat, chartes, contrats',
        'pooled-resources': 'Moyens mutualisés : locaux, salariés, matériel, achats',
      },
      help: "Les coopérations les plus intégrées, construites en partenariat plutôt qu'au coup par coup, sont celles qui sécurisent le mieux la pérennité.",
    },
    'local-media': {
      question: 'Le projet est-il connu grâce aux médias locaux et à ses propres canaux ?',
      anchors: [
        'Le projet est inconnu du public local.',
        'Quelques articles ponctuels, sans communication propre.',
        "Une présence régulière dans la presse locale ou sur les réseaux sociaux, encore peu suivie d'effets.",
        'Une communication suivie (presse, radio locale, bulletin municipal, réseaux) qui attire de nouveaux publics.',
        "Le projet est un repère local, relayé spontanément par les médias et par la communication des collectivités.",
      ],
      evidence: {
        'press-coverage': 'Revue de presse, passages en radio ou télévision locales',
        'own-channels': 'Site, lettre d\'information, réseaux sociaux et leur audience',
      },
      help: "Faire connaître l'offre compte d'autant plus que le territoire souffre de contraintes de mobilité (outre-mer, rural, montagne) ou que des publics craignent d'être stigmatisés.",
    },
    inhabitants: {
      question: 'Les habitants utilisent-ils, soutiennent-ils et font-ils vivre le projet ?',
      anchors: [
        'Les habitants ignorent le projet ou s\'en méfient.',
        "Une partie des habitants l'utilise sans s'y impliquer ; l'activité est jugée atypique.",
        'Les habitants utilisent le projet et quelques-uns y participent bénévolement.',
        'Les habitants participent aux décisions et au fonctionnement ; le projet fait partie de la vie locale.',
        "Les habitants portent le projet : ils l'ont défendu, financé (épargne, financement participatif) ou repris à leur compte.",
      ],
      evidence: {
        participation: 'Participation des habitants aux instances, aux chantiers, aux événements',
        'local-volunteers': 'Bénévoles résidant sur le territoire',
      },
      help: "Une activité jugée inhabituelle peut être boudée sans un travail de pédagogie ; à l'inverse, des habitants impliqués sont les meilleurs garants de la durée.",
    },
    networks: {
      question: 'La structure appartient-elle à des réseaux qui lui apportent ressources, conseils et mutualisation ?',
      anchors: [
        'Aucune appartenance à un réseau.',
        "Une adhésion formelle à un réseau, sans en tirer d'appui concret.",
        'Des échanges de pratiques et des conseils réguliers avec un ou deux réseaux.',
        "Des réseaux (fédération, CRESS, réseau local) apportent formation, mises en relation et ressources.",
        'La structure est active dans un groupement ou un pôle de coopération (PTCE, GES) qui mutualise salariés, moyens ou marchés.',
      ],
      evidence: {
        memberships: 'Adhésions à des fédérations, têtes de réseau, clubs d\'entrepreneurs',
        pooling: 'Ressources partagées via un réseau ou un groupement',
      },
      help: "La mutualisation entre structures de l'ESS est une clé de réussite en territoire fragile : elle sécurise aussi les financeurs.",
    },
    'territory-sensitivity': {
      question: "Le territoire connaît-il et valorise-t-il l'économie sociale et solidaire ?",
      anchors: [
        "L'ESS est inconnue ou perçue avec méfiance localement.",
        "Quelques acteurs connaissent l'ESS, sans politique ni événement dédiés.",
        "Des initiatives de l'ESS existent et sont connues, mais restent dispersées.",
        "Le territoire valorise l'ESS : événements (Mois de l'ESS), lieux ressources, élu ou service identifié.",
        "L'ESS est une marque du territoire : politique dédiée, instance de co-construction, charte, tiers-lieux ou maison de l'ESS.",
      ],
      evidence: {
        'local-ess-policy': "Délégation d'élu, service ou politique dédiés à l'ESS",
        'ess-events': "Événements, forums ou lieux de l'ESS sur le territoire",
      },
      help: "Ce critère décrit le territoire plus que la structure : il dit si le climat local facilite l'implantation durable d'un projet de l'ESS.",
    },
    'public-authorities': {
      question: 'Les collectivités et services de l\'État soutiennent-ils le projet dans la durée ?',
      anchors: [
        'Aucun lien avec les pouvoirs publics, ou des relations conflictuelles.',
        'Des soutiens ponctuels, sans relation suivie.',
        "Une collectivité soutient le projet régulièrement, mais au titre d'un seul dispositif.",
        "Plusieurs acteurs publics soutiennent le projet (financement, locaux, achats, communication) et le considèrent comme associé à leur politique.",
        "L'action publique est co-construite avec la structure : partenariat pluriannuel, présence dans la gouvernance, combinaison de plusieurs leviers.",
      ],
      evidence: {
        'public-support': 'Subventions, locaux, personnel mis à disposition, marchés publics',
        'co-construction': 'Instances communes, conventions pluriannuelles, entrée au capital',
      },
      help: "Commune, intercommunalité, département, région, État et CAF disposent de leviers différents selon leurs compétences ; les partenariats co-construits sont ceux qui durent.",
    },
  },
  indicators: {
    'working-capital': { label: 'Fonds de roulement', help: 'Capitaux permanents (fonds propres et dettes à plus d\'un an) moins immobilisations nettes.' },
    'working-capital-days': { label: 'Fonds de roulement en jours de dépenses', help: 'Fonds de roulement rapporté aux dépenses décaissées de l\'année (hors amortissements), multiplié par 365.' },
    'working-capital-need': { label: 'Besoin en fonds de roulement', help: 'Stocks et créances (dont subventions à recevoir) moins dettes à court terme.' },
    'net-cash': { label: 'Trésorerie nette', help: 'Fonds de roulement moins besoin en fonds de roulement.' },
    'net-cash-days': { label: 'Trésorerie nette en jours de dépenses', help: 'Trésorerie nette rapportée aux dépenses décaissées de l\'année, multipliée par 365.' },
    'self-financing-capacity': { label: "Capacité d'autofinancement", help: 'Résultat de l\'exercice plus amortissements et provisions.' },
    'self-financing-ratio': { label: "Capacité d'autofinancement rapportée aux ressources", help: "Capacité d'autofinancement divisée par le total des ressources." },
    'subsidy-dependence': { label: 'Dépendance aux subventions', help: 'Subventions publiques divisées par le total des ressources ; au-delà de 50 %, les banques y regardent de près.' },
    'largest-funder-share': { label: 'Part du premier financeur', help: 'Montant versé par le principal financeur (public ou privé), divisé par le total des ressources.' },
    'funder-herfindahl': { label: 'Concentration des financeurs', help: 'Indice de Herfindahl : somme des carrés des parts de chaque financeur ; 1 pour un financeur unique, 0,25 pour quatre financeurs égaux.' },
    'market-revenue-share': { label: 'Part des ressources marchandes', help: 'Ventes de biens et de services, à des clients privés ou publics, divisées par le total des ressources.' },
    'equity-ratio': { label: 'Fonds propres rapportés aux ressources', help: 'Indicateur de Tuckman et Chang : fonds propres divisés par le total des ressources.' },
    'revenue-concentration': { label: 'Concentration des ressources', help: 'Indicateur de Tuckman et Chang : somme des carrés des parts des ventes, subventions, dons et autres produits.' },
    'admin-cost-ratio': { label: 'Part des frais de structure', help: 'Indicateur de Tuckman et Chang : frais administratifs et généraux divisés par le total des charges.' },
    'operating-margin': { label: "Marge de l'exercice", help: 'Indicateur de Tuckman et Chang : (ressources − charges) divisé par les ressources.' },
    'beneficiaries-direct': { label: 'Bénéficiaires directs', help: 'Personnes qui utilisent le service ou participent aux activités.' },
    'beneficiaries-indirect': { label: 'Bénéficiaires indirects', help: 'Proches, familles, entreprises ou habitants qui profitent indirectement du projet.' },
    'survival-12-months': { label: 'Taux de survie à 12 mois', help: 'Part des activités ou structures soutenues encore actives un an après.' },
    'survival-36-months': { label: 'Taux de survie à 36 mois', help: 'Part des activités ou structures soutenues encore actives trois ans après.' },
    'resources-mobilised': { label: 'Ressources mobilisées', help: 'Financements, bénévolat valorisé et apports en nature réunis autour du projet.' },
    'local-cofinancing-share': { label: 'Part de cofinancement local', help: 'Part des ressources apportées par des acteurs du territoire (collectivités, entreprises, habitants).' },
    'partner-satisfaction': { label: 'Satisfaction des partenaires', help: 'Appréciation des partenaires, recueillie lors des bilans.' },
    'public-satisfaction': { label: 'Satisfaction du public', help: 'Appréciation des usagers et des habitants, recueillie par enquête ou lors d\'échanges.' },
    'jobs-created': { label: 'Emplois créés', help: 'Postes créés, en équivalent temps plein.' },
    'jobs-consolidated': { label: 'Emplois consolidés', help: 'Postes existants dont le financement a été sécurisé, en équivalent temps plein.' },
  },
  indicatorReasons: {
    'missing-input': 'Donnée manquante : {missing}',
    'zero-denominator': 'Non calculable : le dénominateur est nul',
    overflow: 'Non calculable : valeurs hors limites',
  },
  suggestion: {
    basis: '{indicator} = {value} : tranche {band}, réponse suggérée {answer}',
    summary: 'Réponse {answer} suggérée à partir des chiffres (moyenne des indicateurs, arrondie vers le bas). Votre propre réponse la remplace.',
  },
  adjustments: {
    'urban-qpv':
      "Quartier prioritaire : l'adhésion des habitants, la communication locale et le soutien de la politique de la ville (contrat de ville) pèsent davantage, car des publics peuvent se méfier d'une activité perçue comme stigmatisante.",
    rural:
      "Territoire rural : dans un tissu économique diffus, diversifier les activités est souvent indispensable, et les réseaux, les partenaires de terrain et la commune compensent l'isolement.",
    mountain:
      "Montagne : la saisonnalité pousse à diversifier les activités, et les distances rendent la communication et les réseaux plus décisifs.",
    drom:
      "Outre-mer : les délais de paiement des financeurs et le poids des fonds européens rendent la gestion de trésorerie et l'accès aux subventions plus décisifs ; l'éloignement renforce le rôle de la communication.",
    'theme-responsible-consumption':
      'Consommation et production responsables : ces activités vendent des biens et ont besoin d\'équipements ; les ressources marchandes, la capacité d\'investissement et les partenaires de filière comptent davantage.',
    'theme-attractiveness':
      "Attractivité : festivals, patrimoine ou tourisme vivent de leur notoriété et des politiques d'attractivité des collectivités ; médias, puissance publique et climat local pèsent davantage.",
    'theme-social-cohesion':
      'Lien social : ces projets reposent sur la participation des habitants et des bénévoles, et sur un accueil favorable à des activités parfois jugées inhabituelles.',
    'theme-inclusion':
      "Inclusion : ces activités remplissent des missions d'intérêt général financées par des agréments et des politiques publiques, et dépendent des prescripteurs qui orientent les publics.",
  },
  trace: {
    formula:
      'Score global = moyenne des scores des critères renseignés (réponse × 25), pondérée par leurs poids, puis plafonnée si l\'adéquation aux besoins vaut 0 (35) ou 1 (60).',
    steps: {
      'total-weight': 'Somme des poids du profil : {value}',
      'answered-weight': 'Somme des poids des critères renseignés : {value}',
      'weighted-sum': 'Somme des poids × scores des critères renseignés : {value}',
      'weighted-mean': 'Moyenne pondérée (somme pondérée ÷ poids renseignés) : {value}',
      'needs-fit-cap': "Plafond lié à l'adéquation aux besoins : {value}",
      overall: 'Score global (moyenne pondérée, plafonnée) : {value}',
      band: 'Niveau : {value}',
    },
    rounding: 'Les nombres sont arrondis à 9 décimales pour effacer les erreurs d\'arrondi du calcul.',
    completeness: 'Complétude : {value} % du poids total a reçu une réponse (y compris « sans objet »).',
    unanswered: 'Sans réponse : {criterion}. Selon la réponse (0 à 4), le score irait de {low} à {high}.',
    couldChangeBand: 'Y répondre pourrait changer le niveau.',
    strength: 'Point fort',
    weakness: 'Point faible',
  },
  errors: {
    'not-an-object': 'Un objet était attendu, reçu {value}.',
    'weights-missing': 'Le profil doit contenir un objet « weights » (poids par critère), reçu {value}.',
    'invalid-profile-id': "L'identifiant du profil doit être un texte de 1 à 200 caractères, reçu {value}.",
    'invalid-adjustments': 'Le champ « adjustments » doit être une liste de textes, reçu {value}.',
    'unknown-criterion': "« {key} » n'est pas un critère connu (voir la liste des identifiants de critères).",
    'weight-not-a-number': 'Le poids du critère « {criterion} » doit être un nombre, reçu {value}.',
    'weight-not-finite': 'Le poids du critère « {criterion} » doit être un nombre fini, reçu {value}.',
    'negative-weight': 'Le poids du critère « {criterion} » ne peut pas être négatif, reçu {value}.',
    'weight-too-large': 'Le poids du critère « {criterion} » dépasse le maximum ({max}), reçu {value}.',
    'no-positive-weight': 'Au moins un critère doit avoir un poids strictement positif.',
    'invalid-answer': 'La réponse au critère « {criterion} » doit être 0, 1, 2, 3, 4, « unknown » ou « not-applicable », reçu {value}.',
  },
};
export type ScoringQuestions = typeof scoringQuestionsFr;
