import type { DemoProgramme } from '../demoProgramme'

export const HOMES: DemoProgramme[] = [
  {
    key: 'home-adaptations-wakefield',
    council: 'E08000036',
    title: 'Speeding up home adaptations for disabled residents',
    themes: ['housing', 'adult-social-care'],
    tags: ['DFG', 'disabled facilities grant', 'home adaptations', 'trusted assessor', 'occupational therapy'],
    partners: ['Home improvement agency', 'Approved contractors', 'Housing associations'],
    stage: 'scaled',
    start: '2020-05',
    summary:
      'Disabled residents waited on average 41 weeks for a stairlift, level-access shower or ramp funded by a disabled facilities grant. By letting trained assessors approve simple adaptations and using a framework of contractors, we cut the wait to 14 weeks.',
    problem:
      "Every adaptation, however simple, needed an occupational therapist's assessment, and the waiting list for one was six months long. Then came quotes, means tests and a grant approval, each handled by a different team. Some people went into care homes or hospital while they waited.",
    whatTheyDid:
      'Trusted assessors in the home improvement agency, trained by occupational therapists, now assess and approve straightforward adaptations such as stairlifts, grab rails and level-access showers. Therapists concentrate on complex cases.\n\nWe replaced three quotes per job with a framework of approved contractors on agreed prices, and dropped the means test for grants under £5,000 using our housing assistance policy.',
    context:
      'Wakefield district has an older population in its former mining towns, much of it in owner-occupied terraced houses that need adapting.',
    barriers: [
      [
        'culture',
        'Therapists were uneasy about others approving adaptations. They set the training, audit a sample of cases each month, and can step in at any time.',
      ],
      ['procurement', 'Setting up the contractor framework took nine months.'],
    ],
    enablers: [
      ['dedicated-team', 'One team now handles a case from referral to completion.'],
      ['data-insight', 'A tracker showing every stage of every case exposed where the weeks were being lost.'],
    ],
    oneOff: [40_000, 'trusted assessor training and setting up the contractor framework'],
    yearly: [160_000, 'three trusted assessors and a case coordinator'],
    fte: [4, 'three trusted assessors and a case coordinator'],
    skills: 'Occupational therapy, trusted assessment, procurement',
    technology: 'A case tracker shared by the agency, therapists and grants team',
    firstResults: '6 months',
    outcomes:
      'The average time from first contact to a finished adaptation fell from 41 weeks to 14. Completed adaptations rose from 390 to 610 a year with the same grant budget, because framework prices were lower.',
    evidence: ['2', 'Measured from the case tracker for every adaptation, before and after.'],
    costsAndSavings:
      'Framework prices cut the average cost of a stairlift by about £600. Faster adaptations reduce care needs and hospital stays, which we have not costed.',
    lessons:
      'Map every step of the journey and time each one; ours showed that waiting for quotes took longer than the building work. Let therapists design and audit the trusted assessor role.',
    documents: ['Trusted assessor competency framework', 'Adaptations case tracker'],
  },
  {
    key: 'small-adaptations-vale-of-glamorgan',
    council: 'W06000014',
    title: 'Small home adaptations without a means test, fitted within a month',
    themes: ['housing', 'adult-social-care'],
    tags: ['home adaptations', 'disabled facilities grant', 'ENABLE', 'Care and Repair'],
    partners: ['Care and Repair agency', 'Cardiff and Vale University Health Board'],
    stage: 'live',
    start: '2022-10',
    summary:
      "We adapted Wakefield's trusted assessor approach to use Welsh Government ENABLE funding, so that small adaptations like rails and ramps are fitted without a means test, usually within a month. Larger work still goes through the disabled facilities grant, but faster.",
    problem:
      'Small adaptations were stuck in the same queue as large ones, so a grab rail could take as long as an extension. Hospital discharge was delayed while people waited for simple work.',
    whatTheyDid:
      "Care and Repair staff, trained as trusted assessors as in Wakefield, approve and fit small adaptations using ENABLE money, with no means test and no quotes. Hospital therapists can refer directly.\n\nFor larger work we kept Wakefield's single case tracker and framework of contractors.",
    context:
      'The Vale of Glamorgan has coastal towns including Barry and Penarth and a rural area inland. Older people are a growing share of the population.',
    barriers: [
      ['funding', 'ENABLE funding is a fixed annual sum; in busy months we had to prioritise hospital discharges.'],
      ['partnership', 'Agreeing that hospital therapists could refer directly needed sign-off from the health board.'],
    ],
    enablers: [
      ['peer-learning', "Wakefield's team shared their competency framework and case tracker."],
      ['partnership', 'Care and Repair already had the skills and trust of older residents.'],
    ],
    oneOff: [6_000, 'trusted assessor training'],
    yearly: [230_000, 'small adaptations through Care and Repair'],
    fte: [2, 'trusted assessors in Care and Repair'],
    skills: 'Trusted assessment, home improvement',
    technology: 'Case tracker shared with Care and Repair',
    firstResults: '3 months',
    outcomes:
      'Small adaptations are now fitted in 22 days on average, against 19 weeks before. 1,350 small adaptations were fitted in two years, 410 of them to help someone leave hospital.',
    evidence: ['2', 'Case records before and after the change.'],
    costsAndSavings: 'Each hospital discharge made possible saves the health board the cost of extra bed days.',
    lessons: 'Split small work from large work; they should never share a queue.',
    documents: ['Small adaptations referral form'],
    adaptedFrom: {
      key: 'home-adaptations-wakefield',
      whatChanged:
        "Wakefield used its English housing assistance policy to drop the means test for small grants. In Wales, ENABLE funding lets us do that directly, so we built a separate fast route for small adaptations run by Care and Repair, with direct referrals from hospital therapists, and kept Wakefield's tracker and contractor framework for larger work.",
    },
  },
  {
    key: 'empty-homes-burnley',
    council: 'E07000117',
    title: 'Bringing long-term empty terraced houses back into use',
    themes: ['housing', 'economy'],
    tags: ['empty homes', 'empty property', 'regeneration', 'compulsory purchase'],
    partners: ['Housing associations', 'Local builders', 'Community land trust'],
    stage: 'live',
    start: '2019-04',
    summary:
      'We bought, repaired and relet long-term empty houses, and used loans, council tax premiums and as a last resort compulsory purchase to persuade other owners to act. 640 empty homes came back into use in five years.',
    problem:
      "Burnley had one of the highest rates of long-term empty homes in England, concentrated in a few streets of Victorian terraces. Empty houses attracted fly-tipping, arson and antisocial behaviour, and dragged down the value of neighbours' homes.",
    whatTheyDid:
      'An empty homes officer contacts every owner of a home empty for more than six months and offers advice, an interest-free loan for repairs, or a lease to a housing association. We charge the maximum council tax premium on homes empty for more than two years.\n\nWhere owners cannot be found or will not act, we buy the house, by agreement or compulsory purchase, repair it and sell it to a first-time buyer or a community land trust.',
    context:
      'Burnley is a former mill town with low house prices, so owners often lacked the money or the incentive to repair empty houses.',
    barriers: [
      [
        'legal-regulatory',
        'Compulsory purchase takes up to two years. We use it sparingly; the letter warning of it persuades most owners.',
      ],
      [
        'funding',
        "Repairs cost more than some houses are worth. Grouping houses in the same street brought builders' prices down.",
      ],
    ],
    enablers: [
      ['political-support', 'Councillors backed compulsory purchase when it was needed.'],
      ['data-insight', 'Council tax records tell us exactly which homes are empty and for how long.'],
    ],
    oneOff: [1_500_000, 'a revolving fund for buying and repairing houses'],
    yearly: [90_000, 'two empty homes officers'],
    fte: [2, 'empty homes officers'],
    skills: 'Housing enforcement, property, compulsory purchase',
    technology: 'Council tax data on empty properties',
    firstResults: '12 months',
    outcomes:
      '640 long-term empty homes came back into use between 2019 and 2024, and the share of homes empty for more than six months fell from 4.1% to 2.6%. Sales of repaired houses returned most of the fund, which is now being spent again.',
    evidence: ['2', 'Council tax records show how long each home was empty.'],
    costsAndSavings: 'Homes back in use bring in council tax and New Homes Bonus worth more than the officers cost.',
    lessons:
      'A revolving fund lets money work twice. Tackle a street at a time, not single houses scattered across the town.',
    documents: ['Empty homes loan conditions'],
  },
]
