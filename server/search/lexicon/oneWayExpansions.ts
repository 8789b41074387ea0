// Where one term is broader than another, a search for the broad term also finds the narrow one,
// never the reverse. Every case study about rough sleeping is about homelessness, so a search for
// "homelessness" should find it; but most homelessness case studies are not about rough sleeping,
// so a search for "rough sleeping" must not return them all. The same reasoning settles the hard
// cases: "highway maintenance" finds "potholes", not the reverse, since an officer asking about
// potholes does not want grass cutting and gritting; "traffic calming" finds "speed humps", while
// "speed bumps" reaches the sector's "speed humps" through a two-way group and not every
// chicane and 20mph zone. Where two words are the same thing ("potholes" and "carriageway
// defects") they are a two-way group (synonymGroups.ts) instead.
//
// Expansions are one hop: a term reached by expansion is not expanded again. Rules the unit test
// enforces: each source once; no target already found by the source's own words ("homelessness"
// needs no expansion to "hidden homelessness"); no pair that a two-way group already joins.

export interface OneWayExpansion {
  from: string
  to: string[]
  reason: string
}

const expand = (from: string, to: string[], reason: string): OneWayExpansion => ({ from, to, reason })

export const ONE_WAY_EXPANSIONS: OneWayExpansion[] = [
  expand(
    'homelessness',
    ['rough sleeping', 'sofa surfing'],
    'Rough sleeping and sofa surfing are kinds of homelessness',
  ),
  expand(
    'net zero',
    ['decarbonisation', 'carbon reduction'],
    'Decarbonisation is the work towards the net zero target',
  ),
  expand(
    'traffic calming',
    ['speed humps', 'speed cushions', 'chicanes', '20mph zones'],
    'These are traffic calming measures',
  ),
  expand(
    'highway maintenance',
    ['potholes', 'resurfacing', 'gritting', 'drainage gullies'],
    'These are highway maintenance tasks',
  ),
  expand('winter maintenance', ['gritting', 'snow clearance'], 'Winter maintenance is gritting and clearing snow'),
  expand(
    'safeguarding children',
    ['child protection', 'section 47 enquiries'],
    'Child protection is the statutory end of safeguarding children',
  ),
  expand(
    'child exploitation',
    ['CSE', 'CCE', 'county lines'],
    'Sexual and criminal exploitation and county lines are kinds of child exploitation',
  ),
  expand(
    'early years settings',
    ['nurseries', 'childminders', 'pre-schools'],
    'Nurseries, childminders and pre-schools are early years settings',
  ),
  expand('SEND', ['SEN', 'special educational needs'], 'Special educational needs are part of SEND'),
  expand(
    'alternative provision',
    ['pupil referral units', 'hospital schools'],
    'Pupil referral units and hospital schools are alternative provision',
  ),
  expand(
    'school absence',
    ['persistent absence', 'truancy', 'unauthorised absence'],
    'These are kinds of school absence',
  ),
  expand(
    'personal budgets',
    ['direct payments', 'individual service funds'],
    'Direct payments and ISFs are ways of taking a personal budget',
  ),
  expand(
    'intermediate care',
    ['reablement', 'step-down beds', 'step-up care'],
    'Reablement and step-up and step-down care are intermediate care',
  ),
  expand(
    'technology enabled care',
    ['telecare', 'personal alarms', 'falls sensors'],
    'Telecare and alarms are technology enabled care',
  ),
  expand(
    'substance misuse',
    ['drug misuse', 'alcohol misuse', 'problem drinking'],
    'Drug and alcohol misuse are substance misuse',
  ),
  expand('excess weight', ['obesity', 'overweight'], 'Excess weight is overweight and obesity together'),
  expand(
    'damp and mould',
    ['black mould', 'condensation'],
    'Black mould and condensation are the commonest damp and mould problems',
  ),
  expand(
    'domestic abuse',
    ['coercive control', 'economic abuse'],
    'The Domestic Abuse Act 2021 names these as domestic abuse',
  ),
  expand(
    'antisocial behaviour',
    ['nuisance neighbours', 'graffiti', 'vandalism'],
    'These are kinds of antisocial behaviour',
  ),
  expand(
    'modern slavery',
    ['forced labour', 'domestic servitude', 'labour exploitation'],
    'These are forms of modern slavery',
  ),
  expand(
    'household waste',
    ['food waste', 'garden waste', 'bulky waste'],
    'Food, garden and bulky waste are household waste streams',
  ),
  expand(
    'environmental crime',
    ['fly-tipping', 'littering', 'dog fouling', 'graffiti'],
    'These are environmental crimes',
  ),
  expand(
    'heritage assets',
    ['listed buildings', 'conservation areas', 'scheduled monuments'],
    'The NPPF names these as heritage assets',
  ),
  expand('sexual health', ['contraception', 'STI testing'], 'Contraception and STI testing are sexual health services'),
  expand(
    'social housing',
    ['council housing', 'housing association homes'],
    'Social housing is let by councils and housing associations',
  ),
  expand(
    'affordable housing',
    ['social rent', 'shared ownership', 'affordable rent'],
    'The NPPF counts these as affordable housing',
  ),
  expand(
    'green spaces',
    ['parks', 'allotments', 'playing fields'],
    'Parks, allotments and playing fields are green spaces',
  ),
  expand(
    'street scene',
    ['street cleansing', 'litter picking', 'graffiti removal'],
    'Street scene services cover cleansing, litter and graffiti',
  ),
  expand(
    'parking enforcement',
    ['civil enforcement officers', 'penalty charge notices'],
    'Officers and PCNs are how parking is enforced',
  ),
  expand('adult social care', ['home care', 'care homes', 'reablement'], 'These are adult social care services'),
  expand('road safety', ['speed cameras', 'school crossing patrols'], 'These are road safety measures'),
  expand('public rights of way', ['footpaths', 'bridleways'], 'Footpaths and bridleways are public rights of way'),
  expand(
    'bereavement services',
    ['cemeteries', 'crematoria', 'burials'],
    'Bereavement services run cemeteries, crematoria and burials',
  ),
  expand('young people', ['teenagers', 'adolescents'], 'Teenagers and adolescents are young people'),
  expand(
    'holiday hunger',
    ['HAF', 'holiday activities and food'],
    'The holiday activities and food programme is one answer to holiday hunger',
  ),
]
