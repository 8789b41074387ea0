import type { DemoProgramme } from '../demoProgramme'

export const HEALTHY_LIVES: DemoProgramme[] = [
  {
    key: 'holiday-activities-cornwall',
    council: 'E06000052',
    title: 'Holiday clubs with a hot meal for children on free school meals',
    themes: ['public-health', 'childrens-services', 'culture-leisure'],
    tags: ['holiday activities and food', 'HAF', 'free school meals', 'child poverty'],
    partners: ['Schools', 'Sports clubs', 'Community groups', 'Community transport'],
    stage: 'live',
    start: '2021-04',
    summary:
      'In the Easter, summer and Christmas holidays, children on free school meals can go to clubs that offer a hot meal and an afternoon of sport, arts or outdoor activity. Last summer 9,800 children took part, and we paid for transport so children in small villages could come too.',
    problem:
      'Families told us that school holidays were the hardest time of year: no free school meals, higher food bills and nothing affordable for children to do. Children in remote villages had the least on offer.',
    whatTheyDid:
      'We fund more than 120 providers — schools, surf and sailing clubs, youth groups, village halls — to run holiday clubs that meet national standards for food and activity. Families book a free place online or through their school.\n\nIn the most rural areas we pay for minibuses from villages to the nearest club and fund small clubs in village halls where numbers are too low for a commercial provider.',
    context:
      'Cornwall is a long, rural county where seasonal tourism work leaves many families short of money in winter. Distances are long and public transport in some areas is very limited.',
    barriers: [
      [
        'capacity',
        'Summer is tourism season and many providers were already full. We started recruiting providers in January.',
      ],
      [
        'resident-engagement',
        'Some families felt stigma about a scheme for free school meals. Clubs are open to other children paying a small fee, so nobody knows who gets a free place.',
      ],
    ],
    enablers: [
      ['dedicated-funding', "The Department for Education's holiday activities and food programme funds the clubs."],
      ['partnership', 'Schools promote the clubs and many host one themselves.'],
    ],
    oneOff: [15_000, 'the online booking system'],
    yearly: [2_600_000, 'grants to holiday club providers, transport and coordination'],
    fte: [4, 'programme coordinators and a quality officer'],
    skills: 'Grant management, quality assurance, food standards, safeguarding',
    technology: 'An online booking system that checks free school meal eligibility',
    firstResults: '1 school holiday',
    outcomes:
      'In summer 2024, 9,800 children attended at least one day, about a third of those eligible. 87% of parents said the clubs had helped them through the holidays financially, and 45% of children tried an activity they had never done before.',
    evidence: ['2', 'Attendance from the booking system; parent views from a survey after each holiday.'],
    costsAndSavings: 'Fully funded by the national grant; the council provides coordination from its own budget.',
    lessons:
      'Recruit providers early and pay for transport in rural areas, or the children who most need the clubs will never reach them.',
    documents: ['Holiday club quality standards checklist'],
  },
  {
    key: 'mens-mental-wellbeing-hull',
    council: 'E06000010',
    title: "Men's mental wellbeing sessions at football clubs and workplaces",
    themes: ['public-health', 'communities'],
    tags: ['wellbeing', 'mental health', 'suicide prevention', 'men'],
    partners: ['Professional and amateur football clubs', 'Local employers', 'Mental health charities'],
    stage: 'live',
    start: '2021-09',
    summary:
      'Men in Hull are far less likely than women to seek help for their mental health, and far more likely to die by suicide. We took mental wellbeing sessions to where men already are: football grounds, docks, building sites and workplaces. 3,400 men have attended, and calls to our wellbeing line from men doubled.',
    problem:
      'Three quarters of suicides in Hull were men, most of whom had not been in contact with mental health services. Men told us they would not go to a clinic or a support group that felt like one.',
    whatTheyDid:
      'We trained coaches, club staff and workplace volunteers as mental health first aiders, and ran short wellbeing sessions before training sessions, at half-time events and in workplace canteens. Sessions are led by men who have had their own struggles.\n\nWe also publicised a single wellbeing phone line that gives same-day advice and books counselling.',
    context:
      'Hull is a port city with many jobs in manufacturing, logistics and construction: industries with high rates of suicide among men.',
    barriers: [
      [
        'resident-engagement',
        "Men would not come to anything labelled 'mental health'. We called them wellbeing sessions and held them where men already were.",
      ],
      ['measuring-impact', 'Suicide numbers are small and vary from year to year, so we measure help-seeking instead.'],
    ],
    enablers: [
      ['partnership', 'Football clubs gave us grounds, players and their reach on social media.'],
      ['training', '260 mental health first aiders trained in workplaces and clubs.'],
    ],
    oneOff: [35_000, 'mental health first aid training'],
    yearly: [120_000, 'two session leaders and the wellbeing line'],
    fte: [2, 'session leaders'],
    skills: 'Mental health first aid, community engagement, facilitation',
    technology: 'A phone line with online booking for counselling',
    firstResults: '6 months',
    outcomes:
      '3,400 men attended a session in three years. Calls to the wellbeing line from men rose from 35% of calls to 52%, and 610 men were booked into counselling through it.',
    evidence: ['2', 'Attendance and call records, before and after; no comparison group.'],
    costsAndSavings: 'Funded from the public health grant.',
    lessons:
      "Go to men; don't wait for them to come to you. Choose the words carefully: wellbeing worked where mental health did not.",
    documents: ['Workplace wellbeing session plan'],
  },
]
