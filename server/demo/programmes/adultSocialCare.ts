import type { DemoProgramme } from '../demoProgramme'

export const ADULT_SOCIAL_CARE: DemoProgramme[] = [
  {
    key: 'falls-risk-visits-norfolk',
    council: 'E10000020',
    title: 'Visiting older people at high risk of falls before they fall',
    themes: ['adult-social-care', 'public-health'],
    tags: ['falls', 'falls prevention', 'older people', 'telecare', 'occupational therapy'],
    partners: ['Integrated care board', 'GP practices', 'Community pharmacies', 'Age UK'],
    stage: 'scaled',
    start: '2021-04',
    summary:
      'We combined telecare alerts with GP frailty scores to find older people most likely to fall, and offered each a home visit from an occupational therapist. Emergency admissions for falls among the people we visited fell by 18% in a year.',
    problem:
      "Falls were the commonest reason people over 75 in Norfolk were admitted to hospital as an emergency: about 4,600 admissions a year. Almost everyone came to us only after the fall, and one in three of those admitted didn't go back to their own home.\n\nOur telecare service was also answering thousands of pendant alarm calls a year from people who had fallen and couldn't get up, but nobody used that information to prevent the next one.",
    whatTheyDid:
      'Every month we match telecare alert data with the electronic frailty index from GP records to produce one list of people at highest risk. An occupational therapist contacts each person on it and offers a visit.\n\nThe visit covers trip hazards, lighting and footwear, a medicines check passed to the community pharmacist, and a referral to strength and balance classes. Small fixes such as grab rails are fitted within a fortnight. A reablement worker calls back after six weeks to check the exercises are being kept up.',
    context:
      'Norfolk is a large rural county where a quarter of residents are over 65, many of them in villages with one bus a day or none. Classes held in the market towns were out of reach for many, so the visit had to come to people, and some classes moved into village halls.',
    barriers: [
      [
        'data-sharing',
        'GP frailty scores could only be shared after a data protection impact assessment and an agreement with each practice. We began with eleven practices that volunteered and used their first six months of results to bring the others in.',
      ],
      [
        'capacity',
        'We could not recruit enough occupational therapists. We trained reablement workers as trusted assessors for the simpler visits, so therapists could concentrate on people with complex needs.',
      ],
    ],
    enablers: [
      [
        'data-insight',
        'A single risk list, refreshed monthly and shared with practices, meant the council and the NHS were working from the same names.',
      ],
      [
        'partnership',
        'Funding through the Better Care Fund meant avoided hospital admissions counted in the business case as well as savings in care.',
      ],
    ],
    oneOff: [45_000, 'the data matching, the data sharing agreements and training reablement staff'],
    yearly: [310_000, 'six occupational therapists and two reablement workers'],
    fte: [8, 'six occupational therapists and two reablement workers'],
    skills: 'Occupational therapy, data analysis, information governance',
    technology:
      "Telecare monitoring platform with alert reports; a monthly risk list built in the council's analytics tools",
    firstResults: '9 months',
    outcomes:
      'In the first full year we visited 2,350 people. Emergency admissions for falls among them fell by 18% compared with the previous year, against a 4% fall in a matched group of people on the list who had not yet been visited.\n\n1,120 people started strength and balance classes and 640 were still attending after three months. Telecare calls for falls from visited households fell by a quarter.',
    evidence: [
      '3',
      'We compared people who had been visited with a matched group from the same risk list who were waiting for a visit, using hospital episode data.',
    ],
    costsAndSavings:
      "The integrated care board estimates about 420 fewer falls admissions a year, worth roughly £1.5 million to the NHS. The council's share of the saving is smaller but real: fewer people needing long-term care after a fall.",
    lessons:
      'Start the data sharing agreement first; it took longer than everything else put together. Pick the practices that want to take part and let their results persuade the rest.\n\nBudget for the follow-up call. Most of the benefit came from people who kept up their exercises, and the call is what kept them going.',
    documents: ['Falls risk list data sharing agreement', 'Home hazard checklist'],
  },
  {
    key: 'falls-clinics-gateshead',
    council: 'E08000037',
    title: 'Falls clinics in GP surgeries, using a shared risk list',
    themes: ['adult-social-care', 'public-health'],
    tags: ['falls', 'falls prevention', 'GP practices', 'strength and balance'],
    partners: ['Primary care networks', 'Community health services', "Gateshead Older People's Assembly"],
    stage: 'live',
    start: '2023-02',
    summary:
      "We took Norfolk County Council's monthly falls risk list and built our version around clinics in GP surgeries instead of home visits. Two occupational therapists now see three times as many people a week, and admissions for falls among clinic patients fell by 14%.",
    problem:
      'Gateshead has one of the highest rates of emergency admissions for falls among people over 65 in the North East, and our therapists had a waiting list of 11 weeks for falls assessments.\n\nWe wanted to use the risk list approach but could not afford a team large enough to visit everyone at home.',
    whatTheyDid:
      'We copied the data matching and the risk list, and asked GP surgeries to host a weekly falls clinic. People on the list are invited by their own practice, which doubled the number who accepted compared with a letter from the council.\n\nAt the clinic an occupational therapist and a physiotherapist check balance, medicines and eyesight, and book the person into a strength and balance class nearby. Home visits are kept for people who cannot get to the surgery.',
    context:
      'Most of the people on our list live within a short bus ride of their surgery, and every primary care network already had a room it could give us one morning a week.',
    barriers: [
      [
        'partnership',
        'Surgeries were wary of another demand on their reception staff. We took on all the booking ourselves through a shared appointment book.',
      ],
      [
        'resident-engagement',
        "About a third of people invited did not come. A reminder phone call the day before from a volunteer of the Older People's Assembly cut missed appointments by half.",
      ],
    ],
    enablers: [
      [
        'peer-learning',
        "Norfolk's team shared their data sharing agreement and their risk model, which saved us months of work.",
      ],
      ['dedicated-team', 'A named lead in each primary care network made sure the clinic room was always ready.'],
    ],
    oneOff: [12_000, 'adapting the risk model and the data sharing agreement'],
    yearly: [96_000, "two therapists' time and volunteer expenses"],
    fte: [2, 'an occupational therapist and a physiotherapist'],
    skills: 'Occupational therapy, physiotherapy, appointment booking',
    technology: 'The shared risk list and an online appointment book used by surgeries and the council',
    firstResults: '6 months',
    outcomes:
      'In 18 months, 1,460 people attended a clinic, against 480 home visits in the 18 months before. Emergency admissions for falls among clinic patients fell by 14% compared with the year before their clinic appointment.\n\nThe waiting time for a falls assessment fell from 11 weeks to 3.',
    evidence: [
      '2',
      "We compared admissions before and after each person's clinic appointment but had no comparison group, so other causes cannot be ruled out.",
    ],
    costsAndSavings:
      'Each assessment now costs about a third of a home visit. We estimate 90 fewer falls admissions a year.',
    lessons:
      "Let the surgery send the invitation: people trust their GP's name on a letter far more than the council's. Keep some home visits for those who can't travel, or you will miss the people at highest risk.",
    documents: ['Falls clinic invitation letter'],
    adaptedFrom: {
      key: 'falls-risk-visits-norfolk',
      whatChanged:
        "Norfolk sends occupational therapists to people's homes across a large rural county. In Gateshead almost everyone on the list lives close to their GP, so we moved the assessment into weekly surgery clinics and kept home visits only for people who cannot get out. The risk list and data sharing agreement are Norfolk's, almost unchanged.",
    },
  },
  {
    key: 'discharge-to-assess-wiltshire',
    council: 'E06000054',
    title: 'Home first: assessing care needs at home after a hospital stay',
    themes: ['adult-social-care'],
    tags: ['hospital discharge', 'discharge to assess', 'reablement', 'home first'],
    partners: ['Acute hospital trusts', 'Community health services', 'Home care providers'],
    stage: 'live',
    start: '2021-10',
    summary:
      'People who are well enough to leave hospital now go home the same day with reablement support, and we assess their long-term care needs at home two to three weeks later. The average wait on a ward after being declared fit to leave fell from nine days to two.',
    problem:
      'People who no longer needed a hospital bed were waiting on wards for a social work assessment and a package of care. The longer they waited, the more strength and confidence they lost, and the more care they ended up needing.\n\nOn a typical day in winter more than 90 Wiltshire residents were in hospital beds they did not need.',
    whatTheyDid:
      'We moved the assessment out of hospital. A joint discharge team of social workers and therapists agrees a short plan on the ward, and the person goes home with up to six weeks of reablement.\n\nThe full assessment of long-term needs happens at home, when we can see what someone can really do in their own kitchen and on their own stairs. One phone number replaced five referral routes from the three hospitals that serve the county.',
    context:
      'Wiltshire residents are treated in three acute hospitals, two of them outside the county. Home care is hardest to find in the sparsely served areas in the east of the county, so we had to grow reablement capacity before we could take on more discharges.',
    barriers: [
      [
        'culture',
        'Ward staff were used to waiting for a full care package before anyone went home. Joint training and stories of people who regained their independence changed minds, slowly.',
      ],
      [
        'capacity',
        'Reablement ran out of hours in the first winter. We bought bridging care from two home care providers on block contracts.',
      ],
    ],
    enablers: [
      [
        'senior-sponsorship',
        "Our director of adult social services and the hospitals' chief operating officers met weekly for the first three months.",
      ],
      ['dedicated-team', 'A single discharge hub, with one phone number, is staffed seven days a week.'],
    ],
    oneOff: [60_000, 'setting up the discharge hub and joint training'],
    yearly: [1_400_000, 'the discharge hub and extra reablement and bridging care hours'],
    fte: [14, 'social workers, occupational therapists and hub coordinators'],
    skills: 'Social work, occupational therapy, physiotherapy, care brokerage',
    technology: 'A shared discharge tracker that hospital and council staff can both see',
    firstResults: '3 months',
    outcomes:
      'The average wait after being declared fit to leave fell from nine days to two. 58% of people discharged through the pathway needed less long-term care than the ward had expected, and 11% needed none.\n\nAdmissions to care homes straight from hospital fell from about 40 a month to 22.',
    evidence: [
      '2',
      'The figures come from the discharge tracker and our care records, before and after the change; the national discharge funding changed at the same time, so we cannot separate the two.',
    ],
    costsAndSavings:
      'Lower spending on long-term care packages and care home placements more than covers the running cost; we estimate net savings of £2.1 million a year.',
    lessons:
      'Do not wait for a perfect home care market: start with the people whose needs are clearest. Measure what people need three months later, not just how fast they left hospital, or the savings will be invisible.',
    documents: ['Discharge pathway flowchart', 'Trusted assessor protocol'],
  },
  {
    key: 'discharge-to-assess-anglesey',
    council: 'W06000001',
    title: 'Home first for island residents treated in a mainland hospital',
    themes: ['adult-social-care'],
    tags: ['hospital discharge', 'discharge to assess', 'reablement', 'Welsh language'],
    partners: ['Betsi Cadwaladr University Health Board', 'Community voluntary services', 'Home care providers'],
    stage: 'live',
    start: '2023-05',
    summary:
      "We adapted Wiltshire Council's home first pathway for an island whose residents are mostly treated at Ysbyty Gwynedd in Bangor. A council social worker now works on the wards there every weekday, and a voluntary sector settle-home service meets people at their door.",
    problem:
      'Islanders fit to leave hospital were waiting an average of eleven days, often because nobody could arrange care across the Menai Strait in time. Older people living alone had no one to meet them at home, so wards were reluctant to send them back.',
    whatTheyDid:
      "We placed one of our social workers on the wards at Ysbyty Gwynedd so that plans are agreed in person, and kept Wiltshire's rule that long-term needs are assessed at home.\n\nA settle-home service run by community volunteers collects people, switches the heating on, buys basic shopping and stays for the first hour. Every conversation can happen in Welsh, which most of our older residents speak at home.",
    context:
      'Anglesey has about 70,000 residents, many of them older people living alone in small villages. There is no acute hospital on the island, so almost every discharge means a journey back over one of the two bridges.',
    barriers: [
      [
        'capacity',
        'There were too few home care workers on the north and west coasts. Reablement staff cover those areas first, and we recruited two extra workers who live there.',
      ],
      [
        'partnership',
        'The health board covers six councils, each with its own discharge arrangements. Having our own worker on the wards cut through that.',
      ],
    ],
    enablers: [
      ['co-design', "Older people's forums on the island designed the settle-home service."],
      [
        'peer-learning',
        "Wiltshire's team talked us through their first winter, including what went wrong, which saved us repeating it.",
      ],
    ],
    oneOff: [8_000, 'training volunteers and a vehicle lease deposit'],
    yearly: [165_000, 'a ward-based social worker, two reablement workers and the settle-home service'],
    fte: [3, 'a social worker and two reablement workers'],
    skills: 'Social work, reablement, volunteer coordination, Welsh language',
    technology: "Access to the health board's discharge tracker",
    firstResults: '4 months',
    outcomes:
      'The average wait for islanders fit to leave Ysbyty Gwynedd fell from eleven days to four. 310 people used the settle-home service in its first year, and none of them was readmitted within a week.',
    evidence: [
      '2',
      "Waiting times come from the health board's tracker, compared before and after; there is no comparison group.",
    ],
    costsAndSavings:
      'The settle-home service costs about £40 a person. Fewer long hospital stays have reduced the size of the care packages people need when they get home.',
    lessons: 'Put someone on the ward. A phone call from the other side of the water never had the same effect.',
    documents: ['Settle-home volunteer handbook'],
    adaptedFrom: {
      key: 'discharge-to-assess-wiltshire',
      whatChanged:
        'Wiltshire runs a discharge hub serving three hospitals. We serve one hospital on the mainland, so instead of a hub we placed a social worker on its wards. We added a volunteer settle-home service because so many of our older residents live alone, and offered every part of the pathway in Welsh.',
    },
  },
]
