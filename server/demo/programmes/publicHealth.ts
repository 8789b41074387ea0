import type { DemoProgramme } from '../demoProgramme'

export const PUBLIC_HEALTH: DemoProgramme[] = [
  {
    key: 'community-connectors-shropshire',
    council: 'E06000051',
    title: 'Community connectors for older people who are lonely or isolated',
    themes: ['public-health', 'communities', 'adult-social-care'],
    tags: ['loneliness', 'social isolation', 'social prescribing', 'older people', 'befriending'],
    partners: ['GP practices', 'Age UK', 'Parish and town councils', 'Village hall committees'],
    stage: 'scaled',
    start: '2019-10',
    summary:
      'Community connectors help lonely older people make friends and find things to do near home: a lunch club, a walking group, a lift to the market. Nine in ten people they worked with felt less lonely after three months, and GP appointments among them fell.',
    problem:
      'GPs in Shropshire told us that a large share of their older patients came in as much for company as for treatment. Loneliness was worst among people who had been widowed, had given up driving or had moved to be near family and knew nobody.',
    whatTheyDid:
      "Connectors take referrals from GPs, social workers, pharmacists, the fire service's home safety visits and from people themselves. They meet each person at home, get to know what they used to enjoy, and go along with them to the first session of whatever they choose.\n\nWhere nothing existed, connectors helped villages start something: 41 new groups in four years, from a men's shed to a village hall lunch club, mostly run by volunteers.",
    context:
      'Shropshire is one of the most rural counties in England, with an older population than average and many small villages far from a town. Bus services have shrunk, so transport is part of almost every plan.',
    barriers: [
      [
        'measuring-impact',
        'Loneliness is hard to measure. We use a short standard loneliness scale at the first visit and after three months.',
      ],
      [
        'funding',
        'Grants for new groups were small and short-term. The council set aside a small grants pot that parishes can bid into.',
      ],
    ],
    enablers: [
      [
        'partnership',
        'GP practices host connectors in their surgeries one morning a week, which brought most referrals.',
      ],
      [
        'co-design',
        'Older people designed the first new groups themselves, so they were things people actually wanted to go to.',
      ],
    ],
    oneOff: [15_000, 'training and the small grants fund'],
    yearly: [260_000, "seven community connectors and volunteer drivers' expenses"],
    fte: [7, 'community connectors'],
    skills: 'Community development, social prescribing, volunteer coordination',
    technology: 'A shared directory of local groups and a referral form in GP systems',
    firstResults: '6 months',
    outcomes:
      'Connectors worked with 2,900 people in four years. 91% of those who completed the scale felt less lonely after three months. GP appointments among people referred by practices fell by 19% in the six months after referral compared with the six months before.',
    evidence: [
      '2',
      'Before and after measures with a standard loneliness scale and GP appointment counts; no comparison group.',
    ],
    costsAndSavings: 'The integrated care board co-funds the connectors because of the reduction in GP appointments.',
    lessons:
      "Go with people to the first session; a leaflet is not enough. Count transport into every plan in a rural county. Where there's nothing to join, help people start something.",
    documents: ['Community connector referral form', 'Starting a village lunch club'],
  },
  {
    key: 'community-connectors-belfast',
    council: 'N09000003',
    title: 'Tackling loneliness among older people through neighbourhood community centres',
    themes: ['public-health', 'communities'],
    tags: ['loneliness', 'social isolation', 'older people', 'community centres', 'age-friendly city'],
    partners: ['Belfast Health and Social Care Trust', 'Community associations', 'Churches', 'Age NI'],
    stage: 'live',
    start: '2022-03',
    summary:
      "We adapted Shropshire Council's community connectors for Belfast's neighbourhoods, basing connectors in the council's own community centres. In two years they helped 1,150 lonely older people join groups close to home, and 84% said they felt less isolated.",
    problem:
      'A survey for our age-friendly city plan found that one in five people over 65 in Belfast felt lonely often or always. Many lived a short walk from a community centre but had never been inside one, and some did not feel safe crossing into another neighbourhood.',
    whatTheyDid:
      'Connectors work from council community centres in north, south, east and west Belfast, with referrals from GPs, the health and social care trust and churches. As in Shropshire, they visit people at home and go with them to their first activity.\n\nWe added intergenerational sessions with local schools and a telephone friendship service for people who cannot get out.',
    context:
      "Belfast is Northern Ireland's capital, with strong neighbourhood identities. Community centres are run by the council and well used by families, but far less by older people on their own.",
    barriers: [
      [
        'resident-engagement',
        'Some older people would only go to activities in their own neighbourhood. Connectors work locally, and joint outings are offered but never assumed.',
      ],
      [
        'partnership',
        'Health and social care are run by the trust, not the council, in Northern Ireland. A joint referral route took six months to agree.',
      ],
    ],
    enablers: [
      ['peer-learning', 'Shropshire shared their loneliness scale, referral form and connector training.'],
      ['political-support', 'Our age-friendly city commitment gave the programme a clear home in the Belfast Agenda.'],
    ],
    oneOff: [20_000, 'connector training and the telephone service'],
    yearly: [185_000, 'four connectors and the telephone friendship service'],
    fte: [4, 'community connectors'],
    skills: 'Community development, befriending, partnership working',
    technology: 'A directory of activities at community centres and a telephone befriending system',
    firstResults: '6 months',
    outcomes:
      '1,150 older people were supported in two years. 84% said they felt less isolated after three months, and 370 now volunteer or help run an activity themselves.',
    evidence: ['2', "We used Shropshire's loneliness scale at the first visit and three months later."],
    costsAndSavings: 'Community centres were already open and staffed, so the extra cost is mostly the connectors.',
    lessons:
      'Work with the grain of neighbourhoods. Give older people something to do, not only somewhere to go: helping run a group mattered more than attending one.',
    documents: ['Telephone friendship volunteer guide'],
    adaptedFrom: {
      key: 'community-connectors-shropshire',
      whatChanged:
        "Shropshire's connectors cover villages where transport is the main barrier and new groups often had to be started. In Belfast people live close to activities, so we based connectors in our own community centres, worked within each neighbourhood's identity, added a telephone friendship service and intergenerational sessions, and set up a joint referral route with the health and social care trust.",
    },
  },
  {
    key: 'smokefree-pregnancy-blackpool',
    council: 'E06000009',
    title: 'Stop-smoking support for pregnant women from the first midwife appointment',
    themes: ['public-health', 'childrens-services'],
    tags: ['smoking in pregnancy', 'stop smoking', 'maternity', 'incentives'],
    partners: ['Maternity services', 'Stop smoking service', 'Health visitors'],
    stage: 'live',
    start: '2020-06',
    summary:
      'Every pregnant woman has a carbon monoxide test at her first midwife appointment, and anyone who smokes is referred straight to a specialist adviser unless she opts out. Shopping vouchers reward each month smoke-free. Smoking at the time of delivery fell from 23% to 16%.',
    problem:
      'Blackpool had one of the highest rates of smoking in pregnancy in England: almost one in four women smoked when their baby was born. Referrals depended on midwives raising a difficult subject, and few women took up support.',
    whatTheyDid:
      'Midwives carry out a carbon monoxide test for everyone, and a high reading triggers an automatic referral. A specialist stop-smoking adviser calls within two working days and offers weekly support at home, nicotine replacement and a vape if wanted.\n\nWomen who stay smoke-free, confirmed by a carbon monoxide test, receive shopping vouchers each month through pregnancy and for three months after the birth.',
    context:
      'Blackpool is a seaside town with high deprivation and high smoking rates across the whole population, so many pregnant women live with partners and family members who also smoke.',
    barriers: [
      [
        'culture',
        'Some midwives worried that testing everyone would damage trust. Training on how to talk about the test made it routine.',
      ],
      [
        'resident-engagement',
        'Smokers in the household made quitting harder. Advisers now offer partners support too.',
      ],
    ],
    enablers: [
      [
        'partnership',
        'The maternity unit built the referral into its booking system, so it happens without extra work.',
      ],
      ['data-insight', 'Monthly figures for each midwife team showed where referrals were being missed.'],
    ],
    oneOff: [12_000, 'carbon monoxide monitors and midwife training'],
    yearly: [185_000, 'two specialist advisers, vouchers and nicotine replacement'],
    fte: [2, 'specialist stop-smoking advisers'],
    skills: 'Stop-smoking support, midwifery, motivational interviewing',
    technology: 'Carbon monoxide monitors and automatic referral from the maternity booking system',
    firstResults: '6 months',
    outcomes:
      'Smoking at the time of delivery fell from 23% to 16% in three years. 58% of referred women set a quit date, and 31% were confirmed smoke-free at 36 weeks.',
    evidence: [
      '3',
      'Financial incentives for quitting in pregnancy are supported by randomised trials; our own results are compared with the previous three years.',
    ],
    costsAndSavings:
      'Fewer low-birthweight babies and fewer admissions to neonatal care save the NHS far more than the vouchers cost.',
    lessons:
      'Make referral the default rather than a conversation a midwife has to start. Support the household, not only the woman.',
    documents: ['Opt-out referral pathway'],
  },
]
