import { group, type SynonymGroup } from './synonymGroup'

// Everyday words and the sector's words for the same thing: housing, planning, regulation,
// climate, the economy and leisure. Residents and members write the first; service plans,
// statutes and case studies the second.

export const PLACE_WORDING: SynonymGroup[] = [
  // Housing
  group('Homes let by the council itself', 'council housing', 'council homes'),
  group(
    'Registered provider is the regulator’s term for housing associations, once registered social landlords',
    'housing association',
    'registered provider',
    'registered social landlord',
    'RSL',
  ),
  group(
    'The private rented sector is private rented housing',
    'private rented sector',
    'private rented housing',
    'PRS',
  ),
  group('A section 21 notice is the no-fault eviction', 'section 21', 'no-fault eviction'),
  group('Sheltered housing is marketed as retirement housing', 'sheltered housing', 'retirement housing'),
  group('Extra care housing is called assisted living by private providers', 'extra care housing', 'assisted living'),
  group('The housing waiting list is the statutory housing register', 'housing waiting list', 'housing register'),
  group(
    'Empty homes work uses homes, properties and dwellings alike',
    'empty homes',
    'empty properties',
    'vacant properties',
    'vacant dwellings',
  ),
  group(
    'Day-to-day repairs reported by tenants, named responsive or reactive by landlords',
    'responsive repairs',
    'reactive repairs',
    'day-to-day repairs',
  ),
  group('The same small-repairs service, renamed to be gender neutral', 'handyperson service', 'handyman service'),
  group(
    'Adapting a home to a disability, named by home, housing or change',
    'home adaptations',
    'housing adaptations',
    'home modifications',
  ),
  group(
    'Landlords who break the law, called rogue in campaigns and criminal in guidance',
    'rogue landlords',
    'criminal landlords',
  ),
  group('Homes and housing are used alike for new affordable supply', 'affordable housing', 'affordable homes'),
  group(
    'House building is measured as housing delivery (the Housing Delivery Test)',
    'housebuilding',
    'house building',
    'housing delivery',
  ),
  // Planning and building
  group(
    'Permission, consent and approval all name the grant of a planning application',
    'planning permission',
    'planning consent',
    'planning approval',
  ),
  group(
    'Planning enforcement acts on breaches of planning control, that is unauthorised development',
    'planning enforcement',
    'breach of planning control',
    'unauthorised development',
  ),
  group(
    'Brownfield is the everyday name for previously developed land in the NPPF',
    'brownfield land',
    'previously developed land',
    'PDL',
  ),
  group(
    '"Building regs" is how builders and residents say building regulations',
    'building regulations',
    'building regs',
  ),
  group('Pre-app is the short name for paid pre-application advice', 'pre-application advice', 'pre-app'),
  // Licensing and regulation
  group(
    'Taxi licensing covers hackney carriages and private hire alike',
    'taxi and private hire',
    'hackney carriage and private hire',
  ),
  group(
    'An alcohol or drinks licence is the Licensing Act 2003 premises licence',
    'alcohol licence',
    'premises licence',
    'drinks licence',
  ),
  group('Betting shops are bookmakers, bookies to residents', 'betting shops', 'bookmakers', 'bookies'),
  group('Noise complaints are investigated as noise nuisance', 'noise complaints', 'noise nuisance'),
  group(
    '"Scores on the doors" is the food hygiene rating scheme',
    'food hygiene rating scheme',
    'FHRS',
    'scores on the doors',
  ),
  group('Vermin control is the older name of the pest control service', 'pest control', 'vermin control'),
  group('Smoke control areas are called smokeless zones', 'smoke control area', 'smokeless zone'),
  group('Trading standards is the council’s consumer protection service', 'trading standards', 'consumer protection'),
  group(
    'Doorstep crime is the trading standards name for rogue and cowboy traders at the door',
    'doorstep crime',
    'rogue traders',
    'cowboy builders',
  ),
  // Climate and environment
  group(
    'Councils’ climate declarations use net zero and carbon neutral for the same target',
    'net zero',
    'carbon neutral',
  ),
  group('The same declaration, worded as emergency or crisis', 'climate emergency', 'climate crisis'),
  group('Solar panels are solar PV, photovoltaics', 'solar panels', 'solar PV', 'photovoltaics'),
  group(
    'Retrofit is the sector’s word for upgrading existing homes’ energy performance',
    'retrofit',
    'home energy upgrades',
  ),
  group(
    'Heated public places opened in winter, named differently by each council',
    'warm spaces',
    'warm banks',
    'warm hubs',
  ),
  group('Fuel poverty is called energy poverty in European and newer writing', 'fuel poverty', 'energy poverty'),
  // Economy, culture and leisure
  group('Regeneration plans say town centre where residents say high street', 'high street', 'town centre'),
  group('Empty shops are vacant units in retail surveys', 'empty shops', 'vacant shop units'),
  group('Adult education and adult learning name the same service', 'adult learning', 'adult education'),
  group('Helping people back to work is employment support', 'employment support', 'back to work support'),
  group(
    'Social value in procurement is secured through community benefit clauses',
    'social value',
    'community benefit clauses',
  ),
  group('The visitor economy is the strategy name for tourism', 'tourism', 'visitor economy'),
  group('A library van is a mobile library', 'mobile library', 'library van'),
  group(
    'Books delivered to people who cannot get out',
    'home library service',
    'housebound library service',
    'books on wheels',
  ),
  group('Digital books, written joined, hyphenated or plain', 'ebooks', 'e-books', 'digital books'),
  group('Libraries handed to volunteers, named by who runs them', 'volunteer-run library', 'community managed library'),
  group('Council sports venues are called leisure or sports centres', 'leisure centre', 'sports centre'),
  group('Swimming baths is the older name for the swimming pool', 'swimming pool', 'swimming baths'),
  group('Playgrounds are play areas in parks strategies', 'playground', 'play area', 'play park'),
  group(
    'Public conveniences is the formal name for public toilets',
    'public toilets',
    'public conveniences',
    'public loos',
  ),
  group(
    'A pauper’s funeral is legally a public health funeral (Public Health Act 1984 s46)',
    'paupers funeral',
    'public health funeral',
  ),
  group('Registry office is the everyday name for the register office', 'register office', 'registry office'),
]
