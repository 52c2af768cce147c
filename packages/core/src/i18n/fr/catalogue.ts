// French messages: catalogue. The English file (../en/catalogue.ts) has the same shape, checked by the type.
// Labels and short descriptions of every id of the catalogues (data/ids.ts), plus the text of the
// reason codes of classifyLegalUnit and classifyFragility. Every sentence here is ours.
import type {
  ActivityId,
  ActorTypeId,
  ApprovalId,
  AssetId,
  BudgetBandId,
  EmployeeBandId,
  FamilyId,
  NeedId,
  PartnerRoleId,
  StageId,
  ThemeId,
  ZoningId,
} from '../../data/ids.js';
import type { EssMembership, EssScope } from '../../data/typology.js';
import type { LegalUnitConfidence, LegalUnitReason } from '../../data/legal-categories.js';
import type { FragilityCriterionId, FragilityReasonCode } from '../../territory/classify-fragility.js';

/** A label, and a one- or two-sentence description. */
export interface CatalogueEntry {
  label: string;
  description: string;
}

const families = {
  associations: { label: 'Associations', description: 'Groupements de personnes sous le régime de la loi de 1901 (ou du droit local d’Alsace-Moselle), sans partage de bénéfices.' },
  cooperatives: { label: 'Coopératives', description: 'Entreprises détenues et gouvernées par leurs membres selon le principe « une personne, une voix » : SCOP, SCIC, CAE et autres coopératives.' },
  mutuelles: { label: 'Mutuelles', description: 'Organismes de protection sociale et d’assurance à but non lucratif, gouvernés par leurs adhérents.' },
  fondations: { label: 'Fondations et fonds de dotation', description: 'Patrimoines affectés de façon irrévocable à une œuvre d’intérêt général.' },
  'societes-ess': { label: 'Sociétés commerciales de l’ESS', description: 'Sociétés qui inscrivent dans leurs statuts les conditions de la loi de 2014 (but, gouvernance, réserves), agréées ESUS ou non.' },
  insertion: { label: 'Insertion et emploi adapté', description: 'Structures de l’insertion par l’activité économique et employeurs de travailleurs handicapés.' },
  public: { label: 'Collectivités et organismes publics', description: 'Communes, intercommunalités, départements, régions, services de l’État et autres organismes publics ou parapublics.' },
  financeurs: { label: 'Financeurs', description: 'Apporteurs de subventions, de prêts, de garanties ou de fonds propres aux projets d’utilité sociale.' },
  accompagnateurs: { label: 'Accompagnateurs', description: 'Structures qui conseillent, outillent et accompagnent les porteurs de projets et les entreprises de l’ESS.' },
  reseaux: { label: 'Réseaux', description: 'Têtes de réseau, fédérations et lieux ressources qui relient les acteurs et les représentent.' },
  'prives-engages': { label: 'Entreprises privées engagées', description: 'Entreprises classiques qui coopèrent avec l’ESS : achats responsables, mécénat de compétences, partenariats.' },
  collectifs: { label: 'Formes collectives', description: 'Coopérations territoriales durables entre acteurs : pôles, groupements, tiers-lieux, maisons de l’ESS.' },
} satisfies Record<FamilyId, CatalogueEntry>;

const types = {
  association: { label: 'Association', description: 'Association déclarée ou non, y compris reconnue d’utilité publique.' },
  scop: { label: 'SCOP', description: 'Société coopérative et participative dont les salariés détiennent la majorité du capital et des voix.' },
  scic: { label: 'SCIC', description: 'Société coopérative d’intérêt collectif associant salariés, usagers, collectivités et autres parties prenantes.' },
  cae: { label: 'Coopérative d’activité et d’emploi', description: 'Coopérative où des entrepreneurs salariés développent leur propre activité dans un cadre mutualisé.' },
  cooperative: { label: 'Autre coopérative', description: 'Coopérative de consommateurs, d’artisans, de commerçants, agricole, d’habitants ou bancaire.' },
  mutuelle: { label: 'Mutuelle', description: 'Mutuelle du code de la mutualité ou société d’assurance mutuelle.' },
  fondation: { label: 'Fondation', description: 'Fondation reconnue d’utilité publique, abritée, d’entreprise ou territoriale.' },
  'fonds-de-dotation': { label: 'Fonds de dotation', description: 'Structure de mécénat qui reçoit et gère des biens pour financer des missions d’intérêt général.' },
  'societe-commerciale-ess': { label: 'Société commerciale de l’ESS', description: 'SA, SAS ou SARL qui remplit les conditions de l’ESS, parfois agréée entreprise solidaire d’utilité sociale.' },
  aci: { label: 'Atelier et chantier d’insertion (ACI)', description: 'Structure conventionnée qui salarie des personnes très éloignées de l’emploi sur des activités support et les accompagne.' },
  ai: { label: 'Association intermédiaire (AI)', description: 'Association conventionnée qui embauche des personnes en insertion et les met à disposition de particuliers, d’entreprises ou de collectivités.' },
  ei: { label: 'Entreprise d’insertion (EI)', description: 'Entreprise conventionnée qui produit des biens ou services marchands en employant des salariés en parcours d’insertion.' },
  etti: { label: 'Entreprise de travail temporaire d’insertion (ETTI)', description: 'Agence d’intérim dont les missions servent de parcours d’insertion.' },
  'regie-de-quartier': { label: 'Régie de quartier', description: 'Structure labellisée qui associe habitants, élus et bailleurs pour entretenir et animer un quartier tout en créant des emplois d’insertion.' },
  geiq: { label: 'GEIQ', description: 'Groupement d’employeurs pour l’insertion et la qualification : il recrute en alternance pour ses entreprises membres.' },
  esat: { label: 'ESAT', description: 'Établissement et service d’accompagnement par le travail, pour des personnes handicapées orientées par la MDPH.' },
  'entreprise-adaptee': { label: 'Entreprise adaptée (EA)', description: 'Entreprise du milieu ordinaire dont la majorité des salariés sont des travailleurs handicapés.' },
  commune: { label: 'Commune', description: 'La commune, ses services et ses établissements (CCAS, caisse des écoles).' },
  epci: { label: 'Intercommunalité', description: 'Communauté de communes, d’agglomération, communauté urbaine, métropole, ou autre groupement de collectivités.' },
  departement: { label: 'Département', description: 'Conseil départemental : action sociale, insertion des allocataires du RSA, collèges, solidarité territoriale.' },
  region: { label: 'Région', description: 'Conseil régional ou collectivité unique : développement économique, formation, aides aux entreprises.' },
  'service-etat': { label: 'Service de l’État', description: 'Préfecture, DREETS et DDETS, DRAC, DRAJES, agences et fonds nationaux.' },
  caf: { label: 'Caisse d’allocations familiales', description: 'Finance et agrée les centres sociaux et espaces de vie sociale, soutient la parentalité et la petite enfance.' },
  'parc-naturel-regional': { label: 'Parc naturel régional', description: 'Syndicat mixte qui porte un projet de territoire rural autour de son patrimoine naturel et culturel.' },
  gip: { label: 'Groupement d’intérêt public', description: 'Structure publique de coopération entre acteurs publics et privés autour d’une mission commune.' },
  'bailleur-social': { label: 'Bailleur social', description: 'Office public de l’habitat, ESH ou coopérative HLM : logements, pieds d’immeubles, marchés d’entretien.' },
  mecene: { label: 'Mécène', description: 'Fondation d’entreprise ou entreprise qui donne de l’argent, des biens ou des compétences.' },
  'france-active': { label: 'France Active', description: 'Réseau de financement solidaire : garanties, prêts et investissements en fonds propres pour les entreprises engagées.' },
  'banque-des-territoires': { label: 'Banque des Territoires', description: 'Direction de la Caisse des dépôts qui finance et accompagne les projets des territoires, dont ceux de l’ESS.' },
  bpifrance: { label: 'Bpifrance', description: 'Banque publique d’investissement : prêts, garanties et fonds propres aux entreprises.' },
  'fonds-europeens': { label: 'Fonds européens', description: 'FSE+, FEDER, LEADER/FEADER : cofinancements versés après l’action, souvent avec un délai.' },
  'financement-participatif': { label: 'Financement participatif', description: 'Plateforme de dons, de prêts ou de titres ouverte aux citoyens.' },
  'fonds-solidaire-local': { label: 'Fonds solidaire local', description: 'Outil de finance citoyenne ou territoriale : fonds de confiance, cigales, fonds territoriaux.' },
  dla: { label: 'Dispositif local d’accompagnement (DLA)', description: 'Accompagnement gratuit des structures d’utilité sociale employeuses pour consolider leur modèle.' },
  incubateur: { label: 'Incubateur ou accélérateur', description: 'Programme d’émergence ou d’accélération de projets d’innovation sociale.' },
  'fabrique-a-initiatives': { label: 'Fabrique à initiatives', description: 'Dispositif qui part d’un besoin du territoire pour faire naître une entreprise sociale qui y réponde.' },
  'chambre-consulaire': { label: 'Chambre consulaire', description: 'CCI, chambre de métiers et de l’artisanat ou chambre d’agriculture.' },
  cress: { label: 'CRESS', description: 'Chambre régionale de l’ESS : représente, observe et promeut l’ESS dans la région.' },
  'mouvement-associatif': { label: 'Le Mouvement associatif', description: 'Porte-voix des associations et de leurs fédérations, au niveau national et régional.' },
  'reseau-iae': { label: 'Réseau de l’insertion', description: 'Fédération de structures d’insertion : COORACE, CNLRQ, Chantier école, fédération des entreprises d’insertion…' },
  'reseau-local': { label: 'Réseau local', description: 'Réseau d’acteurs d’un territoire ou d’une filière.' },
  'centre-social': { label: 'Centre social', description: 'Équipement de proximité agréé par la CAF, ouvert à tous les habitants d’un quartier ou d’un bourg.' },
  'maison-des-associations': { label: 'Maison des associations', description: 'Lieu ressource qui héberge, conseille et met en relation les associations locales.' },
  'club-entrepreneurs': { label: 'Club d’entrepreneurs', description: 'Club d’entrepreneurs de l’ESS ou mixte, lieu d’échanges et d’affaires.' },
  'entreprise-a-mission': { label: 'Entreprise à mission', description: 'Société qui inscrit une raison d’être et des objectifs sociaux ou environnementaux dans ses statuts.' },
  'pme-locale': { label: 'PME locale', description: 'Entreprise du territoire qui achète, sous-traite ou coopère avec des structures de l’ESS.' },
  ptce: { label: 'PTCE', description: 'Pôle territorial de coopération économique : entreprises de l’ESS, entreprises classiques, collectivités et recherche sur un projet commun.' },
  ges: { label: 'Groupe économique solidaire', description: 'Groupement de structures de l’ESS qui mutualisent des fonctions et une stratégie.' },
  'tiers-lieu': { label: 'Tiers-lieu', description: 'Lieu partagé de travail, de fabrication, de culture ou de services, animé collectivement.' },
  'maison-ess': { label: 'Maison de l’ESS', description: 'Lieu qui accueille, oriente et rend visibles les acteurs de l’ESS d’un territoire.' },
} satisfies Record<ActorTypeId, CatalogueEntry>;

const needs = {
  'local-know-how': { label: 'Valoriser les savoir-faire locaux', description: 'Faire connaître et vendre ce que le territoire produit et sait faire.' },
  'renewable-energy': { label: 'Produire localement des énergies renouvelables', description: 'Développer une production d’énergie renouvelable portée par les habitants et les acteurs locaux.' },
  'healthy-food': { label: 'Une alimentation locale et saine pour tous', description: 'Produire localement une nourriture de qualité et la rendre accessible à tous les budgets.' },
  'freight-mobility': { label: 'Transporter les marchandises sur le territoire', description: 'Organiser une logistique locale sobre pour les producteurs et commerçants.' },
  'territorial-reach': { label: 'Faire rayonner le territoire', description: 'Attirer visiteurs et nouveaux habitants en valorisant les atouts locaux.' },
  'employment-access': { label: 'Accéder à un emploi local', description: 'Lever les freins à l’emploi et offrir un travail près de chez soi à tous les habitants.' },
  'sustainable-mobility': { label: 'Se déplacer durablement', description: 'Permettre à chacun de se déplacer sans dépendre d’une voiture individuelle coûteuse.' },
  housing: { label: 'Se loger dignement', description: 'Garantir à tous un logement adapté à sa situation et à son âge.' },
  'digital-inclusion': { label: 'Réduire la fracture numérique', description: 'Donner à chacun l’équipement et les compétences pour les usages numériques du quotidien.' },
  dependency: { label: 'Accompagner la perte d’autonomie', description: 'Soutenir les personnes âgées ou handicapées et ceux qui les aident.' },
  'care-access': { label: 'Accéder aux soins', description: 'Offrir des soins de proximité et de la prévention à tous les habitants.' },
  parenting: { label: 'Soutenir les parents', description: 'Proposer des modes de garde et des lieux de loisirs et d’échange pour les familles.' },
  'culture-sport': { label: 'Culture, arts et sport pour tous', description: 'Rendre la culture et le sport accessibles partout et à chacun.' },
  'social-ties': { label: 'Créer du lien entre habitants', description: 'Favoriser les rencontres, l’entraide et la coopération entre voisins.' },
  'waste-resource': { label: 'Faire des déchets une ressource', description: 'Réduire, réemployer et recycler localement les déchets.' },
} satisfies Record<NeedId, CatalogueEntry>;

const themes = {
  'responsible-consumption': { label: 'Consommation et production responsables', description: 'Produire, distribuer et consommer autrement, au plus près du territoire.' },
  attractiveness: { label: 'Attractivité', description: 'Rendre le territoire vivant et désirable pour ses habitants et ses visiteurs.' },
  'social-cohesion': { label: 'Lien social', description: 'Rompre l’isolement et renforcer les solidarités de proximité.' },
  inclusion: { label: 'Inclusion', description: 'Donner aux personnes vulnérables l’accès à l’emploi, aux soins, à la mobilité et aux droits.' },
} satisfies Record<ThemeId, CatalogueEntry>;

const activities = {
  'short-circuit': { label: 'Circuits courts', description: 'Vente directe ou avec un seul intermédiaire entre producteurs et consommateurs.' },
  'local-currency': { label: 'Monnaie locale', description: 'Monnaie complémentaire qui fait circuler la richesse entre acteurs du territoire.' },
  'solidarity-concierge': { label: 'Conciergerie solidaire', description: 'Services du quotidien rendus aux habitants ou salariés par une structure d’utilité sociale.' },
  'citizen-energy': { label: 'Énergie renouvelable citoyenne', description: 'Centrales solaires, éoliennes ou réseaux de chaleur financés et gouvernés par les habitants.' },
  'food-workshop': { label: 'Légumerie ou conserverie solidaire', description: 'Transformation de produits locaux, souvent avec des salariés en insertion.' },
  'social-grocery': { label: 'Épicerie sociale et solidaire', description: 'Produits à prix réduits pour les personnes aux revenus modestes, avec un accompagnement.' },
  'cooperative-grocery': { label: 'Épicerie coopérative', description: 'Magasin détenu et souvent tenu par ses clients-sociétaires.' },
  'shared-garden': { label: 'Jardin partagé', description: 'Jardin cultivé ensemble par des habitants.' },
  'eco-logistics': { label: 'Logistique éco-responsable', description: 'Transport et livraison mutualisés et sobres à l’échelle locale.' },
  'holiday-village': { label: 'Village vacances', description: 'Hébergement touristique à vocation sociale et familiale.' },
  'alternative-accommodation': { label: 'Hébergement touristique alternatif', description: 'Gîtes, refuges ou hébergements insolites gérés de façon collective ou solidaire.' },
  'heritage-enhancement': { label: 'Valorisation du patrimoine', description: 'Préserver, restaurer et faire découvrir le patrimoine naturel ou culturel.' },
  'insertion-scheme': { label: 'Dispositif d’insertion professionnelle', description: 'Emploi et accompagnement de personnes éloignées du travail.' },
  'collective-entrepreneurship': { label: 'Entrepreneuriat collectif', description: 'Créer et diriger une entreprise à plusieurs, en coopérative ou en collectif.' },
  'socio-aesthetic': { label: 'Atelier socio-esthétique', description: 'Soins d’image de soi pour reprendre confiance, notamment avant un retour à l’emploi.' },
  'personal-services': { label: 'Services aux personnes et aux collectivités', description: 'Ménage, jardinage, entretien, aide à domicile, rendus par des salariés en insertion ou non.' },
  'solidarity-garage': { label: 'Garage solidaire', description: 'Réparation et location de véhicules à prix réduit.' },
  'bike-workshop': { label: 'Atelier vélo', description: 'Atelier d’autoréparation et de réemploi de vélos.' },
  'social-driving-school': { label: 'Auto-école sociale', description: 'Apprentissage de la conduite adapté aux personnes en difficulté.' },
  'mobility-platform': { label: 'Plateforme de mobilité', description: 'Diagnostic, conseil, formation et solutions de déplacement pour l’insertion.' },
  'inclusive-housing': { label: 'Habitat inclusif', description: 'Logement partagé pour des personnes âgées ou handicapées qui veulent vivre chez elles sans être seules.' },
  'intergenerational-housing': { label: 'Habitat intergénérationnel', description: 'Cohabitation solidaire entre seniors et jeunes.' },
  'young-workers-housing': { label: 'Logement des jeunes travailleurs', description: 'Résidences et accompagnement pour les jeunes en formation ou en début d’emploi.' },
  'digital-workshop': { label: 'Atelier numérique', description: 'Médiation et formation aux outils numériques.' },
  'adapted-sport': { label: 'Sport adapté', description: 'Activités physiques adaptées aux personnes âgées, malades ou handicapées.' },
  'patient-support': { label: 'Accompagnement des personnes malades', description: 'Soutien, services et prévention pour les malades et leur entourage.' },
  'carers-house': { label: 'Maison des aidants', description: 'Lieu de répit, d’information et d’écoute pour les proches aidants.' },
  'addiction-care': { label: 'Accueil et soin des addictions', description: 'Lieu d’accueil, de réduction des risques et de soin des conduites addictives.' },
  'health-centre': { label: 'Centre de santé', description: 'Soins de premier recours coordonnés, souvent en tiers payant, parfois communautaires.' },
  'alternative-childcare': { label: 'Garde d’enfants alternative', description: 'Crèches parentales, micro-crèches associatives, gardes à horaires atypiques.' },
  'toy-library': { label: 'Ludothèque', description: 'Lieu de jeu et de prêt de jeux pour les familles.' },
  'local-festival': { label: 'Festival local', description: 'Événement culturel ancré dans le territoire, parfois itinérant.' },
  'cultural-support': { label: 'Soutien aux acteurs culturels', description: 'Résidences, diffusion, mutualisation pour les artistes et compagnies.' },
  'sport-for-all': { label: 'Sport pour tous', description: 'Pratique sportive comme outil d’éducation, de prévention et d’insertion.' },
  'associative-cafe': { label: 'Café associatif', description: 'Café géré par une association, lieu de rencontre et d’animation.' },
  'mutual-aid': { label: 'Échanges de savoirs et entraide', description: 'Réseaux d’échanges réciproques de savoirs, de services et d’entraide entre voisins.' },
  fablab: { label: 'Fab-lab', description: 'Atelier de fabrication numérique ouvert, pour apprendre et prototyper.' },
  coworking: { label: 'Espace de coworking', description: 'Bureaux partagés et animés, surtout utiles hors des grandes villes.' },
  'food-waste': { label: 'Valorisation des déchets alimentaires', description: 'Compostage, collecte des biodéchets, lutte contre le gaspillage.' },
  ressourcerie: { label: 'Ressourcerie ou recyclerie', description: 'Collecte, remise en état et revente d’objets, avec sensibilisation au réemploi.' },
} satisfies Record<ActivityId, CatalogueEntry>;

const approvals = {
  aci: { label: 'Conventionnement ACI', description: 'Convention de l’État pour un atelier et chantier d’insertion, avec aide au poste.' },
  ai: { label: 'Conventionnement AI', description: 'Convention de l’État pour une association intermédiaire.' },
  ei: { label: 'Conventionnement EI', description: 'Convention de l’État pour une entreprise d’insertion, avec aide au poste.' },
  etti: { label: 'Conventionnement ETTI', description: 'Convention de l’État pour une entreprise de travail temporaire d’insertion.' },
  esat: { label: 'Autorisation ESAT', description: 'Autorisation médico-sociale d’un établissement d’accompagnement par le travail.' },
  ea: { label: 'Agrément entreprise adaptée', description: 'Contrat pluriannuel avec l’État ouvrant les aides aux postes des travailleurs handicapés.' },
  esus: { label: 'Agrément ESUS', description: 'Entreprise solidaire d’utilité sociale : ouvre l’accès à l’épargne salariale solidaire.' },
  evs: { label: 'Agrément espace de vie sociale', description: 'Agrément de la CAF pour un lieu d’animation et de solidarité de proximité.' },
  'centre-social': { label: 'Agrément centre social', description: 'Agrément de la CAF pour un équipement social de proximité doté d’un projet social.' },
  'regie-de-quartier': { label: 'Label régie de quartier', description: 'Label délivré par le réseau national des régies de quartier.' },
  geiq: { label: 'Label GEIQ', description: 'Label annuel des groupements d’employeurs pour l’insertion et la qualification.' },
  jep: { label: 'Agrément jeunesse et éducation populaire', description: 'Reconnaissance de l’État pour les associations de jeunesse et d’éducation populaire.' },
  rup: { label: 'Reconnaissance d’utilité publique', description: 'Statut accordé par décret à une association ou une fondation.' },
  sport: { label: 'Agrément sport', description: 'Agrément de l’État pour une association sportive.' },
  'scene-conventionnee': { label: 'Scène conventionnée', description: 'Label du ministère de la Culture pour un lieu ou une structure de diffusion d’intérêt national.' },
  'bistrot-de-pays': { label: 'Bistrot de pays', description: 'Label des cafés qui maintiennent un lieu de vie dans un village rural.' },
} satisfies Record<ApprovalId, CatalogueEntry>;

const zonings = {
  qpv: { label: 'Quartier prioritaire (QPV)', description: 'Quartier de la politique de la ville défini par la faiblesse des revenus de ses habitants ; listes de 2015, puis 2024 en métropole et 2025 outre-mer.' },
  zrr: { label: 'Zone de revitalisation rurale (ZRR)', description: 'Zonage rural fondé sur la densité et le revenu, en vigueur jusqu’au 30 juin 2024.' },
  frr: { label: 'France Ruralités Revitalisation (FRR)', description: 'Zonage rural qui remplace les ZRR depuis le 1er juillet 2024.' },
  'frr-plus': { label: 'FRR+', description: 'Les communes FRR les plus fragiles, avec des avantages renforcés depuis le 1er janvier 2025.' },
  montagne: { label: 'Zone de montagne', description: 'Communes classées en montagne au sens de la loi de 1985.' },
  drom: { label: 'Département et région d’outre-mer', description: 'Guadeloupe, Martinique, Guyane, La Réunion et Mayotte.' },
  acv: { label: 'Action Cœur de Ville', description: 'Programme national de revitalisation des centres des villes moyennes.' },
  pvd: { label: 'Petites villes de demain', description: 'Programme d’appui aux communes de moins de 20 000 habitants qui jouent un rôle de centralité.' },
  'territoire-industrie': { label: 'Territoires d’industrie', description: 'Programme de reconquête industrielle de territoires intercommunaux.' },
} satisfies Record<ZoningId, CatalogueEntry>;

const assets = {
  terrain: { label: 'Lieux et terrain', description: 'Locaux, terrains, équipements ou accès à un public sur place.' },
  skills: { label: 'Compétences', description: 'Savoir-faire techniques, ingénierie, conseil, temps de travail.' },
  finance: { label: 'Capacité financière', description: 'Subventions, achats, prêts, garanties ou fonds propres.' },
  network: { label: 'Réseau', description: 'Relations, mises en contact, accès à d’autres partenaires.' },
  legitimacy: { label: 'Légitimité', description: 'Reconnaissance, caution publique, confiance des habitants et des financeurs.' },
} satisfies Record<AssetId, CatalogueEntry>;

const partnerRoles = {
  design: { label: 'Conception', description: 'Imagine et construit le projet avec le porteur.' },
  carrying: { label: 'Portage', description: 'Porte juridiquement ou opérationnellement le projet.' },
  resource: { label: 'Ressource', description: 'Apporte des moyens : argent, lieux, compétences, contacts.' },
  legitimacy: { label: 'Légitimité', description: 'Donne au projet crédit et reconnaissance auprès des autres acteurs.' },
} satisfies Record<PartnerRoleId, CatalogueEntry>;

const employeeBands = {
  '0': { label: 'Sans salarié', description: 'Structure sans salarié, bénévole ou non employeuse.' },
  '1-9': { label: '1 à 9 salariés', description: 'Très petite structure employeuse.' },
  '10-49': { label: '10 à 49 salariés', description: 'Petite structure.' },
  '50-249': { label: '50 à 249 salariés', description: 'Structure moyenne.' },
  '250+': { label: '250 salariés ou plus', description: 'Grande structure.' },
} satisfies Record<EmployeeBandId, CatalogueEntry>;

const budgetBands = {
  'lt-50k': { label: 'Moins de 50 000 €', description: 'Budget annuel inférieur à 50 000 euros.' },
  '50k-200k': { label: '50 000 à 200 000 €', description: 'Budget annuel de 50 000 à 200 000 euros.' },
  '200k-1m': { label: '200 000 € à 1 M€', description: 'Budget annuel de 200 000 euros à un million.' },
  '1m-5m': { label: '1 à 5 M€', description: 'Budget annuel d’un à cinq millions d’euros.' },
  'gt-5m': { label: 'Plus de 5 M€', description: 'Budget annuel supérieur à cinq millions d’euros.' },
} satisfies Record<BudgetBandId, CatalogueEntry>;

const stages = {
  emergence: { label: 'Émergence', description: 'L’idée se précise : besoin repéré, premiers partenaires, étude de faisabilité.' },
  creation: { label: 'Création', description: 'La structure naît et lance ses premières activités.' },
  development: { label: 'Développement', description: 'L’activité grandit : nouveaux services, nouveaux publics, recrutements.' },
  consolidation: { label: 'Consolidation', description: 'La structure stabilise son modèle économique et son équipe.' },
  transition: { label: 'Transition', description: 'Changement d’échelle, de dirigeants, de modèle ou difficulté à traverser.' },
} satisfies Record<StageId, CatalogueEntry>;

const essScopes = {
  legal: { label: 'Famille de l’ESS', description: 'Famille nommée par la loi du 31 juillet 2014 sur l’ESS.' },
  ecosystem: { label: 'Écosystème', description: 'Partenaire de l’ESS sans en faire partie par son statut.' },
} satisfies Record<EssScope, CatalogueEntry>;

const essMemberships = {
  status: { label: 'ESS par son statut', description: 'Association, coopérative, mutuelle ou fondation : membre de l’ESS par sa forme juridique.' },
  conditions: { label: 'ESS sous conditions', description: 'Société commerciale qui remplit les conditions de la loi de 2014.' },
  'form-varies': { label: 'Selon la forme juridique', description: 'Peut être ou non dans l’ESS selon la forme choisie par la structure.' },
  no: { label: 'Hors ESS', description: 'Organisme public ou entreprise ordinaire.' },
} satisfies Record<EssMembership, CatalogueEntry>;

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
    population: { label: 'Dynamique démographique', description: 'Taux de croissance annuel moyen de la population.' },
    employment: { label: 'Dynamique économique', description: 'Taux de croissance annuel moyen de l’emploi.' },
    poverty: { label: 'Fragilité sociale', description: 'Taux de pauvreté.' },
  } satisfies Record<FragilityCriterionId, CatalogueEntry>,
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

export const catalogueFr = {
  families,
  types,
  needs,
  themes,
  activities,
  approvals,
  zonings,
  assets,
  partnerRoles,
  employeeBands,
  budgetBands,
  stages,
  essScopes,
  essMemberships,
  confidence,
  legalReasons,
  fragility,
};
export type CatalogueMessages = typeof catalogueFr;
