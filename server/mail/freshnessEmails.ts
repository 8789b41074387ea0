import type { EmailMessage } from './mailer'
import { signOff } from './emails'

// Plain text in the style of emails.ts: one action each.

export const freshnessEmails = {
  reminder: (to: string, name: string, title: string, months: number, link: string): EmailMessage => ({
    to,
    subject: `Are the outcomes still right? ${title}`,
    text: `Dear ${name},\n\nYour council's case study "${title}" was first published on Practice Exchange ${months} months ago. Other councils decide whether to adopt it from what it says, so please check that its outcomes and evidence are still right.\n\nConfirm they are, or update the case study:\n\n${link}\n\nYou need to sign in as a publisher for your council.${signOff}`,
  }),
}
