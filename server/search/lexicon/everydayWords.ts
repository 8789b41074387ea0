import { group, type SynonymGroup } from './synonymGroup'

// Single everyday words residents and officers type in a question ("kids", "jobs", "elderly",
// "back lanes") for the words case studies are written in ("children", "employment", "older
// people", "alleyways"). The phrase groups elsewhere rarely reach them, yet a whole question is
// mostly made of such words.

export const EVERYDAY_WORDS: SynonymGroup[] = [
  group('Jobs is the everyday word for employment', 'jobs', 'employment'),
  group('Jobless, out of work and unemployed describe the same people', 'unemployed', 'jobless', 'out of work'),
  group('Kids is the everyday word for children', 'kids', 'children'),
  group(
    'Children going into care are, in social workers’ words, entering or coming into care',
    'going into care',
    'entering care',
    'coming into care',
  ),
  group(
    'Elderly and pensioners are older words; councils now write older people or older adults',
    'older people',
    'older adults',
    'elderly',
    'pensioners',
    'senior citizens',
  ),
  group(
    'Loneliness (how it feels) and social isolation (too little contact) differ in research, but councils tackle them together and officers search for either',
    'loneliness',
    'lonely',
    'social isolation',
  ),
  group(
    'The same narrow passages behind terraces, named differently from region to region',
    'alleyways',
    'alleys',
    'back lanes',
    'ginnels',
    'snickets',
    'twittens',
  ),
  group(
    'People sleeping on the streets are, in the sector’s words, sleeping rough or street homeless',
    'rough sleeping',
    'rough sleepers',
    'sleeping on the streets',
    'street homelessness',
  ),
  group('School dinners is what families call school meals', 'school dinners', 'school meals'),
  group('Loan sharks is the everyday name for illegal money lending', 'loan sharks', 'illegal money lending'),
  group('Renters is the everyday word for private tenants', 'renters', 'private tenants'),
  group(
    'Money worries is the everyday phrase for financial hardship',
    'money worries',
    'money problems',
    'financial hardship',
  ),
  group('Bin lorries are refuse collection vehicles', 'bin lorries', 'refuse collection vehicles', 'RCV'),
]
