// French messages: recommend. The English file (../en/recommend.ts) has the same shape, checked by the type.
// Levers, actions and examples after the ANCT study (2021); every sentence is written for Terreau.
// Placeholders in reasons: {criterion} {score} {zoning} {stage} {activity} {approval} {fundingSource}
// {instrument} {decisionMaker} {parameter} {date} {value} {need}.
import { recommendContextFr } from './recommend-context.js';

export const recommendFr = {
  levers: {
    financial: {
      label: 'Partenariats financiers directs',
      summary: 'Financer l’entreprise dans le cadre de ses compétences : fonctionnement, investissement, projets, politiques sectorielles, agréments, avances de trésorerie.',
    },
    'in-kind': {
      label: 'Contributions en nature',
      summary: 'Prêter du matériel, ouvrir des locaux, mettre du personnel à disposition : une aide concrète qui ménage la trésorerie et le temps de l’équipe.',
    },
    procurement: {
      label: 'Commande publique responsable',
      summary: 'Devenir client : échanger avant d’acheter, acheter directement ou par marché réservé, ouvrir les marchés aux entreprises de l’ESS.',
    },
    support: {
      label: 'Accompagnement et ingénierie',
      summary: 'Conseiller aux moments clés, aider à boucler le budget, financer les structures d’accompagnement comme le DLA.',
    },
    promotion: {
      label: 'Promotion auprès du public',
      summary: 'Faire connaître l’offre de l’entreprise par la communication de la collectivité, le marketing territorial et le financement participatif.',
    },
    collective: {
      label: 'Dynamiques collectives',
      summary: 'Réunir les acteurs pour mutualiser des moyens et structurer des filières locales.',
    },
  },
  actions: {
    'operating-subsidy': {
      label: 'Subvention de fonctionnement',
      what: 'Une aide globale au fonctionnement, de préférence sur plusieurs années, qui associe l’entreprise à une politique publique et lui laisse planifier au lieu de courir les appels à projets.',
      steps: {
        'shared-goals': 'Écrire avec l’entreprise les objectifs d’intérêt général que la collectivité soutient.',
        'multi-year-agreement': 'Signer une convention pluriannuelle d’objectifs (trois ans par exemple) plutôt qu’une aide annuelle.',
        'payment-schedule': 'Prévoir un calendrier de versement avec une avance en début d’année pour éviter les trous de trésorerie.',
        'annual-review': 'Faire chaque année un bilan partagé sur les objectifs, sans refaire tout le dossier.',
      },
      examples: {
        'cs-amis-pierre-masgot': 'Le Département de la Creuse verse chaque année une aide au fonctionnement à l’association de Masgot au titre de sa politique d’attractivité.',
        'cs-cap-sport': 'La Ville d’Hérouville-Saint-Clair finance CAP’Sport sur trois ans dans le cadre de la politique de la ville, ce qui libère du temps pour les adhérents.',
        'cs-reseau-pouce-pouce': 'Le Réseau Pouce Pouce reçoit une aide pluriannuelle de l’État et de la collectivité de Martinique, qui lui a permis de lancer un taxi solidaire.',
        'cs-loco-motives': 'Les Loco-Motivés s’appuient sur une subvention pluriannuelle pour se projeter au-delà d’une saison.',
        'cs-8-fablab-drome': 'L’aide au fonctionnement de la Région Auvergne-Rhône-Alpes donne au fablab le temps de structurer son offre de formation.',
      },
    },
    investment: {
      label: 'Investir dans l’entreprise',
      what: 'Financer un équipement ou un bâtiment par une subvention d’investissement, ou entrer au capital d’une SCIC pour renforcer ses fonds propres et siéger dans sa gouvernance.',
      steps: {
        'investment-plan': 'Demander le plan d’investissement et le plan de financement qui l’accompagne.',
        'co-funders': 'Réunir les autres financeurs : une première aide publique en entraîne souvent d’autres.',
        'shares-or-subsidy': 'Choisir entre subvention (sans remboursement) et parts sociales de SCIC (possibles seulement pour une SCIC, dans la limite du plafond de capital public).',
        'governance-seat': 'Si la collectivité devient associée, désigner un élu ou un agent qui participera réellement aux décisions.',
      },
      examples: {
        'cs-habit-age': 'À son lancement, Habit’Âge a reçu une aide à l’investissement de la Région des Pays de la Loire qui a convaincu d’autres financeurs.',
        'cs-bell-occas': 'Le fonds départemental d’insertion des Ardennes a financé l’outil de gestion des stocks et de vente en ligne de la ressourcerie.',
        'cs-ambiance-bois': 'La Région a financé le broyeur de la coopérative, un projet discuté en amont avec deux communes, puis la reprise d’une scierie.',
        'cs-8-fablab-drome': 'La Ville de Crest et deux communautés de communes ont pris des parts dans la SCIC 8 Fablab Drôme.',
      },
    },
    'project-funding': {
      label: 'Financer un projet précis',
      what: 'Soutenir une action déterminée, par une demande directe, par un agrément qui ouvre un financement (comme l’espace de vie sociale de la CAF) ou par un appel à projets.',
      steps: {
        'project-scope': 'Délimiter le projet : objectifs, publics, budget et durée.',
        'choose-channel': 'Choisir le canal : aide directe, agrément (EVS auprès de la CAF) ou appel à projets.',
        'open-call': 'Si l’on lance un appel à projets, le laisser assez ouvert pour ne pas brider les idées des porteurs.',
        'project-report': 'Convenir d’un bilan simple en fin de projet et de la suite à lui donner.',
      },
      examples: {
        'cs-8-fablab-drome': 'Le fablab a été lauréat d’un appel à projets de l’État pour les ateliers de fabrication numérique, puis de celui du Département de la Drôme sur les tiers-lieux.',
        'cs-reseau-pouce-pouce': 'Un appel à projets du Fonds d’expérimentation pour la jeunesse a permis de lancer la plateforme de mobilité.',
        'cs-cpie-haut-doubs': 'Le CPIE monte des projets environnementaux sur mesure que des communes et intercommunalités financent.',
        'cs-amis-pierre-masgot': 'L’agrément espace de vie sociale de la CAF de la Creuse aide à pérenniser le poste d’animatrice de l’association.',
        'cs-cafe-pluche': 'Le Café Pluche est reconnu espace de vie sociale par la CAF pour ses activités d’animation.',
      },
    },
    'sector-policies': {
      label: 'Politiques économiques et sectorielles',
      what: 'Mobiliser les aides aux entreprises (la Région en est cheffe de file) ou les aides d’un secteur (culture, sport, environnement…), et orienter l’entreprise vers le bon guichet.',
      steps: {
        'map-schemes': 'Repérer les dispositifs économiques et sectoriels auxquels l’activité peut prétendre.',
        redirect: 'Présenter l’entreprise aux services compétents (Région, DRAC, DRAJES…) et appuyer son dossier.',
        'joint-file': 'Monter un dossier commun lorsque plusieurs niveaux de collectivités interviennent.',
        'align-policy': 'Inscrire l’entreprise dans un plan ou un programme de la collectivité (plan climat, projet culturel…).',
      },
      examples: {
        'cs-8-fablab-drome': 'La communauté de communes du Val de Drôme a fait appel au fablab pour prototyper une solution de covoiturage dans son plan climat.',
        'cs-espace-culturel-chaillol': 'La DRAC soutient le festival depuis longtemps en changeant d’outil au fil de ses budgets : aménagement du territoire, création, éducation artistique.',
      },
    },
    'approval-top-up': {
      label: 'Compléter les aides liées à un agrément',
      what: 'Ajouter aux aides qu’un agrément apporte déjà (insertion, par exemple) ou aider l’entreprise à obtenir une reconnaissance qui ouvre de nouveaux financements.',
      steps: {
        'check-approval': 'Vérifier l’agrément ou le label visé, sa durée et ce qu’il finance déjà.',
        'top-up-agreement': 'Conventionner un complément ciblé (publics du RSA en parcours, par exemple) ou un appui à la candidature.',
        'count-beneficiaries': 'Suivre le nombre de personnes accompagnées ou les étapes de la candidature.',
        'joint-review': 'Faire le point avec l’État ou l’organisme qui délivre l’agrément.',
      },
      examples: {
        'cs-bell-occas': 'La ressourcerie, conventionnée atelier et chantier d’insertion par l’État, reçoit un complément du Département des Ardennes pour ses salariés allocataires du RSA.',
        'cs-espace-culturel-chaillol': 'Des partenaires du territoire ont aidé l’association à devenir scène conventionnée d’intérêt national, ce qui a accru les aides de la DRAC et de la Région.',
      },
    },
    'advance-funds': {
      label: 'Avancer les fonds d’autres financeurs',
      what: 'Verser par avance une aide déjà accordée par un financeur lent (fonds européens, État) pour que l’entreprise n’ait pas à porter seule deux ans de décalage de trésorerie.',
      steps: {
        'list-receivables': 'Recenser les aides accordées mais non encore versées, avec leurs dates probables de paiement.',
        'advance-agreement': 'Signer une convention d’avance qui précise le montant et l’aide qu’elle anticipe.',
        'repayment-trigger': 'Prévoir le remboursement dès que le financeur d’origine paie.',
        'follow-payment': 'Suivre le dossier auprès du financeur pour accélérer le versement.',
      },
      examples: {
        'cs-bell-occas': 'Le Département des Ardennes avance à la ressourcerie les fonds du FSE, payés en moyenne deux ans après les actions.',
        'cs-reseau-pouce-pouce': 'Le GIP du Lamentin redistribue sans délai les crédits de la politique de la ville, ce qui évite à l’association d’attendre les paiements de l’État.',
      },
    },
    equipment: {
      label: 'Prêter du matériel',
      what: 'Mettre gratuitement ou contre une contrepartie symbolique du matériel à disposition (véhicule, informatique, reprographie…), voire le revendre ensuite à l’entreprise.',
      steps: {
        inventory: 'Faire l’inventaire du matériel peu utilisé par les services.',
        'loan-agreement': 'Formaliser le prêt dans une convention (durée, entretien, assurance).',
        'resale-option': 'Prévoir une revente à prix modique quand l’entreprise en a l’usage durable.',
      },
      examples: {
        'cs-bell-occas': 'La commune et l’intercommunalité ont acheté des machines pour fabriquer des masques puis les ont revendues à la ressourcerie pour créer un atelier textile.',
      },
    },
    premises: {
      label: 'Ouvrir l’accès aux locaux',
      what: 'Mettre un lieu à disposition (bureau de départ, vitrine, antenne, salle), faciliter l’achat par un atelier-relais ou mobiliser les rez-de-chaussée des bailleurs sociaux.',
      steps: {
        'list-vacant': 'Recenser les locaux publics vacants et ceux des bailleurs sociaux.',
        'occupancy-agreement': 'Signer une convention d’occupation qui fixe la durée, les charges et les usages partagés.',
        'show-room': 'Penser aux lieux qui montrent le savoir-faire de l’entreprise au public.',
        'path-to-ownership': 'Pour un projet durable, étudier la location-vente d’un atelier-relais.',
      },
      examples: {
        'cs-amis-pierre-masgot': 'La communauté de communes a mis à disposition et rénové le bâtiment de l’association.',
        'cs-cap-sport': 'La Ville met un lieu et ses équipements sportifs à disposition des adhérents de CAP’Sport.',
        'cs-habit-age': 'La commune de Montrevault-sur-Èvre a prêté un bureau à Habit’Âge à ses débuts.',
        'cs-hercule-insertion': 'Chaque antenne de l’association est logée par la commune qui l’accueille, sans loyer.',
        'cs-ambiance-bois': 'Un atelier-relais porté par un syndicat mixte a permis à la coopérative de devenir propriétaire de ses locaux.',
        'cs-desbals-services': 'Un bailleur social confie à la régie l’animation d’un local en pied d’immeuble pour ses locataires.',
      },
    },
    staff: {
      label: 'Mettre du personnel à disposition',
      what: 'Détacher un agent public auprès de l’entreprise, par convention, pour une mission d’intérêt général et une durée fixées à l’avance.',
      steps: {
        'define-mission': 'Définir la mission de service public confiée à l’agent.',
        'secondment-agreement': 'Signer la convention de mise à disposition : missions, durée, temps de travail.',
        reimbursement: 'Fixer le remboursement de la rémunération ou la dérogation qui s’applique.',
        'review-secondment': 'Faire le point à mi-parcours avec l’agent et l’entreprise.',
      },
      examples: {
        'cs-centre-sante-3-cites': 'Une agente du CCAS de Poitiers tient des permanences d’accès aux droits au centre de santé, dans le cadre du contrat local de santé.',
      },
    },
    'prior-exchanges': {
      label: 'Échanger avant d’acheter',
      what: 'Consulter les entreprises de l’ESS et cartographier leur offre avant de lancer un achat, pour rédiger un besoin auquel elles peuvent répondre, sans fausser la concurrence.',
      steps: {
        sourcing: 'Cartographier l’offre des entreprises de l’ESS du territoire (annuaires d’achats responsables, CRESS).',
        'meet-operators': 'Rencontrer les opérateurs et présenter le besoin à venir.',
        'adapt-specs': 'Adapter le cahier des charges : lots, délais, clauses.',
        'publish-fairly': 'Publier l’achat en donnant la même information à tous les candidats.',
      },
      examples: {
        'cs-8-fablab-drome': 'Après des échanges préalables, le Département de la Drôme a passé un marché à bons de commande qui ouvre le savoir-faire du fablab à toutes ses directions.',
      },
    },
    'direct-purchase': {
      label: 'Acheter directement',
      what: 'Acheter sans publicité sous le seuil en vigueur, ou réserver un marché ou un lot aux structures du handicap, de l’insertion ou, pour certains services, aux entreprises de l’ESS.',
      steps: {
        'estimate-need': 'Estimer le montant du besoin sur toute sa durée.',
        'pick-procedure': 'Choisir la procédure : achat sans publicité sous le seuil du jour, ou marché réservé adapté à l’entreprise.',
        'ask-quotes': 'Inclure les entreprises de l’ESS dans les devis demandés.',
        'multi-year-contract': 'Préférer une durée pluriannuelle quand le besoin est récurrent.',
      },
      examples: {
        'cs-loco-motives': 'Le parc naturel régional des Grands Causses commande des prestations de traiteur aux Loco-Motivés.',
        'cs-ambiance-bois': 'Deux communes achètent à la coopérative les plaquettes de leurs chaufferies bois.',
        'cs-hercule-insertion': 'Le Département de l’Essonne a réservé aux structures d’insertion un marché alloti de remplacement d’agents ; Hercule Insertion en a remporté un lot.',
      },
    },
    'procurement-access': {
      label: 'Ouvrir les marchés à l’ESS',
      what: 'Insérer des clauses sociales ou environnementales, allotir, favoriser la sous-traitance aux entreprises de l’ESS du territoire.',
      steps: {
        'clause-facilitator': 'S’appuyer sur un facilitateur des clauses sociales pour calibrer les heures d’insertion.',
        'split-lots': 'Découper le marché en lots à la portée de petites structures.',
        subcontracting: 'Encourager les titulaires à sous-traiter l’exécution des clauses à l’ESS locale.',
        'observe-together': 'Tester d’abord la prestation quelques mois pour apprendre à travailler ensemble.',
      },
      examples: {
        'cs-bell-occas': 'Après un an de collectes d’essai, le bailleur Habitat 08 a lancé un marché pluriannuel avec clauses sociales que la ressourcerie a remporté.',
      },
    },
    'technical-engineering': {
      label: 'Ingénierie technique',
      what: 'Suivre l’entreprise de près et la conseiller aux moments clés (croissance, nouvelle activité), la mettre en relation avec les bons interlocuteurs.',
      steps: {
        'name-referent': 'Désigner un référent (élu ou agent) qui connaît le projet.',
        'key-moments': 'Caler des points aux étapes décisives : lancement, changement d’échelle, recrutement.',
        introductions: 'Ouvrir le carnet d’adresses : accompagnateurs, autres collectivités, entreprises.',
        'board-seat': 'Accepter, le cas échéant, une place d’administrateur ou de parrain.',
      },
      examples: {
        'cs-cap-sport': 'Des parrains et marraines issus d’organisations partenaires conseillent CAP’Sport ; certains ont rejoint son conseil d’administration.',
        'cs-loco-motives': 'Le parc naturel régional aide l’équipe à choisir son modèle logistique et l’a mise en relation avec l’ADEFPAT.',
        'cs-habit-age': 'Des décideurs publics suivent Habit’Âge de façon informelle depuis ses débuts.',
      },
    },
    'financial-engineering': {
      label: 'Ingénierie financière',
      what: 'Aider à équilibrer le budget, faire venir les financeurs sur place, orienter vers le DLA et financer les structures d’accompagnement.',
      steps: {
        'budget-review': 'Relire le budget avec la direction et repérer les fragilités de trésorerie.',
        'funders-visit': 'Inviter les financeurs à voir l’activité sur le terrain.',
        'dla-referral': 'Orienter vers le DLA, et contribuer à son financement si l’offre manque.',
        'adapt-budget-lines': 'Plaider auprès des financeurs pour adapter leurs lignes à un projet hors norme.',
      },
      examples: {
        'cs-reseau-pouce-pouce': 'Une responsable de la DRJSCS travaille avec le dirigeant pour stabiliser le modèle économique de l’association.',
        'cs-espace-culturel-chaillol': 'Le Pays Gapençais a fait venir des financeurs sur place et les a aidés à adapter leurs budgets, y compris LEADER.',
        'cs-hercule-insertion': 'Les accompagnements du DLA ont aidé Hercule Insertion à lancer de nouvelles activités et à mieux communiquer.',
      },
    },
    'institutional-communication': {
      label: 'Communication de la collectivité',
      what: 'Parler de l’entreprise dans le site, le bulletin, l’affichage et les réseaux de la collectivité, et la soutenir publiquement face à la méfiance locale.',
      steps: {
        'editorial-slot': 'Réserver une place régulière à l’ESS dans le magazine et sur le site.',
        'key-moments-news': 'Relayer les moments forts : installation, nouvelle activité, prix reçu.',
        'impact-story': 'Aider à raconter l’impact social, économique et environnemental.',
        'mayor-backing': 'Soutenir le projet de vive voix auprès des habitants quand il est mal compris.',
      },
      examples: {
        'cs-ambiance-bois': 'Le parc naturel régional de Millevaches a participé à l’impression du catalogue de la coopérative.',
        'cs-cafe-pluche': 'La maire de Comberanche-et-Épeluche a expliqué le café associatif aux habitants pour qu’il soit accepté.',
      },
    },
    'territorial-marketing': {
      label: 'L’ESS dans le marketing territorial',
      what: 'Présenter les entreprises de l’ESS comme des atouts du territoire, notamment pour attirer de nouveaux habitants, et valoriser leurs labels.',
      steps: {
        'showcase-list': 'Citer l’entreprise parmi les lieux à voir du territoire.',
        'welcome-newcomers': 'L’intégrer à la stratégie d’accueil de nouveaux habitants.',
        labels: 'Appuyer les labels qui la font connaître (bistrot de pays, espace de vie sociale…).',
        'tourism-office': 'Associer l’office de tourisme.',
      },
      examples: {
        'cs-ambiance-bois': 'La communauté de communes Creuse Grand Sud cite la coopérative dans sa stratégie d’accueil de nouveaux habitants.',
        'cs-amis-pierre-masgot': 'Le village sculpté de Masgot est soutenu comme un site touristique emblématique de la Creuse.',
        'cs-cafe-pluche': 'L’agrément d’espace de vie sociale donne au Café Pluche une reconnaissance de plus auprès du public.',
      },
    },
    crowdfunding: {
      label: 'Financement participatif',
      what: 'S’associer à une plateforme de dons ou de prêts citoyens, abonder la collecte et mobiliser les habitants.',
      steps: {
        'platform-partner': 'Choisir une plateforme ou un fonds citoyen local et conventionner avec lui.',
        'match-funding': 'Abonder la collecte (un euro public pour un euro collecté, par exemple).',
        'crowd-acting': 'Proposer aussi aux habitants de donner du temps et des compétences.',
        'thank-contributors': 'Remercier publiquement les contributeurs.',
      },
      examples: {
        'cs-ambiance-bois': 'Sur le plateau de Millevaches, le fonds « la Solidaire » prête à taux zéro aux projets locaux grâce aux dons collectés.',
      },
    },
    groupings: {
      label: 'Soutenir les groupements',
      what: 'Aider les acteurs à se mettre en réseau, mutualiser personnel et formation, rencontrer les entreprises classiques, se structurer en PTCE ou en groupement.',
      steps: {
        convene: 'Réunir les acteurs d’un même territoire ou d’un même secteur.',
        'pool-resources': 'Financer un poste ou une formation mutualisés.',
        'b2b-meetings': 'Organiser des rencontres avec les entreprises classiques.',
        'ptce-application': 'Accompagner une candidature à l’appel à manifestation d’intérêt PTCE de l’État.',
      },
      examples: {
        'cs-8-fablab-drome': 'Un animateur formé dans un programme mutualisé, financé notamment par le FSE, a été mis à disposition du fablab sans frais.',
        'cs-la-pioche': 'Le dirigeant de l’épicerie solidaire participe à plusieurs réseaux d’entrepreneurs des Hauts-de-France.',
      },
    },
    'value-chains': {
      label: 'Structurer des filières locales',
      what: 'Analyser les besoins et les ressources du territoire et bâtir avec les entreprises de l’ESS une filière : alimentation, économie circulaire, bois, énergie.',
      steps: {
        'needs-analysis': 'Conduire l’analyse des besoins et des ressources du territoire.',
        'joint-application': 'Répondre à plusieurs à un appel (projet alimentaire territorial, programme régional).',
        'feasibility-study': 'Financer une étude de faisabilité portée par les acteurs.',
        'share-knowledge': 'Diffuser ce qui a été appris auprès d’autres porteurs de projets.',
      },
      examples: {
        'cs-bell-occas': 'Au sein d’un groupement économique solidaire, la ressourcerie a porté une étude sur l’écologie industrielle financée par la Région et l’ADEME.',
        'cs-loco-motives': 'Le parc naturel régional s’est associé aux Loco-Motivés pour répondre à l’appel à projets alimentaire territorial.',
      },
    },
  },
  instruments: {
    'investment-subsidy': 'Subvention d’investissement',
    'scic-shares': 'Parts sociales de SCIC',
    'direct-grant': 'Aide sur demande directe',
    'evs-approval': 'Agrément espace de vie sociale (CAF)',
    'call-for-projects': 'Appel à projets',
    'business-aid': 'Aide économique aux entreprises',
    'sectoral-aid': 'Aide sectorielle',
    'iae-top-up': 'Complément des aides à l’insertion',
    'label-support': 'Appui à un agrément ou un label',
    'public-premises': 'Local public mis à disposition',
    'atelier-relais': 'Atelier-relais (location-vente)',
    'social-landlord-premises': 'Local d’un bailleur social',
    'small-purchase': 'Achat sans publicité ni mise en concurrence',
    'reserved-disability': 'Marché réservé aux ESAT et entreprises adaptées',
    'reserved-siae': 'Marché réservé aux structures d’insertion',
    'reserved-inclusive': 'Marché réservé aux structures du handicap et de l’insertion',
    'reserved-ess': 'Marché réservé aux entreprises de l’ESS (certains services)',
    'social-clause': 'Clause sociale',
    'environmental-clause': 'Clause environnementale',
    allotment: 'Allotissement',
    'financial-advice': 'Conseil financier',
    'dla-funding': 'Dispositif local d’accompagnement (DLA)',
  },
  competenceNotes: {
    'region-leads-business-aid': 'La Région est cheffe de file des aides aux entreprises depuis la loi NOTRe.',
    'communes-epci-complement-region': 'Communes et intercommunalités complètent les aides de la Région par convention avec elle, et aident l’immobilier d’entreprise.',
    'epci-business-premises': 'L’aide à l’immobilier d’entreprise relève des communes et de leurs intercommunalités.',
    'departement-notre': 'Depuis la loi NOTRe, le Département ne verse plus d’aides économiques générales aux entreprises.',
    'departement-with-region': 'Le Département ne peut intervenir ici que dans un dispositif de la Région, par convention avec elle.',
    'departement-social-competences': 'Le Département agit au titre de ses compétences : action sociale et insertion, autonomie, enfance, culture, sport, tourisme.',
    'caf-family-and-social-life': 'La CAF intervient pour les familles, l’enfance et l’animation de la vie sociale.',
    'caf-evs-approval': 'La CAF délivre l’agrément espace de vie sociale et le finance.',
    'state-sector-services': 'Les services de l’État (DRAC, DRAJES, DREETS, DRAAF…) portent les aides de leur secteur.',
    'state-funds-dla': 'L’État finance le DLA avec la Banque des Territoires et le FSE ; les collectivités peuvent l’abonder.',
    'public-buyer': 'Acheteur public soumis au code de la commande publique.',
    'social-landlord-premises': 'Le bailleur social peut louer ses rez-de-chaussée à des associations et leur confier des services aux locataires.',
    'broker-with-social-landlords': 'La collectivité peut inciter les bailleurs sociaux à ouvrir leurs locaux aux entreprises de l’ESS.',
    'scic-public-associate': 'Les personnes publiques peuvent être associées d’une SCIC et détiennent ensemble au plus la moitié du capital.',
    'civil-servant-secondment': 'Un fonctionnaire peut être mis à disposition par convention pour une mission d’intérêt général.',
    'iae-rsa-top-up': 'Le Département complète les aides de l’État pour les allocataires du RSA en parcours d’insertion.',
  },
  decisionMakers: recommendContextFr.decisionMakers,
  competenceLevels: {
    lead: 'Chef de file',
    yes: 'Compétent',
    limited: 'Sous conditions',
  },
  stages: {
    emergence: 'Émergence',
    creation: 'Création',
    development: 'Développement',
    consolidation: 'Consolidation',
    transition: 'Transition ou reprise',
  },
  fundingSources: recommendContextFr.fundingSources,
  priorities: { high: 'Priorité haute', medium: 'Priorité moyenne', low: 'Priorité basse' },
  confidence: {
    high: 'Confiance élevée : la grille est presque entièrement renseignée.',
    medium: 'Confiance moyenne : une partie de la grille reste sans réponse.',
    low: 'Confiance faible : peu ou pas de réponses, la recommandation repose surtout sur le contexte.',
  },
  legal: {
    'no-publicity-threshold-supplies': {
      label: 'Seuil des achats sans publicité (fournitures et services)',
      note: 'En dessous de ce montant, un acheteur peut acheter sans publicité ni mise en concurrence, en choisissant une offre pertinente et sans toujours s’adresser au même fournisseur.',
    },
    'no-publicity-threshold-works': {
      label: 'Seuil des achats sans publicité (travaux)',
      note: 'Même règle pour les travaux, avec un seuil plus élevé.',
    },
    'eu-threshold-supplies-local': {
      label: 'Seuil européen des fournitures et services (collectivités)',
      note: 'Au-delà, la procédure formalisée s’impose ; ces seuils changent tous les deux ans.',
    },
    'eu-threshold-works': {
      label: 'Seuil européen des travaux',
      note: 'Au-delà, la procédure formalisée s’impose ; ces seuils changent tous les deux ans.',
    },
    'prior-market-consultation': {
      label: 'Échanges préalables et sourçage',
      note: 'L’acheteur peut consulter les entreprises avant un achat, sans fausser la concurrence.',
    },
    'reserved-contract-disability': {
      label: 'Marché réservé aux ESAT et entreprises adaptées',
      note: 'Réservé aux structures employant au moins la moitié de travailleurs handicapés.',
    },
    'reserved-contract-siae': {
      label: 'Marché réservé aux structures d’insertion (SIAE)',
      note: 'Réservé aux structures employant au moins la moitié de travailleurs défavorisés.',
    },
    'reserved-contract-inclusive': {
      label: 'Marché réservé aux structures du handicap et de l’insertion',
      note: 'Un même marché peut être ouvert à la fois aux ESAT, entreprises adaptées et SIAE.',
    },
    'reserved-contract-ess': {
      label: 'Marché réservé aux entreprises de l’ESS',
      note: 'Pour certains services de santé, sociaux et culturels, pour trois ans au plus.',
    },
    'social-clause': {
      label: 'Clauses sociales et environnementales',
      note: 'Des conditions d’exécution peuvent imposer des heures d’insertion ou des exigences environnementales.',
    },
    allotment: {
      label: 'Allotissement',
      note: 'Les marchés sont en principe passés en lots séparés, ce qui les met à la portée de petites structures.',
    },
    'scic-public-capital-cap': {
      label: 'Plafond du capital public d’une SCIC',
      note: 'Les collectivités et leurs groupements détiennent ensemble au plus cette part du capital.',
    },
    'evs-funding': {
      label: 'Financement d’un espace de vie sociale',
      note: 'Ordre de grandeur annuel de la prestation de la CAF pour un espace de vie sociale agréé.',
    },
    'dla-eligibility': {
      label: 'Qui peut bénéficier du DLA',
      note: 'Associations, coopératives, structures d’insertion, entreprises adaptées et entreprises ESUS ayant au moins ce nombre de salariés.',
    },
    'esus-conditions': {
      label: 'Conditions de l’agrément ESUS',
      note: 'Utilité sociale au cœur de l’objet et des comptes ; moyenne des cinq plus hauts salaires plafonnée à ce multiple du SMIC (le plus haut à dix fois) ; agrément de cinq ans (deux ans pour une entreprise de moins de trois ans).',
    },
    'ptce-call-funding': {
      label: 'Appel à manifestation d’intérêt PTCE',
      note: 'Une quinzaine de pôles par an reçoivent environ ce montant sur deux ans ; les autres bénéficient d’un accompagnement.',
    },
    'staff-secondment': {
      label: 'Mise à disposition de fonctionnaires',
      note: 'Par convention fixant les missions et la durée, en principe contre remboursement.',
    },
    'business-aid-competence': {
      label: 'Répartition des aides aux entreprises (loi NOTRe)',
      note: 'La Région définit et accorde les aides ; communes et intercommunalités y participent par convention et aident l’immobilier d’entreprise ; le Département n’en accorde plus seul.',
    },
  },
  units: {
    'eur-ht': '€ HT',
    eur: '€',
    'eur-per-year': '€ par an',
    share: '%',
    years: 'ans',
    employees: 'salarié(s)',
    'smic-multiple': 'fois le SMIC',
    none: '',
  },
  legalErrors: {
    'invalid-date': 'La date « {date} » n’est pas une date valide (format AAAA-MM-JJ).',
    'before-first-version': 'Aucune version du paramètre « {parameter} » n’est connue avant le {from} (date demandée : {date}).',
    'after-last-version': 'La dernière version connue du paramètre « {parameter} » s’arrête le {to} : vérifiez la valeur en vigueur le {date}.',
    'between-versions': 'Aucune version du paramètre « {parameter} » ne couvre le {date}.',
    'unknown-parameter': 'Le paramètre « {parameter} » n’existe pas.',
  },
  reasons: {
    // why
    'weak-criterion': 'Le critère « {criterion} » est fragile ({score}/100).',
    'in-zone': 'L’entreprise est située en {zoning}, où cette action pèse davantage.',
    'stage-fit': 'Cette action convient au stade de {stage}.',
    'activity-fit': 'Elle est particulièrement adaptée à l’activité « {activity} ».',
    'holds-approval': 'L’entreprise détient l’agrément ou le label « {approval} ».',
    'targets-label': 'L’entreprise prépare l’agrément ou le label « {approval} ».',
    'late-funder': 'Une partie des ressources vient de « {fundingSource} », qui paie souvent avec retard.',
    'reserved-contract-open': 'L’entreprise peut se voir réserver un marché : « {instrument} ».',
    'scic-open-to-public-capital': 'Coopérative d’intérêt collectif, elle peut accueillir des collectivités à son capital.',
    'evs-open': 'Son activité de lien social peut relever d’un agrément espace de vie sociale.',
    'dla-open': 'Elle peut bénéficier d’un accompagnement du DLA.',
    'lead-competence': '« {decisionMaker} » est chef de file pour cette action.',
    'acts-with-partner': 'Possible parce que l’action est menée avec « {decisionMaker} ».',
    'within-competence-domain': 'L’activité relève des compétences de « {decisionMaker} ».',
    'budget-stretch': 'Action coûteuse au regard des moyens déclarés.',
    'structuring-ambition': 'Action structurante, en accord avec l’ambition déclarée.',
    // exclusions
    'excluded-not-ess-actor': 'Cet acteur n’est pas une entreprise de l’ESS : il est partenaire plutôt que bénéficiaire.',
    'excluded-not-competent': '« {decisionMaker} » n’a pas la compétence pour cette action.',
    'excluded-notre-departement': 'Depuis la loi NOTRe, un Département ne peut pas accorder seul cette aide économique.',
    'excluded-outside-competence': 'L’activité sort du champ de compétence de « {decisionMaker} ».',
    'excluded-share-capital-not-scic': 'L’entrée au capital n’est possible que dans une SCIC.',
    'excluded-scic-public-capital-cap': 'Les personnes publiques détiennent déjà {value} du capital : le plafond de 50 % est atteint.',
    'excluded-not-siae': 'Les marchés réservés à l’insertion ne sont ouverts qu’aux structures conventionnées de l’IAE.',
    'excluded-not-disability-employer': 'Les marchés réservés au handicap ne sont ouverts qu’aux ESAT et entreprises adaptées.',
    'excluded-not-inclusive-employer': 'Ce marché réservé n’est ouvert qu’aux structures du handicap ou de l’insertion.',
    'excluded-not-ess-enterprise': 'Ce marché réservé n’est ouvert qu’aux entreprises de l’ESS.',
    'excluded-service-not-listed': 'L’activité ne fait pas partie des services de santé, sociaux ou culturels qui peuvent être réservés.',
    'excluded-no-approval': 'Aucun agrément détenu ni label visé : il n’y a rien à compléter.',
    'excluded-not-iae': 'Le complément des aides à l’insertion suppose un conventionnement IAE.',
    'excluded-evs-not-association': 'L’agrément espace de vie sociale concerne les associations.',
    'excluded-dla-not-eligible': 'Le DLA ne s’adresse pas à cette forme d’entreprise.',
    'excluded-dla-no-employee': 'Le DLA s’adresse aux structures ayant au moins un salarié.',
    'excluded-stage': 'Cet outil ne convient pas au stade de {stage}.',
    // notices
    'context-only': 'Aucune réponse à la grille : la recommandation repose sur le contexte (forme, agréments, activité, zones, stade, financeurs).',
    'few-answers': 'Peu de réponses ({value} de la grille) : la recommandation reste indicative.',
    'date-defaulted-today': 'Aucune date fournie : le droit en vigueur le {date} est appliqué.',
    'date-invalid-today-used': 'La date fournie n’est pas valide : le droit en vigueur le {date} est appliqué.',
    'legal-parameter-not-in-force': 'Aucune valeur connue du paramètre « {parameter} » au {date} : vérifiez le texte en vigueur.',
    'actor-outside-territory': 'L’entreprise semble hors du territoire de « {decisionMaker} ».',
    'not-ess-actor': 'Cet acteur n’est pas une entreprise de l’ESS : aucune action de soutien ne lui est proposée.',
    'unanswered-could-change': 'Répondre au critère « {criterion} » pourrait changer le diagnostic.',
    // territory
    'needs-without-actor': 'Aucun acteur ne répond au besoin « {need} ».',
    'needs-thinly-covered': 'Un seul acteur répond au besoin « {need} ».',
    'isolated-actors': '{value} des entreprises de l’ESS n’ont aucun partenariat connu.',
    'no-network-present': 'Aucun réseau, club ou pôle de coopération n’est recensé.',
    'many-fragile': '{value} des entreprises évaluées sont fragiles.',
    'no-support-structure': 'Aucune structure d’accompagnement n’est recensée.',
    'many-support-structures': '{value} structures d’accompagnement coexistent : l’offre gagne à être rendue lisible.',
    'no-shared-place': 'Aucun lieu commun (Maison de l’ESS, tiers-lieu) n’est recensé.',
    'many-associations': '{value} associations sont recensées.',
    'mois-ess-upcoming': 'Le Mois de l’ESS approche : il a lieu chaque année en novembre.',
    'mois-ess-yearly': 'Le Mois de l’ESS, chaque novembre, est un rendez-vous facile à rejoindre.',
    'ecosystem-size': '{value} acteurs de l’ESS sont recensés : assez pour une instance permanente.',
    'few-premises-offered': 'Peu d’acteurs proposent des lieux ou des locaux.',
    'many-young-actors': '{value} des entreprises ont moins de trois ans.',
    'no-seed-fund': 'Aucun financeur de l’amorçage n’est recensé localement.',
    'incomplete-knowledge': '{value} des acteurs n’ont ni activité ni besoin renseigné.',
    'weak-visibility': 'Le critère « {criterion} » est souvent faible parmi les entreprises évaluées.',
    'few-actors': 'Peu d’acteurs de l’ESS sont recensés : mieux vaut d’abord les identifier.',
  },
  territoryActions: {
    'shared-diagnosis': {
      label: 'Diagnostic partagé du territoire',
      what: 'Identifier avec les réseaux (CRESS, Mouvement associatif, réseaux locaux) les acteurs, leurs projets et les besoins non couverts, carte à l’appui.',
      steps: {
        networks: 'Solliciter la CRESS et les réseaux locaux pour repérer les acteurs.',
        workshops: 'Animer des ateliers territoriaux ou thématiques.',
        map: 'Publier la carte des acteurs et la tenir à jour.',
      },
    },
    'call-for-projects': {
      label: 'Appel à projets ou à initiatives',
      what: 'Lancer un appel ouvert sur les besoins sans réponse, pour faire émerger des porteurs et des coopérations.',
      steps: {
        'name-needs': 'Nommer les besoins sans acteur qui fondent l’appel.',
        'open-terms': 'Écrire un cahier des charges ouvert, travaillé avec les acteurs.',
        'cooperation-bonus': 'Favoriser les réponses portées à plusieurs.',
        'follow-winners': 'Accompagner les lauréats au-delà du financement.',
      },
    },
    'club-or-ptce': {
      label: 'Club d’entrepreneurs ou pôle de coopération',
      what: 'Soutenir un club d’acteurs de l’ESS ou un pôle territorial de coopération économique (PTCE) pour rompre l’isolement et mutualiser.',
      steps: {
        'first-meetings': 'Organiser des rencontres régulières, chaque fois chez un acteur différent.',
        'shared-project': 'Faire émerger un projet commun (achat groupé, poste partagé, filière).',
        'ptce-call': 'Préparer une candidature à l’appel à manifestation d’intérêt PTCE de l’État.',
      },
    },
    'fund-support-structures': {
      label: 'Financer l’accompagnement',
      what: 'Renforcer le DLA, les incubateurs et la Fabrique à initiatives pour qu’ils accompagnent davantage d’entreprises fragiles.',
      steps: {
        'map-offer': 'Faire l’état de l’offre d’accompagnement et de ses manques (zones rurales, émergence).',
        'co-fund': 'Cofinancer les dispositifs existants plutôt que d’en créer de nouveaux.',
        'refer-fragile': 'Orienter les entreprises fragiles vers ces dispositifs.',
      },
    },
    'maison-ess': {
      label: 'Maison de l’ESS',
      what: 'Ouvrir un lieu ressource : coworking, formation, accompagnement et événements, qui rend l’ESS visible.',
      steps: {
        'find-building': 'Identifier un bâtiment public disponible.',
        'shared-governance': 'Confier l’animation à un collectif d’acteurs ou à une SCIC.',
        programme: 'Bâtir un programme d’accueil, de formation et d’événements.',
      },
    },
    'reciprocal-charter': {
      label: 'Charte des engagements réciproques',
      what: 'Écrire avec les associations les engagements de chacun et les procédures de soutien, avec un suivi partagé.',
      steps: {
        'draft-together': 'Rédiger la charte avec les associations et leurs réseaux.',
        'practical-guide': 'En tirer un guide pratique des procédures.',
        'yearly-review': 'En faire le bilan chaque année.',
      },
    },
    'mois-ess': {
      label: 'Mois de l’ESS',
      what: 'Organiser ou relayer des événements en novembre : forums, petits déjeuners, visites, pour faire connaître les acteurs.',
      steps: {
        'programme-with-actors': 'Construire le programme avec les acteurs et le club local.',
        'wider-events': 'Inviter l’ESS dans les forums de l’emploi et de la création d’entreprise.',
        communicate: 'Relayer le programme dans les supports de la collectivité.',
      },
    },
    'ess-council': {
      label: 'Conseil de l’ESS',
      what: 'Créer une instance permanente de coconstruction, coprésidée avec les acteurs, qui propose et suit la politique ESS.',
      steps: {
        composition: 'Fixer la composition avec la CRESS et les réseaux.',
        mandate: 'Donner à l’instance un rôle clair de proposition et de suivi.',
        'report-back': 'Rendre compte des suites données à ses avis.',
      },
    },
    'single-entry-point': {
      label: 'Point d’entrée unique',
      what: 'Accueillir et orienter les porteurs de projet à un seul endroit, avec des parcours qui enchaînent les accompagnements.',
      steps: {
        'referent-desk': 'Désigner un interlocuteur unique pour les porteurs de projet.',
        directory: 'Tenir un annuaire lisible des dispositifs.',
        pathways: 'Organiser des parcours entre accompagnateurs.',
      },
    },
    'land-and-premises': {
      label: 'Politique foncière et immobilière',
      what: 'Mobiliser le patrimoine public, porter des espaces mutualisés, lutter contre la vacance par l’urbanisme transitoire.',
      steps: {
        'inventory-assets': 'Recenser le patrimoine vacant ou sous-utilisé.',
        'shared-spaces': 'Porter ou soutenir des espaces mutualisés, éventuellement en SCIC.',
        'transitional-use': 'Ouvrir les lieux vacants à des usages transitoires.',
      },
    },
    'seed-funding': {
      label: 'Financement de l’amorçage',
      what: 'Abonder un fonds d’amorçage (fonds de confiance de France Active, fonds de dotation) ou créer bourses et prêts pour les jeunes projets.',
      steps: {
        'join-fund': 'Abonder un fonds existant comme le fonds de confiance de France Active.',
        'grants-loans': 'Créer des bourses ou des prêts d’honneur pour les créateurs.',
        'follow-up': 'Suivre les projets financés pendant leurs trois premières années.',
      },
    },
    'ess-communication': {
      label: 'Communication sur l’ESS',
      what: 'Présenter régulièrement les acteurs de l’ESS dans le magazine, le site et les réseaux de la collectivité.',
      steps: {
        'regular-page': 'Créer une rubrique régulière.',
        portraits: 'Publier des portraits d’acteurs et de projets.',
        'policy-results': 'Rendre compte des résultats de la politique ESS.',
      },
    },
  },
};
export type RecommendMessages = typeof recommendFr;
