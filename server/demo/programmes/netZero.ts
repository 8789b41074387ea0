import type { DemoProgramme } from '../demoProgramme'

export const NET_ZERO: DemoProgramme[] = [
  {
    key: 'on-street-ev-charging-plymouth',
    council: 'E06000026',
    title: 'On-street electric vehicle charging for streets without driveways',
    themes: ['climate', 'transport'],
    tags: ['electric vehicles', 'EV charging', 'on-street charging', 'net zero', 'LEVI'],
    partners: ['Chargepoint operator', 'Residents', 'Electricity network operator'],
    stage: 'live',
    start: '2022-06',
    summary:
      'Residents without off-street parking can ask for a charger in their street. We installed 310 lamp-column and kerbside chargers where residents asked for them, with a concession that costs the council nothing to run.',
    problem:
      'Two thirds of Plymouth households have no driveway, so they could not charge an electric car at home. Public chargers were mostly in car parks and at supermarkets, and residents told us that was holding them back from switching.',
    whatTheyDid:
      'Residents request a charger through an online map. When enough requests cluster in a street, we survey it and the operator installs lamp-column chargers or kerbside units. The operator pays for installation and running costs under a 15-year concession and shares income with the council.\n\nWe added cable channels across pavements so cables never trail over the footway.',
    context:
      'Plymouth is a coastal city with many terraced streets on steep hills, and a council commitment to net zero by 2030.',
    barriers: [
      ['technology', 'Some lamp columns were too old or too far from the kerb. Kerbside units were used instead.'],
      [
        'resident-engagement',
        'Some neighbours objected to losing parking. Chargers are open to any electric car and bays are not reserved overnight.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'Government local EV infrastructure funding paid for the early sites.'],
      ['data-insight', 'The request map showed us exactly where demand was.'],
    ],
    oneOff: [35_000, 'procurement, the request map and street surveys'],
    yearly: null,
    fte: [1, 'EV infrastructure officer'],
    skills: 'Procurement, highways, electrical engineering',
    technology: 'Lamp-column and kerbside chargers, an online request map',
    firstResults: '6 months',
    outcomes:
      '310 chargers in 120 streets in two years. They delivered 1.2 gigawatt hours of charging last year, and 74% of users live within 200 metres of the charger they use.',
    evidence: ['2', 'Charging data from the operator and a user survey.'],
    costsAndSavings:
      'The concession means the council pays nothing for installation or running costs and receives a share of income.',
    lessons: 'Let residents tell you where chargers are needed. Sort out cables across pavements before anything else.',
    documents: ['Charger request criteria'],
  },
  {
    key: 'parish-climate-plans-stroud',
    council: 'E07000082',
    title: 'Climate action plans written with town and parish councils',
    themes: ['climate', 'communities'],
    tags: ['climate emergency', 'net zero', 'parish councils', 'community action'],
    partners: ['Town and parish councils', 'Community energy groups', 'Local climate groups'],
    stage: 'live',
    start: '2021-09',
    summary:
      'We helped 38 town and parish councils write their own climate action plans, with a toolkit, local carbon data and small grants. 160 local projects followed, from community solar to repair cafés and car clubs.',
    problem:
      "The district council's own emissions are a tiny share of the district's. Most action on homes, travel and land has to come from communities, but parishes did not know where to start.",
    whatTheyDid:
      'We wrote a toolkit that takes a parish through a climate action plan in six meetings, with a carbon footprint for each parish and ideas that other parishes have tried. A climate officer attends the first and last meetings.\n\nA small grants fund of up to £5,000 per project helps get the first projects going.',
    context:
      'Stroud district has a network of small towns and villages in the Cotswold valleys with very active community groups, and the council has a 2030 carbon neutral target.',
    barriers: [
      ['capacity', 'Some small parishes have no clerk time to spare. Neighbouring parishes wrote joint plans.'],
      [
        'measuring-impact',
        'Carbon savings from small projects are hard to measure. We count projects and estimate savings only for energy projects.',
      ],
    ],
    enablers: [
      ['co-design', 'Parish clerks and climate groups wrote the toolkit with us.'],
      ['political-support', 'Cross-party support for the carbon neutral target.'],
    ],
    oneOff: [20_000, 'writing the toolkit and producing parish carbon footprints'],
    yearly: [95_000, 'a climate officer and the small grants fund'],
    fte: [1, 'community climate officer'],
    skills: 'Community development, carbon accounting',
    technology: 'Parish-level carbon footprint data',
    firstResults: '6 months',
    outcomes:
      '38 of 53 town and parish councils have adopted a climate action plan. 160 projects have started, including 9 community solar schemes generating 1,400 megawatt hours a year.',
    evidence: ['1', 'A record of plans and projects; carbon savings are estimated only for energy projects.'],
    costsAndSavings: 'Small grants of £2,000 to £5,000 unlocked much larger community fundraising.',
    lessons: 'Give parishes their own carbon data; it makes the plan feel local. Let neighbouring parishes combine.',
    documents: ['Parish climate action toolkit'],
  },
]
