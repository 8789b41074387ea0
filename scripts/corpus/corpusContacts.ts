import type { ContactItem } from '../../models/vocabulary'
import type { Random } from '../../server/demo/random'

// Contacts are personal data in the real catalogue, so the corpus's are plainly invented: the
// surname "Example", an example.gov.uk address (reserved for examples) and a number from Ofcom's
// range for drama (01632 960000 to 960999). Tests search the index for these to prove contacts
// never reach it.
const FIRST_NAMES = ['Alex', 'Sam', 'Jo', 'Chris', 'Robin', 'Jamie', 'Charlie', 'Kit', 'Morgan', 'Rowan']
const ROLES = ['Programme lead', 'Service manager', 'Head of service', 'Project officer', 'Strategic lead']
export const CONTACT_EMAIL_DOMAIN = 'example.gov.uk'

export function fictionalContacts(random: Random, index: number): ContactItem[] {
  const roll = random.next()
  const count = roll < 0.1 ? 0 : roll < 0.8 ? 1 : 2
  return Array.from({ length: count }, (_, contact) => {
    const first = random.pick(FIRST_NAMES)
    return {
      name: `${first} Example`,
      role: random.pick(ROLES),
      email: `${first.toLowerCase()}.example.${index + 1}.${contact + 1}@${CONTACT_EMAIL_DOMAIN}`,
      phone: `01632 960${String(random.int(0, 999)).padStart(3, '0')}`,
    }
  })
}
