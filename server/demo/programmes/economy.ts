import type { DemoProgramme } from '../demoProgramme'

export const ECONOMY: DemoProgramme[] = [
  {
    key: 'youth-hubs-rotherham',
    council: 'E08000018',
    title: 'Youth hubs getting young people into jobs and apprenticeships',
    themes: ['economy', 'childrens-services'],
    tags: ['NEET', 'youth employment', 'apprenticeships', 'Jobcentre Plus', 'careers'],
    partners: ['Jobcentre Plus', 'Further education college', 'Local employers', 'Youth service'],
    stage: 'live',
    start: '2021-06',
    summary:
      'Young people aged 16 to 24 who are out of work can drop in to a youth hub in the town centre where a work coach, a careers adviser and a youth worker sit together. 1,370 young people have moved into jobs, apprenticeships or training, and the number of 16 and 17 year olds not in education, employment or training fell by a quarter.',
    problem:
      'Young people out of work in Rotherham had to visit the Jobcentre, the council and the college separately, and many gave up. For 16 and 17 year olds, we did not know what a tenth of them were doing at all.',
    whatTheyDid:
      "The youth hub brings a Jobcentre work coach, council careers advisers and youth workers into one informal space with no appointment needed. Each young person gets one named worker and a plan covering skills, confidence and practical barriers such as travel costs or ID.\n\nEmployers run 'meet the employer' mornings with guaranteed interviews, and youth workers contact every 16 or 17 year old whose activity is unknown.",
    context:
      'Rotherham has a higher than average share of young people out of work, and jobs growth in warehousing, advanced manufacturing and care.',
    barriers: [
      [
        'data-sharing',
        'The Jobcentre and the council could not share records at first. Young people now consent to sharing at their first visit.',
      ],
      [
        'resident-engagement',
        'Young people avoided anywhere that felt like an office. The hub has sofas, free Wi-Fi and no reception desk.',
      ],
    ],
    enablers: [
      ['partnership', 'A signed agreement between the council, the Jobcentre and the college about who does what.'],
      ['dedicated-funding', 'UK Shared Prosperity Fund money paid for youth workers and travel grants.'],
    ],
    oneOff: [45_000, 'fitting out the hub'],
    yearly: [260_000, 'careers advisers, youth workers and travel grants'],
    fte: [6, 'careers advisers and youth workers, alongside Jobcentre work coaches'],
    skills: 'Careers guidance, youth work, employer engagement',
    technology: 'Shared caseload tracking with consent',
    firstResults: '6 months',
    outcomes:
      '1,370 young people moved into jobs, apprenticeships or training in three years. 16 and 17 year olds not in education, employment or training fell from 6.1% to 4.5%, and those whose activity was unknown fell from 9% to 2%.',
    evidence: ['2', 'Outcomes from the shared caseload and statutory tracking, before and after.'],
    costsAndSavings: 'Each young person moved into work reduces benefit spending and increases tax revenue.',
    lessons:
      'Put the services in one room and remove the reception desk. Ask employers for guaranteed interviews, not general support.',
    documents: ['Youth hub partnership agreement'],
  },
  {
    key: 'youth-employment-highland',
    council: 'S12000017',
    title: 'Youth employment coaches who travel to young people across the Highlands',
    themes: ['economy', 'childrens-services'],
    tags: ['youth employment', 'No One Left Behind', 'employability', 'Developing the Young Workforce'],
    partners: ['Skills Development Scotland', 'Jobcentre Plus', 'Local employers', 'UHI colleges'],
    stage: 'live',
    start: '2023-01',
    summary:
      "We adapted Rotherham's youth hub for a region too large for one building. Coaches travel to young people, meeting them in libraries, cafés and community centres, and employers in tourism, care and renewables guarantee interviews. 290 young people have moved into work or training.",
    problem:
      "Young people in the Highlands were leaving for cities in search of work, while local employers couldn't fill jobs. Those who stayed and were out of work were often hours from any employability service.",
    whatTheyDid:
      "We kept Rotherham's principle of one named worker and guaranteed interviews, but instead of a hub, employability coaches are based in different parts of the region and meet young people wherever suits them, or online.\n\nTravel grants, driving lessons and help with accommodation for seasonal jobs remove the practical barriers that matter most here.",
    context:
      'The Highland Council area is larger than Wales with about 235,000 people. Work is often seasonal, and public transport between communities is limited.',
    barriers: [
      [
        'capacity',
        'A coach can only reach so many young people across long distances. Online sessions fill the gaps between visits.',
      ],
      ['funding', 'Employability funding in Scotland comes in annual grants, which makes it hard to keep staff.'],
    ],
    enablers: [
      ['peer-learning', 'Rotherham shared their partnership agreement and guaranteed interview approach.'],
      ['partnership', 'Tourism, care and renewables employers are desperate for staff and signed up readily.'],
    ],
    oneOff: [10_000, 'laptops and mobile equipment for coaches'],
    yearly: [310_000, 'six employability coaches, travel grants and driving lessons'],
    fte: [6, 'employability coaches'],
    skills: 'Employability coaching, youth work, employer engagement',
    technology: 'Laptops with mobile data, video calls',
    firstResults: '6 months',
    outcomes:
      '290 young people moved into work, apprenticeships or training in two years, 68% of them in their home area. 84 passed their driving test with our help.',
    evidence: ['2', 'Case records for each young person.'],
    costsAndSavings: 'Driving lessons were the most effective spending per job gained.',
    lessons:
      'In a large region, take the service to young people. Fund driving lessons: a licence opens more jobs than any course.',
    documents: ['Guaranteed interview pledge for employers'],
    adaptedFrom: {
      key: 'youth-hubs-rotherham',
      whatChanged:
        "Rotherham's hub serves young people in one town centre. Ours are spread across a vast region, so coaches travel to them or work online, and we added driving lessons and help with seasonal accommodation because transport and housing are the biggest barriers to work here.",
    },
  },
  {
    key: 'local-spending-preston',
    council: 'E07000123',
    title: "Spending more of the public sector's money with local businesses",
    themes: ['economy', 'finance-benefits'],
    tags: ['community wealth building', 'procurement', 'social value', 'anchor institutions', 'cooperatives'],
    partners: ['University', 'Hospital trust', 'Further education college', 'Housing association', 'Police'],
    stage: 'scaled',
    start: '2018-05',
    summary:
      'The council and five other large local public bodies changed how they buy goods and services so more of their spending stays in the local economy. The share spent with businesses in Preston rose from 9% to 19%, and cooperatives and social enterprises won their first public contracts.',
    problem:
      "Preston's large public bodies spent hundreds of millions of pounds a year, but most of it went to firms outside the area. Local businesses found tenders impossible to win.",
    whatTheyDid:
      'We analysed where each institution spent its money and found contracts that local firms could deliver if they were split or simplified. Contracts were broken into smaller lots, tender documents simplified, and suppliers told about opportunities months ahead.\n\nThe council also supported new worker cooperatives and pays the real Living Wage.',
    context:
      'Preston is a city in Lancashire with a university, a large hospital and many public sector jobs, but high deprivation in some wards.',
    barriers: [
      [
        'legal-regulatory',
        'Procurement law forbids favouring local firms. We made contracts easier to bid for rather than restricting who could win.',
      ],
      ['partnership', 'Each institution has its own rules. A shared group of procurement leads meets quarterly.'],
    ],
    enablers: [
      ['political-support', 'Long-term backing from council leaders across several years.'],
      ['data-insight', 'Spend analysis showed exactly where money left the area.'],
    ],
    oneOff: [40_000, 'the spend analysis'],
    yearly: [75_000, 'a community wealth building officer and support for cooperatives'],
    fte: [1.5, 'a community wealth building officer and part of a procurement officer'],
    skills: 'Procurement, economic analysis, cooperative development',
    technology: 'Spend analysis software',
    firstResults: '12 months',
    outcomes:
      'Spending with Preston-based businesses by the six institutions rose from 9% to 19% of their total in six years. 14 cooperatives and social enterprises won public contracts.',
    evidence: ['2', 'Repeated spend analysis by an independent research organisation.'],
    costsAndSavings: 'No extra cost to contracts: local firms won on price and quality.',
    lessons: 'Start with the data on where money goes. Change the contracts, not the rules about who can win.',
    documents: ['Spend analysis method'],
  },
  {
    key: 'community-wealth-building-north-ayrshire',
    council: 'S12000021',
    title: 'Community wealth building across the public sector in Ayrshire',
    themes: ['economy', 'finance-benefits', 'communities'],
    tags: ['community wealth building', 'procurement', 'land and property', 'fair work'],
    partners: ['NHS Ayrshire and Arran', 'Ayrshire College', 'Housing associations', 'Third sector interface'],
    stage: 'live',
    start: '2020-05',
    summary:
      "We adapted Preston's approach to local spending and added land and property: unused public land and buildings are offered to communities first. Local spending by the council rose from 14% to 25%, and 11 buildings passed into community ownership.",
    problem:
      'North Ayrshire has high unemployment and many vacant public buildings. Money spent by public bodies left the area, and community groups could not find affordable premises.',
    whatTheyDid:
      "Like Preston, we analysed spending and simplified tenders so local firms could bid. We added the Scottish approach to community wealth building's other pillars: offering surplus land and buildings to community groups first, and promoting fair work among suppliers.\n\nA community wealth building commission brings together public bodies, businesses and the third sector.",
    context:
      'North Ayrshire includes coastal towns, Irvine and the islands of Arran and Cumbrae. It was the first council in Scotland to adopt a community wealth building strategy.',
    barriers: [
      [
        'legal-regulatory',
        'Community asset transfer requests need careful valuation and business cases. A support officer helps groups prepare.',
      ],
      ['funding', 'Community groups taking on buildings need running costs. We match them with grant funders.'],
    ],
    enablers: [
      ['peer-learning', 'Preston and national advisers helped us design the strategy.'],
      ['partnership', 'The commission brings the main public bodies together.'],
    ],
    oneOff: [60_000, 'spend analysis and developing the strategy'],
    yearly: [180_000, 'a community wealth building team'],
    fte: [4, 'community wealth building officers'],
    skills: 'Procurement, community asset transfer, economic development',
    technology: 'Spend analysis tools',
    firstResults: '12 months',
    outcomes:
      'Council spending with North Ayrshire businesses rose from 14% to 25% in four years. 11 buildings and 3 pieces of land passed into community ownership.',
    evidence: ['2', 'Spend analysis repeated annually.'],
    costsAndSavings: 'Transfers reduce maintenance costs on surplus property.',
    lessons: 'Look at land and property as well as spending; buildings in community hands can anchor a high street.',
    documents: ['Community wealth building strategy summary'],
    adaptedFrom: {
      key: 'local-spending-preston',
      whatChanged:
        "Preston concentrated on public sector spending. We kept that, but added land and property and fair work, following Scotland's community wealth building framework, and offered surplus buildings to communities first.",
    },
  },
]
