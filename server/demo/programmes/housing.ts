import type { DemoProgramme } from '../demoProgramme'

export const HOUSING: DemoProgramme[] = [
  {
    key: 'private-renters-early-contact-brighton',
    council: 'E06000043',
    title: 'Reaching private tenants as soon as their landlord serves notice',
    themes: ['housing'],
    tags: ['homelessness prevention', 'private rented sector', 'section 21', 'temporary accommodation'],
    partners: ['Citizens Advice', "Landlords' association", 'Letting agents'],
    stage: 'live',
    start: '2022-01',
    summary:
      'Instead of waiting for tenants to come to us days before eviction, we contact them as soon as they are served notice. 62% of the households we reached kept their home or moved to another without a stay in temporary accommodation.',
    problem:
      'Most private tenants came to our housing options service only when the bailiffs were booked, when there was little left to do but place them in temporary accommodation. Spending on bed and breakfast had doubled in three years.',
    whatTheyDid:
      "We asked letting agents and landlords to tell us, with the tenant's consent, when they served notice, and wrote to every tenant who made a homelessness application with a notice more than a month old. Prevention officers negotiate with landlords over arrears and repairs, and can offer a grant to clear arrears or a deposit for a new home.\n\nA landlord helpline gives quick answers so that disputes are settled before notice is served at all.",
    context:
      'Brighton and Hove has one of the highest rents outside London and a large private rented sector, much of it shared by young workers and students.',
    barriers: [
      [
        'data-sharing',
        'Agents were wary of sharing tenant details. A consent line in tenancy paperwork solved most of it.',
      ],
      [
        'capacity',
        'Earlier contact meant more cases at once. We moved two officers from temporary accommodation placements into prevention.',
      ],
    ],
    enablers: [
      ['partnership', "The landlords' association promoted the scheme to its members."],
      ['dedicated-funding', 'The homelessness prevention grant paid for arrears grants and deposits.'],
    ],
    oneOff: [10_000, 'the landlord helpline and consent materials'],
    yearly: [230_000, 'four prevention officers and the prevention fund'],
    fte: [4, 'homelessness prevention officers'],
    skills: 'Housing law, negotiation, casework',
    technology: 'Housing options case management system',
    firstResults: '6 months',
    outcomes:
      '1,240 households were contacted early in two years. 62% kept their home or moved without a stay in temporary accommodation, compared with 38% of households who first contacted us after an eviction date was set. Bed and breakfast placements for families fell by a third.',
    evidence: [
      '2',
      'The comparison is with households approaching late in the same period; they may differ in other ways.',
    ],
    costsAndSavings: 'Every prevention saves on average several thousand pounds in temporary accommodation.',
    lessons:
      'Get the consent question into tenancy paperwork early. Landlords respond to a quick, practical offer far more than to a letter about the law.',
    documents: ['Landlord helpline script'],
  },
  {
    key: 'private-renters-early-contact-teignbridge',
    council: 'E07000045',
    title: 'Early help for private tenants through letting agents and village networks',
    themes: ['housing'],
    tags: ['homelessness prevention', 'private rented sector', 'holiday lets'],
    partners: ['Letting agents', 'Citizens Advice', 'Parish councils'],
    stage: 'live',
    start: '2023-06',
    summary:
      "We adapted Brighton and Hove's early contact scheme for a district where many private tenants lose their home because landlords are turning it into a holiday let. 58% of households reached early kept a home without temporary accommodation.",
    problem:
      "Private tenants in Teignbridge were being served notice as landlords sold up or switched to holiday letting. Those in small villages often didn't know we could help until it was too late, and our nearest temporary accommodation was often miles from their work and school.",
    whatTheyDid:
      "As in Brighton and Hove, letting agents tell us when notice is served, with the tenant's consent. Because far fewer agents operate here, we visited each one personally.\n\nWe added parish councils, village shops and GP surgeries as places to spread the word, and a rent deposit scheme for homes within the same village or town, so children can stay at their school.",
    context:
      'Teignbridge is a mainly rural district with coastal towns where holiday lets have grown fast, and rents have risen much faster than local wages.',
    barriers: [
      [
        'resident-engagement',
        'Tenants in villages rarely came to the council offices. Information in village shops and surgeries reached them.',
      ],
      [
        'funding',
        'Local rents are often above housing benefit levels. A top-up fund helps households bridge the gap for the first year.',
      ],
    ],
    enablers: [
      ['peer-learning', "Brighton and Hove's team shared their consent wording and prevention fund rules."],
      ['partnership', 'Parish councils put information in their newsletters and noticeboards.'],
    ],
    oneOff: [4_000, 'printed information and agent visits'],
    yearly: [85_000, 'a prevention officer and the rent top-up fund'],
    fte: [1, 'homelessness prevention officer'],
    skills: 'Housing law, negotiation',
    technology: 'Existing housing options system',
    firstResults: '6 months',
    outcomes:
      '210 households were contacted early in the first 18 months, and 58% kept a home without temporary accommodation. Placements of families in accommodation outside the district fell from 26 to 9 a year.',
    evidence: ['2', 'Outcomes recorded for every case, compared with the previous two years.'],
    costsAndSavings:
      'The top-up fund costs less than a few weeks of temporary accommodation for each household it helps.',
    lessons:
      'In a rural district, meet every agent yourself. Keep people near their work and school, or prevention just moves the problem.',
    documents: ['Rent top-up fund policy'],
    adaptedFrom: {
      key: 'private-renters-early-contact-brighton',
      whatChanged:
        'Brighton and Hove works with many agents in a dense city market. We have few agents, tenants spread across villages, and a market changing to holiday lets, so we visited every agent, spread the word through parish councils, shops and surgeries, and added a rent top-up fund to keep households in their own area.',
    },
  },
  {
    key: 'hmo-additional-licensing-nottingham',
    council: 'E06000018',
    title: 'Additional licensing of houses in multiple occupation in student areas',
    themes: ['housing', 'community-safety'],
    tags: ['HMO', 'houses in multiple occupation', 'licensing', 'private rented sector', 'students'],
    partners: ['Universities', 'Nottinghamshire Police', 'Fire and rescue service', 'Landlord accreditation scheme'],
    stage: 'live',
    start: '2019-01',
    summary:
      'We extended licensing to smaller houses in multiple occupation across the city, not only those with five or more tenants. Inspections found hazards in more than half the homes, and most were fixed within three months of the licence.',
    problem:
      'Thousands of shared houses, many let to students and young workers, were too small to need a mandatory licence. Complaints about damp, missing fire doors and overcrowding were rising, as were complaints from neighbours about noise and rubbish.',
    whatTheyDid:
      'After consultation we designated additional licensing for all HMOs in most of the city. Every licensed house is inspected, with conditions on fire safety, room sizes, waste storage and how the landlord deals with antisocial behaviour.\n\nAccredited landlords pay a lower fee and get a lighter inspection. Unlicensed HMOs are found using council tax, electoral roll and tenancy deposit data.',
    context:
      'Nottingham has two large universities and one of the highest proportions of private renting in the East Midlands. Many HMOs are Victorian terraces converted for sharers.',
    barriers: [
      [
        'legal-regulatory',
        'A designation needs consultation and strong evidence, and lasts only five years. We kept records of every complaint to support renewal.',
      ],
      [
        'resident-engagement',
        'Landlords opposed the fee. The discount for accredited landlords and a clear explanation of what it pays for helped.',
      ],
    ],
    enablers: [
      ['data-insight', 'Matching council tax and deposit data found more than 2,000 unlicensed HMOs.'],
      ['political-support', 'Councillors in student wards championed the scheme.'],
    ],
    oneOff: [90_000, 'consultation, evidence gathering and the online application system'],
    yearly: [1_100_000, 'inspectors and enforcement, paid for by licence fees'],
    fte: [22, 'licensing officers and environmental health officers'],
    skills: 'Environmental health, housing law, data matching',
    technology: 'Online licence applications and a data matching tool',
    firstResults: '12 months',
    outcomes:
      'About 9,600 HMOs were licensed in the first designation. Inspections found at least one serious hazard in 54% of homes, and 85% of these were fixed within three months. We prosecuted 61 landlords for failing to license.',
    evidence: ['2', 'Inspection and enforcement records; improvement is measured on each licensed home.'],
    costsAndSavings: 'Licence fees cover the cost of running the scheme, as the law requires.',
    lessons:
      'Build the evidence for renewal from day one. Data matching finds far more unlicensed homes than complaints do.',
    documents: ['HMO licence conditions', 'Amenity standards for shared houses'],
  },
  {
    key: 'hmo-licensing-canterbury',
    council: 'E07000106',
    title: 'Licensing smaller shared houses in a university city, street by street',
    themes: ['housing', 'community-safety'],
    tags: ['HMO', 'houses in multiple occupation', 'licensing', 'students'],
    partners: ['Universities', 'Kent Police', 'Student unions'],
    stage: 'live',
    start: '2023-01',
    summary:
      "We adapted Nottingham City Council's additional HMO licensing for a much smaller city, targeting the wards around the universities rather than the whole district. 1,050 shared houses are now licensed and inspected.",
    problem:
      'Shared houses let to students have multiplied in the streets around the universities, and long-standing residents complained about waste, parking and noise. Many of the houses did not need a mandatory licence.',
    whatTheyDid:
      "We used Nottingham's licence conditions and data matching, but designated only four wards where HMOs are concentrated. Conditions include waste storage and a named contact for neighbours.\n\nWe worked with the student unions to teach first-year students what to expect from a landlord and how to complain.",
    context:
      'Canterbury is a small cathedral city with three universities and a large student population relative to its size.',
    barriers: [
      ['legal-regulatory', 'We needed evidence for each ward separately to justify a targeted scheme.'],
      [
        'capacity',
        'Two inspectors had to cover every house in the first year, so we inspected the highest risk first.',
      ],
    ],
    enablers: [
      ['peer-learning', 'Nottingham shared their conditions and data matching approach, which saved months.'],
      ['partnership', 'The student unions reached tenants we could not.'],
    ],
    oneOff: [35_000, 'consultation and evidence gathering'],
    yearly: [140_000, 'two inspectors and administration, paid for by licence fees'],
    fte: [3, 'two inspectors and a licensing administrator'],
    skills: 'Environmental health, housing law',
    technology: 'Online licence applications',
    firstResults: '12 months',
    outcomes:
      '1,050 shared houses were licensed. 47% had a serious hazard at first inspection, and 82% of these were fixed within three months. Complaints from neighbours about waste in the four wards fell by 30%.',
    evidence: ['2', 'Inspection records and complaint counts before and after.'],
    costsAndSavings: 'Licence fees cover the running cost.',
    lessons:
      'A targeted designation is quicker to justify and run. Students are your best allies in finding bad landlords.',
    documents: ['Student renters guide'],
    adaptedFrom: {
      key: 'hmo-additional-licensing-nottingham',
      whatChanged:
        'Nottingham licensed HMOs across most of a large city. We are a small city where shared houses cluster around the universities, so we designated four wards only, added neighbour-facing conditions on waste and a named contact, and worked through the student unions.',
    },
  },
]
