import { createHash } from 'node:crypto'
import type { ContactItem } from '../../../models/vocabulary/content'
import type { EnquiryRoute } from '../../../models/enquiryRules'
import type { CaseStudyData } from '../../data/caseStudyRepository'
import type { EnquiryRepository } from '../../data/enquiryRepository'
import type { UserRepository } from '../../data/userRepository'

/** Someone an enquiry is emailed to. optOutId: a contact's, for the opt-out link; council admins have none. */
export type Recipient = { name: string; role: string; email: string; optOutId?: string }

/**
 * Where an enquiry about a case study goes: its contacts who have not opted out; when none are
 * left, the lead council's admins; when there are none either, nowhere (the team is not taking
 * questions). someOptedOut says the form should explain why the list is shorter than the page's.
 */
export type Routing =
  | { route: Extract<EnquiryRoute, 'contacts'>; recipients: Recipient[]; someOptedOut: boolean }
  | { route: Extract<EnquiryRoute, 'council-admins'>; recipients: Recipient[] }
  | { route: 'none' }

const normalisedEmail = (email: string) => email.trim().toLowerCase()

/** A contact's opt-out key for one case study; the address is hashed, never stored in the clear. */
export const optOutIdFor = (caseStudyId: string, email: string) =>
  `${caseStudyId}:${createHash('sha256').update(normalisedEmail(email)).digest('hex')}`

/** The published version's contacts that can be emailed, one per address. */
function emailableContacts(contacts: ContactItem[]): ContactItem[] {
  const seen = new Set<string>()
  return contacts.filter(contact => {
    const email = normalisedEmail(contact.email ?? '')
    if (!email.includes('@') || seen.has(email)) return false
    seen.add(email)
    return true
  })
}

export async function routeEnquiry(
  deps: { enquiries: EnquiryRepository; users: Pick<UserRepository, 'listCouncilAdmins'> },
  caseStudy: CaseStudyData,
): Promise<Routing> {
  const caseStudyId = caseStudy._id.toString()
  const contacts = emailableContacts(caseStudy.published?.content.contacts ?? []).map(contact => ({
    name: contact.name,
    role: contact.role,
    email: normalisedEmail(contact.email),
    optOutId: optOutIdFor(caseStudyId, contact.email),
  }))
  const optedOut = await deps.enquiries.optedOut(contacts.map(contact => contact.optOutId))
  const remaining = contacts.filter(contact => !optedOut.has(contact.optOutId))
  if (remaining.length) return { route: 'contacts', recipients: remaining, someOptedOut: optedOut.size > 0 }
  const admins = await deps.users.listCouncilAdmins(caseStudy.leadCouncilCode)
  const recipients = admins
    .filter(admin => admin.emailVerifiedAt)
    .map(admin => ({ name: admin.name, role: 'Council admin', email: admin.email }))
  return recipients.length ? { route: 'council-admins', recipients } : { route: 'none' }
}
