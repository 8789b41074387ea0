import type { DemoProgramme } from '../demoProgramme'

export const CULTURE_LEISURE: DemoProgramme[] = [
  {
    key: 'library-hubs-worcestershire',
    council: 'E10000034',
    title: 'Libraries as community hubs with council and partner services on site',
    themes: ['culture-leisure', 'communities', 'customer-services'],
    tags: ['libraries', 'community hubs', 'digital inclusion', 'co-location'],
    partners: ['Citizens Advice', 'Jobcentre Plus', 'NHS services', 'District councils'],
    stage: 'scaled',
    start: '2019-09',
    summary:
      'We brought council customer services, advice, health checks and job support into our libraries, so people can get help with a range of problems in one familiar building. Library visits rose by a fifth and partners now pay towards running costs.',
    problem:
      'Library visits were falling and budgets were under pressure. Meanwhile, residents had to travel to different offices for council services, advice and job support, many of which had closed.',
    whatTheyDid:
      'We reorganised library space so partners can use rooms on set days: Citizens Advice, Jobcentre work coaches, NHS health checks, district council housing and benefits advice. Library staff were trained to help people use online council services and to refer them to partners.\n\nOpening hours were extended using self-service technology in the larger libraries.',
    context:
      'Worcestershire has a county town, several market towns and large rural areas. Libraries are among the few public buildings left in many towns.',
    barriers: [
      [
        'partnership',
        'Partners needed private space for confidential conversations. We converted offices into interview rooms.',
      ],
      ['skills', 'Library staff needed training to help with council services and benefits forms.'],
    ],
    enablers: [
      ['partnership', 'District councils moved their customer services into libraries and share the costs.'],
      ['technology', 'Self-service technology allowed longer opening hours.'],
    ],
    oneOff: [420_000, 'reconfiguring library buildings and self-service technology'],
    yearly: [120_000, 'hub coordination and staff training, offset by partner contributions'],
    fte: [3, 'hub coordinators'],
    skills: 'Library management, customer service, partnership working',
    technology: 'Self-service kiosks, public computers and Wi-Fi',
    firstResults: '6 months',
    outcomes:
      'Library visits rose by 21% in the hub libraries. 14,000 people used a partner service in a library last year, and partners now contribute £190,000 a year towards running costs.',
    evidence: ['2', 'Visitor counts and partner records.'],
    costsAndSavings: 'Partner contributions and closing separate offices offset most of the running costs.',
    lessons: 'Design the space with partners. Train library staff as the first point of contact.',
    documents: ['Library hub partner agreement'],
  },
  {
    key: 'mobile-library-hub-orkney',
    council: 'S12000023',
    title: 'The mobile library as a travelling community hub for the isles',
    themes: ['culture-leisure', 'communities', 'customer-services'],
    tags: ['libraries', 'mobile library', 'islands', 'digital inclusion'],
    partners: ['NHS Orkney', 'Citizens Advice', 'Community councils'],
    stage: 'live',
    start: '2023-03',
    summary:
      "We adapted Worcestershire's library hubs for the outer isles of Orkney, where there is no building to put services in. The mobile library now carries a council services adviser and, on some trips, a Citizens Advice worker and a health check nurse.",
    problem:
      'Residents of the smaller isles had to take a ferry to Kirkwall for many services, sometimes staying overnight. Library visits on the mobile were falling.',
    whatTheyDid:
      "Following Worcestershire's idea of bringing partners into libraries, we refitted the mobile library with a private consultation area and a satellite internet connection. On each trip to the isles, it carries one or two partner workers as well as books.\n\nResidents can book appointments in advance by phone.",
    context:
      'Orkney has about 22,000 people on 20 inhabited islands; the outer isles have small populations linked to the mainland by ferries and small planes.',
    barriers: [
      ['technology', 'Connectivity on the isles is poor. A satellite connection makes online services possible.'],
      ['capacity', 'Partners have few staff. Trips are planned months ahead so they can join.'],
    ],
    enablers: [
      ['peer-learning', 'Worcestershire shared their partner agreement, which we adapted.'],
      ['partnership', 'NHS Orkney funds the health check nurse time.'],
    ],
    oneOff: [65_000, 'refitting the mobile library'],
    yearly: [30_000, 'satellite connection and partner staff time'],
    fte: [1.5, 'a mobile librarian and a council services adviser'],
    skills: 'Library services, customer service',
    technology: 'Satellite internet on the mobile library',
    firstResults: '3 months',
    outcomes:
      'Visits to the mobile library rose by 40%. 610 people used a council, advice or health service on board in the first year, saving an estimated 350 ferry trips to Kirkwall.',
    evidence: ['1', 'Visit and appointment records.'],
    costsAndSavings: 'Partners save on travel to the isles.',
    lessons: 'Plan trips far ahead so partners can join. Connectivity comes first.',
    documents: ['Mobile hub trip planner'],
    adaptedFrom: {
      key: 'library-hubs-worcestershire',
      whatChanged:
        'Worcestershire put partners into library buildings in towns. Our outer isles have no such buildings, so we put the hub on the mobile library, added a private consultation area and satellite internet, and planned trips around ferries.',
    },
  },
  {
    key: 'school-swimming-south-tyneside',
    council: 'E08000023',
    title: 'Free top-up swimming lessons so every child can swim by the end of primary school',
    themes: ['culture-leisure', 'public-health', 'education-send'],
    tags: ['swimming', 'water safety', 'leisure centres', 'physical activity'],
    partners: ['Leisure centres', 'Primary schools', 'RNLI'],
    stage: 'live',
    start: '2022-04',
    summary:
      "Children in year 6 who can't yet swim 25 metres get free top-up lessons at our leisure centres. The share of children leaving primary school able to swim rose from 58% to 81%.",
    problem:
      'Many children leave primary school unable to swim, especially in deprived areas. South Tyneside has miles of coastline and the River Tyne, so water safety matters.',
    whatTheyDid:
      'Schools assess every year 5 pupil. Those who cannot swim 25 metres get a free block of intensive lessons in small groups at a leisure centre, with transport from school.\n\nThe RNLI delivers water safety sessions to every year 6 class, and families of children in the top-up programme get free family swim passes.',
    context: 'South Tyneside is a coastal borough with beaches and a river, and high levels of child poverty.',
    barriers: [
      ['capacity', 'Pool time is limited. We use early-morning and school-holiday sessions.'],
      ['funding', 'Transport to pools is expensive. Schools share coaches.'],
    ],
    enablers: [
      ['partnership', 'Leisure centres provide pool time at cost.'],
      ['dedicated-funding', 'The PE and sport premium, pooled by schools, funds the lessons.'],
    ],
    oneOff: [5_000, 'assessment materials and instructor training'],
    yearly: [140_000, 'top-up lessons, transport and family swim passes'],
    fte: [1, 'swimming development officer'],
    skills: 'Swimming teaching, school liaison',
    technology: 'None',
    firstResults: '1 school year',
    outcomes:
      'The share of year 6 pupils able to swim 25 metres rose from 58% to 81% in two years. 1,200 children took top-up lessons.',
    evidence: ['2', 'School assessment records.'],
    costsAndSavings: 'Funded by pooled school sport money and the council.',
    lessons: 'Assess in year 5 so there is time to catch up. Involve families with free passes.',
    documents: ['Swimming assessment form'],
  },
  {
    key: 'arts-grants-calderdale',
    council: 'E08000033',
    title: 'Small grants for local artists to run events in every ward',
    themes: ['culture-leisure', 'communities', 'economy'],
    tags: ['arts', 'culture', 'community events', 'creative industries'],
    partners: ['Arts organisations', 'Community groups', 'Arts Council England'],
    stage: 'live',
    start: '2022-01',
    summary:
      'Small grants help local artists and groups bring arts events to every ward, not just Halifax town centre. 210 events reached 48,000 people, and more than half of audiences in deprived wards had not attended an arts event in the previous year.',
    problem:
      'Arts funding and events were concentrated in Halifax and Hebden Bridge. Residents in other areas had little access to culture nearby, and local artists struggled to earn a living.',
    whatTheyDid:
      'Artists and groups apply for grants of £500 to £5,000 to run events, with a simple form and decisions within a month. Priority goes to wards with little cultural activity.\n\nA community panel, including young people, decides grants, and artists get help with promotion.',
    context:
      'Calderdale includes Halifax and the Calder Valley towns, with a strong creative sector but large differences between wards.',
    barriers: [
      [
        'resident-engagement',
        'Some wards had no tradition of arts events. Partnering with local groups helped reach people.',
      ],
      ['measuring-impact', 'Audience surveys at small events were hard. A short postcard survey worked best.'],
    ],
    enablers: [
      ['co-design', 'The community panel chose projects local people wanted.'],
      ['dedicated-funding', 'Arts Council England matched our funding.'],
    ],
    oneOff: [5_000, 'setting up the grant process'],
    yearly: [160_000, 'grants and a part-time coordinator'],
    fte: [0.5, 'a grants coordinator'],
    skills: 'Arts development, grant management',
    technology: 'Online grant application form',
    firstResults: '6 months',
    outcomes:
      '210 events in two years, reaching 48,000 people. In deprived wards, 56% of audiences had not attended an arts event in the previous year.',
    evidence: ['2', 'Audience counts and postcard surveys.'],
    costsAndSavings: 'Matched by Arts Council England.',
    lessons: 'Keep the application short. Let residents choose.',
    documents: ['Small arts grants guidance'],
  },
]
