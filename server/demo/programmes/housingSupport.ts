import type { DemoProgramme } from '../demoProgramme'

export const HOUSING_SUPPORT: DemoProgramme[] = [
  {
    key: 'damp-and-mould-sheffield',
    council: 'E08000039',
    title: 'Inspecting every damp and mould report in council homes within ten days',
    themes: ['housing', 'public-health'],
    tags: ['damp and mould', 'council housing', "Awaab's Law", 'repairs'],
    partners: ['Tenants and residents associations', 'Public health team', 'Repairs contractors'],
    stage: 'live',
    start: '2023-02',
    summary:
      'A dedicated damp and mould team inspects every report in our council homes within ten working days and fixes the cause, not just the mould. Repeat reports from the same home fell by 60%.',
    problem:
      'Reports of damp and mould in our 38,000 council homes had been handled as routine repairs: someone would wipe or paint over the mould and close the job, and it came back. After the death of Awaab Ishak in Rochdale we reviewed our cases and found homes that had reported mould five times or more.',
    whatTheyDid:
      'We set up a specialist team of surveyors and operatives who inspect every report, measure moisture, find the cause and plan the work: extractor fans, insulation, ventilation, roof and gutter repairs. Households with young children or someone with a lung condition are visited within 48 hours.\n\nWe also wrote to every tenant explaining how to report damp and that it is never their fault, and we check in again three months after each job.',
    context:
      'Sheffield has one of the largest council housing stocks in England, much of it 1950s and 1960s flats and houses built with solid walls or system-built methods prone to condensation.',
    barriers: [
      ['capacity', 'Reports tripled after the publicity. We brought in a contractor for a year to clear the backlog.'],
      [
        'technology',
        'Our repairs system could not record a case with several jobs. We built a case view on top of it.',
      ],
    ],
    enablers: [
      ['senior-sponsorship', 'The cabinet member for housing reviewed the damp and mould figures every month.'],
      ['co-design', 'Tenants helped write the letter, which is why it says plainly that damp is not their fault.'],
    ],
    oneOff: [400_000, 'clearing the backlog with a contractor'],
    yearly: [1_800_000, 'the damp and mould team and remedial works'],
    fte: [24, 'surveyors, operatives and case officers'],
    skills: 'Building surveying, ventilation, repairs management',
    technology: 'Moisture meters, environmental sensors in homes with repeated reports',
    firstResults: '3 months',
    outcomes:
      'The team handled 7,900 reports in its first 18 months, 96% inspected within ten working days. Repeat reports from the same home within six months fell by 60%, and complaints about damp to the Housing Ombudsman fell by half.',
    evidence: ['2', 'Case records and repeat-report rates, before and after the new team.'],
    costsAndSavings:
      'Fixing causes costs more per job at first, but repeat visits, compensation and disrepair claims have fallen.',
    lessons:
      "Treat damp as a case, not a repair job. Say clearly that it is not the tenant's fault, or people stop reporting it.",
    documents: ['Damp and mould inspection form'],
  },
  {
    key: 'housing-first-dundee',
    council: 'S12000042',
    title: 'Housing First for people with long histories of homelessness',
    themes: ['housing', 'public-health'],
    tags: ['Housing First', 'rough sleeping', 'homelessness', 'addictions', 'mental health'],
    partners: ['Housing associations', 'Drug and alcohol services', 'Third sector support providers', 'NHS Tayside'],
    stage: 'scaled',
    start: '2019-06',
    summary:
      'People who had been homeless again and again, often with addictions or mental health problems, are offered a settled tenancy straight away with intensive support that stays as long as they need it. 87% of people housed were still in their tenancy after a year.',
    problem:
      'A small group of people moved between rough sleeping, hostels, prison and hospital for years. Hostels with strict rules did not work for them, and each crisis cost public services a great deal.',
    whatTheyDid:
      'We offer ordinary council and housing association flats, scattered across the city, with no requirement to be sober or to engage with treatment first. Each person has a support worker with a caseload of no more than seven, available seven days a week.\n\nSupport workers help with bills, health appointments and neighbours, and treatment services come to the person.',
    context:
      'Dundee has high rates of drug deaths and a large hostel system. Housing First was first tested here as part of a national pathfinder.',
    barriers: [
      [
        'partnership',
        'Housing associations worried about risk. Early tenancies that went well, and a promise of rapid support if problems arose, changed that.',
      ],
      ['culture', 'Staff used to “housing ready” approaches were sceptical of offering tenancies with no conditions.'],
    ],
    enablers: [
      ['dedicated-funding', 'The national pathfinder funded the first three years.'],
      ['partnership', 'Drug and alcohol services agreed to see tenants at home.'],
    ],
    oneOff: [50_000, 'furnishing tenancies and training'],
    yearly: [720_000, 'support workers and a team leader'],
    fte: [15, 'support workers and a team leader'],
    skills: 'Intensive housing support, trauma-informed practice',
    technology: 'Shared case records with health and addiction services',
    firstResults: '12 months',
    outcomes:
      '286 people have been housed since 2019, and 87% were still in their tenancy after a year. Among them, emergency hospital admissions fell by 35% and nights in police custody by 50% compared with the year before they were housed.',
    evidence: [
      '4',
      'An independent evaluation of the national pathfinder compared tenancy sustainment and use of services before and after, and is consistent with international evidence.',
    ],
    costsAndSavings: 'Support costs are offset by fewer hostel nights, hospital admissions and custody nights.',
    lessons:
      'Keep caseloads small and support open-ended. Scatter tenancies across the city rather than concentrating them.',
    documents: ['Housing First fidelity checklist'],
  },
]
