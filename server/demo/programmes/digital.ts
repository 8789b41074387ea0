import type { DemoProgramme } from '../demoProgramme'

export const DIGITAL: DemoProgramme[] = [
  {
    key: 'online-forms-bracknell-forest',
    council: 'E06000036',
    title: 'Replacing PDF forms with online services designed with residents',
    themes: ['digital', 'customer-services'],
    tags: ['digital services', 'user research', 'online forms', 'channel shift'],
    partners: ['Digital agency', 'Residents who tested the services'],
    stage: 'live',
    start: '2021-03',
    summary:
      'We replaced 85 PDF and paper forms with 30 online services, each designed and tested with the residents who use them. Online completion rose to 82% of requests, and phone calls about the same services fell by 35%.',
    problem:
      'Residents had to download PDF forms, print them, fill them in and send them by post or email. Staff retyped them into back-office systems, and many arrived incomplete.',
    whatTheyDid:
      'A small in-house team, supported at first by an agency, worked through the forms in order of volume. For each service they interviewed residents and staff, designed a short online form that asks only what is needed, tested it with users, and connected it to the back-office system.\n\nWe followed the GOV.UK Service Standard and published every service in our own design system.',
    context:
      'Bracknell Forest is a small unitary council with a relatively digitally confident population, but many forms dated back more than a decade.',
    barriers: [
      [
        'technology',
        'Some back-office systems had no way to receive data. We used secure email into a shared inbox until integrations were built.',
      ],
      ['skills', 'We had no user researchers. The agency trained two of our staff.'],
    ],
    enablers: [
      ['co-design', 'Residents tested every service before launch.'],
      ['senior-sponsorship', 'The chief executive made it a corporate priority.'],
    ],
    oneOff: [260_000, 'agency support and integrations'],
    yearly: [180_000, 'an in-house team of three'],
    fte: [3, 'a user researcher, a designer and a developer'],
    skills: 'User research, service design, content design, development',
    technology: 'A form builder with back-office integrations',
    firstResults: '6 months',
    outcomes:
      '85 forms replaced by 30 online services. 82% of requests for these services are now made online, and phone calls about them fell by 35%. Incomplete applications fell from 30% to 4%.',
    evidence: ['2', 'Usage data and call records, before and after.'],
    costsAndSavings: 'Staff time saved on retyping and chasing incomplete forms covers the team cost.',
    lessons: 'Start with the highest volume forms. Train your own people so the skills stay when the agency leaves.',
    documents: ['Service design checklist'],
  },
  {
    key: 'digital-inclusion-blaenau-gwent',
    council: 'W06000019',
    title: 'Device lending and digital champions for residents who are offline',
    themes: ['digital', 'communities'],
    tags: ['digital inclusion', 'data poverty', 'device lending', 'digital skills'],
    partners: ['Libraries', 'Housing associations', 'Digital Communities Wales'],
    stage: 'live',
    start: '2021-09',
    summary:
      'Residents without a device or internet at home can borrow a tablet with free data for six months, with help from trained digital champions. 1,350 people have borrowed a device, and 70% were using the internet independently by the end of the loan.',
    problem:
      'Many residents, particularly older people and those on low incomes, had no internet access at home. More services were moving online, and people were being left behind.',
    whatTheyDid:
      'Tablets with free mobile data are lent through libraries and housing associations. Digital champions — staff and volunteers trained by Digital Communities Wales — help borrowers get started with email, video calls, online shopping and council services.\n\nAt the end of the loan, champions help people find affordable devices and social broadband tariffs.',
    context:
      'Blaenau Gwent is a valley area with high levels of deprivation and older residents, and some of the lowest internet use in Wales when the programme started.',
    barriers: [
      [
        'resident-engagement',
        'Some people were afraid of technology. Champions took it slowly and used what people cared about, like video calls with grandchildren.',
      ],
      ['funding', 'Data costs are ongoing. We negotiated free data with mobile providers.'],
    ],
    enablers: [
      ['training', 'Digital Communities Wales trained the champions.'],
      ['partnership', 'Housing associations referred tenants and lent devices too.'],
    ],
    oneOff: [95_000, 'tablets'],
    yearly: [40_000, 'a coordinator and replacement devices'],
    fte: [1, 'digital inclusion coordinator'],
    skills: 'Digital skills training, volunteer coordination',
    technology: 'Tablets with mobile data',
    firstResults: '3 months',
    outcomes:
      '1,350 people borrowed a device in three years. 70% were using the internet independently at the end of their loan, and 55% went on to get their own device and connection.',
    evidence: ['2', 'Records kept by champions at the start and end of each loan.'],
    costsAndSavings: 'Low cost per person, with free data from providers.',
    lessons: 'Start with what people care about. Plan for what happens when the loan ends.',
    documents: ['Device loan agreement'],
  },
  {
    key: 'social-work-notes-hampshire',
    council: 'E10000014',
    title: 'Speech-to-text notes so social workers spend more time with people',
    themes: ['digital', 'adult-social-care', 'workforce'],
    tags: ['artificial intelligence', 'social work', 'case notes', 'productivity'],
    partners: ['Technology supplier', 'Social work practitioners', 'Information governance team'],
    stage: 'pilot',
    start: '2023-11',
    summary:
      'Social workers in a pilot record their visits, with consent, and a speech-to-text tool drafts the case note and assessment for them to check and edit. They spent 40% less time writing up visits, and most said the notes were better.',
    problem:
      'Adult social workers spent up to a third of their time writing up notes and assessments after visits, often in the evening. Waiting lists for assessments were long.',
    whatTheyDid:
      'With consent from the person being visited, the social worker records the conversation on a phone. A speech-to-text tool produces a draft note and fills in the assessment template, which the social worker checks, edits and signs off.\n\nWe set strict rules: recordings are deleted after the note is approved, and the social worker is always responsible for what is recorded.',
    context:
      'Hampshire has one of the largest adult social care services in England. We tested the tool with 120 social workers across different teams.',
    barriers: [
      [
        'data-sharing',
        'Information governance needed a full data protection impact assessment, and we tested consent wording with residents.',
      ],
      [
        'culture',
        'Some social workers were worried about accuracy and trust. Their own testing and the rule that they sign off every note helped.',
      ],
    ],
    enablers: [
      ['test-and-learn', 'A small pilot with volunteers before wider roll-out.'],
      ['co-design', 'Social workers helped design the templates the tool fills in.'],
    ],
    oneOff: [60_000, 'set-up, data protection work and training'],
    yearly: [95_000, 'software licences for 120 social workers'],
    fte: [1, 'a project manager'],
    skills: 'Social work, information governance, change management',
    technology: 'Speech-to-text software integrated with the case management system',
    firstResults: '3 months',
    outcomes:
      'Time spent writing up each visit fell by 40% on average among the 120 pilot users. 78% said their notes were at least as good as before, and assessments completed per worker rose by 15%.',
    evidence: ['2', 'Time recording and a survey of pilot users, compared with their own earlier work.'],
    costsAndSavings: 'Time saved is worth far more than the licences if it is used for more assessments.',
    lessons: 'Get consent wording right and test it with residents. Keep the social worker responsible for every word.',
    documents: ['Recording consent script'],
  },
]
