import type { EmailMessage } from './mailer'
import { signOff } from './emails'

// Plain text in the style of emails.ts: what network admins (curators) are asked to act on.

export const curatorEmails = {
  submitted: (to: string, title: string, councilName: string, resubmitted: boolean, link: string): EmailMessage => ({
    to,
    subject: `${resubmitted ? 'Resubmitted' : 'Submitted'} for review: ${title}`,
    text: resubmitted
      ? `${councilName} has made the changes you asked for to "${title}" and submitted it again.\n\nSee what changed and decide:\n\n${link}${signOff}`
      : `${councilName} has submitted "${title}" for review.\n\nReview it:\n\n${link}${signOff}`,
  }),

  joinRequestWithoutAdmin: (to: string, councilName: string, requesterName: string, link: string): EmailMessage => ({
    to,
    subject: `${requesterName} has asked to join ${councilName}`,
    text: `${requesterName} has asked to join ${councilName} on Practice Exchange. The council has no council admin, so the request comes to network admins.\n\nApprove or decline it on the users page:\n\n${link}${signOff}`,
  }),
}
