import type { EmailMessage } from './mailer'
import { signOff } from './emails'

// Ask-the-team emails, in the plain style of emails.ts. The officer who asked is the Reply-To, so
// the team answers them directly and we never pass one side's address to the other on a page.

export type EnquiryEmail = {
  to: string
  recipientName: string
  senderName: string
  senderEmail: string
  senderCouncil: string
  title: string
  message: string
  caseStudyLink: string
}

const subject = (email: EnquiryEmail) => `Question from ${email.senderName} about ${email.title}`
const question = (email: EnquiryEmail) =>
  `${email.senderName} from ${email.senderCouncil} has a question about the case study "${email.title}" on Practice Exchange:\n\n${email.message}\n\nReply to this email to answer ${email.senderName} (${email.senderEmail}) directly.\n\nThe case study: ${email.caseStudyLink}`

export const enquiryEmails = {
  /** To a contact: with a link that stops further questions about this case study, also as List-Unsubscribe. */
  toContact: (email: EnquiryEmail, optOutLink: string): EmailMessage => ({
    to: email.to,
    replyTo: email.senderEmail,
    subject: subject(email),
    headers: { 'List-Unsubscribe': `<${optOutLink}>` },
    text: `Dear ${email.recipientName},\n\n${question(email)}\n\nYou got this because you are a contact for this case study. To stop getting questions about it:\n\n${optOutLink}${signOff}`,
  }),

  /** To a council admin, when none of the case study's contacts takes questions. */
  toCouncilAdmin: (email: EnquiryEmail, councilName: string): EmailMessage => ({
    to: email.to,
    replyTo: email.senderEmail,
    subject: subject(email),
    text: `Dear ${email.recipientName},\n\n${question(email)}\n\nYou got this as a council admin of ${councilName}: none of the case study's contacts is taking questions. To send questions to the right people, ask a publisher to update its contacts.${signOff}`,
  }),
}
