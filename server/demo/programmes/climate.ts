import type { DemoProgramme } from '../demoProgramme'

export const CLIMATE: DemoProgramme[] = [
  {
    key: 'street-retrofit-stoke',
    council: 'E06000021',
    title: 'Street-by-street energy efficiency retrofit of older terraced homes',
    themes: ['climate', 'housing'],
    tags: ['retrofit', 'energy efficiency', 'insulation', 'fuel poverty', 'ECO4'],
    partners: ['Installers on a council framework', 'Housing associations', 'Energy advice charity'],
    stage: 'scaled',
    start: '2021-01',
    summary:
      'We improved the energy efficiency of 1,480 pre-1919 terraced homes a street at a time, combining national grants so that owners, private tenants and housing association tenants in the same street were treated together. Average energy bills in treated homes fell by about £430 a year.',
    problem:
      'Stoke-on-Trent has many solid-walled terraced houses that lose heat fast, and high rates of fuel poverty. Grant schemes reached one house here and one there, and external wall insulation cannot be done on one house in the middle of a terrace.',
    whatTheyDid:
      'We choose streets where most households are eligible for grants, then knock on every door with an energy adviser. External wall insulation, loft insulation, new doors and heating controls are installed on the whole terrace at once, with grant funding stitched together from several national schemes.\n\nHomeowners who are not eligible can pay for their share at the framework price, so the terrace is finished as one.',
    context:
      'Stoke-on-Trent is a city of six towns with a large stock of Victorian and Edwardian terraces, low incomes and one of the highest rates of fuel poverty in England.',
    barriers: [
      [
        'funding',
        "Each grant scheme has different rules and deadlines. A funding officer's job is to fit them together street by street.",
      ],
      [
        'resident-engagement',
        'Some residents distrusted offers of free insulation after scams. Door-knocking with a council badge and a local charity built trust.',
      ],
    ],
    enablers: [
      [
        'partnership',
        'Housing associations with homes in the same streets joined in and shared the scaffolding costs.',
      ],
      ['data-insight', 'Energy performance certificates and benefit data found streets where most homes qualified.'],
    ],
    oneOff: [450_000, 'setting up the installer framework, surveys and resident engagement'],
    yearly: [11_500_000, 'insulation and heating works, almost all grant funded'],
    fte: [6, 'energy advisers, a funding officer and a technical officer'],
    skills: 'Retrofit coordination, energy advice, grant management',
    technology: 'Energy performance data and a retrofit case tracker',
    firstResults: '9 months',
    outcomes:
      '1,480 homes were improved in three years, most from an energy rating of E or worse to C. Average energy bills fell by about £430 a year, and 88% of residents said their homes were warmer. Carbon emissions from treated homes fell by an estimated 2,900 tonnes a year.',
    evidence: ['2', 'Energy ratings before and after, modelled bill savings and a resident survey.'],
    costsAndSavings: 'Nearly all works are paid for by national grant schemes; the council pays for coordination.',
    lessons: 'Do a whole terrace or nothing. Have one person whose job is to fit the grant schemes together.',
    documents: ['Street selection method', 'Resident information pack'],
  },
  {
    key: 'off-gas-retrofit-ceredigion',
    council: 'W06000008',
    title: 'Village-by-village retrofit for stone cottages off the gas grid',
    themes: ['climate', 'housing'],
    tags: ['retrofit', 'energy efficiency', 'heat pumps', 'off-gas-grid', 'fuel poverty'],
    partners: ['Welsh Government Warm Homes programme', 'Local installers', 'Community energy group'],
    stage: 'pilot',
    start: '2023-08',
    summary:
      "We adapted Stoke-on-Trent's street-by-street energy efficiency approach to whole villages, where most homes are old stone cottages heated by oil or LPG. In the pilot, 96 homes in four villages received insulation and heat pumps.",
    problem:
      'Most homes in Ceredigion are not on the gas grid. Oil and LPG prices doubled in 2022, and older residents in solid stone cottages were rationing heating. Installers rarely travelled out for a single job.',
    whatTheyDid:
      'Like Stoke-on-Trent, we work one area at a time, but our area is a village. An energy adviser visits every home, and jobs are grouped so installers can work in one village for several weeks.\n\nStone walls need breathable internal insulation rather than external cladding, and most homes get an air source heat pump in place of an oil boiler.',
    context:
      'Ceredigion is a sparsely populated county on the west coast of Wales, with many traditional stone buildings, a high share of older residents and a strong Welsh-speaking culture.',
    barriers: [
      [
        'skills',
        'Few local installers knew how to insulate solid stone safely. We paid for training with the further education college.',
      ],
      [
        'funding',
        'Welsh grant schemes cover heating but not always insulation. A community energy group raised money to fill the gap.',
      ],
    ],
    enablers: [
      ['peer-learning', "Stoke's team showed us how they fit different grant schemes together."],
      ['partnership', 'The community energy group knew every household in its villages.'],
    ],
    oneOff: [40_000, 'installer training and village surveys'],
    yearly: [1_150_000, 'insulation and heat pump installations, mostly grant funded'],
    fte: [2, 'an energy adviser and a project coordinator'],
    skills: 'Traditional building retrofit, energy advice, Welsh language',
    technology: 'Air source heat pumps, breathable insulation',
    firstResults: '9 months',
    outcomes:
      '96 homes in four villages were improved in the pilot. Average heating costs fell by about £680 a year, and all 96 households stopped using oil or LPG.',
    evidence: ['1', 'Early pilot results from modelled savings and resident reports.'],
    costsAndSavings: 'Almost entirely grant funded; the council funds coordination.',
    lessons:
      'Treat stone buildings differently, or you will cause damp. Group jobs by village so installers will come.',
    documents: ['Stone cottage retrofit guide'],
    adaptedFrom: {
      key: 'street-retrofit-stoke',
      whatChanged:
        'Stoke-on-Trent insulates gas-heated brick terraces a street at a time in a dense city. Our homes are scattered stone cottages off the gas grid, so we work a village at a time, use breathable internal insulation instead of external cladding, replace oil boilers with heat pumps and trained local installers.',
    },
  },
  {
    key: 'solar-schools-swansea',
    council: 'W06000011',
    title: 'Solar panels on schools and council buildings, paid for by the energy saved',
    themes: ['climate', 'finance-benefits'],
    tags: ['solar', 'renewable energy', 'net zero', 'invest to save'],
    partners: ['Schools', 'Welsh Government Energy Service', 'Installers'],
    stage: 'scaled',
    start: '2020-05',
    summary:
      "We fitted solar panels and batteries to 64 schools and council buildings using interest-free loans that are repaid from the electricity bills saved. The panels generate about 3,100 megawatt hours a year and cut the council's carbon emissions by 650 tonnes.",
    problem:
      'Energy costs for schools and council buildings were rising, and the council had declared a climate emergency with a target of net zero by 2030. Most roofs were unused.',
    whatTheyDid:
      'The Welsh Government Energy Service helped us survey roofs and build a business case. We borrowed interest-free through a Welsh Government scheme, and each building repays its share from its reduced electricity bills.\n\nSchools use their panels in science lessons with a live dashboard.',
    context:
      "Swansea is Wales's second city, with a large estate of schools built in the 1960s and 1970s, many with flat roofs.",
    barriers: [
      ['technology', 'Some roofs needed repair first. We combined solar with planned roof replacements.'],
      ['procurement', 'A framework of installers meant we could move quickly and avoid separate tenders.'],
    ],
    enablers: [
      ['dedicated-funding', 'Interest-free loans through a Welsh Government scheme.'],
      ['political-support', 'The climate emergency declaration made this a priority.'],
    ],
    oneOff: [3_800_000, 'solar panels and batteries on 64 buildings, funded by interest-free loans'],
    yearly: [40_000, 'maintenance and monitoring'],
    fte: [1, 'energy officer'],
    skills: 'Energy management, project management',
    technology: 'Solar panels, batteries and a monitoring dashboard',
    firstResults: '3 months',
    outcomes:
      'The 64 installations generate about 3,100 megawatt hours a year, cutting carbon emissions by 650 tonnes and electricity bills by about £560,000 a year.',
    evidence: ['2', 'Metered generation and bills before and after installation.'],
    costsAndSavings:
      "The loans are repaid from savings over about eight years; after that the savings are the council's.",
    lessons:
      "Combine solar with roof repairs. Use the panels for learning: pupils became the project's best ambassadors.",
    documents: ['Solar business case template'],
  },
]
