// English messages: the scoring questionnaire. Same shape as the French file (../fr/scoring-questions.ts),
// checked by the type.
import type { ScoringQuestions } from '../fr/scoring-questions.js';

export const scoringQuestionsEn: ScoringQuestions = {
  criteria: {
    'needs-fit': {
      question: "Does the activity meet a real, recognised and lasting need of the territory's inhabitants?",
      anchors: [
        'No local need is established: the activity was designed without regard to what the territory expects.',
        'A need is assumed but hardly checked; attendance or demand remain low.',
        'The need is real for part of the public; the offer is still adjusting by trial and error.',
        'The need is documented (diagnosis, regular requests) and the activity is known to meet it.',
        'The project has become the reference answer; it keeps adjusting its offer with inhabitants and local actors.',
      ],
      evidence: {
        'territorial-diagnosis': 'A territorial diagnosis or needs study, shared with the local authority',
        'user-demand': 'Waiting lists, repeated requests, attendance tracked over time',
        'beneficiary-feedback': 'Feedback from beneficiaries, inhabitants sitting in the governance',
      },
      help: 'In a fragile territory the answer often takes an adapted shape (itinerant service, opening hours, prices). This is the first condition: an activity nobody needs is not made durable by good accounts.',
    },
    'financial-autonomy': {
      question: 'Could the organisation carry on if a funder withdrew or paid late?',
      anchors: [
        'The organisation depends almost entirely on one funder; its withdrawal would stop the activity.',
        'More than two thirds of resources are subsidies from one or two funders; equity is thin or negative.',
        'Subsidies make up about half of resources; losing the main funder would force a sharp cut in activity.',
        'Resources are spread over several sources; reserves would absorb a shock of a few months.',
        'No source exceeds a modest share of resources and equity could absorb the loss of any one of them.',
      ],
      evidence: {
        'annual-accounts': 'Annual accounts: income by origin, equity',
        'funding-plan': 'Multi-year funding plan and the end dates of agreements',
      },
      help: 'In fragile territories many organisations cannot be fully self-funded: what matters is not to depend on any source so much that its withdrawal stops everything. Bankers watch public funding above 50 % of revenue.',
    },
    'subsidy-access': {
      question: 'Does the organisation know how to obtain and renew suitable public and private funding?',
      anchors: [
        'No subsidy obtained, or applications fail for lack of know-how.',
        'One-off grants won call by call, with no visibility beyond the year.',
        'A few regular funders, but yearly agreements renegotiated every time.',
        'Several funders, including at least one multi-year agreement or an approval that opens funding.',
        'A stable and varied round of funders (local authorities, State, CAF, EU funds, foundations) under multi-year agreements.',
      ],
      evidence: {
        'multi-year-agreements': 'Multi-year objective agreements in force',
        'funder-list': 'List of funders over the last three financial years',
        approvals: 'Approvals or conventions (IAE, EVS, ESUS, scène conventionnée…)',
      },
      help: 'Multi-year funding lets an organisation plan ahead instead of answering calls for projects every year. An approval can open regular support (per-post insertion aid, the CAF\'s EVS approval).',
    },
    'financial-management': {
      question: 'Are cash and budget monitored and under control?',
      anchors: [
        'No budget and no cash monitoring; payment incidents have already happened.',
        'A budget exists but cash is always tight; late payments (EU funds, State) put the organisation in difficulty.',
        'Budget and cash are monitored, but working capital covers less than one or two months of expenses.',
        'A cash plan anticipates payment delays; working capital covers about three months.',
        'Monthly monitoring, dashboards shared with the board, reserves large enough to advance expected funding.',
      ],
      evidence: {
        'cash-plan': 'Twelve-month cash plan',
        'budget-monitoring': 'Budget monitoring presented to the board or general assembly',
        'accounting-support': 'Chartered accountant, statutory auditor or support from an accompaniment scheme',
      },
      help: 'Working capital and available cash are vital: EU funds are sometimes paid about two years after the action, and few organisations have the cash to advance such sums.',
    },
    'market-hybridisation': {
      question: 'Does part of the resources come from selling goods or services?',
      anchors: [
        'No earned income: the organisation sells nothing.',
        'Some token income (contributions, small sales), under a tenth of resources.',
        'Sales or services bring a real but minor share of resources.',
        'Market income is about half of resources, from public and private customers.',
        'Market income is the majority and comes from varied customers, without betraying the social mission (prices suited to low-income publics).',
      ],
      evidence: {
        'price-list': 'Price list, service offer',
        'customer-base': 'Public and private customers and buyers over the last two years',
      },
      help: 'Hybridisation combines market, public and private resources. It is only possible in sectors where new customers or offers exist; the answer rates what is achieved, not an ideal.',
    },
    'investment-capacity': {
      question: 'Can the organisation fund its equipment and development projects?',
      anchors: [
        'No capacity: the year ends in a loss and no investment funder can be reached.',
        'Essential investments are postponed for lack of self-financing or accessible loans.',
        'Small investments are possible, thanks to an equipment grant or an occasional surplus.',
        'Self-financing and access to loans or guarantees (France Active, banks) allow planned investment.',
        "The organisation funds its investments through a multi-year plan combining self-financing, loans, investment subsidies and possibly partners' equity.",
      ],
      evidence: {
        'investment-plan': 'Investment plan and its funding plan',
        'loans-or-guarantees': 'Loans, participative loans or guarantees obtained',
      },
      help: 'An investment subsidy shows funders\' trust and often brings other partners in. In a SCIC, local authorities can take shares (public bodies together at most 50 % of the capital).',
    },
    spreading: {
      question: 'Can the project be replicated or extended elsewhere, by the organisation or by others?',
      anchors: [
        'The project rests entirely on one place or one person; nothing allows it to be reproduced.',
        'There is a wish to spread but the method is not written down.',
        'The approach is partly described; there are contacts with other territories.',
        'A method is documented and a branch or sister project has started.',
        'The model has been replicated successfully in several places, with support or a network passing it on.',
      ],
      evidence: {
        replication: 'Branches, projects inspired by it, requests from other territories',
        'documented-method': 'Guide, training or tools handed over to other project holders',
      },
      help: 'Spreading strengthens the original organisation (recognition, pooling) but can also scatter it: answer for what is in place, not for intentions.',
    },
    'activity-diversification': {
      question: 'Does the organisation run several complementary activities that balance its model?',
      anchors: [
        'A single activity, which cannot break even on its own.',
        'One main activity and a few side actions that bring little.',
        'Two or three activities, some with limited profit partly offsetting the free ones.',
        'Complementary activities, for different publics, balance the overall budget.',
        'A portfolio of activities designed so that a drop in one is offset by the others, without losing the coherence of the mission.',
      ],
      evidence: {
        'activity-list': 'List of activities and their publics',
        'revenue-by-activity': 'Income and costs by activity (cost accounting)',
      },
      help: 'Where the economic fabric is thin, diversification is a necessity for most organisations: limited-profit activities pay for those that stay free or nearly free.',
    },
    'mission-fit': {
      question: 'Do the people running the project embody its social mission and stay committed to it?',
      anchors: [
        'The people in charge are remote from the mission or disagree on what the project is for.',
        'The mission rests on one founder; the team shares it only in part.',
        'The team shares the mission, but the governance does not keep it alive beyond daily work.',
        'The mission is shared by the team and the board, and guides difficult choices.',
        'The mission is carried collectively, passed on to newcomers, and would survive the founders leaving.',
      ],
      evidence: {
        'founders-story': "The founders' background and personal bond with the cause or the territory",
        governance: 'Statutes, association or cooperative project, renewal of the board',
      },
      help: 'Organisational pérennité means lasting while keeping one\'s identity: a project that changes its mission to survive is no longer the same project.',
    },
    'entrepreneurial-personality': {
      question: 'Do the people in charge take initiatives, seize opportunities and bounce back after a failure?',
      anchors: [
        'The project is driven by events; nobody takes the decisions needed.',
        'The people in charge manage day to day but hesitate to take measured risks.',
        'Some successful initiatives, often at the cost of the founders\' exhaustion.',
        'The people in charge spot opportunities, negotiate with partners and know how to adapt the project.',
        'A culture of initiative shared by the team, which has already turned crises into new developments.',
      ],
      evidence: {
        'track-record': 'Past crises and how they were overcome',
        initiatives: 'New activities, partnerships or funding won on the team\'s initiative',
      },
      help: 'This is not a single character trait: the capacity to undertake can be collective, and a project too dependent on one person stays fragile.',
    },
    'skills-growth': {
      question: 'Does the team, paid and volunteer, build the skills the project needs?',
      anchors: [
        'Key skills are missing (management, sales, supervision) and nothing is planned to acquire them.',
        'The gaps are known but training stays occasional and reactive.',
        'Some training and outside support have strengthened part of the team.',
        'A training plan exists; the team has had support (DLA, incubator, network) and is becoming more professional.',
        'Skills are passed on internally, key posts have back-ups, and the team in turn trains other organisations.',
      ],
      evidence: {
        'training-plan': 'Skills development plan, training attended',
        'support-received': 'Support received: DLA, incubator, network, mentoring',
      },
      help: 'Entrepreneur networks and support schemes such as the DLA help the team, employees and volunteers alike, grow its skills.',
    },
    'stakeholder-mobilisation': {
      question: 'Can the organisation rally volunteers, users, partners and elected officials around the project?',
      anchors: [
        'The project is run by an isolated team; nobody else gets involved.',
        'A few occasional supporters, hard to keep involved over time.',
        'A core of loyal volunteers and partners, but little present in decisions.',
        "Volunteers, users and partners take part in the organisation's life and its governing bodies.",
        'Governance open to several colleges (users, employees, local authorities, firms), able to rally quickly when trouble strikes.',
      ],
      evidence: {
        volunteers: 'Number of active volunteers and hours given',
        'governance-members': 'Composition of the governing bodies, member colleges of a SCIC',
      },
      help: 'Bringing several stakeholders into the governance, as a SCIC allows, keeps the project close to local expectations and shares responsibility for its survival.',
    },
    'operational-partners': {
      question: 'Do field partners actually work with the organisation?',
      anchors: [
        'No operational partner: the organisation acts alone.',
        'Informal contacts, without mutual commitment.',
        'A few occasional partnerships on specific actions.',
        'Regular, formalised partnerships (agreements, referrers, local customers or suppliers).',
        'Co-built, integrated partnerships (pooled means, grouping, joint project) that secure the activity.',
      ],
      evidence: {
        'partnership-agreements': 'Partnership agreements, charters, contracts',
        'pooled-resources': 'Pooled means: premises, staff, equipment, purchasing',
      },
      help: 'The most integrated cooperations, built as partnerships rather than case by case, are those that best secure pérennité.',
    },
    'local-media': {
      question: 'Is the project known through local media and its own channels?',
      anchors: [
        'The local public does not know the project.',
        'A few occasional articles, no communication of its own.',
        'A regular presence in the local press or on social networks, with little effect so far.',
        'Steady communication (press, local radio, municipal bulletin, social networks) that brings in new publics.',
        'The project is a local landmark, relayed spontaneously by the media and by the local authorities\' communication.',
      ],
      evidence: {
        'press-coverage': 'Press coverage, local radio or television appearances',
        'own-channels': 'Website, newsletter, social networks and their audience',
      },
      help: 'Making the offer known matters all the more when the territory suffers from poor mobility (overseas, rural, mountain) or when publics fear being stigmatised.',
    },
    inhabitants: {
      question: 'Do inhabitants use, support and bring the project to life?',
      anchors: [
        'Inhabitants ignore the project or distrust it.',
        'Some inhabitants use it without getting involved; the activity is seen as unusual.',
        'Inhabitants use the project and a few volunteer in it.',
        'Inhabitants take part in decisions and in running it; the project is part of local life.',
        'Inhabitants carry the project: they have defended it, funded it (savings, crowdfunding) or taken it over.',
      ],
      evidence: {
        participation: 'Inhabitants taking part in governing bodies, work sites, events',
        'local-volunteers': 'Volunteers living in the territory',
      },
      help: 'An activity seen as unusual may be shunned without explaining it; conversely, involved inhabitants are the best guarantee that it lasts.',
    },
    networks: {
      question: 'Does the organisation belong to networks that bring it resources, advice and pooling?',
      anchors: [
        'No network membership.',
        'A formal membership of a network, without concrete support from it.',
        'Regular exchanges of practice and advice with one or two networks.',
        'Networks (federation, CRESS, local network) bring training, introductions and resources.',
        'The organisation is active in a grouping or cooperation cluster (PTCE, GES) that pools staff, means or contracts.',
      ],
      evidence: {
        memberships: 'Memberships of federations, umbrella networks, entrepreneur clubs',
        pooling: 'Resources shared through a network or grouping',
      },
      help: 'Pooling between ESS organisations is a key to success in fragile territories: it also reassures funders.',
    },
    'territory-sensitivity': {
      question: 'Does the territory know and value the social and solidarity economy?',
      anchors: [
        'The ESS is unknown or viewed with distrust locally.',
        'A few actors know the ESS, with no dedicated policy or event.',
        'ESS initiatives exist and are known, but remain scattered.',
        'The territory values the ESS: events (the Mois de l\'ESS), resource places, an identified elected official or department.',
        'The ESS is a hallmark of the territory: a dedicated policy, a co-construction body, a charter, third places or a Maison de l\'ESS.',
      ],
      evidence: {
        'local-ess-policy': 'An elected official, department or policy dedicated to the ESS',
        'ess-events': 'ESS events, forums or places in the territory',
      },
      help: 'This criterion describes the territory more than the organisation: it says whether the local climate helps an ESS project settle for the long term.',
    },
    'public-authorities': {
      question: 'Do local authorities and State services support the project over time?',
      anchors: [
        'No link with public authorities, or conflictual relations.',
        'Occasional support, without an ongoing relationship.',
        'One local authority supports the project regularly, but under a single scheme.',
        'Several public bodies support the project (funding, premises, purchasing, communication) and treat it as a partner of their policy.',
        'Public action is co-built with the organisation: multi-year partnership, seats in the governance, several levers combined.',
      ],
      evidence: {
        'public-support': 'Subsidies, premises, seconded staff, public contracts',
        'co-construction': 'Joint bodies, multi-year agreements, equity stakes',
      },
      help: 'Communes, intercommunalities, départements, regions, the State and the CAF hold different levers according to their competences; co-built partnerships are the ones that last.',
    },
  },
  indicators: {
    'working-capital': { label: 'Working capital (fonds de roulement)', help: 'Permanent capital (equity and debts over one year) minus net fixed assets.' },
    'working-capital-days': { label: 'Working capital in days of expenses', help: "Working capital divided by the year's cash expenses (depreciation excluded), times 365." },
    'working-capital-need': { label: 'Working-capital need', help: 'Stocks and receivables (subsidies due included) minus short-term debts.' },
    'net-cash': { label: 'Net cash', help: 'Working capital minus working-capital need.' },
    'net-cash-days': { label: 'Net cash in days of expenses', help: "Net cash divided by the year's cash expenses, times 365." },
    'self-financing-capacity': { label: 'Self-financing capacity (CAF)', help: "The year's result plus depreciation and provisions." },
    'self-financing-ratio': { label: 'Self-financing capacity to revenue', help: 'Self-financing capacity divided by total revenue.' },
    'subsidy-dependence': { label: 'Dependence on subsidies', help: 'Public subsidies divided by total revenue; above 50 %, banks look closely.' },
    'largest-funder-share': { label: 'Share of the largest funder', help: 'Amount paid by the main funder (public or private) divided by total revenue.' },
    'funder-herfindahl': { label: 'Concentration of funders', help: "Herfindahl index: sum of the squared shares of each funder; 1 for a single funder, 0.25 for four equal funders." },
    'market-revenue-share': { label: 'Share of market revenue', help: 'Sales of goods and services, to private or public customers, divided by total revenue.' },
    'equity-ratio': { label: 'Equity to revenue', help: "Tuckman and Chang's indicator: equity divided by total revenue." },
    'revenue-concentration': { label: 'Revenue concentration', help: "Tuckman and Chang's indicator: sum of the squared shares of sales, subsidies, donations and other income." },
    'admin-cost-ratio': { label: 'Administrative cost ratio', help: "Tuckman and Chang's indicator: administrative and general costs divided by total expenses." },
    'operating-margin': { label: 'Operating margin', help: "Tuckman and Chang's indicator: (revenue − expenses) divided by revenue." },
    'beneficiaries-direct': { label: 'Direct beneficiaries', help: 'People who use the service or take part in the activities.' },
    'beneficiaries-indirect': { label: 'Indirect beneficiaries', help: 'Relatives, families, firms or inhabitants who benefit indirectly from the project.' },
    'survival-12-months': { label: 'Survival rate at 12 months', help: 'Share of supported activities or organisations still active one year later.' },
    'survival-36-months': { label: 'Survival rate at 36 months', help: 'Share of supported activities or organisations still active three years later.' },
    'resources-mobilised': { label: 'Resources mobilised', help: 'Funding, valued volunteer time and in-kind contributions gathered around the project.' },
    'local-cofinancing-share': { label: 'Share of local co-financing', help: 'Share of resources brought by actors of the territory (local authorities, firms, inhabitants).' },
    'partner-satisfaction': { label: 'Partner satisfaction', help: 'How partners rate the partnership, collected at reviews.' },
    'public-satisfaction': { label: 'Public satisfaction', help: 'How users and inhabitants rate the project, collected by survey or in discussion.' },
    'jobs-created': { label: 'Jobs created', help: 'New posts, in full-time equivalents.' },
    'jobs-consolidated': { label: 'Jobs consolidated', help: 'Existing posts whose funding was secured, in full-time equivalents.' },
  },
  indicatorReasons: {
    'missing-input': 'Missing figure: {missing}',
    'zero-denominator': 'Cannot be computed: the denominator is zero',
    overflow: 'Cannot be computed: values out of range',
  },
  suggestion: {
    basis: '{indicator} = {value}: band {band}, suggested answer {answer}',
    summary: 'Answer {answer} suggested from the figures (mean of the indicators, rounded down). Your own answer replaces it.',
  },
  adjustments: {
    'urban-qpv':
      "Priority urban neighbourhood: inhabitants' support, local communication and city-policy backing (contrat de ville) weigh more, as some publics may distrust an activity they see as stigmatising.",
    rural:
      'Rural territory: where the economic fabric is thin, diversifying activities is often essential, and networks, field partners and the commune make up for isolation.',
    mountain: 'Mountain: seasonality pushes towards diversified activities, and distances make communication and networks more decisive.',
    drom:
      "Overseas: funders' payment delays and the weight of EU funds make cash management and access to subsidies more decisive; remoteness strengthens the role of communication.",
    'theme-responsible-consumption':
      'Responsible consumption and production: these activities sell goods and need equipment; market resources, investment capacity and value-chain partners count more.',
    'theme-attractiveness':
      "Attractiveness: festivals, heritage and tourism live on their reputation and on local authorities' attractiveness policies; media, public authorities and the local climate weigh more.",
    'theme-social-cohesion':
      'Social ties: these projects rely on inhabitants and volunteers taking part, and on a friendly welcome for activities sometimes seen as unusual.',
    'theme-inclusion':
      'Inclusion: these activities fulfil public-interest missions funded through approvals and public policies, and depend on the referrers who send people to them.',
  },
  trace: {
    formula:
      'Overall score = mean of the answered criteria scores (answer × 25), weighted by their weights, then capped when the fit with needs is 0 (35) or 1 (60).',
    steps: {
      'total-weight': 'Sum of the profile weights: {value}',
      'answered-weight': 'Sum of the weights of answered criteria: {value}',
      'weighted-sum': 'Sum of weight × score over answered criteria: {value}',
      'weighted-mean': 'Weighted mean (weighted sum ÷ answered weight): {value}',
      'needs-fit-cap': 'Cap set by the fit with needs: {value}',
      overall: 'Overall score (weighted mean, capped): {value}',
      band: 'Band: {value}',
    },
    rounding: 'Numbers are rounded to 9 decimals to remove floating-point noise.',
    completeness: 'Completeness: {value} % of the total weight was answered ("not applicable" included).',
    unanswered: 'Unanswered: {criterion}. Depending on the answer (0 to 4), the score would range from {low} to {high}.',
    couldChangeBand: 'Answering it could change the band.',
    strength: 'Strength',
    weakness: 'Weakness',
  },
  errors: {
    'not-an-object': 'An object was expected, got {value}.',
    'weights-missing': 'The profile needs a "weights" object (a weight per criterion), got {value}.',
    'invalid-profile-id': 'The profile id must be a text of 1 to 200 characters, got {value}.',
    'invalid-adjustments': 'The "adjustments" field must be a list of texts, got {value}.',
    'unknown-criterion': '"{key}" is not a known criterion (see the list of criterion ids).',
    'weight-not-a-number': 'The weight of criterion "{criterion}" must be a number, got {value}.',
    'weight-not-finite': 'The weight of criterion "{criterion}" must be a finite number, got {value}.',
    'negative-weight': 'The weight of criterion "{criterion}" cannot be negative, got {value}.',
    'weight-too-large': 'The weight of criterion "{criterion}" exceeds the maximum ({max}), got {value}.',
    'no-positive-weight': 'At least one criterion must have a weight above zero.',
    'invalid-answer': 'The answer to criterion "{criterion}" must be 0, 1, 2, 3, 4, "unknown" or "not-applicable", got {value}.',
  },
};
