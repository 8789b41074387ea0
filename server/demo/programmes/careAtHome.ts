import type { DemoProgramme } from '../demoProgramme'

export const CARE_AT_HOME: DemoProgramme[] = [
  {
    key: 'digital-telecare-fife',
    council: 'S12000047',
    title: 'Moving every telecare alarm to digital before the analogue phone switch-off',
    themes: ['adult-social-care', 'digital'],
    tags: ['telecare', 'digital switchover', 'community alarms', 'technology enabled care'],
    partners: ['Fife Health and Social Care Partnership', 'Alarm receiving centre supplier', 'Telephone providers'],
    stage: 'scaled',
    start: '2022-01',
    summary:
      'Around 9,000 Fife residents rely on a community alarm that dials out over an analogue phone line. We replaced every one with a digital alarm before the national switch-off, street by street, without a single missed call during the move.',
    problem:
      'Telephone companies are moving every line to digital, and older alarms can fail silently on the new lines. Providers were switching households over without telling us which of them had an alarm, and in a test of 200 upgraded homes, one alarm in seven did not get through to our alarm receiving centre.',
    whatTheyDid:
      'We upgraded our alarm receiving centre to digital first, then replaced alarms area by area, starting with people who live alone and have had a fall in the last year. Each installation ends with a test call to the centre while the engineer is still there.\n\nWe agreed with the main telephone providers that they would share, each week, the addresses they planned to switch, so we could reach those homes first.',
    context:
      "Fife has towns, former mining communities and rural parts of the north east of the county. Mobile signal is weak in some areas, so some alarms needed roof aerials or a different network's SIM.",
    barriers: [
      [
        'partnership',
        'Telephone providers at first would not tell us which homes were being switched. A data sharing agreement with the two largest fixed that.',
      ],
      [
        'procurement',
        'Digital alarms were in short supply in 2022. We placed one large order through a national framework rather than several small ones.',
      ],
    ],
    enablers: [
      ['test-and-learn', 'A pilot of 200 homes in one town showed us which alarm models failed and why.'],
      ['dedicated-team', 'A team of five installers did nothing but the switchover for two years.'],
    ],
    oneOff: [1_350_000, 'digital alarms, the alarm receiving centre upgrade and installation'],
    yearly: [90_000, 'SIM contracts and monitoring the digital alarms'],
    fte: [5, 'installers, with a coordinator from the existing telecare team'],
    skills: 'Telecare installation, project management, data sharing',
    technology: 'Digital alarm units, a digital alarm receiving centre, roof aerials where signal is weak',
    firstResults: '3 months',
    outcomes:
      'All 9,040 alarms were replaced by March 2024. In the pilot, 1 alarm in 7 failed its test call on a digital line; after the switchover no failed calls were traced to the line.\n\nThe digital alarms report a low battery or lost connection themselves, which led to 1,300 preventive visits in the first year instead of finding faults when someone needed help.',
    evidence: [
      '2',
      'Failed call rates come from test calls before and after the switchover, recorded by the alarm receiving centre.',
    ],
    costsAndSavings:
      "The Scottish Government's digital telecare programme met a fifth of the equipment cost. We expect lower maintenance costs because alarms now report their own faults.",
    lessons:
      'Upgrade the receiving centre before any alarms. Get the telephone providers to share their switching plans early; otherwise you are always a step behind them.',
    documents: ['Switchover installation checklist'],
  },
  {
    key: 'carers-assessments-kirklees',
    council: 'E08000034',
    title: "Carers' assessments by the carers' centre, not a waiting list",
    themes: ['adult-social-care', 'communities'],
    tags: ['unpaid carers', 'carers assessment', 'Care Act', 'voluntary sector'],
    partners: ["Carers' centre", 'GP practices', 'Integrated care board'],
    stage: 'live',
    start: '2022-06',
    summary:
      "We asked the local carers' charity to carry out Care Act carers' assessments on our behalf. Carers now wait around two weeks instead of four months, and three times as many are assessed each year.",
    problem:
      "About 46,000 people in Kirklees look after a relative or friend without pay, but fewer than 1,000 a year had a carer's assessment. Social workers saw the carer's assessment as secondary to the cared-for person's, so it waited, sometimes for months.",
    whatTheyDid:
      "Under the Care Act a council can delegate carers' assessments. We commissioned the carers' centre, which already knew many carers, to carry them out, with our social workers signing off any that lead to a personal budget.\n\nAssessments now happen wherever the carer prefers: at home, at the centre, by phone or at their GP surgery. Every carer gets a plan and a named worker, and most get a small direct payment for a break.",
    context:
      'Kirklees has two large towns, Huddersfield and Dewsbury, and several smaller ones. Many carers are themselves over 65, and a significant number are young adults caring for a parent.',
    barriers: [
      [
        'culture',
        'Some social workers worried about handing assessments to a charity. Joint training and shared supervision for the first six months built trust.',
      ],
      [
        'legal-regulatory',
        'Delegating a statutory function needed legal advice and clear rules about which decisions stay with the council.',
      ],
    ],
    enablers: [
      [
        'partnership',
        "The carers' centre was already trusted by carers; many came forward once they knew it was them.",
      ],
      ['co-design', 'Carers redesigned the assessment form, which shrank from 14 pages to 5.'],
    ],
    oneOff: [15_000, 'legal advice, training and changes to the case management system'],
    yearly: [240_000, "the carers' centre contract, including direct payments for breaks"],
    fte: [4.5, "assessors employed by the carers' centre"],
    skills: "Carers' assessment under the Care Act, contract management",
    technology: "Read and write access for the centre to the council's case management system",
    firstResults: '6 months',
    outcomes:
      "Carers' assessments rose from 920 a year to 2,850. The average wait fell from 17 weeks to 2. In our annual survey, the share of carers who said they had as much social contact as they wanted rose from 24% to 33%.",
    evidence: [
      '2',
      'Counts and waiting times come from the case management system; the survey result is from two successive years.',
    ],
    costsAndSavings:
      'Each assessment costs less than when social workers did it. We have not yet shown that carers keep caring for longer, though that is the saving we expect.',
    lessons:
      'Decide early which decisions stay with the council and write them down. Carers will come forward to an organisation they trust long before they come to us.',
    documents: ["Carers' assessment form", 'Delegation agreement'],
  },
  {
    key: 'care-micro-providers-somerset',
    council: 'E06000066',
    title: 'Community micro-providers for home care in villages and small towns',
    themes: ['adult-social-care', 'economy'],
    tags: ['home care', 'micro-enterprises', 'care market', 'personal assistants'],
    partners: ['Community Catalysts', 'Village agents', 'Parish and town councils'],
    stage: 'scaled',
    start: '2020-09',
    summary:
      'We help local people set up small care businesses of one to eight workers, mostly in villages that home care agencies struggle to reach. More than 600 micro-providers now deliver about 30,000 hours of care a month.',
    problem:
      'Home care agencies could not cover large parts of rural Somerset: travel between visits made calls unprofitable, and people were stuck in hospital or went into care homes because nobody could visit them at home.',
    whatTheyDid:
      'A small team helps people who want to provide care set up as micro-providers: advice on insurance, training, safeguarding, pricing and registration where it is needed. Every micro-provider is listed in an online directory that people with a direct payment can search.\n\nVillage agents spread the word, and town and parish councils lent rooms for training sessions.',
    context:
      'Somerset is mostly rural, with many small villages and a few larger towns. Many micro-providers are people who left agency work because of the travelling, or who already helped neighbours informally.',
    barriers: [
      [
        'legal-regulatory',
        'Some would-be providers were unsure whether they needed to register with the Care Quality Commission. Clear guidance on when registration applies fixed most of the confusion.',
      ],
      [
        'measuring-impact',
        'Micro-providers are paid through direct payments, so the hours were invisible in our systems at first. We added a question to direct payment monitoring.',
      ],
    ],
    enablers: [
      [
        'dedicated-team',
        'Three development officers each cover a part of the county and know their micro-providers personally.',
      ],
      [
        'political-support',
        'Councillors saw it as a way to keep care and jobs in their own villages, and championed it locally.',
      ],
    ],
    oneOff: [25_000, 'the online directory and start-up training'],
    yearly: [150_000, 'three development officers and the directory'],
    fte: [3, 'development officers'],
    skills: 'Small business support, safeguarding, care quality',
    technology: 'An online directory of micro-providers searchable by postcode',
    firstResults: '12 months',
    outcomes:
      'By 2024 there were 630 micro-providers delivering about 30,000 hours of care a month, more than half of it in places where agencies had handed back packages. People using micro-providers are more likely than agency users to say they get the same carer every time (89% against 52%).',
    evidence: [
      '2',
      'Hours are from direct payment monitoring; the comparison of continuity comes from our annual survey.',
    ],
    costsAndSavings:
      'Micro-provider hourly rates are similar to agency rates, but fewer people move into residential care for want of home care. We estimate avoided placement costs of £1.8 million a year.',
    lessons:
      'Make the directory easy for families to use, not just for social workers. Quality comes from relationships: our development officers visit every micro-provider at least once a year.',
    documents: ['Micro-provider starter guide'],
  },
  {
    key: 'care-micro-providers-powys',
    council: 'W06000023',
    title: 'Micro-providers of care for mid Wales, bilingual from the start',
    themes: ['adult-social-care', 'economy'],
    tags: ['home care', 'micro-enterprises', 'Welsh language', 'care market'],
    partners: ['Powys Association of Voluntary Organisations', 'Powys Teaching Health Board', 'Business Wales'],
    stage: 'pilot',
    start: '2023-09',
    summary:
      "We adapted Somerset Council's micro-provider programme for Powys, the most sparsely populated county in Wales. In its pilot year 54 local people set up as micro-providers, and 96 people who had been waiting for home care now receive it.",
    problem:
      'At the start of the pilot, 180 people in Powys had been assessed as needing home care but were waiting because no agency would cover their area. Some farms and hamlets are an hour from the nearest agency office.',
    whatTheyDid:
      "We followed Somerset's model: a development officer helps people set up, and every micro-provider joins a searchable directory. We built the directory and all the training in Welsh and English from the start.\n\nBecause there are so few people in some valleys, micro-providers can join a small cooperative to cover each other's holidays and sickness, which Somerset did not need.",
    context:
      'Powys covers a quarter of Wales with about 133,000 people. Many communities are Welsh-speaking, and people want care from someone who speaks their language.',
    barriers: [
      [
        'capacity',
        'In the least populated valleys there were too few people to cover holidays. The cooperative was our answer.',
      ],
      [
        'funding',
        'The pilot relied on a one-year regional grant. We made the case for permanent funding with the waiting-list figures.',
      ],
    ],
    enablers: [
      ['peer-learning', "Somerset's team shared their guides, which we translated and adapted to Welsh regulation."],
      ['partnership', 'Business Wales ran the small business part of the training.'],
    ],
    oneOff: [18_000, 'the bilingual directory and translated training materials'],
    yearly: [62_000, 'a development officer and cooperative support'],
    fte: [1.5, 'a development officer and a part-time cooperative coordinator'],
    skills: 'Small business support, care regulation in Wales, Welsh language',
    technology: 'A bilingual online directory of micro-providers',
    firstResults: '9 months',
    outcomes:
      '54 micro-providers were set up in the pilot year, providing about 2,100 hours of care a month. 96 of the 180 people on the waiting list now receive care from a micro-provider.',
    evidence: [
      '1',
      'The pilot is young: we can show what was set up and who now receives care, but not yet any longer-term effect.',
    ],
    costsAndSavings: 'Too early to show savings. The regional partnership board has agreed funding for two more years.',
    lessons:
      'Plan for cover from day one in places with very few people. Translating is not enough; the training had to reflect Welsh rules on registration.',
    documents: ['Micro-provider cooperative agreement'],
    adaptedFrom: {
      key: 'care-micro-providers-somerset',
      whatChanged:
        'Somerset has enough micro-providers in most areas to cover for each other informally. Powys has far fewer people spread across a much larger area, so we added a cooperative for cover, made everything bilingual, and rewrote the guidance for Welsh care regulation.',
    },
  },
]
