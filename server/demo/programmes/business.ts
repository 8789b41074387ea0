import type { DemoProgramme } from '../demoProgramme'

export const BUSINESS: DemoProgramme[] = [
  {
    key: 'pop-up-shops-wrexham',
    council: 'W06000006',
    title: 'Pop-up shops in empty high street units',
    themes: ['economy', 'culture-leisure'],
    tags: ['high streets', 'town centre', 'empty shops', 'start-ups'],
    partners: ['Property owners', 'Business improvement district', 'Business Wales'],
    stage: 'live',
    start: '2022-03',
    summary:
      'We lease empty shops from their owners on easy terms and let them to new businesses for three to twelve months at low rent. 46 businesses have traded in pop-up units, and 19 went on to take a permanent lease nearby.',
    problem:
      "One in five units in the centre of Wrexham was empty. Owners were waiting for national chains that weren't coming, and new businesses could not afford a full lease or risk a long commitment.",
    whatTheyDid:
      'The council takes a short lease on an empty unit, tidies it up, and lets it to a new business on a simple licence with low rent and business rates relief. Business Wales offers each trader advice and a mentor.\n\nSome units are shared between several makers, and one hosts a rotating programme of arts and community uses.',
    context:
      'Wrexham was the largest town in north Wales until it became a city in 2022. Its centre lost several large shops before and during the pandemic.',
    barriers: [
      [
        'legal-regulatory',
        'Owners feared tenants they could not remove. A short licence that ends automatically reassured them.',
      ],
      ['funding', 'Some units needed repairs before anyone could trade. A small fit-out grant covered basic work.'],
    ],
    enablers: [
      ['partnership', 'The business improvement district found willing owners and promoted new traders.'],
      ['dedicated-funding', 'Welsh Government town centre funding paid for fit-outs.'],
    ],
    oneOff: [120_000, 'fit-out grants for twelve units'],
    yearly: [55_000, 'a town centre officer and rent subsidies'],
    fte: [1, 'town centre officer'],
    skills: 'Property management, business support',
    technology: 'None beyond a simple online application form',
    firstResults: '6 months',
    outcomes:
      '46 businesses traded in pop-up units in two years, and 19 moved to a permanent lease. The vacancy rate in the centre fell from 21% to 16%.',
    evidence: ['2', 'Vacancy surveys and records of each business.'],
    costsAndSavings: 'Business rates from permanent leases and reduced empty property costs.',
    lessons: 'Make it easy and low risk for owners. Give new traders a mentor, not just a shop.',
    documents: ['Pop-up shop licence'],
  },
  {
    key: 'business-support-front-door-mid-east-antrim',
    council: 'N09000008',
    title: 'A single front door for small business support',
    themes: ['economy', 'customer-services'],
    tags: ['business support', 'small businesses', 'start-ups', 'Northern Ireland'],
    partners: ['Invest Northern Ireland', 'Enterprise agencies', 'Further education college'],
    stage: 'live',
    start: '2021-10',
    summary:
      'Small businesses and people starting one now have one phone number, one website and one named adviser, who finds the right support from the council, Invest NI and enterprise agencies. 1,100 businesses have used it, and 320 new businesses started with its help.',
    problem:
      "Business support in our area came from many organisations, each with its own forms and rules. Small businesses didn't know where to start and often gave up.",
    whatTheyDid:
      'An adviser takes every enquiry, visits the business if needed and finds the right programme, grant or training, then follows up. Enterprise agencies deliver start-up programmes, and the council funds specialist advice on exporting, digital marketing and energy costs.\n\nEverything is listed on one website with a short eligibility checker.',
    context:
      'Mid and East Antrim includes Ballymena, Larne and Carrickfergus, with a large share of small businesses in manufacturing, agri-food and retail.',
    barriers: [
      [
        'partnership',
        'Each provider had its own targets. A partnership agreement now credits referrals to all involved.',
      ],
      [
        'technology',
        'There was no shared record of enquiries. A simple customer relationship system now tracks each business.',
      ],
    ],
    enablers: [
      ['dedicated-team', 'Three business advisers who know the local economy.'],
      ['partnership', "Invest NI accepts our advisers' referrals directly."],
    ],
    oneOff: [30_000, 'the website and customer relationship system'],
    yearly: [160_000, 'three business advisers and specialist advice'],
    fte: [3, 'business advisers'],
    skills: 'Business advice, partnership working',
    technology: 'Customer relationship management system',
    firstResults: '6 months',
    outcomes:
      '1,100 businesses used the service in three years. 320 new businesses started with our help, and 82% of users said they found the right support on their first contact.',
    evidence: ['2', 'Enquiry records and a follow-up survey.'],
    costsAndSavings: 'Funded by the council with European and then UK funding.',
    lessons: 'One number and one named person matter more than the number of programmes.',
    documents: ['Business support eligibility checker'],
  },
]
