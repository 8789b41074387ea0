import type { DemoProgramme } from '../demoProgramme'

export const FINANCE_BENEFITS: DemoProgramme[] = [
  {
    key: 'banded-council-tax-support-charnwood',
    council: 'E07000130',
    title: 'Making council tax support easier to claim with a simple banded scheme',
    themes: ['finance-benefits'],
    tags: ['council tax support', 'council tax reduction', 'universal credit', 'UC', 'financial inclusion'],
    partners: ['Citizens Advice', 'Department for Work and Pensions', 'Benefits software supplier'],
    stage: 'live',
    start: '2022-04',
    summary:
      'Our old council tax support scheme recalculated every award whenever a universal credit payment changed, sending some households a dozen bills a year. A scheme with five income bands, worked out automatically from universal credit data, made support easier to claim and cut the time to decide a claim from 24 days to 5.',
    problem:
      'Working-age residents on universal credit saw their income change month by month, and each change meant a new council tax support calculation and a new bill. People were confused, fell behind, and some stopped claiming altogether.',
    whatTheyDid:
      'We replaced the means-tested scheme with five income bands, so small changes in income do not change the award. Claims from people on universal credit are made automatically from DWP data, without a separate form.\n\nWe consulted residents and advice agencies on the bands and protected households with a disabled member or young children.',
    context:
      'Charnwood includes Loughborough, a university town, and has about 8,000 working-age households receiving council tax support, most of them on universal credit.',
    barriers: [
      ['legal-regulatory', 'Changing the scheme needed public consultation and a council decision.'],
      ['technology', 'The benefits system needed an upgrade to calculate banded awards from universal credit data.'],
    ],
    enablers: [
      ['data-insight', 'We modelled the effect of the bands on every current claimant before consulting.'],
      ['partnership', 'Advice agencies helped design the bands and explain the change.'],
    ],
    oneOff: [65_000, 'the software upgrade and consultation'],
    yearly: null,
    fte: [0.5, 'a benefits policy officer maintaining the scheme'],
    skills: 'Benefits policy, data modelling, consultation',
    technology: 'Benefits system with automated universal credit data processing',
    firstResults: '3 months',
    outcomes:
      'The average time to decide a claim fell from 24 days to 5, and the number of bills sent to each claimant fell by 70%. Council tax arrears among claimants fell by 18% in the first year.',
    evidence: ['2', 'Processing and arrears data, compared with the year before the change.'],
    costsAndSavings: 'Fewer bills, fewer queries and fewer recovery actions save staff time.',
    lessons:
      'Model every claimant before consulting, so you can show who gains and who loses. Automate from universal credit data from day one.',
    documents: ['Scheme consultation document', 'Equality impact assessment'],
  },
  {
    key: 'banded-council-tax-support-torridge',
    council: 'E07000046',
    title: 'A banded council tax support scheme for seasonal and self-employed incomes',
    themes: ['finance-benefits'],
    tags: ['council tax support', 'council tax reduction', 'self-employed', 'seasonal work'],
    partners: ['Citizens Advice', 'Farming support charity'],
    stage: 'live',
    start: '2023-04',
    summary:
      "We adapted Charnwood's banded council tax support scheme for a district where many claimants are self-employed or work seasonally in farming and tourism. Averaging income over three months and using wider bands means awards change far less often.",
    problem:
      'Claimants with seasonal or self-employed incomes had their support recalculated every month, and often owed money back after a good summer. The old scheme suited nobody.',
    whatTheyDid:
      "We kept Charnwood's banded structure but used four wider bands and average self-employed and seasonal income over three months before placing someone in a band.\n\nWe worked with a farming support charity to explain the scheme to farming families, who rarely claim.",
    context:
      'Torridge is a sparsely populated district in north Devon, with farming, tourism and many small businesses.',
    barriers: [
      ['technology', 'Our software needed adjusting to average income over three months.'],
      ['resident-engagement', 'Farming families were reluctant to claim. The charity helped.'],
    ],
    enablers: [
      ['peer-learning', 'Charnwood shared their modelling and consultation documents.'],
      ['data-insight', 'Modelling showed how averaging would reduce changes for seasonal workers.'],
    ],
    oneOff: [28_000, 'software changes and consultation'],
    yearly: null,
    fte: [0.2, 'a benefits officer'],
    skills: 'Benefits policy, data modelling',
    technology: 'Benefits system with income averaging',
    firstResults: '6 months',
    outcomes:
      'Changes to awards fell by 80% among self-employed and seasonal claimants. 140 farming households claimed for the first time.',
    evidence: ['2', 'Benefits system data, before and after.'],
    costsAndSavings: 'Less recovery of overpaid support and fewer queries.',
    lessons: 'Look at how your claimants actually earn before choosing bands.',
    documents: ['Income averaging rules'],
    adaptedFrom: {
      key: 'banded-council-tax-support-charnwood',
      whatChanged:
        "Charnwood's bands were built around universal credit claimants in a town. Many of our claimants are self-employed or seasonal workers in a rural district, so we used wider bands, averaged income over three months and reached out to farming families.",
    },
  },
  {
    key: 'cash-first-crisis-support-inverclyde',
    council: 'S12000018',
    title: 'Cash first: crisis grants paid into bank accounts instead of food vouchers',
    themes: ['finance-benefits', 'communities'],
    tags: ['cash first', 'Scottish Welfare Fund', 'food insecurity', 'crisis grants'],
    partners: ['Food banks', 'Advice services', 'Credit union'],
    stage: 'live',
    start: '2022-11',
    summary:
      'People in crisis now receive cash grants paid straight into their bank account, usually the same day, instead of being referred to a food bank with a voucher. Every grant comes with an offer of money advice, and repeat applications fell by a quarter.',
    problem:
      "Many people applying for crisis help were sent to food banks, which couldn't meet needs like electricity or nappies. People felt stigmatised, and the underlying problems — benefit delays, debt — went unsolved.",
    whatTheyDid:
      'We pay Scottish Welfare Fund crisis grants as cash by bank transfer, or through a payment code at a local shop for people without a bank account. Every applicant is offered a call from a money adviser within a week.\n\nFood banks now refer people to us and to advice, rather than the other way round.',
    context:
      'Inverclyde has some of the most deprived areas in Scotland, and the Scottish Government has a national plan to reduce the need for food banks through cash-first approaches.',
    barriers: [
      ['technology', 'Same-day payments needed a new payment process. The finance team worked with the bank.'],
      [
        'culture',
        'Some staff worried cash would be misused. Evidence from other areas and feedback from applicants reassured them.',
      ],
    ],
    enablers: [
      ['partnership', 'Food banks supported the change and refer people for advice.'],
      ['political-support', 'The national cash-first plan gave a clear direction.'],
    ],
    oneOff: [15_000, 'setting up same-day payments'],
    yearly: [180_000, 'money advisers and extra grant funding'],
    fte: [3, 'money advisers'],
    skills: 'Welfare rights, money advice',
    technology: 'Same-day bank transfers and payment codes',
    firstResults: '3 months',
    outcomes:
      'Crisis grants are now paid the same day in 92% of cases. 64% of applicants accepted money advice, gaining £1.1 million in unclaimed benefits in a year. Repeat applications fell by 26%.',
    evidence: ['2', 'Grant and advice records, before and after.'],
    costsAndSavings: 'Extra benefits gained far exceed the cost of the advisers.',
    lessons: 'Cash gives people dignity and choice. Always pair it with advice to tackle the cause.',
    documents: ['Cash-first crisis grant process'],
  },
]
