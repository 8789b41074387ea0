import type { DemoProgramme } from '../demoProgramme'

export const WASTE: DemoProgramme[] = [
  {
    key: 'weekly-food-waste-mid-devon',
    council: 'E07000042',
    title: 'Weekly food waste collections with a smaller black bin',
    themes: ['waste-environment', 'climate'],
    tags: ['food waste', 'recycling', 'waste collection', 'Simpler Recycling'],
    partners: ['Devon County Council (waste disposal)', 'Anaerobic digestion plant operator'],
    stage: 'live',
    start: '2021-05',
    summary:
      'Every household now has a weekly food waste collection, and general rubbish is collected every three weeks. Household recycling rose from 53% to 59%, and general rubbish per household fell by a sixth.',
    problem:
      'Food made up about a third of what people put in their black bins, and it went to landfill or incineration. We needed to cut costs and carbon while meeting the national requirement to collect food waste weekly.',
    whatTheyDid:
      'Every household received a kitchen caddy, a supply of liners and an outdoor food bin. Food waste is collected weekly on the same day as recycling and taken to an anaerobic digestion plant, which turns it into biogas and fertiliser.\n\nA year later, with food waste collections established, we moved black bin collections from fortnightly to every three weeks, with extra capacity for large families and people who need it for medical reasons.',
    context:
      'Mid Devon is a rural district of market towns and scattered villages and farms, where collection rounds are long and many roads are narrow lanes.',
    barriers: [
      [
        'resident-engagement',
        "Some residents feared smells and flies. A 'try it for a month' campaign and free liners helped; complaints fell after the first summer.",
      ],
      [
        'capacity',
        'Narrow lanes needed smaller vehicles. We bought narrow-bodied food waste vehicles for the most rural rounds.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'Government new burdens funding paid for caddies and vehicles.'],
      [
        'data-insight',
        'Bin weight data by round showed where participation was low, so crews could knock on doors there.',
      ],
    ],
    oneOff: [720_000, 'food waste vehicles, caddies and bins'],
    yearly: [480_000, 'crews and vehicle running costs'],
    fte: [12, 'drivers and loaders'],
    skills: 'Waste collection logistics, communications',
    technology: 'In-cab technology for crews, bin weight recording',
    firstResults: '3 months',
    outcomes:
      'Household recycling rose from 53% to 59% in two years. General rubbish fell from 420 kg to 350 kg per household a year, and 68% of households put out food waste in a typical week.',
    evidence: ['2', 'Tonnage data reported nationally, before and after.'],
    costsAndSavings: 'Lower disposal costs for general rubbish, paid to the county, offset most of the running cost.',
    lessons:
      'Introduce food waste first and establish it before changing black bin collections. Keep a route for households who genuinely need more capacity.',
    documents: ['Food waste launch leaflet'],
  },
  {
    key: 'food-waste-flats-reading',
    council: 'E06000038',
    title: 'Food waste collections that work for flats and shared houses',
    themes: ['waste-environment', 'climate'],
    tags: ['food waste', 'flats', 'recycling', 'communal bins'],
    partners: ['Managing agents', 'Housing associations', 'Residents'],
    stage: 'live',
    start: '2023-03',
    summary:
      "We adapted Mid Devon's food waste approach for the flats and shared houses that make up a third of Reading's homes. Communal food bins, door-to-door visits and caddies delivered to every flat raised participation in flats from 12% to 39%.",
    problem:
      'Food waste collections worked well from houses, but hardly anyone in flats used them. Bin stores were often shared, poorly lit and managed by agents we had no contact with.',
    whatTheyDid:
      "We kept Mid Devon's kitchen caddies and free liners but replaced individual outdoor bins with communal food bins in bin stores, each with clear signs. Officers knocked on every door in blocks with low participation and gave out caddies in person.\n\nWe also contacted managing agents to agree where bins should go and who keeps stores clean.",
    context:
      'Reading has a large number of flats and shared houses, a young and mobile population, and many residents whose first language is not English.',
    barriers: [
      [
        'partnership',
        'Managing agents were hard to reach. We built a contact list from council tax records and planning applications.',
      ],
      ['resident-engagement', 'Tenants move often. We give caddies to new tenants through letting agents.'],
    ],
    enablers: [
      ['peer-learning', 'Mid Devon shared their launch leaflets and participation data.'],
      ['co-design', 'Residents chose the sign design, with pictures rather than words.'],
    ],
    oneOff: [190_000, 'communal food bins, caddies and door-to-door visits'],
    yearly: [35_000, 'liners and replacement caddies for new tenants'],
    fte: [2, 'waste engagement officers'],
    skills: 'Resident engagement, waste logistics',
    technology: 'Collection records by block',
    firstResults: '3 months',
    outcomes:
      'Participation in food waste collections from flats rose from 12% to 39% in 18 months, adding about 1,100 tonnes of food waste collected a year.',
    evidence: ['2', 'Participation surveys and tonnage by round.'],
    costsAndSavings: 'Anaerobic digestion is cheaper than disposal of general waste.',
    lessons: 'Flats need their own approach. Pictures beat words on bin store signs.',
    documents: ['Bin store sign designs'],
    adaptedFrom: {
      key: 'weekly-food-waste-mid-devon',
      whatChanged:
        'Mid Devon collects from houses with their own bins along long rural rounds. A third of our homes are flats and shared houses, so we used communal food bins in bin stores, worked with managing agents, knocked on doors in low-participation blocks and redesigned signs with pictures.',
    },
  },
  {
    key: 'back-lanes-fly-tipping-newcastle',
    council: 'E08000021',
    title: 'Taking back the back lanes: stopping fly-tipping behind terraced streets',
    themes: ['waste-environment', 'community-safety'],
    tags: ['fly-tipping', 'back lanes', 'dumped rubbish', 'enforcement', 'CCTV'],
    partners: ['Northumbria Police', 'Residents associations', 'Landlords'],
    stage: 'live',
    start: '2021-03',
    summary:
      'People were dumping rubbish in the back lanes behind terraced streets faster than we could clear it. Clearing lanes thoroughly, watching hotspots with cameras, prosecuting offenders and involving residents cut fly-tipping reports in the targeted lanes by 45%.',
    problem:
      "Back lanes in Newcastle's older terraced areas had become dumping grounds for household rubbish, mattresses and building waste. Residents felt unsafe, rats were common, and our crews cleared the same lanes every week.",
    whatTheyDid:
      "We deep-cleaned 120 back lanes and then kept them clean, with crews returning within 24 hours of any new dumping. Mobile cameras watch the worst hotspots, and enforcement officers search dumped rubbish for evidence.\n\nWe wrote to every landlord about their duty of care for tenants' waste, and residents who 'adopted' their lane got bulb planting, murals and help organising clean-ups.",
    context:
      'Many private rented homes in these areas change tenants often, and people moving out leave waste behind. Some residents had simply given up reporting.',
    barriers: [
      [
        'legal-regulatory',
        'Camera footage must meet evidence standards. We agreed procedures with legal services before the first prosecution.',
      ],
      [
        'resident-engagement',
        'Residents doubted anything would change. Returning within 24 hours showed them it would.',
      ],
    ],
    enablers: [
      ['data-insight', 'Mapping reports showed that 10% of lanes had half of all fly-tipping.'],
      ['co-design', 'Residents chose how to decorate their lane and helped plan clean-ups.'],
    ],
    oneOff: [60_000, 'mobile cameras and deep cleans'],
    yearly: [210_000, 'enforcement officers and a rapid clearance crew'],
    fte: [5, 'two enforcement officers and a three-person clearance crew'],
    skills: 'Environmental enforcement, community engagement',
    technology: 'Mobile CCTV cameras, online reporting',
    firstResults: '6 months',
    outcomes:
      'Fly-tipping reports in the 120 targeted lanes fell by 45% in two years, against 8% across the rest of the city. We issued 740 fixed penalty notices and brought 36 prosecutions.',
    evidence: ['3', 'Reports in targeted lanes were compared with similar lanes elsewhere in the city.'],
    costsAndSavings: 'Fewer repeat clearances free crew time for other work.',
    lessons:
      'Clear quickly and keep clearing: a dirty lane invites more dumping. Prosecutions need good evidence procedures from the start.',
    documents: ['Back lane adoption pack'],
  },
  {
    key: 'fly-tipping-field-gateways-breckland',
    council: 'E07000143',
    title: 'Stopping fly-tipping in field gateways and lay-bys',
    themes: ['waste-environment', 'community-safety'],
    tags: ['fly-tipping', 'illegal dumping', 'farmland', 'enforcement'],
    partners: ['Norfolk Constabulary', 'National Farmers Union', 'Landowners', 'Environment Agency'],
    stage: 'live',
    start: '2023-05',
    summary:
      "We adapted Newcastle City Council's back lanes approach to the field gateways, woodland tracks and lay-bys where rubbish is dumped here. Cameras, quick clearance and a partnership with farmers cut fly-tipping at the worst 40 sites by 38%.",
    problem:
      'Fly-tippers were driving out from towns to dump waste at quiet gateways and lay-bys, including loads from rogue waste carriers. Farmers had to pay to clear waste dumped on their own land.',
    whatTheyDid:
      "We used Newcastle's mapping of hotspots and mobile cameras, adapted for remote sites with solar-powered cameras. Farmers report dumping through a simple online form and, in return for allowing cameras on their land, get help with clearance.\n\nWith the police we stop vans carrying waste and check waste carrier licences on roads leading to hotspots.",
    context:
      'Breckland is a large rural district of heath, forest and farmland with a network of quiet roads. Many fly-tipped loads are commercial waste.',
    barriers: [
      [
        'technology',
        'There is no power or signal at many sites. Solar cameras that store footage locally solved most of it.',
      ],
      ['partnership', 'Landowners were reluctant at first. The NFU helped us explain what was in it for them.'],
    ],
    enablers: [
      ['peer-learning', 'Newcastle shared their hotspot mapping and evidence procedures.'],
      ['partnership', 'Joint roadside checks with the police catch rogue waste carriers.'],
    ],
    oneOff: [45_000, 'solar-powered cameras'],
    yearly: [70_000, 'an enforcement officer and clearance'],
    fte: [1.5, 'an enforcement officer and part of a clearance crew'],
    skills: 'Environmental enforcement, partnership working',
    technology: 'Solar-powered cameras, online reporting',
    firstResults: '6 months',
    outcomes:
      'Fly-tipping at the 40 hotspot sites fell by 38% in 18 months. 210 waste carriers were checked in roadside stops and 19 were prosecuted.',
    evidence: ['2', 'Reports at hotspot sites, before and after.'],
    costsAndSavings: 'Farmers save clearance costs, and we spend less on clearing repeat sites.',
    lessons: 'Work with farmers from the start. Check waste carriers on the road, not only at the dump site.',
    documents: ['Landowner camera agreement'],
    adaptedFrom: {
      key: 'back-lanes-fly-tipping-newcastle',
      whatChanged:
        "Newcastle's fly-tipping happens in back lanes behind terraced houses, close to where it comes from. Ours is dumped at remote rural sites by people driving out from towns, so we used solar cameras, worked through landowners and the NFU, and added roadside checks on waste carriers with the police.",
    },
  },
]
