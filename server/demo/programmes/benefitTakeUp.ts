import type { DemoProgramme } from '../demoProgramme'

export const BENEFIT_TAKE_UP: DemoProgramme[] = [
  {
    key: 'pension-credit-take-up-ealing',
    council: 'E09000009',
    title: 'Finding older residents who are missing out on Pension Credit',
    themes: ['finance-benefits', 'digital'],
    tags: ['Pension Credit', 'benefit take-up', 'data analysis', 'older people', 'housing benefit'],
    partners: ['Age UK', 'Citizens Advice', 'Department for Work and Pensions'],
    stage: 'live',
    start: '2022-09',
    summary:
      'We used our own housing benefit and council tax support records to find pensioners who were probably entitled to Pension Credit but not claiming it, then wrote to them and helped them apply. 1,040 households have gained an average of £3,900 a year.',
    problem:
      'Around a third of pensioners entitled to Pension Credit do not claim it. Missing out also means missing the help that comes with it, such as the winter fuel payment and a free TV licence for over-75s.',
    whatTheyDid:
      'We analysed housing benefit and council tax support records to find pensioner households whose income suggested they were entitled to Pension Credit but who were not receiving it. Each got a personal letter, followed by a phone call, and an offer of help to apply from Age UK or our own welfare benefits team.\n\nLetters were translated into the five languages most spoken by older residents.',
    context: 'Ealing is a diverse outer London borough with many older residents whose first language is not English.',
    barriers: [
      [
        'data-sharing',
        'We needed to confirm that our records could be used for this purpose. Legal advice confirmed it falls within our duties.',
      ],
      [
        'resident-engagement',
        'Many older people ignored letters or thought they would not qualify. Phone calls in their own language made the difference.',
      ],
    ],
    enablers: [
      ['data-insight', 'Our own records were enough to find likely claimants.'],
      ['partnership', 'Age UK helped people fill in applications.'],
    ],
    oneOff: [20_000, 'data analysis and translation'],
    yearly: [85_000, 'two welfare benefits officers'],
    fte: [2, 'welfare benefits officers'],
    skills: 'Data analysis, welfare rights',
    technology: 'Benefits records and analysis tools',
    firstResults: '3 months',
    outcomes:
      '3,200 households were contacted, and 1,040 were awarded Pension Credit, gaining an average of £3,900 a year each. Many also became entitled to full council tax support and housing benefit.',
    evidence: ['2', 'Records of awards confirmed by the DWP.'],
    costsAndSavings: 'Each pound spent brought in about £40 for residents.',
    lessons: "Use the data you already have. Follow every letter with a call in the person's language.",
    documents: ['Pension Credit take-up letter'],
  },
  {
    key: 'pension-credit-take-up-conwy',
    council: 'W06000003',
    title: 'A Pension Credit campaign through GP surgeries, chapels and coastal towns',
    themes: ['finance-benefits', 'communities'],
    tags: ['Pension Credit', 'benefit take-up', 'older people', 'Welsh language'],
    partners: ['Age Cymru', 'GP practices', 'Citizens Advice'],
    stage: 'live',
    start: '2024-02',
    summary:
      "We adapted Ealing's data-led Pension Credit campaign for Conwy, where a third of residents are over 60. Letters and calls were bilingual, and we added drop-in sessions in GP surgeries and chapels. 560 households gained Pension Credit in the first year.",
    problem:
      'Conwy has one of the oldest populations in Wales, and many pensioners living on low incomes did not claim Pension Credit, especially after the winter fuel payment was linked to it in 2024.',
    whatTheyDid:
      "We used Ealing's approach of matching housing benefit and council tax reduction records to find likely claimants, with bilingual letters and follow-up calls. We added drop-in sessions in GP surgeries, chapels and community centres in the coastal towns and the Conwy valley.\n\nAge Cymru helped people complete applications at the sessions.",
    context:
      'Conwy stretches from the coastal resorts of Llandudno and Colwyn Bay to upland villages in the Conwy valley, with a large retired population.',
    barriers: [
      [
        'resident-engagement',
        'Many older people were reluctant to claim a benefit. Explaining that it unlocks the winter fuel payment helped.',
      ],
      ['capacity', 'Demand rose sharply after the winter fuel payment change. Age Cymru added volunteers.'],
    ],
    enablers: [
      ['peer-learning', 'Ealing shared their data matching approach and letter templates.'],
      ['partnership', 'GP surgeries hosted drop-in sessions.'],
    ],
    oneOff: [10_000, 'data analysis and bilingual letters'],
    yearly: [45_000, 'a welfare benefits officer'],
    fte: [1, 'welfare benefits officer'],
    skills: 'Welfare rights, Welsh language',
    technology: 'Benefits records and analysis tools',
    firstResults: '3 months',
    outcomes:
      '2,100 households were contacted, and 560 were awarded Pension Credit in the first year, gaining an average of £3,600 a year each.',
    evidence: ['2', 'Award records.'],
    costsAndSavings: 'About £35 gained by residents for every pound spent.',
    lessons: 'Take the help to where older people already go.',
    documents: ['Bilingual Pension Credit letter'],
    adaptedFrom: {
      key: 'pension-credit-take-up-ealing',
      whatChanged:
        'Ealing reached a diverse London population with letters and calls in five languages. Ours is an older, largely Welsh and English-speaking population spread from coastal towns to upland villages, so we wrote bilingually and added drop-ins at GP surgeries and chapels.',
    },
  },
]
