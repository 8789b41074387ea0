// Programme archetypes for demo content: kinds of work councils really do, written as a programme
// lead would describe them. The generator places each in several councils, varying figures and
// details, and makes later ones adaptations of earlier ones. The generator fills the numbers —
// {n} a count of people or homes, {m} a smaller count, {s} a handful, {p} and {q} percentages,
// {w} weeks or days before, {k} a small number after — and {council} and {area}.

export type Archetype = {
  key: string
  title: string
  tier: 'upper' | 'any'
  themes: string[]
  tags: string[]
  summary: string
  problem: string
  whatTheyDid: string
  context: string
  barriers: [string, string][]
  enablers: [string, string][]
  outcomes: string
  lessons: string
  partners: string[]
  skills: string
  technology: string
  documents: string[]
  adaptationNote: string
}

export const ARCHETYPES: Archetype[] = [
  {
    key: 'falls',
    title: 'Proactive falls prevention for older people living alone',
    tier: 'upper',
    themes: ['adult-social-care', 'public-health'],
    tags: ['falls', 'telecare', 'reablement', 'prevention'],
    summary:
      'We used telecare data and GP records to find older people at high risk of falling and visited them before a fall, cutting emergency admissions for falls by {p}% in the first year.',
    problem:
      'Falls were the most common reason people over 75 in {area} were admitted to hospital, and most came to our attention only after the fall.\n\nAbout {n} people a year were admitted after a fall at home, and around a third of them did not return home afterwards.',
    whatTheyDid:
      'We combined telecare alert data with GP frailty scores to build a list of people at high risk of falling, then offered each a home visit from an occupational therapist.\n\nVisits covered home hazards, medication reviews with the community pharmacist, strength and balance classes, and where needed a pendant alarm. A reablement worker followed up after six weeks.',
    context:
      '{council} covers a mix of market towns and rural villages with an older population than the national average. Community transport is patchy, so visits had to come to people rather than people to clinics.',
    barriers: [
      [
        'data-sharing',
        'Sharing GP frailty scores with the council needed a data protection impact assessment and a data sharing agreement with every practice. We started with the two practices that were keenest and used their results to bring others in.',
      ],
      [
        'capacity',
        'Occupational therapists were already stretched. We funded two fixed-term posts from the Better Care Fund and trained reablement workers to carry out simpler follow-up visits.',
      ],
    ],
    enablers: [
      ['data-insight', 'A shared risk list, refreshed monthly, meant everyone worked from the same names.'],
      [
        'partnership',
        'Joint ownership with the integrated care board meant savings in the NHS counted towards the business case.',
      ],
    ],
    outcomes:
      'Emergency admissions for falls among people on the risk list fell by {p}% compared with the year before, against {k}% across the rest of the over-75 population.\n\n{m} people completed strength and balance classes, and {n} home hazard fixes were made.',
    lessons:
      'Start with the data sharing agreement: it takes longer than anything else. Pick practices that want to take part and let their results persuade the rest.\n\nBudget for the follow-up visit; most of the benefit came from people keeping up the exercises.',
    partners: ['Integrated care board', 'Local GP practices', 'Community pharmacy network', 'Age UK'],
    skills: 'Occupational therapy, data analysis, information governance',
    technology: 'Telecare platform with alert reporting; a shared spreadsheet-based risk list',
    documents: ['Data sharing agreement template', 'Home hazard checklist'],
    adaptationNote:
      'We used the same risk list approach but replaced home visits with a drop-in session at GP surgeries, because our population is more urban and mobile.',
  },
  {
    key: 'hospital-discharge',
    title: 'Home first: discharge to assess from hospital',
    tier: 'upper',
    themes: ['adult-social-care'],
    tags: ['hospital discharge', 'reablement', 'ASC', 'home first'],
    summary:
      'People medically fit to leave hospital now go home the same day, with their care needs assessed at home rather than on the ward. Average delayed days fell from {w} to {k}.',
    problem:
      'People who were medically fit to leave hospital waited days on the ward for a social care assessment and a package of care to be arranged. Long waits left many less able to manage at home than when they were admitted.',
    whatTheyDid:
      'We moved assessment out of the hospital. A joint discharge team of social workers and therapists now agrees a short-term plan on the ward and the person goes home with reablement support the same day.\n\nThe full care needs assessment happens at home after two to three weeks, when we can see what the person can really do.',
    context:
      'Two acute hospitals serve {area}, one of them across the council boundary. Home care capacity was tight, so we had to free up reablement capacity before we could take on more discharges.',
    barriers: [
      [
        'culture',
        'Ward staff were used to discharging only once a full package was in place. We ran joint training and shared stories of people who had regained independence.',
      ],
      [
        'capacity',
        'Reablement capacity ran out in the first winter. We bought additional bridging hours from two home care providers on block contracts.',
      ],
    ],
    enablers: [
      [
        'senior-sponsorship',
        'The director of adult social services and the hospital chief operating officer met weekly for the first three months.',
      ],
      ['dedicated-team', 'A single discharge hub with one phone number replaced five separate referral routes.'],
    ],
    outcomes:
      'Average delayed days per discharge fell from {w} to {k}. {p}% of people discharged through the pathway needed a smaller long-term package than first expected, and {m} fewer people went straight into a care home from hospital.',
    lessons:
      'Do not wait for a perfect home care market: start with the people whose needs are clearest. Measure long-term outcomes, not just discharge speed, or the savings will be invisible.',
    partners: ['Acute hospital trust', 'Community health services trust', 'Home care providers'],
    skills: 'Social work, occupational therapy, physiotherapy, brokerage',
    technology: 'Shared discharge tracker visible to hospital and council staff',
    documents: ['Discharge pathway flowchart', 'Trusted assessor protocol'],
    adaptationNote:
      'We adapted the pathway for a single hospital site and added a voluntary sector "settle home" service for people without family support.',
  },
  {
    key: 'ehcp',
    title: 'Getting EHCP assessments done within 20 weeks',
    tier: 'upper',
    themes: ['education-send', 'childrens-services'],
    tags: ['SEND', 'EHCP', 'timeliness', 'casework'],
    summary:
      'We redesigned the education, health and care plan process around a single caseworker per family. The share of plans issued within 20 weeks rose from {k}% to {p}%.',
    problem:
      'Families of children with special educational needs waited far longer than the 20-week legal limit for an education, health and care plan. Requests had risen by {q}% in three years while the team had not grown.',
    whatTheyDid:
      'Each family now has one named caseworker from request to final plan. We set up weekly multi-agency panels so decisions are not held for a monthly meeting, and commissioned an educational psychology framework to clear the backlog of advice.\n\nDrafts are written with the family in a co-production meeting rather than sent for comment.',
    context:
      '{council} has a growing school-age population and a high proportion of children in mainstream schools with SEND support. Educational psychologists were hard to recruit locally.',
    barriers: [
      [
        'capacity',
        'Educational psychology advice was the longest wait. A framework of independent psychologists cleared the backlog while we recruited trainees.',
      ],
      [
        'technology',
        'Case records were split across three systems. We moved all new requests onto the case management system before changing the process.',
      ],
    ],
    enablers: [
      ['co-design', 'The parent carer forum helped design the co-production meeting and the letters families receive.'],
      ['governance', "A weekly timeliness report went to the director of children's services."],
    ],
    outcomes:
      'Plans issued within 20 weeks rose from {k}% to {p}% over eighteen months. Complaints about the process fell by {q}%, and mediation requests halved.',
    lessons:
      'Fix the advice bottleneck first. Co-production meetings take longer at the start but save rounds of redrafting later.',
    partners: ['Parent carer forum', 'Integrated care board', 'Local schools'],
    skills: 'SEND casework, educational psychology, facilitation',
    technology: 'Case management system with an EHCP module; online request form',
    documents: ['Co-production meeting guide', 'EHCP caseworker job description'],
    adaptationNote:
      'We kept the single caseworker model but added a triage step for requests from early years settings, which make up a large share of ours.',
  },
  {
    key: 'neet',
    title: 'Finding and supporting young people not in education, employment or training',
    tier: 'upper',
    themes: ['economy', 'childrens-services'],
    tags: ['NEET', 'youth employment', 'careers', 'tracking'],
    summary:
      'Better tracking and outreach youth workers cut the number of 16 and 17 year olds whose activity we did not know from {n} to {k}, and the NEET rate fell by {p} points.',
    problem:
      'Hundreds of 16 and 17 year olds in {area} had an unknown activity status, and those known to be NEET were offered little beyond a careers appointment.',
    whatTheyDid:
      'We agreed data sharing with colleges, training providers and the Jobcentre so that leavers are reported within a week. Outreach youth workers then contacted every young person with an unknown status.\n\nThose who were NEET got a named worker and a short pre-employment course with guaranteed interviews from local employers.',
    context:
      'Youth unemployment in {area} was above the regional average, with a concentration in two coastal wards and few further education options within easy travel.',
    barriers: [
      [
        'data-sharing',
        'Some training providers were slow to report leavers. A monthly league table shared with providers improved returns.',
      ],
      [
        'resident-engagement',
        'Young people ignored letters. Outreach workers used text messages and social media, and visited homes.',
      ],
    ],
    enablers: [
      ['partnership', 'An employer pledge signed by {m} local businesses guaranteed interviews.'],
      ['dedicated-funding', 'UK Shared Prosperity Fund money paid for the outreach workers.'],
    ],
    outcomes:
      'Unknown statuses fell from {n} to {k}. The NEET rate for 16 and 17 year olds fell by {p} percentage points over two years, and {m} young people moved into apprenticeships.',
    lessons:
      'Clean data first: you cannot support young people you cannot find. Employers engage more when asked for something specific, such as guaranteed interviews.',
    partners: ['Further education college', 'Jobcentre Plus', 'Training providers', 'Local employers'],
    skills: 'Youth work, careers guidance, data management',
    technology: 'Client caseload information system (CCIS)',
    documents: ['Employer pledge', 'Leaver notification form'],
    adaptationNote:
      'We applied the same tracking approach but focused on care leavers aged 18 to 21, with the leaving care team providing the named worker.',
  },
  {
    key: 'homelessness-prevention',
    title: 'Preventing homelessness through early contact with private renters',
    tier: 'any',
    themes: ['housing'],
    tags: ['homelessness', 'private rented sector', 'prevention', 'section 21'],
    summary:
      'We contacted private tenants as soon as landlords served notice, rather than waiting for them to become homeless. {p}% of households we reached kept their home or moved without a stay in temporary accommodation.',
    problem:
      'Most households approached us only days before eviction, when the only option was temporary accommodation. Spending on bed and breakfast had doubled in {k} years.',
    whatTheyDid:
      'We set up a landlord liaison service that landlords and letting agents could call when they were thinking of ending a tenancy. A prevention officer contacted the tenant within two working days.\n\nOfficers negotiated with landlords, paid off rent arrears from a prevention fund where that saved the tenancy, and helped tenants claim the housing costs they were entitled to.',
    context:
      '{council} has a large private rented sector and private rents well above local housing allowance rates, so finding another private tenancy was hard.',
    barriers: [
      [
        'resident-engagement',
        'Landlords did not trust the council. We recruited a former letting agent as liaison officer and offered a fast response.',
      ],
      [
        'funding',
        'The prevention fund ran out in the first year. We made the case to spend part of the homelessness prevention grant on it by comparing it with the cost of temporary accommodation.',
      ],
    ],
    enablers: [
      ['dedicated-team', 'A small prevention team that did not also handle emergency placements.'],
      [
        'data-insight',
        'Monthly figures on the cost of each prevention compared with a stay in temporary accommodation.',
      ],
    ],
    outcomes:
      'Of {n} households contacted, {p}% kept their home or moved without a stay in temporary accommodation. Bed and breakfast placements for families fell by {q}% over the period.',
    lessons:
      'Speed matters more than anything: contact within two days. Landlords respond to one named person who answers the phone.',
    partners: ['Local landlords association', 'Citizens Advice', 'Letting agents'],
    skills: 'Negotiation, housing law, welfare benefits advice',
    technology: 'Housing case management system; a simple online landlord referral form',
    documents: ['Landlord liaison leaflet', 'Prevention fund criteria'],
    adaptationNote:
      'We used the landlord liaison model but worked through the local landlords association rather than directly, which suited our smaller team.',
  },
  {
    key: 'hmo-licensing',
    title: 'Targeted licensing of houses in multiple occupation',
    tier: 'any',
    themes: ['housing', 'community-safety'],
    tags: ['HMO', 'licensing', 'private rented sector', 'enforcement'],
    summary:
      'An additional licensing scheme for smaller HMOs, targeted with data on complaints and antisocial behaviour, brought {n} unlicensed properties into the scheme.',
    problem:
      'Complaints about overcrowded and poorly managed shared houses were concentrated in a few wards, but most of the properties were too small for mandatory HMO licensing.',
    whatTheyDid:
      'We used council tax, housing benefit and antisocial behaviour data to estimate where unlicensed HMOs were, consulted on an additional licensing scheme for those wards, and ran a proactive inspection programme once it started.\n\nLicence fees paid for the inspections, and we prosecuted or issued civil penalties where landlords did not apply.',
    context:
      'The target wards in {area} have a high student and migrant worker population and a history of poor housing conditions.',
    barriers: [
      [
        'legal-regulatory',
        'The consultation had to show that a large share of HMOs were poorly managed. Our data analysis and a survey of residents made the case.',
      ],
      [
        'capacity',
        'Inspecting every property was impossible at first. We prioritised properties with complaints and used a risk score for the rest.',
      ],
    ],
    enablers: [
      ['data-insight', 'Matching council tax and benefit records found properties no complaint had ever flagged.'],
      ['political-support', 'Ward members championed the scheme through consultation.'],
    ],
    outcomes:
      '{n} licences were issued, {m} of them for properties we did not previously know were HMOs. Category 1 hazards were removed from {k} properties, and ASB complaints linked to HMOs fell by {p}%.',
    lessons:
      'Invest in the data matching before the consultation: it makes the case and tells you where to inspect. Civil penalties are quicker than prosecution and fund more enforcement.',
    partners: ['University accommodation office', 'Police neighbourhood team', 'Fire and rescue service'],
    skills: 'Environmental health, data analysis, legal',
    technology: 'Licensing module in the environmental health system; online application form',
    documents: ['HMO licence conditions', 'Consultation evidence report'],
    adaptationNote:
      'We followed the same data-led approach but started with a landlord accreditation offer before consulting on licensing.',
  },
  {
    key: 'dfg',
    title: 'Faster home adaptations with a trusted assessor approach',
    tier: 'any',
    themes: ['housing', 'adult-social-care'],
    tags: ['DFG', 'adaptations', 'trusted assessor', 'disabled facilities grant'],
    summary:
      'Trained trusted assessors now approve simple adaptations without an occupational therapist visit, cutting the average wait for a disabled facilities grant adaptation from {w} to {k} weeks.',
    problem:
      'Disabled people waited many months for adaptations such as stairlifts and level-access showers, mostly for an occupational therapy assessment, while the disabled facilities grant underspent.',
    whatTheyDid:
      'We trained housing staff and home improvement agency caseworkers as trusted assessors for straightforward adaptations. We also agreed a fast-track for adaptations under £5,000 without a means test, and a framework of approved contractors with fixed prices.',
    context:
      'In a two-tier area, the district council runs disabled facilities grants and the county council employs the occupational therapists, so waits had grown at the hand-over between them.',
    barriers: [
      [
        'partnership',
        'Occupational therapists worried about safety. They wrote the trusted assessor criteria and audited a sample of cases each month.',
      ],
      [
        'procurement',
        'Getting contractors on a framework took longer than planned, so we started with the two most common adaptations.',
      ],
    ],
    enablers: [
      ['training', 'An accredited trusted assessor course for housing staff.'],
      ['governance', 'A joint board of district and county officers that met monthly.'],
    ],
    outcomes:
      'The average wait from enquiry to completed adaptation fell from {w} to {k} weeks. The grant was fully spent for the first time in {k} years and {p}% of cases now go through the fast-track.',
    lessons:
      'Let occupational therapists own the criteria and the audit: that is what makes a trusted assessor model safe and accepted.',
    partners: ['County council occupational therapy service', 'Home improvement agency', 'Approved contractors'],
    skills: 'Trusted assessment, occupational therapy, contract management',
    technology: 'Shared case tracker across the district and county',
    documents: ['Trusted assessor criteria', 'Fast-track policy'],
    adaptationNote:
      'As a unitary council we did not have the two-tier hand-over problem, so we used the trusted assessor criteria alone and put the savings into a handyperson service.',
  },
  {
    key: 'food-waste',
    title: 'Weekly food waste collections across the district',
    tier: 'any',
    themes: ['waste-environment', 'climate'],
    tags: ['food waste', 'recycling', 'collections', 'anaerobic digestion'],
    summary:
      'We introduced weekly food waste collections for {n} households and raised the recycling rate by {p} percentage points in a year.',
    problem:
      'Food made up about a third of the residual waste in {area}, and the recycling rate had stalled. New national requirements meant we had to collect food waste separately.',
    whatTheyDid:
      'We rolled out kitchen caddies and kerbside bins in four phases, redesigned rounds around new food waste vehicles, and agreed a contract with a local anaerobic digestion plant.\n\nEvery household got a caddy, liners for the first year and a leaflet in the main community languages.',
    context:
      '{council} includes terraced streets with no front gardens and rural areas with long rounds, so one design did not fit all.',
    barriers: [
      ['procurement', 'Vehicles had long lead times. We ordered early and hired vehicles for the first phase.'],
      [
        'resident-engagement',
        'Flats had low participation. We put communal food waste bins in bin stores and visited blocks with caretakers.',
      ],
    ],
    enablers: [
      ['dedicated-funding', 'New burdens funding paid for caddies and vehicles.'],
      ['test-and-learn', 'A pilot on two rounds tested round design and communications before full roll-out.'],
    ],
    outcomes:
      'The recycling rate rose by {p} percentage points, residual waste fell by {m}0 tonnes a year and disposal costs fell by about £{k}0,000 a year.',
    lessons:
      'Pilot rounds before buying all the vehicles. Provide liners for at least the first year: participation drops when people have to buy their own.',
    partners: ['Anaerobic digestion operator', 'Housing associations', 'WRAP'],
    skills: 'Round planning, communications, contract management',
    technology: 'In-cab round management system',
    documents: ['Round design options appraisal', 'Resident communications plan'],
    adaptationNote:
      'We used the phased roll-out but, as our waste goes to an energy-from-waste plant with spare capacity, we compared the carbon case carefully before committing.',
  },
  {
    key: 'fly-tipping',
    title: 'Cutting fly-tipping with cameras, data and a duty of care campaign',
    tier: 'any',
    themes: ['waste-environment', 'community-safety'],
    tags: ['fly-tipping', 'enforcement', 'CCTV', 'fixed penalty'],
    summary:
      "Redeployable cameras at hotspots, a campaign about householders' duty of care and faster enforcement cut reported fly-tipping incidents by {p}%.",
    problem:
      'Reported fly-tipping had risen for {k} years, concentrated in back alleys and rural lay-bys. Very few incidents led to any enforcement.',
    whatTheyDid:
      "We mapped every report from the last three years to find hotspots, installed redeployable cameras at the worst ten, and took enforcement action within a week of each evidenced incident.\n\nA campaign reminded householders that they can be fined if they hand waste to an unlicensed carrier, and told them how to check a carrier's licence.",
    context: '{area} has many rented terraced streets with shared alleys, where waste is easily dumped out of sight.',
    barriers: [
      [
        'legal-regulatory',
        'Camera footage had to meet evidential standards. We agreed a protocol with our legal team before installing cameras.',
      ],
      [
        'measuring-impact',
        'Reporting rose at first as people saw action was taken, which made early results look worse.',
      ],
    ],
    enablers: [
      ['data-insight', 'A hotspot map refreshed weekly told crews and enforcement officers where to focus.'],
      ['partnership', 'Joint patrols with the police rural crime team.'],
    ],
    outcomes:
      'Reported incidents fell by {p}% over two years. {n} fixed penalty notices were issued and {m} cases prosecuted.',
    lessons: 'Publicise enforcement: it deters more than cameras do. Expect reports to rise before they fall.',
    partners: ['Police', 'Environment Agency', 'Local landowners'],
    skills: 'Enforcement, data analysis, communications',
    technology: 'Redeployable cameras; mapping of fly-tipping reports',
    documents: ['Camera evidence protocol', 'Duty of care leaflet'],
    adaptationNote:
      "We adapted the hotspot mapping for a rural district, focusing on lay-bys and field gateways with landowners' permission to install cameras.",
  },
  {
    key: 'retrofit',
    title: 'Street-by-street home energy retrofit',
    tier: 'any',
    themes: ['climate', 'housing'],
    tags: ['retrofit', 'net zero', 'fuel poverty', 'insulation'],
    summary:
      'We retrofitted {n} homes street by street, combining grant-funded insulation and heat pumps with a trusted local advice service, and cut average energy bills in treated homes by an estimated £{k}00 a year.',
    problem:
      'Many homes in {area} are old, solid-walled and expensive to heat. Grant schemes were under-used because residents did not trust the cold-calling installers who promoted them.',
    whatTheyDid:
      'We chose streets with many similar homes and a high rate of fuel poverty, held street events with a local energy advice charity, and let one vetted installer work a whole street at once.\n\nGrant funding covered the full cost for low-income households; others could join at a discounted price because of the scale.',
    context:
      '{council} declared a climate emergency and set a target of net zero across the area. A large share of homes are pre-1919 terraces.',
    barriers: [
      ['skills', 'There were too few accredited installers locally. We funded training places at the local college.'],
      [
        'funding',
        'Grant rules changed mid-scheme. Having a pipeline of surveyed homes let us bid quickly for the next round.',
      ],
    ],
    enablers: [
      ['partnership', "A trusted local charity gave advice, so residents were not relying on installers' word."],
      ['dedicated-funding', 'Government grant funding for low-income households.'],
    ],
    outcomes:
      '{n} homes were treated, {m} of them with heat pumps. Post-installation surveys estimated average savings of £{k}00 a year and {p}% of residents said their home was easier to keep warm.',
    lessons:
      'Trust is the bottleneck, not money. Work through a local advice charity and do whole streets so neighbours see results.',
    partners: ['Local energy advice charity', 'Further education college', 'Accredited installer'],
    skills: 'Retrofit coordination, energy advice, grant management',
    technology: 'Retrofit survey and tracking tool',
    documents: ['Street selection method', 'Resident information pack'],
    adaptationNote:
      'We used the street-by-street approach for council-owned homes first, which let us test installers before offering the scheme to private owners.',
  },
  {
    key: 'active-travel',
    title: 'School streets: closing roads to traffic at school run times',
    tier: 'upper',
    themes: ['transport', 'public-health'],
    tags: ['school streets', 'active travel', 'air quality', 'road safety'],
    summary:
      'Timed closures outside {s} primary schools reduced traffic at the school gate and increased the share of children walking, cycling or scooting by {p} points.',
    problem:
      'Parents driving to school caused congestion, unsafe parking and poor air quality outside primary schools, and discouraged children from walking.',
    whatTheyDid:
      'We used experimental traffic orders to close streets outside schools for 45 minutes at the start and end of the day, enforced by cameras, with exemptions for residents and blue badge holders.\n\nEach school ran a travel plan with walking buses and scooter training.',
    context: 'Many primary schools in {area} are on narrow residential streets with no alternative access.',
    barriers: [
      [
        'resident-engagement',
        'Some residents objected to the closures. Experimental orders let us show the effect before making them permanent.',
      ],
      ['legal-regulatory', 'Camera enforcement needed approval and signage that met regulations.'],
    ],
    enablers: [
      ['co-design', 'Schools and parents chose the hours and exemptions.'],
      ['test-and-learn', 'Experimental traffic orders allowed a trial with consultation built in.'],
    ],
    outcomes:
      'Traffic outside the schools at closure times fell by {q}%, the share of pupils travelling actively rose by {p} percentage points, and nitrogen dioxide at the school gates fell by {k}%.',
    lessons:
      'Use experimental orders: they turn objections into consultation responses. Camera enforcement is what makes closures stick.',
    partners: ['Primary schools', 'Sustrans', 'Police'],
    skills: 'Traffic engineering, engagement, enforcement',
    technology: 'Automatic number plate recognition cameras',
    documents: ['Experimental traffic order template', 'School street toolkit'],
    adaptationNote:
      'We used school streets but staffed closures with volunteers and barriers instead of cameras, which was cheaper for our smaller number of schools.',
  },
  {
    key: 'asb-hub',
    title: 'A joint antisocial behaviour hub with the police and housing providers',
    tier: 'any',
    themes: ['community-safety', 'communities'],
    tags: ['ASB', 'community safety partnership', 'case management', 'multi-agency'],
    summary:
      'Council, police and housing association officers now work in one hub with one case system, closing {p}% more antisocial behaviour cases with a resolution victims agree with.',
    problem:
      'Victims of antisocial behaviour were passed between the council, the police and their landlord, repeating their story each time, while persistent perpetrators were not tackled consistently.',
    whatTheyDid:
      'We co-located ASB officers from the council, police and the two largest housing associations, adopted a single case management system, and held a weekly risk meeting for high-risk victims.\n\nWe also used the community trigger and injunctions more consistently.',
    context: '{area} has several estates with concentrated ASB, each managed by a different landlord.',
    barriers: [
      [
        'data-sharing',
        'Partners worried about sharing data. A community safety partnership information sharing agreement covered all agencies.',
      ],
      [
        'technology',
        'Police could not use the council system at first; we gave them guest access through a partner portal.',
      ],
    ],
    enablers: [
      ['governance', 'The community safety partnership owned the hub and its targets.'],
      ['dedicated-team', 'A hub manager with authority across agencies.'],
    ],
    outcomes:
      'Cases closed with an agreed resolution rose by {p}%, repeat calls from the same victims fell by {q}% and the average case length fell from {w} to {k} weeks.',
    lessons:
      "Co-location matters less than a shared case system and a weekly meeting. Put victims' satisfaction at the centre of the performance measures.",
    partners: ['Police', 'Housing associations', 'Victim support'],
    skills: 'ASB casework, legal powers, risk assessment',
    technology: 'Shared ASB case management system',
    documents: ['Information sharing agreement', 'Risk assessment matrix'],
    adaptationNote:
      'We adapted the hub model to a virtual team with a shared case system, as our partners are spread across a large rural area.',
  },
  {
    key: 'social-prescribing',
    title: 'Community connectors for people who are lonely or isolated',
    tier: 'any',
    themes: ['public-health', 'communities'],
    tags: ['social prescribing', 'loneliness', 'voluntary sector', 'wellbeing'],
    summary:
      'Community connectors linked {n} isolated residents to local groups and activities; {p}% reported feeling less lonely after three months.',
    problem:
      'GPs and social workers saw many people whose main problem was loneliness, but had nothing to offer them beyond medical appointments.',
    whatTheyDid:
      'We funded community connectors, based in voluntary organisations, who take referrals from GPs, social workers and residents themselves. Connectors meet each person, find out what matters to them and go with them to a group or activity for the first time.\n\nA small grants fund helped groups set up where there were gaps.',
    context: '{area} has a strong voluntary sector in the towns but few groups in outlying villages.',
    barriers: [
      [
        'measuring-impact',
        'Proving the effect on health services was hard. We used a validated loneliness scale before and after.',
      ],
      ['funding', 'Funding came in one-year pots. We pooled public health and NHS money into a three-year grant.'],
    ],
    enablers: [
      ['partnership', 'Connectors hosted by trusted voluntary organisations.'],
      ['peer-learning', 'We visited two councils that had run connector schemes for years.'],
    ],
    outcomes:
      '{n} people were supported; {p}% reported lower loneliness scores at three months, and GP appointments among those referred by GPs fell by {q}%.',
    lessons:
      'Fund the grants pot as well as the connectors: there is no point connecting people to groups that do not exist.',
    partners: ['Council for voluntary service', 'Primary care networks', 'Local community groups'],
    skills: 'Community development, coaching, grant management',
    technology: 'Referral platform shared with GP practices',
    documents: ['Connector role description', 'Community grants criteria'],
    adaptationNote:
      'We embedded connectors in libraries rather than voluntary organisations, which gave them a base in every town.',
  },
  {
    key: 'digital-forms',
    title: 'Replacing paper and PDF forms with online services built around users',
    tier: 'any',
    themes: ['digital', 'customer-services'],
    tags: ['digital', 'user research', 'channel shift', 'forms'],
    summary:
      'We rebuilt our {s} most-used forms as online services designed with residents, moving {p}% of those transactions online and cutting phone calls about them by {q}%.',
    problem:
      'Residents had to download PDF forms or phone the contact centre to report problems and apply for services, and many forms were rejected as incomplete.',
    whatTheyDid:
      'A small multidisciplinary team carried out user research on the highest-volume forms, rebuilt them as online services using GOV.UK design patterns, and connected them directly to back-office systems.\n\nWe kept a phone option and trained contact centre staff to help people use the online services.',
    context:
      '{council} had no in-house digital team before this programme; we recruited a product manager, a user researcher, a designer and two developers.',
    barriers: [
      ['skills', 'We lacked digital skills. We hired a small permanent team rather than relying on suppliers.'],
      [
        'technology',
        'Legacy back-office systems had no integration options. We used a low-code integration layer for two of them.',
      ],
    ],
    enablers: [
      ['senior-sponsorship', "The chief executive sponsored the programme and protected the team's time."],
      ['peer-learning', 'We reused patterns and code from other councils through the Local Digital community.'],
    ],
    outcomes:
      '{p}% of the affected transactions are now online, calls about them fell by {q}% and incomplete applications fell from {w}% to {k}%.',
    lessons:
      'Start with user research on the highest-volume forms. Keep a small permanent team: it is cheaper than suppliers after the first year.',
    partners: ['Local Digital community', 'Contact centre', 'Service teams'],
    skills: 'User research, service design, software development',
    technology: 'Online forms platform; integration layer',
    documents: ['User research plan', 'Service standard checklist'],
    adaptationNote:
      'We reused the form designs and research findings directly, which let us launch our first three services in half the time.',
  },
  {
    key: 'council-tax-support',
    title: 'A banded council tax support scheme that is simpler to claim',
    tier: 'any',
    themes: ['finance-benefits'],
    tags: ['council tax support', 'UC', 'universal credit', 'financial inclusion'],
    summary:
      'A banded council tax reduction scheme, driven by universal credit data, cut processing time from {w} days to {k} and reduced arrears among low-income households.',
    problem:
      'Every change in a universal credit award triggered a reassessment of council tax support and a new bill, leaving low-income households with confusing bills and arrears.',
    whatTheyDid:
      'We replaced the means-tested scheme with income bands so that small changes in income do not change the award. Awards are calculated automatically from universal credit data.\n\nWe consulted residents and advice agencies on the bands and protected households with disabled members.',
    context:
      'About {q}% of working-age council tax support claimants in {area} receive universal credit, and their incomes change month to month.',
    barriers: [
      ['legal-regulatory', 'Changing the scheme needed consultation and a council decision each year.'],
      ['technology', 'The benefits system needed an upgrade to calculate banded awards automatically.'],
    ],
    enablers: [
      ['data-insight', 'Modelling the effect on every current claimant before consultation.'],
      ['partnership', 'Advice agencies helped design the bands and explain the change.'],
    ],
    outcomes:
      'Average processing time fell from {w} days to {k}, the number of bills issued per claimant fell by {p}%, and council tax arrears among claimants fell by {q}%.',
    lessons:
      'Model every claimant before consulting, so you can show who gains and who loses. Automate from universal credit data from day one.',
    partners: ['Citizens Advice', 'Department for Work and Pensions', 'Benefits software supplier'],
    skills: 'Benefits policy, data modelling, consultation',
    technology: 'Benefits system with automated universal credit data processing',
    documents: ['Scheme consultation document', 'Equality impact assessment'],
    adaptationNote:
      'We used fewer, wider bands because our caseload is smaller, and added a hardship fund alongside the scheme.',
  },
  {
    key: 'planning-validation',
    title: 'Cutting invalid planning applications with a pre-submission checklist',
    tier: 'any',
    themes: ['planning'],
    tags: ['planning', 'validation', 'development management', 'digital planning'],
    summary:
      'An interactive validation checklist and local list review cut invalid planning applications from {p}% to {k}% and shortened validation times by {k} days.',
    problem:
      'Nearly half of planning applications arrived invalid, mostly for missing plans or documents, delaying decisions and using officer time.',
    whatTheyDid:
      'We reviewed our local validation list and removed requirements that were rarely needed. We published an interactive checklist that tells applicants exactly what to submit for their type of application.\n\nAgents who submit often got a short training session and a named validation officer.',
    context: '{council} receives a high volume of householder applications, many from first-time applicants.',
    barriers: [
      [
        'culture',
        'Officers were reluctant to drop local list requirements. We showed how rarely each one was used in decisions.',
      ],
      ['technology', 'Our planning portal integration limited what we could change online.'],
    ],
    enablers: [
      ['test-and-learn', 'We tested the checklist with applicants and agents before launch.'],
      ['peer-learning', 'Used a digital planning validation approach shared by other councils.'],
    ],
    outcomes:
      'Invalid applications fell from {p}% to {k}%, average validation time fell by {k} days and {m} more applications were decided within the statutory period.',
    lessons:
      'Review the local list with data on how often each item matters. Talk to agents: they submit most applications.',
    partners: ['Planning agents forum', 'Planning portal'],
    skills: 'Development management, content design',
    technology: 'Online validation checklist',
    documents: ['Revised local validation list', 'Validation checklist content'],
    adaptationNote:
      'We used the same checklist content and added a pre-application advice service for first-time applicants.',
  },
  {
    key: 'library-hubs',
    title: 'Libraries as community hubs with partner services on site',
    tier: 'upper',
    themes: ['culture-leisure', 'communities'],
    tags: ['libraries', 'community hubs', 'co-location', 'digital inclusion'],
    summary:
      'We turned {s} libraries into community hubs hosting advice, health and council services, increasing visits by {p}% while reducing running costs.',
    problem:
      'Library visits were falling and the service faced budget cuts, while other services struggled to reach residents in the same neighbourhoods.',
    whatTheyDid:
      'We invited partners to share library buildings: citizens advice sessions, health checks, job clubs, digital skills support and council customer service points. Opening hours were extended with self-service technology.',
    context: '{area} has libraries in every town centre but limited space elsewhere for community services.',
    barriers: [
      ['funding', 'Refurbishment needed capital. We used a mix of partner contributions and a capital grant.'],
      ['culture', 'Some library staff worried about losing the library identity. Staff led the design of each hub.'],
    ],
    enablers: [
      ['partnership', 'Partners paid a contribution to running costs in return for space.'],
      ['co-design', 'Residents chose which services each hub should host.'],
    ],
    outcomes:
      'Visits rose by {p}%, {m} partner sessions a month now run in the hubs, and running costs fell by £{k}0,000 a year.',
    lessons: 'Let each hub reflect its neighbourhood. Agree partner contributions up front.',
    partners: ['Citizens Advice', 'NHS community health services', 'Jobcentre Plus'],
    skills: 'Library management, partnership working, facilities management',
    technology: 'Self-service kiosks and open-access technology',
    documents: ['Partner agreement template', 'Hub design brief'],
    adaptationNote:
      'We adapted the hub model for a mobile library service visiting villages, carrying partner services on set days.',
  },
  {
    key: 'apprenticeships',
    title: 'Growing our own: apprenticeships for hard-to-fill council roles',
    tier: 'any',
    themes: ['workforce', 'economy'],
    tags: ['apprenticeships', 'recruitment', 'workforce planning', 'levy'],
    summary:
      'We used the apprenticeship levy to fill hard-to-recruit roles, taking on {s} apprentices, {p}% of whom stayed in permanent posts.',
    problem:
      'We could not recruit to planning, environmental health, social work and IT roles, relying on expensive agency staff, while much of our apprenticeship levy went unspent.',
    whatTheyDid:
      'We identified roles with the longest vacancies and designed apprenticeship routes into them, from level 3 to degree apprenticeships. Managers got training in supervising apprentices, and apprentices met as a cohort each month.',
    context:
      'The council is one of the largest employers in {area}, with an older workforce and many retirements expected.',
    barriers: [
      [
        'capacity',
        'Managers had little time to supervise. We gave each apprentice a mentor outside their line management.',
      ],
      ['procurement', 'Finding training providers for some standards was slow.'],
    ],
    enablers: [
      ['dedicated-funding', 'The apprenticeship levy paid for training.'],
      ['senior-sponsorship', 'The corporate leadership team set a target and reviewed it quarterly.'],
    ],
    outcomes:
      '{s} apprentices were recruited, {p}% moved into permanent roles and agency spend in those services fell by £{k}0,000 a year.',
    lessons: 'Start with roles you cannot fill, not with the levy. Cohorts keep apprentices motivated.',
    partners: ['Further education college', 'University', 'Local schools'],
    skills: 'Workforce planning, mentoring',
    technology: 'Learning management system',
    documents: ['Apprenticeship workforce plan', 'Mentor guidance'],
    adaptationNote:
      'We ran the same approach with two neighbouring councils sharing a cohort, which made smaller numbers viable.',
  },
]
