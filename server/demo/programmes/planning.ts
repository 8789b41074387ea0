import type { DemoProgramme } from '../demoProgramme'

export const PLANNING: DemoProgramme[] = [
  {
    key: 'planning-validation-mid-sussex',
    council: 'E07000228',
    title: 'Fewer invalid planning applications with a checklist agents use before they apply',
    themes: ['planning', 'customer-services'],
    tags: ['planning applications', 'validation', 'agents', 'householder applications'],
    partners: ['Local planning agents', 'Architects'],
    stage: 'live',
    start: '2021-06',
    summary:
      'Half of all planning applications arrived invalid, usually for a missing plan or fee. An interactive checklist that agents complete before submitting cut invalid applications to 18% and took a week off the time to validate.',
    problem:
      'Our validation officers spent most of their time writing to applicants about missing documents. Every invalid application meant a delay for the applicant and rework for us, and agents complained that our local list of requirements was hard to follow.',
    whatTheyDid:
      'We rewrote the local validation list in plain English and turned it into an online checklist that asks what kind of application it is and lists exactly what is needed. Agents can download their completed checklist and submit it with the application.\n\nWe ran two workshops for frequent agents and publish a monthly list of the commonest reasons for invalid applications.',
    context:
      'Mid Sussex receives about 2,500 applications a year, most of them householder applications prepared by a small number of local agents.',
    barriers: [
      [
        'culture',
        'Some officers worried that a simpler list would lower standards. Nothing was removed that the law or local policy required.',
      ],
      [
        'technology',
        'The planning portal could not host our checklist, so it sits on our website and links to the portal.',
      ],
    ],
    enablers: [
      ['co-design', 'Frequent agents tested the checklist before launch.'],
      ['data-insight', 'Two years of invalid reasons showed that five problems caused 80% of them.'],
    ],
    oneOff: [14_000, 'rewriting the local list and building the online checklist'],
    yearly: null,
    fte: [0.2, 'a planning technician keeping the checklist up to date'],
    skills: 'Planning validation, content design',
    technology: 'An online form builder on the council website',
    firstResults: '3 months',
    outcomes:
      'Invalid applications fell from 51% to 18% within a year. The average time from receipt to validation fell from 13 days to 6, and validation officers now spend about a third of their time on other work.',
    evidence: ['2', 'Validation records for the year before and the year after launch.'],
    costsAndSavings: 'Time freed is worth about one validation officer post.',
    lessons:
      'Look at why applications are invalid before redesigning anything. Test with the agents who submit most of them.',
    documents: ['Validation checklist questions'],
  },
  {
    key: 'planning-validation-ribble-valley',
    council: 'E07000124',
    title: 'A validation checklist for householder and farm building applications',
    themes: ['planning', 'customer-services'],
    tags: ['planning applications', 'validation', 'agricultural buildings', 'prior approval'],
    partners: ['Local planning agents', 'National Farmers Union'],
    stage: 'live',
    start: '2023-04',
    summary:
      "We adapted Mid Sussex's pre-submission checklist and added farm buildings and agricultural prior approvals, which make up a large share of our applications. Invalid applications fell from 44% to 20%.",
    problem:
      "Applications for farm buildings and agricultural prior approvals were often invalid because applicants, many of them farmers applying without an agent, didn't know what was needed. Each one meant phone calls and letters back and forth.",
    whatTheyDid:
      "We used Mid Sussex's approach and much of its wording, and added sections for agricultural buildings, prior approvals and barn conversions. A printable version is available for farmers who prefer paper.\n\nWe also hold a planning drop-in at the livestock auction mart once a month.",
    context:
      'Ribble Valley is a rural district with a large farming community and much of its area in the Forest of Bowland National Landscape.',
    barriers: [
      [
        'resident-engagement',
        'Farmers rarely used our website. The printed checklist and the auction mart drop-in reached them.',
      ],
      ['capacity', 'We are a small team; the work had to fit around everyday casework.'],
    ],
    enablers: [
      ['peer-learning', 'Mid Sussex shared their checklist text, which we adapted in a few weeks.'],
      ['partnership', 'The NFU promoted the checklist to its members.'],
    ],
    oneOff: [5_000, 'adapting the checklist'],
    yearly: null,
    fte: [0.1, 'a planning technician'],
    skills: 'Planning validation, agricultural planning',
    technology: 'Online and printable checklist',
    firstResults: '3 months',
    outcomes: 'Invalid applications fell from 44% to 20%, and from 61% to 25% for agricultural applications.',
    evidence: ['2', 'Validation records before and after.'],
    costsAndSavings: 'Very low cost; officer time saved on chasing missing documents.',
    lessons: 'Go where your applicants are. Half of our farmers first saw the checklist at the mart.',
    documents: ['Agricultural prior approval checklist'],
    adaptedFrom: {
      key: 'planning-validation-mid-sussex',
      whatChanged:
        "Mid Sussex's checklist covers householder and minor applications mostly submitted by agents in towns. Many of our applicants are farmers applying without an agent, so we added agricultural buildings and prior approvals, offered a paper version and took it to the auction mart.",
    },
  },
  {
    key: 'countryside-pre-application-fermanagh-omagh',
    council: 'N09000006',
    title: 'Pre-application clinics for single houses in the countryside',
    themes: ['planning', 'customer-services'],
    tags: ['pre-application advice', 'rural planning', 'single dwellings', 'Northern Ireland'],
    partners: ['Local architects and agents', 'Department for Infrastructure'],
    stage: 'live',
    start: '2022-09',
    summary:
      'Applications for single houses in the countryside were refused more often than any other kind, after long and costly processes. Free fortnightly pre-application clinics cut refusals of these applications from 34% to 15%.',
    problem:
      'Policy for new houses in the countryside in Northern Ireland is strict and complex. Many families applied for a house on their farm or near relatives without knowing whether it could be approved, and many were refused after months of waiting and several thousand pounds in fees.',
    whatTheyDid:
      'Planning officers hold a free clinic every fortnight, alternating between Enniskillen and Omagh, and online. Applicants bring a map and photographs, and an officer explains which policy tests apply and whether the site is likely to be approved.\n\nWritten advice follows within ten working days, and officers who gave the advice handle the later application where possible.',
    context:
      'Fermanagh and Omagh is the most sparsely populated council area in Northern Ireland. Building a house near family on farmland is a strong local tradition.',
    barriers: [
      [
        'capacity',
        'Clinics take officer time from casework. Shorter decisions on better applications more than made up for it.',
      ],
      ['legal-regulatory', 'Advice cannot bind the later decision, so written advice is careful to say so.'],
    ],
    enablers: [
      ['dedicated-team', 'Two senior planners with long experience of countryside policy run most clinics.'],
      ['co-design', 'Agents helped design the booking form and the advice letter.'],
    ],
    oneOff: [3_000, 'booking system and publicity'],
    yearly: [45_000, 'senior planner time for clinics'],
    fte: [1, 'senior planner time, shared between two officers'],
    skills: 'Countryside planning policy, customer service',
    technology: 'Online booking and video calls',
    firstResults: '6 months',
    outcomes:
      '620 people attended a clinic in two years. Refusals of applications for single houses in the countryside fell from 34% to 15%, and the average decision time for them fell from 24 weeks to 15.',
    evidence: ['2', 'Decision records before and after the clinics started.'],
    costsAndSavings: 'Applicants are saved fees and design costs on applications unlikely to succeed.',
    lessons: 'Honest early advice saves everyone money, even when the answer is no.',
    documents: ['Countryside house pre-application checklist'],
  },
]
