import type { DemoProgramme } from '../demoProgramme'

export const ENVIRONMENT: DemoProgramme[] = [
  {
    key: 'reuse-shops-gloucestershire',
    council: 'E10000013',
    title: 'Reuse shops at household waste recycling centres',
    themes: ['waste-environment', 'economy'],
    tags: ['reuse', 'household waste recycling centres', 'circular economy', 'social enterprise'],
    partners: ['Social enterprise reuse operator', 'Site contractor', 'Furniture charities'],
    stage: 'scaled',
    start: '2020-03',
    summary:
      'Furniture, bikes, tools and household goods that people bring to our household waste recycling centres are set aside, checked and sold cheaply in reuse shops on site. The shops kept 1,650 tonnes out of the waste stream last year and employ 26 people.',
    problem:
      'Skips at our sites were full of items that still worked: wardrobes, chairs, bikes, lawnmowers. We paid to dispose of them while families nearby could not afford furniture.',
    whatTheyDid:
      'A social enterprise runs reuse shops at four of our five sites. Site staff ask people arriving with usable items to take them to the reuse container instead of the skip. The operator checks, cleans and prices items, tests electrical goods and sells them at low prices, with free items for families referred by support agencies.\n\nProfits are shared with the council and reinvested in training for people far from work, who staff the shops.',
    context:
      'Gloucestershire County Council is the waste disposal authority for six district councils. The sites serve Gloucester, Cheltenham and the surrounding towns and countryside.',
    barriers: [
      ['procurement', 'The site contract gave the contractor all materials. We varied it to create a reuse stream.'],
      ['skills', 'Electrical items need safety testing. The operator trained staff to test them.'],
    ],
    enablers: [
      ['partnership', 'The social enterprise brought retail skills and a mission to train people for work.'],
      ['data-insight', 'A waste composition study showed how much reusable material was in the skips.'],
    ],
    oneOff: [160_000, 'shop buildings and reuse containers at four sites'],
    yearly: [30_000, 'contract management, with the operator covering its own running costs from sales'],
    fte: [0.5, 'a council contract manager, with 26 staff employed by the operator'],
    skills: 'Contract management, retail, electrical safety testing',
    technology: 'Tills and stock records kept by the operator',
    firstResults: '6 months',
    outcomes:
      '1,650 tonnes were reused in 2023/24, and 3,100 items were given free to families referred by support agencies. The operator employs 26 people, 11 of whom had been long-term unemployed.',
    evidence: ['2', 'Tonnage from weighbridge records; jobs from the operator.'],
    costsAndSavings: 'Disposal savings and our share of profits repay the set-up money within four years.',
    lessons:
      'Ask people at the gate, not at the skip. A social enterprise brings retail know-how the council does not have.',
    documents: ['Reuse stream contract variation'],
  },
  {
    key: 'school-air-quality-slough',
    council: 'E06000039',
    title: 'Air quality sensors and anti-idling patrols outside schools',
    themes: ['waste-environment', 'public-health', 'transport'],
    tags: ['air quality', 'anti-idling', 'schools', 'nitrogen dioxide'],
    partners: ['Primary schools', 'Parents', 'Public health team'],
    stage: 'live',
    start: '2022-04',
    summary:
      'Low-cost sensors at 20 school gates show pupils and parents the air they breathe, and children lead anti-idling campaigns backed by civil enforcement officers. Idling at the gates fell by two thirds and nitrogen dioxide levels at drop-off fell measurably.',
    problem:
      'Slough sits between the M4 and Heathrow, and several schools are on busy roads. Parents waiting in cars with engines running added to pollution right at the gate.',
    whatTheyDid:
      'We installed sensors at 20 schools, with live readings on screens in reception and lessons using the data. Pupils designed banners and ran anti-idling days, and civil enforcement officers patrol at drop-off, asking drivers to switch off.\n\nWe used the data to decide where to plant green screens along playground fences.',
    context:
      'Slough is a densely built town with a young, diverse population and several air quality management areas.',
    barriers: [
      [
        'measuring-impact',
        'Low-cost sensors are less accurate than reference monitors. We calibrated them against our two reference stations.',
      ],
      [
        'resident-engagement',
        'Some drivers were hostile. Children asking them to switch off worked better than officers.',
      ],
    ],
    enablers: [
      ['co-design', 'Pupils designed the campaign and presented results to councillors.'],
      ['dedicated-funding', 'A government air quality grant paid for sensors and green screens.'],
    ],
    oneOff: [85_000, 'sensors, screens and green screens at 20 schools'],
    yearly: [25_000, 'sensor data contracts and campaign materials'],
    fte: [0.5, 'an air quality officer'],
    skills: 'Air quality monitoring, education, enforcement',
    technology: 'Low-cost air quality sensors and a data dashboard',
    firstResults: '1 school term',
    outcomes:
      'Idling vehicles counted at drop-off fell by 65%. Average nitrogen dioxide at the gates during drop-off fell by 12% over two years, compared with 5% at our roadside reference sites.',
    evidence: ['2', 'Calibrated sensor data before and after, compared with reference sites.'],
    costsAndSavings: 'Funded by grant; ongoing costs are small.',
    lessons: 'Let children lead. Calibrate cheap sensors or the numbers will be challenged.',
    documents: ['Anti-idling lesson plan'],
  },
]
