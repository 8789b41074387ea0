import type { DemoProgramme } from '../demoProgramme'

export const CUSTOMER_SERVICES: DemoProgramme[] = [
  {
    key: 'first-contact-resolution-york',
    council: 'E06000014',
    title: 'Answering more calls first time with advisers who can see every case',
    themes: ['customer-services', 'digital'],
    tags: ['contact centre', 'first contact resolution', 'customer relationship management', 'telephony'],
    partners: ['Service teams across the council', 'Technology supplier'],
    stage: 'live',
    start: '2021-07',
    summary:
      'Contact centre advisers can now see the progress of a case in every main service and resolve more queries themselves instead of passing them on. Calls resolved at first contact rose from 48% to 71%, and average waiting time fell from nine minutes to under three.',
    problem:
      'Most calls were about the progress of something already reported, such as a missed bin or a housing repair. Advisers could not see the case, so they passed the call to the service, which called back days later, if at all.',
    whatTheyDid:
      'We connected the customer relationship system to the main back-office systems so advisers can see case progress and update residents. Services wrote scripts and rules so advisers can make simple decisions themselves, such as booking a missed bin collection or a repair.\n\nA callback option means no one waits on hold for more than five minutes.',
    context:
      'City of York Council handles about 300,000 calls a year, and York residents expect quick, joined-up answers.',
    barriers: [
      [
        'technology',
        'Some back-office systems had no integration options. We used scheduled data exports as a first step.',
      ],
      [
        'culture',
        'Some services were reluctant to let advisers make decisions. Trial periods with clear rules built trust.',
      ],
    ],
    enablers: [
      ['data-insight', 'Call analysis showed that 60% of calls were about case progress.'],
      ['training', 'Advisers were trained by each service.'],
    ],
    oneOff: [310_000, 'system integrations and a callback telephony upgrade'],
    yearly: [60_000, 'software licences and support'],
    fte: [2, 'integration developers, moved from the IT team for the project'],
    skills: 'Systems integration, customer service, process design',
    technology: 'Customer relationship management system, integrations, callback telephony',
    firstResults: '6 months',
    outcomes:
      'Calls resolved at first contact rose from 48% to 71%. Average waiting time fell from nine minutes to under three, and repeat calls about the same case fell by 40%.',
    evidence: ['2', 'Telephony and case data, before and after.'],
    costsAndSavings: 'Fewer repeat calls and callbacks free service staff time.',
    lessons:
      'Find out why people call before you change anything. Give advisers the information and the authority to act.',
    documents: ['Call reason analysis template'],
  },
  {
    key: 'learning-from-complaints-antrim-newtownabbey',
    council: 'N09000001',
    title: 'Learning from complaints: a monthly panel that fixes root causes',
    themes: ['customer-services', 'workforce'],
    tags: ['complaints', 'service improvement', 'customer feedback', 'ombudsman'],
    partners: ['Northern Ireland Public Services Ombudsman', 'Service managers'],
    stage: 'live',
    start: '2022-06',
    summary:
      'A monthly panel of service managers reviews patterns in complaints and agrees changes to fix the cause, not just the individual complaint. Complaints fell by 31% in two years, and those escalated to the ombudsman halved.',
    problem:
      'Complaints were handled one at a time, and the same problems came back again and again. Managers saw complaints as a burden rather than information.',
    whatTheyDid:
      "Every complaint is tagged with a cause. Each month a panel of service managers reviews the main themes, hears from a complainant, and agrees one or two changes to make.\n\nProgress on changes is reported to the council's audit committee, and staff who handle complaints well are recognised.",
    context:
      'Antrim and Newtownabbey provides waste collection, leisure, planning, building control and community services to about 144,000 people.',
    barriers: [
      ['culture', 'Some managers were defensive. Hearing directly from complainants changed the tone of the panel.'],
      ['technology', 'The complaints system had no way to tag causes. We added a field and trained staff.'],
    ],
    enablers: [
      ['senior-sponsorship', 'The chief executive chairs the panel quarterly.'],
      ['governance', 'The audit committee oversees progress.'],
    ],
    oneOff: [5_000, 'changes to the complaints system and training'],
    yearly: null,
    fte: [0.5, 'a complaints officer'],
    skills: 'Complaints handling, service improvement',
    technology: 'Complaints system with cause tagging',
    firstResults: '6 months',
    outcomes:
      'Complaints fell by 31% in two years. Complaints escalated to the ombudsman halved, and 24 service changes were made, including clearer bin collection calendars and faster leisure refunds.',
    evidence: ['2', 'Complaint records, before and after.'],
    costsAndSavings: 'Less time spent on repeat complaints.',
    lessons: 'Tag every complaint by cause. Hear from complainants in person.',
    documents: ['Complaints panel terms of reference'],
  },
]
