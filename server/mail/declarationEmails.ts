import { ADOPTION_STATUSES, adoptionStatusLabel, type AdoptionStatus } from '../../models/adoptionStatuses'
import type { EmailMessage } from './mailer'
import { signOff } from './emails'

// Plain text in the style of emails.ts: who said what about which case study, and where to see it.

export type DeclarationNotice = {
  councilName: string
  title: string
  status: AdoptionStatus
  /** The status before this change; undefined for a new declaration. */
  previousStatus: AdoptionStatus | undefined
  note: string
  link: string
}

export const declarationEmails = {
  declared: (to: string, name: string, notice: DeclarationNotice): EmailMessage => {
    const { councilName, title, status, previousStatus, note, link } = notice
    const label = adoptionStatusLabel(status).toLowerCase()
    const what = !previousStatus
      ? `${councilName} ${ADOPTION_STATUSES[status].phrase} your case study "${title}".`
      : previousStatus === status
        ? `${councilName} has updated what it says about your case study "${title}": it is still ${label}.`
        : `${councilName} has changed what it says about your case study "${title}": it was ${adoptionStatusLabel(previousStatus).toLowerCase()}, it is now ${label}.`
    const changes = note ? `\n\nWhat they are changing:\n\n${note}` : ''
    return {
      to,
      subject: `${councilName} ${ADOPTION_STATUSES[status].phrase} your case study`,
      text: `Dear ${name},\n\n${what}${changes}\n\nSee the case study and the councils using it:\n\n${link}${signOff}`,
    }
  },
}
