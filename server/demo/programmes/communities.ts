import type { DemoProgramme } from '../demoProgramme'

export const COMMUNITIES: DemoProgramme[] = [
  {
    key: 'participatory-budgeting-renfrewshire',
    council: 'S12000038',
    title: 'Participatory budgeting: residents vote on how local funds are spent',
    themes: ['communities', 'finance-benefits'],
    tags: ['participatory budgeting', 'community engagement', 'local democracy', 'community grants'],
    partners: ['Community councils', 'Third sector interface', 'Schools'],
    stage: 'live',
    start: '2021-08',
    summary:
      'Each year, residents of each of our seven local partnership areas decide how a share of council funding is spent, by proposing projects and voting on them. 11,400 people voted last year, and 168 community projects were funded.',
    problem:
      'Community grants were decided by officers and councillors, and the same groups applied each year. Residents, especially young people, had little say in what happened in their area.',
    whatTheyDid:
      "Local groups propose projects, which are shared at community events and online. Anyone aged eight or over who lives, works or studies in the area can vote, online or on paper at libraries and schools.\n\nWinning projects are funded from a ring-fenced share of the council's budget, and a celebration event shows what was delivered.",
    context:
      'Scottish councils committed to deciding at least 1% of their budgets through community choices, including participatory budgeting. Renfrewshire includes Paisley and several smaller towns.',
    barriers: [
      [
        'resident-engagement',
        'Turnout was low in deprived areas at first. Schools and community groups ran voting sessions.',
      ],
      ['capacity', 'Small groups needed help writing proposals. Officers ran proposal-writing sessions.'],
    ],
    enablers: [
      ['political-support', 'Councillors agreed to accept the votes without changing the results.'],
      ['technology', 'An online voting platform that is simple to use on a phone.'],
    ],
    oneOff: [12_000, 'setting up the voting platform'],
    yearly: [1_250_000, 'the participatory budgeting fund and two community engagement officers'],
    fte: [2, 'community engagement officers'],
    skills: 'Community engagement, grant management',
    technology: 'Online voting platform',
    firstResults: '6 months',
    outcomes:
      '11,400 people voted last year, 28% of them under 18. 168 projects were funded, and 60% of the groups had never had council funding before.',
    evidence: ['2', 'Voting records and grant records.'],
    costsAndSavings: 'The fund comes from existing grant budgets.',
    lessons: 'Accept the result, whatever it is. Young people vote when schools make time for it.',
    documents: ['Participatory budgeting rules'],
  },
  {
    key: 'community-asset-transfer-rct',
    council: 'W06000016',
    title: 'Handing community centres and sports pavilions to local groups',
    themes: ['communities', 'culture-leisure'],
    tags: ['community asset transfer', 'community centres', 'sports facilities', 'volunteers'],
    partners: ['Community groups', 'Sports clubs', 'Interlink (county voluntary council)'],
    stage: 'scaled',
    start: '2018-04',
    summary:
      'Rather than close buildings we could no longer afford to run, we transferred 42 community centres, pavilions and bowls greens to local groups on long leases with support to make them work. All but two are still open and most are busier than before.',
    problem:
      'Budget cuts meant the council could no longer maintain dozens of small community buildings, many in the valleys. Closing them would have removed the only meeting places in some communities.',
    whatTheyDid:
      'Groups interested in a building get a named officer, a business planning workshop and a condition survey. Transfers are on long leases at a peppercorn rent, with a one-off grant for urgent repairs.\n\nAfter transfer, groups can call on a support network for advice on governance, funding and energy costs.',
    context:
      'Rhondda Cynon Taf has many former mining communities in the valleys, each with a strong identity and a history of community-run institutions.',
    barriers: [
      [
        'capacity',
        'Some groups lacked experience of running a building. Business planning support and peer mentoring helped.',
      ],
      ['funding', 'Buildings needed repairs. One-off grants and help applying to national funders filled the gap.'],
    ],
    enablers: [
      ['partnership', 'The county voluntary council supported groups with governance and funding.'],
      ['peer-learning', 'Groups who had already taken on buildings mentored new ones.'],
    ],
    oneOff: [350_000, 'repair grants across the transferred buildings'],
    yearly: [60_000, 'a community asset transfer officer and the support network'],
    fte: [1, 'community asset transfer officer'],
    skills: 'Property, community development, business planning',
    technology: 'None',
    firstResults: '12 months',
    outcomes:
      '42 buildings were transferred in five years, and 40 remain open. Groups report 35% more bookings on average than under council management.',
    evidence: ['2', 'Records of each transfer and annual returns from groups.'],
    costsAndSavings: 'The council saves about £520,000 a year in running and maintenance costs.',
    lessons:
      "Don't transfer a building with a problem the group can't fix. Keep supporting groups after the keys are handed over.",
    documents: ['Community asset transfer guide'],
  },
  {
    key: 'conversation-clubs-peterborough',
    council: 'E06000031',
    title: 'Conversation clubs for newcomers learning English',
    themes: ['communities', 'economy'],
    tags: ['ESOL', 'English language', 'integration', 'refugees', 'volunteers'],
    partners: ['Libraries', 'Faith groups', 'Further education college', 'Refugee support charities'],
    stage: 'live',
    start: '2022-05',
    summary:
      'Volunteers run informal English conversation clubs in libraries, churches and community centres for people waiting for formal classes. 1,600 people have attended, and many have moved on to college courses or work.',
    problem:
      'Waiting lists for English classes at the college were months long, especially after new arrivals from Ukraine, Afghanistan and Hong Kong. People waiting were isolated and could not look for work.',
    whatTheyDid:
      'We trained volunteers to run weekly conversation clubs using simple materials, with a crèche at some sessions. Clubs meet in twelve venues across the city at different times of day.\n\nClub leaders help learners book college places, and employers visit to talk about jobs.',
    context:
      'Peterborough has a diverse, fast-growing population with many new arrivals, and jobs in logistics and food processing.',
    barriers: [
      ['capacity', 'Volunteer numbers dropped over time. A volunteer coordinator recruits and supports them.'],
      ['resident-engagement', 'Some learners were reluctant at first. Word of mouth from other learners helped most.'],
    ],
    enablers: [
      ['partnership', 'Libraries and faith groups provided free venues.'],
      ['training', 'A short training course for every volunteer.'],
    ],
    oneOff: [8_000, 'volunteer training and materials'],
    yearly: [42_000, 'a volunteer coordinator and crèche costs'],
    fte: [1, 'volunteer coordinator'],
    skills: 'Volunteer management, English language teaching',
    technology: 'None',
    firstResults: '3 months',
    outcomes: '1,600 people attended a club in two years. 520 moved on to college courses and 210 into work.',
    evidence: ['2', 'Attendance records and follow-up with learners.'],
    costsAndSavings: 'Low cost, using volunteers and free venues.',
    lessons: 'Keep it informal and friendly. Offer sessions at different times of day, and a crèche.',
    documents: ['Conversation club session plans'],
  },
  {
    key: 'warm-spaces-darlington',
    council: 'E06000005',
    title: 'Warm spaces in libraries, churches and community centres over winter',
    themes: ['communities', 'public-health'],
    tags: ['cost of living', 'warm spaces', 'fuel poverty', 'advice'],
    partners: ['Churches', 'Community centres', 'Citizens Advice', 'Libraries'],
    stage: 'ended',
    start: '2022-10',
    end: '2024-03',
    summary:
      'During two winters of high energy prices, 34 warm spaces offered somewhere warm to spend the day, hot drinks, company and advice on bills and benefits. They had 27,000 visits, and advisers helped 1,100 households claim support.',
    problem:
      'When energy prices soared in 2022, many residents could not afford to heat their homes. Older people and families on low incomes were spending days in cold homes.',
    whatTheyDid:
      'We gave small grants to libraries, churches and community centres to open as warm spaces with hot drinks and activities. Advisers from Citizens Advice visited each one regularly to help with energy bills and benefit claims.\n\nA map on our website showed every warm space and its opening hours.',
    context: 'Darlington is a historic railway town with pockets of high deprivation and a large older population.',
    barriers: [
      [
        'resident-engagement',
        "Some people felt embarrassed to visit a 'warm space'. Most venues called it a community café.",
      ],
      ['funding', 'Funding was short-term, so venues could not plan beyond each winter.'],
    ],
    enablers: [
      ['partnership', 'Churches and community centres opened quickly with their own volunteers.'],
      ['dedicated-funding', 'The Household Support Fund paid for grants.'],
    ],
    oneOff: [5_000, 'the online map and publicity'],
    yearly: [110_000, 'grants to warm spaces and advice sessions'],
    fte: [0.5, 'a community development officer'],
    skills: 'Community development, advice',
    technology: 'An online map of warm spaces',
    firstResults: '1 month',
    outcomes:
      '27,000 visits over two winters. Advisers helped 1,100 households claim benefits or energy support worth an estimated £1.4 million.',
    evidence: ['1', 'Visit counts and advice records.'],
    costsAndSavings: 'Funded from the Household Support Fund.',
    lessons: 'Call it something people are happy to say they go to. Bring advice to where people already are.',
    documents: ['Warm space grant form'],
  },
]
