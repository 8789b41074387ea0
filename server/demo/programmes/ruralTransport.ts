import type { DemoProgramme } from '../demoProgramme'

export const RURAL_TRANSPORT: DemoProgramme[] = [
  {
    key: 'bookable-bus-north-yorkshire',
    council: 'E06000065',
    title: 'Bookable minibuses for villages that lost their bus service',
    themes: ['transport', 'communities'],
    tags: ['demand responsive transport', 'DRT', 'bus services', 'rural transport'],
    partners: ['Bus operators', 'Community transport groups', 'GP practices'],
    stage: 'scaled',
    start: '2020-10',
    summary:
      'Where timetabled buses had been withdrawn, residents can now book a minibus by app or phone to take them to the nearest town, station or surgery. The service covers 180 villages and carried 96,000 passengers last year.',
    problem:
      'Commercial bus routes across much of rural North Yorkshire had been cut back or withdrawn. Older people who no longer drove, and young people without a car, could not get to work, college, shops or medical appointments.',
    whatTheyDid:
      'We replaced several under-used fixed routes with zones in which minibuses pick up and drop off on request. Passengers book up to an hour ahead through an app or by phone, and the software groups trips together.\n\nEach zone connects with a rail station or a main bus route, with timed connections, and concessionary passes are accepted.',
    context:
      'North Yorkshire is the largest county in England by area, with many small villages, the Dales and the Moors, and market towns that serve wide areas around them.',
    barriers: [
      [
        'resident-engagement',
        'Some older residents were unsure about booking. A phone line, answered by a person, takes most of their bookings.',
      ],
      [
        'funding',
        'Per-passenger costs are higher than on busy routes. We target zones where the alternative is no service at all.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'The Bus Service Improvement Plan funding paid for vehicles and software.'],
      ['technology', 'Booking software that combines requests into efficient routes.'],
    ],
    oneOff: [850_000, 'minibuses and booking software'],
    yearly: [1_600_000, 'operating contracts and the booking line'],
    fte: [3, 'a transport planner and booking line staff'],
    skills: 'Transport planning, contract management',
    technology: 'Demand-responsive booking software and app',
    firstResults: '3 months',
    outcomes:
      '96,000 passenger journeys in 2023/24 across six zones serving 180 villages. 31% of journeys were to work or education, and 22% to health appointments. In a survey, 64% of regular passengers said they could not have made the trip otherwise.',
    evidence: ['2', 'Booking data and a passenger survey.'],
    costsAndSavings:
      'The subsidy per journey is about £12, more than on a busy town route, but it is the only service these villages have.',
    lessons:
      'Keep a human on the phone line. Time connections with trains, or people will not trust the service for longer journeys.',
    documents: ['Zone design criteria'],
  },
  {
    key: 'bookable-bus-eilean-siar',
    council: 'S12000013',
    title: 'Bookable island buses timed to the ferries',
    themes: ['transport', 'communities'],
    tags: ['demand responsive transport', 'ferries', 'island transport', 'Gaelic'],
    partners: ['Community transport groups', 'Ferry operator', 'NHS Western Isles'],
    stage: 'live',
    start: '2023-04',
    summary:
      "We adapted North Yorkshire's bookable minibuses for island townships where a timetabled bus might run twice a day. Buses are timed to meet ferries and the hospital in Stornoway, and can be booked in Gaelic or English.",
    problem:
      "Townships at the ends of single-track roads had one or two buses a day, often empty. People without a car couldn't reach the ferry, the hospital or evening activities.",
    whatTheyDid:
      "We used North Yorkshire's zone model on a much smaller scale: three community-run minibuses serve zones on Lewis, Harris and the Uists. Bookings are taken by phone, in Gaelic or English, the day before.\n\nEvery trip plan starts from the ferry timetable and hospital clinic times, which matter more here than train connections.",
    context:
      'The Outer Hebrides have about 26,500 residents spread across many islands linked by causeways and ferries. Community transport groups already ran some services.',
    barriers: [
      ['capacity', 'Finding drivers is difficult. Community groups recruit volunteer drivers alongside paid ones.'],
      ['technology', "Mobile signal is patchy, so the booking software had to work offline on drivers' tablets."],
    ],
    enablers: [
      ['peer-learning', 'North Yorkshire shared their zone design criteria and booking software specification.'],
      ['partnership', 'Community transport groups run the buses and know every passenger.'],
    ],
    oneOff: [160_000, 'two accessible minibuses and booking software'],
    yearly: [140_000, 'drivers and running costs through community transport groups'],
    fte: [3, 'drivers and a booking coordinator'],
    skills: 'Transport planning, community transport',
    technology: 'Booking software that works offline on tablets',
    firstResults: '3 months',
    outcomes:
      '7,400 passenger journeys in the first year, against 2,900 on the fixed routes they replaced. 41% connected with a ferry sailing.',
    evidence: ['2', 'Booking data compared with ticket data from the previous routes.'],
    costsAndSavings: 'Costs are similar to the fixed routes, with more than twice the passengers.',
    lessons: 'Plan around the ferries. Community transport groups make far better operators than a distant contractor.',
    documents: ['Ferry connection timetable'],
    adaptedFrom: {
      key: 'bookable-bus-north-yorkshire',
      whatChanged:
        "North Yorkshire's zones connect villages with rail stations and market towns. We have no railway and far fewer people, so we built zones around ferry sailings and hospital clinics, used community transport groups as operators, took bookings in Gaelic and English, and made the software work without mobile signal.",
    },
  },
]
