import type { DemoProgramme } from '../demoProgramme'

export const PLANNING_POLICY: DemoProgramme[] = [
  {
    key: 'local-plan-map-consultation-salford',
    council: 'E08000006',
    title: 'Consulting on the local plan through an online map people can comment on',
    themes: ['planning', 'communities', 'digital'],
    tags: ['local plan', 'consultation', 'digital engagement', 'planning policy'],
    partners: ['Digital planning supplier', 'Community groups', 'Libraries'],
    stage: 'ended',
    start: '2021-09',
    end: '2023-03',
    summary:
      'Instead of a 300-page document and a response form, residents could drop a pin on a map of proposed sites and policies and leave a comment. Responses rose from 640 at the previous consultation to 4,300, and far more came from people under 35.',
    problem:
      'Responses to local plan consultations came mainly from a small number of older homeowners, developers and campaign groups. Most residents never saw the documents, let alone responded.',
    whatTheyDid:
      'We published the draft plan as an interactive map where every site and policy area could be clicked, with a short plain-English summary and a comment box. Comments were tagged by topic and place automatically, and officers read every one.\n\nWe promoted it through social media, schools and libraries, and library staff helped people without internet access to comment in person.',
    context:
      'Salford is changing fast, with new flats in the city centre and at MediaCityUK, and long-established neighbourhoods in the west of the city. Many new residents are young renters.',
    barriers: [
      [
        'legal-regulatory',
        'The consultation still had to meet the regulations, so the full documents stayed available and every comment was logged formally.',
      ],
      ['skills', 'We had little experience of digital engagement. The supplier trained our planners.'],
    ],
    enablers: [
      ['technology', 'A digital consultation platform that links comments to places on a map.'],
      ['co-design', 'Young people from a sixth form college tested the map and rewrote the summaries.'],
    ],
    oneOff: [48_000, 'the mapping platform, its set-up and promotion'],
    yearly: null,
    fte: [1.5, 'a planning policy officer and a part-time engagement officer'],
    skills: 'Planning policy, digital engagement, content design',
    technology: 'A map-based consultation platform',
    firstResults: 'During the first 8-week consultation',
    outcomes:
      '4,300 people responded, against 640 at the previous consultation. 38% of respondents were under 35, compared with 9% before. Comments on one site led to a change in its allocation before the plan was submitted.',
    evidence: ['2', 'Comparison of response numbers and respondent ages between two consultations.'],
    costsAndSavings: 'Processing comments took less time because they were tagged by place.',
    lessons:
      'Show people a map of their street, not a document. Keep a paper route and help in libraries for people who are not online.',
    documents: ['Plain-English site summaries template'],
  },
  {
    key: 'biodiversity-net-gain-stratford',
    council: 'E07000221',
    title: 'Making biodiversity net gain work with a register of local habitat sites',
    themes: ['planning', 'climate', 'waste-environment'],
    tags: ['biodiversity net gain', 'BNG', 'habitat banks', 'nature recovery'],
    partners: ['Wildlife trust', 'Landowners and farmers', 'Ecological consultants'],
    stage: 'live',
    start: '2023-06',
    summary:
      "We prepared for mandatory biodiversity net gain by building a register of local farmland where habitat could be created, and by training planning officers to check metric calculations. Most developments that can't deliver gain on site now buy units locally rather than national credits.",
    problem:
      'From 2024, most new developments must deliver a 10% gain in biodiversity. Developers told us they could not find land to create habitat, and we had no ecologist to check their calculations.',
    whatTheyDid:
      'We invited farmers and landowners to offer land for habitat creation, checked the sites with the wildlife trust, and published a register. Developers can buy biodiversity units from these sites, secured by a legal agreement for 30 years.\n\nWe recruited an ecologist shared with a neighbouring district and trained planning officers to spot common errors in the metric.',
    context:
      'Stratford-on-Avon is a large rural district with a lot of housing development and a great deal of farmland, some of it of low value for wildlife.',
    barriers: [
      [
        'skills',
        'Few planning officers had ecological training. The shared ecologist and short training sessions filled the gap.',
      ],
      [
        'legal-regulatory',
        'Thirty-year agreements were new to both us and landowners. We wrote a standard agreement with our legal team.',
      ],
    ],
    enablers: [
      ['partnership', 'The wildlife trust assessed sites and will monitor them.'],
      ['peer-learning', 'Early pilot councils shared their templates and lessons.'],
    ],
    oneOff: [30_000, 'the habitat site register and standard legal agreement'],
    yearly: [38_000, 'our share of a shared ecologist'],
    fte: [0.5, 'a shared ecologist'],
    skills: 'Ecology, planning, legal agreements',
    technology: 'The statutory biodiversity metric and a map of registered sites',
    firstResults: '6 months',
    outcomes:
      '14 local sites covering 210 hectares are on the register. In the first year, 38 developments used units from local sites, and none needed national credits.',
    evidence: ['1', 'A clear account of early delivery; the habitats themselves will take years to mature.'],
    costsAndSavings: 'Monitoring fees paid by developers cover the long-term checking of sites.',
    lessons: 'Start the register before the law bites. Developers will buy locally if you make it easy.',
    documents: ['Standard habitat site legal agreement'],
  },
]
