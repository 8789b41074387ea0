import type { DemoProgramme } from '../demoProgramme'

export const CHILDRENS_SERVICES: DemoProgramme[] = [
  {
    key: 'family-hubs-doncaster',
    council: 'E08000017',
    title: 'Family hubs: early help, health visiting and advice under one roof',
    themes: ['childrens-services', 'public-health'],
    tags: ['family hubs', 'early help', 'health visiting', 'Start for Life'],
    partners: ['Health visiting service', 'Midwifery', 'Citizens Advice', 'Local schools'],
    stage: 'scaled',
    start: '2022-04',
    summary:
      "We turned six children's centres into family hubs where parents can see a health visitor, an early help worker, an infant feeding adviser or a debt adviser in one visit. Families now get help on average five weeks earlier than before.",
    problem:
      "Families with young children had to tell their story to several services in different buildings, and many gave up. Referrals to children's social care were rising, and in a third of them the family had never had any early help.",
    whatTheyDid:
      "Each hub has a shared reception, so a parent who comes in for a baby clinic can be introduced to an early help worker the same day. Health visitors, midwives, early help practitioners and advice workers keep one timetable and meet weekly to discuss families who need more than one service.\n\nWe added a family hubs website and a single phone line, and a 'virtual hub' for parents who work during the day.",
    context:
      "Doncaster has high levels of child poverty in its central and eastern wards. The children's centres were well known but had lost staff and opening hours after years of cuts.",
    barriers: [
      [
        'data-sharing',
        'Health visitors and council staff used different record systems. A shared family record is still not possible, so we agreed what each service can see and a consent script for parents.',
      ],
      [
        'capacity',
        'Health visitor vacancies meant some sessions were cancelled in the first year. Nursery nurses took on routine checks under supervision.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'The national family hubs and Start for Life programme paid for the change.'],
      ['co-design', "A parents' panel chose opening hours, named the hubs and tested the website."],
    ],
    oneOff: [380_000, 'refitting six buildings and the website'],
    yearly: [520_000, 'hub coordinators, infant feeding and parenting support'],
    fte: [12, 'hub coordinators, early help practitioners and infant feeding advisers'],
    skills: 'Early help practice, health visiting, partnership coordination',
    technology: 'Family hubs website, shared timetable and booking system',
    firstResults: '6 months',
    outcomes:
      'Families now reach early help on average five weeks sooner after first contact. Visits to the hubs rose from 21,000 to 34,000 a year. The share of social care referrals with no earlier help fell from 33% to 21%.',
    evidence: ['2', 'Measured from the early help and social care records before and after the hubs opened.'],
    costsAndSavings:
      'We have not shown a cash saving yet; the aim is fewer families needing statutory services in the years ahead.',
    lessons:
      'Shared reception matters more than shared offices. Agree information sharing with health on the first day, not the last.',
    documents: ['Family hub service directory template'],
  },
  {
    key: 'mobile-family-hub-cumberland',
    council: 'E06000063',
    title: 'A family hub on wheels for towns and villages without a building',
    themes: ['childrens-services', 'public-health'],
    tags: ['family hubs', 'early help', 'outreach', 'health visiting'],
    partners: ['Health visiting service', 'Community transport', 'Village halls'],
    stage: 'live',
    start: '2023-10',
    summary:
      'Doncaster showed us what a family hub can do, but most of our families live far from any of our three hub buildings. We fitted out a van as a mobile hub that visits 22 villages and small towns on a fortnightly timetable.',
    problem:
      "In the west and south of Cumberland many families with young children are 40 minutes' drive from the nearest hub, and a quarter of households in some villages have no car. Attendance at the hubs came almost entirely from the towns they stood in.",
    whatTheyDid:
      "We adapted Doncaster's model to a timetable rather than a building. The van carries a health visitor, an early help worker and baby weighing scales, and parks at village halls, schools and community centres, where a second room often hosts a stay-and-play session.\n\nBetween visits families can use the same phone line and website as the fixed hubs.",
    context:
      'Cumberland covers the Lake District fells, the west coast and the countryside around Carlisle. Winter weather closes some roads for days, so every stop has an indoor back-up.',
    barriers: [
      [
        'funding',
        "The vehicle was a one-off cost the family hubs grant did not expect. We used unspent capital from the children's centre estate.",
      ],
      [
        'capacity',
        'Long drives eat into staff time. Stops are planned in loops so the van never returns to base between them.',
      ],
    ],
    enablers: [
      [
        'peer-learning',
        "Doncaster's hub managers explained how they ran shared reception and weekly case meetings, which we kept.",
      ],
      ['partnership', 'Village hall committees give us the rooms free of charge.'],
    ],
    oneOff: [95_000, 'buying and fitting out the van'],
    yearly: [140_000, 'a driver, staff time and running the van'],
    fte: [3, 'a driver-coordinator, an early help worker and a nursery nurse'],
    skills: 'Early help practice, health visiting, outreach',
    technology: 'A fitted van with Wi-Fi and laptops able to reach both council and NHS records',
    firstResults: '3 months',
    outcomes:
      'In its first year the van made 520 stops and saw 1,900 visits from 740 families, 60% of whom had never used a hub building. Health visitor development checks at two years completed on time rose from 71% to 84% in the villages it serves.',
    evidence: ['2', 'Visits are counted at every stop; check rates come from the health visiting service.'],
    costsAndSavings: 'A fourth hub building would have cost several times as much to build and run.',
    lessons:
      'Publish the timetable a term ahead and never cancel a stop without telling families. Choose stops where something else is already happening.',
    documents: ['Mobile hub timetable planner'],
    adaptedFrom: {
      key: 'family-hubs-doncaster',
      whatChanged:
        "Doncaster's hubs are buildings in dense neighbourhoods. Our families are spread across a large rural area, so we kept Doncaster's shared reception and weekly case meetings but put the hub in a van on a fortnightly route, with village halls as stops.",
    },
  },
  {
    key: 'foster-carer-recruitment-lewisham',
    council: 'E09000023',
    title: 'Recruiting foster carers from the communities our children come from',
    themes: ['childrens-services'],
    tags: ['fostering', 'foster carers', 'children in care', 'recruitment'],
    partners: ['Faith groups', 'Local employers', 'Fostering Network'],
    stage: 'live',
    start: '2021-11',
    summary:
      'We stopped relying on borough-wide adverts and recruited foster carers through churches, mosques and local employers. Approvals of new foster carers doubled, and more children now stay in Lewisham and at their own school when they come into care.',
    problem:
      'Two in five children coming into our care were placed outside the borough, usually with agency carers, because we did not have enough carers of our own. Our carers were older and less diverse than the children who needed them.',
    whatTheyDid:
      'Current foster carers became recruitment ambassadors, paid a fee for each new carer they bring in. We held information evenings in faith and community venues, and gave council staff and employees of partner employers five days of paid fostering leave.\n\nApplicants now get a named social worker from first enquiry to panel, and assessments finish in 16 weeks instead of 8 months.',
    context:
      'Lewisham is a diverse inner London borough where rents and small flats make spare bedrooms rare. Independent fostering agencies compete hard for the same families.',
    barriers: [
      [
        'resident-engagement',
        "Some communities distrusted children's services. Foster carers from those communities were far more persuasive than any officer.",
      ],
      [
        'capacity',
        'Assessing social workers were stretched. We cleared a backlog with an independent assessor framework.',
      ],
    ],
    enablers: [
      ['co-design', 'Foster carers designed the ambassador scheme and the information evenings.'],
      [
        'senior-sponsorship',
        "The director of children's services personally answered every ambassador's question at quarterly meetings.",
      ],
    ],
    oneOff: [30_000, 'the recruitment campaign and independent assessments'],
    yearly: [110_000, 'ambassador fees, a recruitment officer and information evenings'],
    fte: [1, 'recruitment officer'],
    skills: 'Fostering assessment, community engagement, marketing',
    technology: 'Online enquiry form and tracker',
    firstResults: '12 months',
    outcomes:
      'We approved 31 new fostering households in two years, against 14 in the two years before. Children placed outside the borough fell from 40% to 29%, and the average age of new carers fell by eight years.',
    evidence: ['2', 'Approvals and placement figures come from our own records, before and after.'],
    costsAndSavings:
      'An in-house placement costs about £30,000 a year less than an agency placement, so the new carers save far more than the scheme costs.',
    lessons:
      'Your current foster carers are your best recruiters: pay them for it. Speed matters; applicants drift to agencies if they hear nothing for a month.',
    documents: ['Fostering ambassador scheme guide'],
  },
]
