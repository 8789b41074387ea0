import type { ContactItem } from '../../models/vocabulary'
import { slugify } from '../services/slugify'
import type { Random } from './random'

// Contacts are personal data in a real catalogue, so the demo's are invented: common names, an
// address at the council's slug under the reserved .example domain, and a number from Ofcom's
// range for drama (01632 960000 to 960999).
const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Catrin',
  'Daniel',
  'Eilidh',
  'Farah',
  'Gareth',
  'Hannah',
  'Imran',
  'Jo',
  'Kwame',
  'Laura',
  'Mohammed',
  'Niamh',
  'Owen',
  'Priya',
  'Rhys',
  'Sarah',
  'Tom',
  'Yasmin',
]
const LAST_NAMES = [
  'Ahmed',
  'Baker',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Murray',
  'Nowak',
  "O'Neill",
  'Patel',
  'Roberts',
  'Smith',
  'Taylor',
  'Williams',
]
const ROLES = ['Programme lead', 'Service manager', 'Head of service', 'Project officer', 'Strategic lead']

export function fictionalContacts(councilSlug: string, random: Random): ContactItem[] {
  return Array.from({ length: random.int(1, 2) }, () => {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    return {
      name: `${first} ${last}`,
      role: random.pick(ROLES),
      email: `${slugify(first)}.${slugify(last)}@${councilSlug}.example`,
      phone: `01632 960${String(random.int(0, 999)).padStart(3, '0')}`,
    }
  })
}
