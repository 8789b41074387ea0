import type { DemoProgramme } from '../demoProgramme'

export const COMMUNITY_SAFETY: DemoProgramme[] = [
  {
    key: 'asb-hub-walsall',
    council: 'E08000030',
    title: 'A joint antisocial behaviour hub with the police and housing associations',
    themes: ['community-safety', 'communities'],
    tags: ['antisocial behaviour', 'ASB', 'community safety partnership', 'case management'],
    partners: ['West Midlands Police', 'Housing associations', 'Youth service', 'Mental health services'],
    stage: 'live',
    start: '2021-02',
    summary:
      'Council, police and housing association officers now work from one office and manage antisocial behaviour cases together, with one case record. Repeat reports from the same victims fell by 40% and cases are resolved in half the time.',
    problem:
      'Residents reporting antisocial behaviour were passed between the council, the police and their landlord, each of whom opened a separate case. Victims had to repeat their story, and nobody had a full picture of the perpetrators.',
    whatTheyDid:
      'Officers from each organisation sit together in the hub and share one case management system. Every new case is triaged the same day and given a lead officer from whichever organisation is best placed.\n\nA weekly meeting reviews high-risk cases, including vulnerable victims and repeat perpetrators, and agrees joint action from warning letters to injunctions. Mental health and youth services join when needed.',
    context:
      "Walsall has several housing associations owning large estates, and antisocial behaviour was residents' top concern in our annual survey.",
    barriers: [
      [
        'data-sharing',
        'Sharing information on perpetrators needed an information sharing agreement signed by every partner.',
      ],
      ['technology', 'Each organisation had its own system. We agreed to use one, with partners given access.'],
    ],
    enablers: [
      ['partnership', 'The community safety partnership board made the hub its top priority.'],
      ['dedicated-team', 'A hub manager coordinates all partners.'],
    ],
    oneOff: [55_000, 'the shared case management system and office changes'],
    yearly: [95_000, 'a hub manager and system licences, with partners funding their own staff'],
    fte: [1, 'hub manager, with officers seconded from each partner'],
    skills: 'ASB casework, legal remedies, victim support',
    technology: 'Shared ASB case management system',
    firstResults: '6 months',
    outcomes:
      'Average time to resolve a case fell from 94 days to 46. Repeat reports from the same victims fell by 40%, and satisfaction among victims rose from 52% to 74%.',
    evidence: ['2', 'Case records and a victim satisfaction survey, before and after.'],
    costsAndSavings: 'Less duplicated work across partners.',
    lessons:
      'One case, one lead, one record. Sign the information sharing agreement before moving anyone into the office.',
    documents: ['ASB information sharing agreement'],
  },
  {
    key: 'detached-youth-work-lambeth',
    council: 'E09000022',
    title: 'Detached youth workers in parks and estates in the evenings',
    themes: ['community-safety', 'childrens-services'],
    tags: ['youth work', 'serious violence', 'knife crime', 'early intervention'],
    partners: ['Metropolitan Police', 'Youth organisations', 'Schools'],
    stage: 'live',
    start: '2021-05',
    summary:
      'Teams of youth workers go out in the evenings to where young people gather — parks, estates, high streets — to build relationships and connect them with support. They met 2,700 young people in two years, and youth violence in the areas they work fell faster than elsewhere in the borough.',
    problem:
      'Young people most at risk of exploitation and violence were least likely to attend youth clubs. Incidents involving knives were concentrated in a few areas in the evenings.',
    whatTheyDid:
      "Detached teams work four evenings a week in areas identified from police and community data. They talk, listen and build trust over months, then help young people into youth clubs, sport, education, work, or specialist support where there are signs of exploitation.\n\nWorkers share concerns about safeguarding quickly through the council's exploitation team.",
    context:
      'Lambeth is an inner London borough with a young population and concentrated areas of deprivation. Youth services had been cut before the programme.',
    barriers: [
      ['capacity', 'Experienced detached youth workers are scarce. We trained new workers alongside experienced ones.'],
      [
        'measuring-impact',
        'Preventing violence is hard to prove. We compare trends in areas covered with those not yet covered.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'Violence reduction unit funding paid for the teams.'],
      ['co-design', 'Young people advised on where and when teams should work.'],
    ],
    oneOff: [15_000, 'training and equipment'],
    yearly: [420_000, 'three detached youth work teams'],
    fte: [9, 'detached youth workers'],
    skills: 'Detached youth work, safeguarding, exploitation awareness',
    technology: 'Mobile phones and a simple contact log',
    firstResults: '6 months',
    outcomes:
      '2,700 young people were met in two years, and 640 were connected with a service. Violence with injury involving under-25s fell by 19% in covered areas, against 6% in similar areas of the borough not yet covered.',
    evidence: ['3', 'Comparison of police data in covered and not yet covered areas.'],
    costsAndSavings: 'Not yet costed.',
    lessons: 'Consistency builds trust: the same workers, the same evenings, week after week.',
    documents: ['Detached youth work session log'],
  },
  {
    key: 'scam-prevention-lancashire',
    council: 'E10000017',
    title: 'Protecting older residents from scams and doorstep crime',
    themes: ['community-safety', 'adult-social-care'],
    tags: ['scams', 'doorstep crime', 'trading standards', 'call blockers', 'older people'],
    partners: ['Lancashire Constabulary', 'Banks', 'Age UK', 'Adult social care'],
    stage: 'live',
    start: '2020-09',
    summary:
      "Trading standards officers find residents who are repeat victims of scams — often from lists seized from scammers — and visit them. We've fitted call blockers in 1,200 homes and trained 9,000 bank staff, carers and volunteers as Friends Against Scams.",
    problem:
      'Older people in Lancashire were losing savings to phone scams, postal scams and rogue traders. Many were repeat victims whose names had been sold between criminals.',
    whatTheyDid:
      'Trading standards visits people on lists of scam victims supplied by the National Scams Team and fits call blockers that stop unwanted calls. Banks alert us when a customer seems to be under pressure to withdraw money.\n\nWe run no cold calling zones in areas targeted by rogue traders, and training sessions help staff and volunteers spot scams.',
    context:
      'Lancashire has a large older population in its coastal towns and rural areas, and some of the towns most targeted by doorstep criminals in the North West.',
    barriers: [
      [
        'resident-engagement',
        'Many victims did not believe they had been scammed. Patient visits, sometimes several, were needed.',
      ],
      [
        'partnership',
        'Banks were slow to report concerns at first. The banking protocol with the police made it routine.',
      ],
    ],
    enablers: [
      ['partnership', 'The police, banks and trading standards share information about suspected scams.'],
      ['training', '9,000 people trained as Friends Against Scams.'],
    ],
    oneOff: [90_000, 'call blockers'],
    yearly: [140_000, 'two scams officers and training'],
    fte: [2, 'scams officers'],
    skills: 'Trading standards, safeguarding, training',
    technology: 'Call blockers',
    firstResults: '6 months',
    outcomes:
      'Call blockers stopped more than 95% of scam and nuisance calls in 1,200 homes. Bank alerts prevented losses estimated at £1.9 million over three years.',
    evidence: ['2', 'Call blocker data and bank reports.'],
    costsAndSavings: 'Preventing losses also avoids later care costs when victims lose their savings.',
    lessons: 'Repeat victims are the key group. Work with banks: they see scams first.',
    documents: ['Scam victim visit checklist'],
  },
  {
    key: 'night-time-licensing-cardiff',
    council: 'W06000015',
    title: 'Licensing conditions and a safety charter for a safer night-time economy',
    themes: ['community-safety', 'economy'],
    tags: ['licensing', 'night-time economy', "women's safety", 'alcohol'],
    partners: ['South Wales Police', 'Licensed premises', 'Universities', 'Street pastors'],
    stage: 'live',
    start: '2022-02',
    summary:
      'We used licensing conditions and a voluntary charter to make the city centre safer at night, particularly for women. 140 venues signed the charter, staff were trained to spot predatory behaviour, and sexual offences reported in the night-time economy fell by 22%.',
    problem:
      'Surveys showed that many women felt unsafe in Cardiff city centre at night, with harassment, spiking and assaults being the main worries. The licensing policy dealt with noise and disorder but not with safety for women.',
    whatTheyDid:
      'We updated our licensing policy so that new and varied licences in the city centre can include conditions on staff training, welfare and CCTV. A voluntary charter asks all venues to train staff, offer a safe space and report incidents.\n\nA welfare hub on Friday and Saturday nights, run with street pastors, helps anyone who is vulnerable.',
    context:
      'Cardiff city centre has one of the largest night-time economies in Wales, with tens of thousands of visitors on busy nights, including students and sports crowds.',
    barriers: [
      [
        'legal-regulatory',
        'Licensing conditions must be proportionate and linked to the licensing objectives. We linked them to preventing crime and public safety.',
      ],
      ['partnership', 'Some venues feared costs. Free training and recognition for signatories helped.'],
    ],
    enablers: [
      ['partnership', 'South Wales Police and universities supported the charter.'],
      ['political-support', "Councillors prioritised women's safety after a city-wide survey."],
    ],
    oneOff: [30_000, 'training and the charter launch'],
    yearly: [85_000, 'the welfare hub and a licensing officer'],
    fte: [1.5, 'a licensing officer and hub coordination'],
    skills: 'Licensing, partnership working, training',
    technology: 'Incident reporting app for venues',
    firstResults: '6 months',
    outcomes:
      '140 venues signed the charter and 2,300 staff were trained. Sexual offences reported in the night-time economy fell by 22% over two years, and women who said they felt safe in the city centre at night rose from 39% to 51%.',
    evidence: ['2', 'Police data and repeat surveys.'],
    costsAndSavings: 'Training is funded jointly by the council and South Wales Police.',
    lessons: 'Use the licensing policy, not only goodwill. Ask women what would make them feel safer.',
    documents: ['Night-time safety charter'],
  },
]
