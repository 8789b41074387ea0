import { EVERYDAY_WORDS } from './everydayWords'
import { PEOPLE_WORDING } from './peopleWording'
import { PLACE_WORDING } from './placeWording'
import { STREET_WORDING } from './streetWording'
import { group, type SynonymGroup } from './synonymGroup'

// The seeded two-way synonyms: every term of a group finds the others, so a group may only hold
// terms that mean the same thing. A part and its whole, or a broad and a narrow term, go in
// oneWayExpansions.ts instead: as a group, a search for the part would return every case study
// about the whole ("rough sleeping" returning all of homelessness). Curators edit the live list
// (/admin/search/synonyms); this is what it is seeded with.
//
// Rules the unit test enforces: no analysed term in two groups (a shared term merges the groups
// into one, chaining unrelated words); within a group, no entry's analysed words are a strict
// subset of another's ("recycling centre" inside "household waste recycling centre" is a sign of
// a part and its whole), abbreviations apart, since they stand for their expansion.

/** Abbreviations and what they stand for. */
export const ABBREVIATION_GROUPS: SynonymGroup[] = [
  // Was grouped with "special educational needs", which is narrower: SEND adds disabilities.
  group(
    'SEND stands for special educational needs and disabilities',
    'SEND',
    'special educational needs and disabilities',
  ),
  group('SEN stands for special educational needs', 'SEN', 'special educational needs'),
  group('EHCP stands for education, health and care plan', 'EHCP', 'education health and care plan', 'EHC plan'),
  group(
    'SENCo stands for special educational needs (and disabilities) coordinator',
    'SENCO',
    'SENDCo',
    'special educational needs coordinator',
  ),
  group('ADHD stands for attention deficit hyperactivity disorder', 'ADHD', 'attention deficit hyperactivity disorder'),
  group(
    'ASD stands for autism spectrum disorder, now often autistic spectrum condition',
    'ASD',
    'autism spectrum disorder',
    'autistic spectrum condition',
  ),
  group('PRU stands for pupil referral unit', 'PRU', 'pupil referral unit'),
  group('FSM stands for free school meals', 'FSM', 'free school meals'),
  group('HAF stands for the holiday activities and food programme', 'HAF', 'holiday activities and food'),
  group('ASC stands for adult social care', 'ASC', 'adult social care'),
  group('CSC stands for children’s social care', 'CSC', 'children’s social care'),
  group(
    'ASB stands for antisocial behaviour, written joined or hyphenated',
    'ASB',
    'antisocial behaviour',
    'anti-social behaviour',
  ),
  group('NEET stands for not in education, employment or training', 'NEET', 'not in education employment or training'),
  group('DFG stands for disabled facilities grant', 'DFG', 'disabled facilities grant'),
  group('A section 106 agreement is the planning obligation', 'S106', 'section 106', 'planning obligation'),
  group('CIL stands for community infrastructure levy', 'CIL', 'community infrastructure levy'),
  group('UC stands for universal credit', 'UC', 'universal credit'),
  group(
    'HMO stands for house in multiple occupation',
    'HMO',
    'house in multiple occupation',
    'houses in multiple occupation',
  ),
  group(
    'Looked after children (LAC, CLA) are children in care',
    'LAC',
    'CLA',
    'looked after children',
    'children looked after',
    'children in care',
  ),
  group('SGO stands for special guardianship order', 'SGO', 'special guardianship order'),
  group(
    'UASC stands for unaccompanied asylum seeking children',
    'UASC',
    'unaccompanied asylum seeking children',
    'unaccompanied minors',
  ),
  group('CSE stands for child sexual exploitation', 'CSE', 'child sexual exploitation'),
  group('CCE stands for child criminal exploitation', 'CCE', 'child criminal exploitation'),
  group('DoLS stands for deprivation of liberty safeguards', 'DoLS', 'deprivation of liberty safeguards'),
  group('LPS stands for liberty protection safeguards', 'LPS', 'liberty protection safeguards'),
  group(
    'CAMHS stands for child and adolescent mental health services',
    'CAMHS',
    'child and adolescent mental health services',
  ),
  group('CMHT stands for community mental health team', 'CMHT', 'community mental health team'),
  group('NHS stands for national health service', 'NHS', 'national health service'),
  group('ICB stands for integrated care board', 'ICB', 'integrated care board'),
  group('ICS stands for integrated care system', 'ICS', 'integrated care system'),
  group('BCF stands for the better care fund', 'BCF', 'better care fund'),
  group('CHC stands for NHS continuing healthcare', 'CHC', 'continuing healthcare', 'continuing health care'),
  group('TEC stands for technology enabled care', 'TEC', 'technology enabled care'),
  group('OT stands for occupational therapy', 'OT', 'occupational therapy'),
  group('SALT stands for speech and language therapy', 'SALT', 'speech and language therapy'),
  group(
    'A&E is accident and emergency, the emergency department',
    'A&E',
    'accident and emergency',
    'emergency department',
  ),
  // Was also grouped with "voluntary sector", which leaves out social enterprises.
  group(
    'VCSE stands for the voluntary, community and social enterprise sector, the third sector',
    'VCSE',
    'voluntary community and social enterprise',
    'third sector',
  ),
  group('EV stands for electric vehicle', 'EV', 'electric vehicle'),
  group('LTN stands for low traffic neighbourhood', 'LTN', 'low traffic neighbourhood'),
  group('CPZ stands for controlled parking zone', 'CPZ', 'controlled parking zone'),
  group('HRA stands for housing revenue account', 'HRA', 'housing revenue account'),
  group('TA stands for temporary accommodation', 'TA', 'temporary accommodation'),
  group('B&B is bed and breakfast, a form of temporary accommodation', 'B&B', 'bed and breakfast'),
  group('DHP stands for discretionary housing payment', 'DHP', 'discretionary housing payment'),
  group('HB stands for housing benefit', 'HB', 'housing benefit'),
  group('HSF stands for the household support fund', 'HSF', 'household support fund'),
  group(
    'CTR is council tax reduction, also called council tax support',
    'CTR',
    'council tax reduction',
    'council tax support',
  ),
  group('PSPO stands for public spaces protection order', 'PSPO', 'public spaces protection order'),
  group('MASH stands for multi-agency safeguarding hub', 'MASH', 'multi-agency safeguarding hub'),
  group('MARAC stands for multi-agency risk assessment conference', 'MARAC', 'multi-agency risk assessment conference'),
  group('PCSO stands for police community support officer', 'PCSO', 'police community support officer'),
  group('PD rights are permitted development rights', 'PD rights', 'permitted development'),
  group('TPO stands for tree preservation order', 'TPO', 'tree preservation order'),
  group('BNG stands for biodiversity net gain', 'BNG', 'biodiversity net gain'),
  group(
    'SuDS stands for sustainable (urban) drainage systems',
    'SuDS',
    'sustainable drainage systems',
    'sustainable urban drainage',
  ),
  group('UKSPF stands for the UK shared prosperity fund', 'UKSPF', 'shared prosperity fund'),
  group('SME stands for small and medium-sized enterprises', 'SME', 'small and medium-sized enterprises'),
  group('MTFS stands for medium term financial strategy', 'MTFS', 'medium term financial strategy'),
  group('FOI stands for freedom of information', 'FOI', 'freedom of information'),
  group('GDPR stands for general data protection regulation', 'GDPR', 'general data protection regulation'),
  group('CRM stands for customer relationship management', 'CRM', 'customer relationship management'),
  group('RPA stands for robotic process automation', 'RPA', 'robotic process automation'),
  group('AI stands for artificial intelligence', 'AI', 'artificial intelligence'),
]

/** Everyday wording and the sector's wording for the same thing. */
export const WORDING_GROUPS: SynonymGroup[] = [
  ...STREET_WORDING,
  ...PLACE_WORDING,
  ...PEOPLE_WORDING,
  ...EVERYDAY_WORDS,
]

export const SEEDED_SYNONYMS: SynonymGroup[] = [...ABBREVIATION_GROUPS, ...WORDING_GROUPS]
