import type { DemoProgramme } from '../demoProgramme'

export const TRANSPORT: DemoProgramme[] = [
  {
    key: 'school-streets-hackney',
    council: 'E09000012',
    title: 'School streets: closing roads outside primary schools at drop-off and pick-up',
    themes: ['transport', 'public-health'],
    tags: ['school streets', 'active travel', 'air quality', 'road safety', 'ANPR'],
    partners: ['Primary schools', 'Parents', 'Emergency services'],
    stage: 'scaled',
    start: '2019-09',
    summary:
      'The streets outside 48 primary schools close to motor traffic for 45 minutes at the start and end of the school day, enforced by cameras. More children now walk, cycle or scoot, and levels of nitrogen dioxide outside the schools have fallen.',
    problem:
      'School gates were crowded with idling cars and parents parking on pavements. Children breathed polluted air and crossed between parked cars, and many families said they would walk if the street felt safe.',
    whatTheyDid:
      'Each school street is an experimental traffic order: the road closes to through traffic at drop-off and pick-up, with exemptions for residents, blue badge holders and emergency vehicles. Automatic number plate recognition cameras enforce it, so no staff or volunteers need to stand in the road.\n\nWe consulted families and neighbours at every school and made each scheme permanent after six months if it worked.',
    context:
      'Hackney is a densely populated inner London borough where most families do not own a car and most primary schools are on residential streets.',
    barriers: [
      [
        'resident-engagement',
        "Some neighbours objected to being unable to drive in at peak times. Residents' exemptions and clear signs answered most objections.",
      ],
      [
        'legal-regulatory',
        'Experimental orders must be reviewed and confirmed within 18 months. We built the review into the project plan.',
      ],
    ],
    enablers: [
      ['political-support', 'The council made school streets a manifesto commitment.'],
      ['technology', 'Camera enforcement made it possible at scale without volunteers.'],
    ],
    oneOff: [1_100_000, 'cameras, signs and consultation for 48 schools'],
    yearly: [180_000, 'camera maintenance and processing penalties'],
    fte: [3, 'traffic engineers and a school streets officer'],
    skills: 'Traffic engineering, consultation, traffic orders',
    technology: 'ANPR cameras and signs',
    firstResults: '1 school term',
    outcomes:
      'At schools with a school street, the share of children travelling actively rose from 66% to 78%. Nitrogen dioxide levels at the gates fell by up to 23% during closure times compared with similar schools without one.',
    evidence: ['3', 'Air quality and travel surveys were compared with schools without a school street.'],
    costsAndSavings: 'Penalty income covers camera running costs.',
    lessons:
      'Cameras make it sustainable; volunteers get tired. Make each scheme experimental first so people can see it before it becomes permanent.',
    documents: ['School street consultation letter', 'Experimental traffic order template'],
  },
  {
    key: 'school-streets-monmouthshire',
    council: 'W06000021',
    title: 'School streets with volunteer stewards in small towns',
    themes: ['transport', 'public-health'],
    tags: ['school streets', 'active travel', '20mph', 'road safety'],
    partners: ['Primary schools', 'Parent volunteers', 'Gwent Police'],
    stage: 'pilot',
    start: '2023-09',
    summary:
      "We adapted Hackney's school streets for small towns where cameras are not affordable for a handful of schools and many children are driven in from surrounding villages. Six schools now close their street with trained volunteer stewards, and park-and-stride sites let children walk the last five minutes.",
    problem:
      'Children from outlying villages have to be driven to school, and the streets outside our town schools were jammed at drop-off. Several near misses were reported to us by headteachers.',
    whatTheyDid:
      "We followed Hackney's experimental order approach, but closures are managed by trained volunteer stewards with barriers, as cameras for six schools would cost more than the scheme. We agreed park-and-stride sites in car parks five minutes' walk away for families who must drive.\n\nSchools run walking buses from the park-and-stride sites.",
    context:
      "Monmouthshire's primary schools are mostly in small market towns such as Abergavenny, Monmouth and Chepstow, with many pupils living in villages outside them. Wales lowered the default speed limit on residential roads to 20mph in 2023.",
    barriers: [
      ['capacity', 'Volunteer rotas are fragile. Each school needs at least ten stewards to cover absences.'],
      [
        'resident-engagement',
        'Families driving from villages feared they would have nowhere to go. Park-and-stride answered that.',
      ],
    ],
    enablers: [
      ['peer-learning', 'Hackney shared their consultation letter and traffic order wording.'],
      ['partnership', 'Supermarkets and churches lent car parks for park-and-stride.'],
    ],
    oneOff: [25_000, 'barriers, signs, steward training and consultation'],
    yearly: [8_000, 'steward insurance and equipment'],
    fte: [0.5, 'an active travel officer'],
    skills: 'Traffic orders, volunteer coordination',
    technology: 'Folding barriers and signs',
    firstResults: '1 school term',
    outcomes:
      'At the six schools, children arriving on foot or by bike rose from 41% to 57%, and cars stopping outside the gates fell by 80% during closure times.',
    evidence: ['2', 'Hands-up surveys and traffic counts before and after.'],
    costsAndSavings: 'A fraction of the cost of cameras.',
    lessons:
      'If you use volunteers, recruit twice as many as you need. Park-and-stride is essential where families have no choice but to drive.',
    documents: ['School street steward handbook'],
    adaptedFrom: {
      key: 'school-streets-hackney',
      whatChanged:
        'Hackney enforces 48 school streets with cameras in a dense borough where most children walk. Our six schools are in market towns with many pupils driven in from villages, so we used volunteer stewards instead of cameras and added park-and-stride sites and walking buses.',
    },
  },
  {
    key: 'pothole-patching-derbyshire',
    council: 'E10000007',
    title: 'Fixing potholes right first time with planned patching',
    themes: ['transport'],
    tags: ['potholes', 'highways maintenance', 'road repairs', 'asset management'],
    partners: ['Highways contractor', 'Parish and town councils'],
    stage: 'live',
    start: '2021-04',
    summary:
      'We moved from filling individual potholes to patching whole sections of road, planned from survey data and reports. Repeat repairs at the same location fell by 70%, and compensation claims for pothole damage halved.',
    problem:
      'Crews filled potholes one at a time, often the same ones again months later. Residents saw the same road repaired repeatedly and still in poor condition, and claims for damage to vehicles were rising.',
    whatTheyDid:
      "We use road condition surveys and residents' reports to find stretches with several defects and patch them in one go, with a machine that cuts and fills a large area. Emergency potholes are still made safe within 24 hours, but the permanent repair is planned.\n\nWe publish the patching programme online so residents can see when their road will be done.",
    context:
      'Derbyshire has more than 5,000 kilometres of roads, from the Peak District moors to the former coalfield towns in the east. Winter freeze and thaw causes most of the damage.',
    barriers: [
      [
        'funding',
        'Highways budgets are set year by year. We committed a share of capital funding for three years to plan ahead.',
      ],
      [
        'resident-engagement',
        'People reporting a pothole wanted it filled that week. The published programme showed them when a proper repair would come.',
      ],
    ],
    enablers: [
      ['data-insight', 'Condition surveys combined with reports show where patching gives the best value.'],
      ['technology', 'A patching machine that does a large repair in one visit.'],
    ],
    oneOff: [650_000, 'two patching machines'],
    yearly: [4_200_000, 'the patching programme'],
    fte: [18, 'patching crews and a planning engineer'],
    skills: 'Highways engineering, asset management',
    technology: 'Road condition surveys, patching machines, online reporting',
    firstResults: '6 months',
    outcomes:
      'Repeat repairs at the same location fell by 70% in three years, and compensation claims for pothole damage fell from 1,100 to 540 a year.',
    evidence: ['2', 'Repair records and claims, before and after.'],
    costsAndSavings: 'Each patch costs more than a single pothole fill but lasts years rather than months.',
    lessons: 'Plan the repairs; reactive filling is the most expensive way to maintain a road.',
    documents: ['Patching prioritisation method'],
  },
]
