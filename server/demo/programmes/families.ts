import type { DemoProgramme } from '../demoProgramme'

export const FAMILIES: DemoProgramme[] = [
  {
    key: 'family-group-conferences-leeds',
    council: 'E08000035',
    title: 'Family group conferences offered before any child comes into care',
    themes: ['childrens-services'],
    tags: ['family group conferencing', 'edge of care', 'restorative practice', 'children in care'],
    partners: ['Independent family group conference coordinators', 'Schools', 'Health visitors'],
    stage: 'scaled',
    start: '2019-03',
    summary:
      'Every family whose child might come into care is offered a family group conference, where the wider family makes its own plan to keep the child safe. Fewer children came into care, and more who could not stay at home went to live with relatives.',
    problem:
      'Decisions about children at risk were being made by professionals in meetings the wider family never heard about. Grandparents, aunts and family friends who could have helped were often asked only after a child was already in care.',
    whatTheyDid:
      "We trained a team of independent coordinators who are not the family's social worker. The coordinator spends two to three weeks finding and preparing everyone who matters to the child, then runs the conference. After professionals explain their worries, the family meets alone to make a plan, which the social worker agrees if it keeps the child safe.\n\nConferences are now offered before care proceedings, at the start of child protection plans and when a child is about to leave care.",
    context:
      "Leeds is a large city with a strong commitment to restorative practice across all its services. Children's services had already trained staff to work with families rather than doing things to them.",
    barriers: [
      [
        'culture',
        'Some social workers found it hard to hand the plan to the family. Watching their first conferences changed most minds.',
      ],
      [
        'capacity',
        'Demand outgrew the coordinator team within a year. We trained sessional coordinators from the community.',
      ],
    ],
    enablers: [
      [
        'political-support',
        'The council made being a child friendly city a priority in its plan, with cross-party support.',
      ],
      ['dedicated-funding', 'A national innovation grant paid for the first three years and its evaluation.'],
    ],
    oneOff: [120_000, 'coordinator training and the evaluation'],
    yearly: [780_000, 'the coordinator team and venues'],
    fte: [16, 'family group conference coordinators and a manager'],
    skills: 'Family group conference coordination, restorative practice, social work',
    technology: "Conference records held in the children's case management system",
    firstResults: '12 months',
    outcomes:
      'Over three years the number of children in care fell by 9% while it rose nationally. Of children whose family had a conference before proceedings, 70% stayed with their family or went to live with relatives.\n\nAn independent evaluation found the conferences were associated with fewer children entering care compared with similar families in comparable councils.',
    evidence: [
      '4',
      'An independent evaluation commissioned with the national innovation programme compared families with and without conferences and with comparable councils.',
    ],
    costsAndSavings:
      'A conference costs about £2,000. Each child who avoids care saves tens of thousands of pounds a year, so the service paid for itself in its second year.',
    lessons:
      'Keep the coordinator independent of the social worker; families can tell the difference. Give the family private time: plans made without professionals in the room are the ones that last.',
    documents: ['Family group conference referral form', 'Coordinator induction pack'],
  },
  {
    key: 'family-group-conferences-gwynedd',
    council: 'W06000002',
    title: 'Family group conferences in Welsh, across a rural county',
    themes: ['childrens-services'],
    tags: ['family group conferencing', 'Welsh language', 'edge of care', 'kinship care'],
    partners: ['Community coordinators', 'Mentrau Iaith (Welsh language initiatives)', 'Schools'],
    stage: 'live',
    start: '2022-02',
    summary:
      "We adapted Leeds City Council's family group conferences for Gwynedd, where most families speak Welsh at home and relatives may live an hour's drive apart. Every conference is offered in Welsh, and families can join by video from wherever they live.",
    problem:
      'Families told us that meetings about their children felt formal and English, even when staff spoke Welsh. Relatives who lived in other parts of the county or over the border rarely attended, so family plans were thinner than they could have been.',
    whatTheyDid:
      "We recruited coordinators who live in the communities they serve and are fluent in Welsh. Conferences are held in places families choose — a village hall, a chapel vestry, a grandparent's kitchen — and relatives who cannot travel join by video.\n\nWe kept the parts of Leeds's model that matter most: an independent coordinator and private family time.",
    context:
      "About two thirds of Gwynedd's residents speak Welsh. The county stretches from Bangor to the Llŷn peninsula and south to Tywyn, with slow roads and limited public transport.",
    barriers: [
      [
        'capacity',
        'Welsh-speaking coordinators were hard to find. We trained sessional coordinators from community groups.',
      ],
      ['technology', 'Broadband is poor in some villages, so we lend tablets with mobile data for video links.'],
    ],
    enablers: [
      [
        'peer-learning',
        "Leeds's trainers ran our first coordinator course and shared their practice standards, which we translated.",
      ],
      [
        'co-design',
        'Parents who had been through child protection helped rewrite the leaflets in plain Welsh and English.',
      ],
    ],
    oneOff: [22_000, 'coordinator training, translation and tablets'],
    yearly: [135_000, 'two coordinators and sessional coordinator fees'],
    fte: [2, 'family group conference coordinators'],
    skills: 'Family group conference coordination, Welsh language, social work',
    technology: 'Tablets with mobile data for relatives joining by video',
    firstResults: '6 months',
    outcomes:
      '164 conferences were held in the first two years, 85% of them in Welsh. 69% of children whose families had a conference before proceedings stayed with their family or wider family. On average five relatives attended, up from two at our previous meetings.',
    evidence: ['2', 'Outcomes are recorded for every conference; there is no comparison group yet.'],
    costsAndSavings:
      'Each child who can live with relatives rather than in foster or residential care avoids significant cost; we have not yet calculated the total.',
    lessons:
      "Offer the conference in the family's language first, not as an option they have to ask for. Video makes wider family possible, but the people in the room should still be the ones closest to the child.",
    documents: ['Bilingual family group conference leaflet'],
    adaptedFrom: {
      key: 'family-group-conferences-leeds',
      whatChanged:
        "Leeds runs conferences in a city where relatives usually live nearby and most families speak English. We recruited Welsh-speaking coordinators from local communities, held conferences wherever families chose, and added video links for relatives living far away, but kept Leeds's independent coordinator and private family time unchanged.",
    },
  },
  {
    key: 'care-leavers-local-offer-north-tyneside',
    council: 'E08000022',
    title: 'A local offer for care leavers: no council tax and a guaranteed interview',
    themes: ['childrens-services', 'finance-benefits'],
    tags: ['care leavers', 'council tax exemption', 'corporate parenting', 'employment'],
    partners: ['Local employers', 'Further education college', 'Housing associations'],
    stage: 'live',
    start: '2020-04',
    summary:
      'Care leavers living in North Tyneside pay no council tax until they are 25, and every care leaver who applies for a council job is guaranteed an interview. The share of our care leavers in education, employment or training rose from 48% to 61%.',
    problem:
      'Young people leaving care were falling into debt within months of getting their first tenancy, and council tax arrears were often the first debt. Few had a family to help them find work.',
    whatTheyDid:
      'Councillors agreed a council tax discount for care leavers up to age 25, applied automatically when the leaving care team tells revenues a young person has a tenancy. The council and twelve local employers guarantee care leavers an interview and offer paid work experience.\n\nEvery care leaver gets a written local offer setting out all their entitlements, which they helped to write.',
    context:
      'North Tyneside looks after about 260 children and supports around 200 care leavers aged 18 to 25. Many of them stay in the borough.',
    barriers: [
      [
        'technology',
        'The revenues system had no way to flag care leavers. A manual list, checked monthly with the leaving care team, works well enough.',
      ],
      ['funding', 'The discount costs the council tax base money each year, which had to be agreed in the budget.'],
    ],
    enablers: [
      ['political-support', 'Every councillor is a corporate parent and the cabinet backed the offer unanimously.'],
      ['co-design', 'The children in care council wrote the local offer in their own words.'],
    ],
    oneOff: [5_000, 'changes to the revenues process and printing the local offer'],
    yearly: [65_000, 'the council tax discount and paid work experience placements'],
    fte: [0.5, 'a work experience coordinator'],
    skills: 'Leaving care work, revenues administration, employer engagement',
    technology: 'The existing council tax system with a manual flag',
    firstResults: '12 months',
    outcomes:
      'No care leaver in the scheme has had a council tax summons since it started. The share of care leavers aged 19 to 21 in education, employment or training rose from 48% to 61% in three years, and 23 have started council apprenticeships or jobs.',
    evidence: ['2', 'Figures come from our statutory returns on care leavers and the revenues system.'],
    costsAndSavings:
      'The discount costs about £40,000 a year in council tax not collected, much of which we would previously have spent trying to recover.',
    lessons:
      'Make entitlements automatic; every form a care leaver must fill in is a chance to miss out. Ask employers for something specific, like a guaranteed interview, not general goodwill.',
    documents: ['Care leavers local offer'],
  },
]
