import type { DemoProgramme } from '../demoProgramme'

export const EDUCATION_SEND: DemoProgramme[] = [
  {
    key: 'ehcp-timeliness-swindon',
    council: 'E06000030',
    title: 'One caseworker per family to finish EHCP assessments within 20 weeks',
    themes: ['education-send', 'childrens-services'],
    tags: ['SEND', 'EHCP', 'education health and care plans', 'timeliness'],
    partners: ['Parent carer forum', 'Integrated care board', 'Educational psychology service'],
    stage: 'live',
    start: '2022-09',
    summary:
      'Each family now has one named caseworker from their request for an education, health and care plan to the final plan. Plans issued within the 20-week legal limit rose from 19% to 74% in eighteen months.',
    problem:
      'Requests for EHCP assessments in Swindon rose by 40% in three years while the team stayed the same size. Families waited up to a year, chasing several officers for news, and complaints to the ombudsman were rising.',
    whatTheyDid:
      'We reorganised the team so that one caseworker owns each request from start to finish. Decisions on whether to assess are made at a weekly panel rather than a monthly one, and we commissioned independent educational psychologists to clear the backlog of advice.\n\nDraft plans are now written with the family at a co-production meeting instead of being posted for comment.',
    context:
      'Swindon has a young and growing population, and most children with SEND attend mainstream schools. Educational psychologists are hard to recruit in the area.',
    barriers: [
      [
        'capacity',
        'Psychology advice was the longest wait. The independent framework cleared it while we trained two assistant psychologists.',
      ],
      [
        'technology',
        'Case records were split across three systems. We moved every new request onto one before changing the process.',
      ],
    ],
    enablers: [
      ['co-design', 'The parent carer forum designed the co-production meeting and rewrote our letters.'],
      ['governance', "A weekly timeliness report goes to the director of children's services."],
    ],
    oneOff: [180_000, 'independent psychology advice to clear the backlog'],
    yearly: [210_000, 'four extra caseworkers'],
    fte: [4, 'EHCP caseworkers'],
    skills: 'SEND casework, educational psychology, facilitation',
    technology: 'Case management system with an EHCP module and an online request form',
    firstResults: '6 months',
    outcomes:
      'Plans issued within 20 weeks rose from 19% to 74%. Complaints about the process fell by a half, and requests for mediation fell from 61 to 27 a year.',
    evidence: ['2', 'Timeliness is from our statutory SEN2 return, compared year on year.'],
    costsAndSavings: 'Fewer tribunals and mediations save legal and officer time, which we have not yet costed.',
    lessons:
      'Fix the psychology bottleneck first or nothing else moves. Co-production meetings take longer at the start but save rounds of redrafting.',
    documents: ['Co-production meeting guide', 'EHCP caseworker role profile'],
  },
  {
    key: 'ehcp-early-years-central-bedfordshire',
    council: 'E06000056',
    title: 'EHCP caseworkers with a separate route for children under five',
    themes: ['education-send', 'childrens-services'],
    tags: ['SEND', 'EHCP', 'early years', 'timeliness'],
    partners: ['Early years settings', 'Child development centre', 'Parent carer forum'],
    stage: 'live',
    start: '2023-09',
    summary:
      "We copied Swindon's one-caseworker model for EHCP assessments, and added a separate early years route because a third of our requests are for children not yet at school. Plans issued on time rose from 31% to 68%.",
    problem:
      'Requests for very young children got stuck because the advice they need comes from nurseries, childminders and the child development centre rather than schools. Many children started reception without a plan.',
    whatTheyDid:
      "We adopted Swindon's named caseworker and weekly panel. For children under five, a specialist early years caseworker works with the child development centre so that its assessment counts as health advice, and nurseries get a short template for their evidence.\n\nRequests for children due to start school are prioritised from January so that plans are final by the summer.",
    context:
      'Central Bedfordshire has fast-growing towns and many villages, with hundreds of small early years settings rather than a few large ones.',
    barriers: [
      [
        'skills',
        'Nurseries had never written evidence for an EHCP. A one-page template and two training sessions made the difference.',
      ],
      [
        'partnership',
        'The child development centre had its own waiting list. Agreeing that its assessment counts as advice avoided a second assessment.',
      ],
    ],
    enablers: [
      ['peer-learning', "Swindon's SEND managers shared their caseworker role profile and panel terms of reference."],
      ['data-insight', 'Splitting our data by age showed the early years problem clearly for the first time.'],
    ],
    oneOff: [10_000, 'the nursery template and training'],
    yearly: [95_000, 'two caseworkers, one of them an early years specialist'],
    fte: [2, 'EHCP caseworkers'],
    skills: 'SEND casework, early years practice',
    technology: 'Existing case management system',
    firstResults: '6 months',
    outcomes:
      'Plans issued within 20 weeks rose from 31% to 68%. Of the children due to start school in September 2024 who had a request, 88% had a final plan by the end of July, against 45% the year before.',
    evidence: ['2', 'From the SEN2 return and our own tracking of school starters.'],
    costsAndSavings: 'Existing budget, with two posts moved from elsewhere in the SEND service.',
    lessons: 'Look at your requests by age before copying another model; our early years share was the key difference.',
    documents: ['Early years evidence template'],
    adaptedFrom: {
      key: 'ehcp-timeliness-swindon',
      whatChanged:
        "Swindon's requests come mostly from schools. A third of ours are for children under five, so we added an early years caseworker, a template for nurseries and an agreement with the child development centre, and prioritised children about to start school.",
    },
  },
  {
    key: 'travel-training-derby',
    council: 'E06000015',
    title: 'Independent travel training for young people with SEND',
    themes: ['education-send', 'transport'],
    tags: ['SEND', 'home to school transport', 'independent travel training', 'preparing for adulthood'],
    partners: ['Bus operators', 'Special schools', 'Further education college'],
    stage: 'live',
    start: '2021-09',
    summary:
      'Trainers teach young people with special educational needs to travel on buses alone, one route at a time. 212 young people now travel independently to school or college, and home to school transport costs fell.',
    problem:
      'Many young people with SEND were taken to school by taxi for years, even when they could learn to travel on their own. It cost the council more each year and left them unprepared for college and work.',
    whatTheyDid:
      'A travel trainer works with each young person on their own route, starting side by side and gradually following at a distance until they travel alone. Training covers timetables, paying, what to do if the bus does not come, and staying safe.\n\nFamilies are offered a personal travel budget as an alternative to a taxi during training.',
    context:
      'Derby is a compact city with good bus routes to its special schools and college, which made independent travel realistic for many young people.',
    barriers: [
      [
        'resident-engagement',
        'Parents were anxious. Meeting young people who had already been trained reassured them more than anything we said.',
      ],
      [
        'partnership',
        'Some drivers were impatient with new travellers. Bus operators added a short session to driver training.',
      ],
    ],
    enablers: [
      ['dedicated-team', 'Four trainers who do nothing else, so training is never cancelled for other work.'],
      ['training', 'Every trainer has a qualification in travel training and safeguarding.'],
    ],
    oneOff: [8_000, 'trainer qualifications and materials'],
    yearly: [150_000, 'four travel trainers and bus passes during training'],
    fte: [4, 'travel trainers'],
    skills: 'Travel training, SEND, safeguarding',
    technology: 'Journey planning apps and bus passes',
    firstResults: '6 months',
    outcomes:
      '212 young people completed training in three years and 190 still travel independently. Home to school transport for young people with SEND cost £610,000 less in 2023/24 than it would have without the training.',
    evidence: ['2', 'Savings are calculated from the taxi routes each young person no longer needed.'],
    costsAndSavings: 'Every £1 spent on training saves about £4 in transport costs over the following two years.',
    lessons:
      'Start before year 9, so the habit is formed before college. Celebrate every young person who passes; it persuades the next family.',
    documents: ['Travel training assessment checklist'],
  },
  {
    key: 'travel-training-dumfries-galloway',
    council: 'S12000006',
    title: 'Travel training for pupils with additional support needs where buses are few',
    themes: ['education-send', 'transport'],
    tags: ['additional support needs', 'school transport', 'independent travel training', 'Scotland'],
    partners: ['Bus operators', 'SWestrans', 'Secondary schools'],
    stage: 'pilot',
    start: '2023-08',
    summary:
      "We adapted Derby City Council's independent travel training for pupils with additional support needs, but with buses that run only a few times a day. In the pilot 38 young people learned to travel alone, most of them on school buses they already shared with other pupils.",
    problem:
      'Many pupils with additional support needs travel to school by taxi across long distances, some for over an hour each way. Transport costs were rising, and young people leaving school had never used a public bus.',
    whatTheyDid:
      "We used Derby's training steps but started with the school bus, which most pupils can join safely with a trained escort at first. Once confident, young people learn the local service bus to college or the nearest town, including what to do if they miss the last bus.\n\nTrainers also taught young people to use demand-responsive buses, which Derby does not have.",
    context:
      'Dumfries and Galloway is a large sparsely populated region; some villages have two buses a day. In Scotland we use the term additional support needs rather than SEND.',
    barriers: [
      [
        'capacity',
        'Distances mean a trainer can only work with a few young people each day. We trained school support staff to carry on the training.',
      ],
      [
        'resident-engagement',
        'Families worried about young people being stranded. Every trainee carries a card with a number that always answers.',
      ],
    ],
    enablers: [
      [
        'peer-learning',
        "Derby's travel training team shared their assessment checklist, which we used almost unchanged.",
      ],
      ['partnership', 'The regional transport partnership let trainees try demand-responsive buses free of charge.'],
    ],
    oneOff: [6_000, 'adapting training materials'],
    yearly: [48_000, 'one travel trainer and travel costs'],
    fte: [1, 'travel trainer, with support staff in schools'],
    skills: 'Travel training, additional support for learning',
    technology: 'Bus timetable apps and a 24-hour helpline number',
    firstResults: '6 months',
    outcomes:
      '38 pupils completed training in the pilot year. 11 taxi contracts were ended, saving about £95,000 a year.',
    evidence: ['1', 'A small pilot with careful records but no comparison.'],
    costsAndSavings: 'The taxi contracts ended already cover the cost of the trainer twice over.',
    lessons: 'Start with the school bus. Plan for the missed last bus before it happens.',
    documents: ['Travel card for trainees'],
    adaptedFrom: {
      key: 'travel-training-derby',
      whatChanged:
        "Derby trains young people on frequent city bus routes. Ours are few and far between, so we started with school buses, added training on demand-responsive transport and trained school support staff to extend one trainer's reach.",
    },
  },
]
