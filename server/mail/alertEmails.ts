import type { EmailMessage } from './mailer'
import { signOff } from './emails'

// Alert emails: plain text in the style of emails.ts, public fields of published case studies only
// (from the search index, which never holds contacts), and a one-click unsubscribe (RFC 8058).

export type AlertItem = { title: string; councilName: string; link: string; isNew: boolean }

type Alert = {
  to: string
  name: string
  /** What the alert is about: 'your saved search “fly-tipping” (Theme: Environment)'. */
  about: string
  frequency: 'daily' | 'weekly'
  items: AlertItem[]
  /** More matched than are listed. */
  more: boolean
  /** Where to see everything: the search, or the saved page. */
  seeAllLink: string
  manageLink: string
  unsubscribeLink: string
  subject: string
}

const plural = (count: number, more: boolean) =>
  `${more ? 'More than ' : ''}${count} case ${count === 1 && !more ? 'study' : 'studies'}`

export function alertEmail(alert: Alert): EmailMessage {
  const list = alert.items
    .map(item => `${item.isNew ? 'New' : 'Updated'}: ${item.title}\n${item.councilName}\n${item.link}`)
    .join('\n\n')
  const text =
    `Dear ${alert.name},\n\n${plural(alert.items.length, alert.more)} published or updated since your last ` +
    `${alert.frequency === 'daily' ? 'daily' : 'weekly'} alert for ${alert.about}:\n\n${list}\n\n` +
    `See them all: ${alert.seeAllLink}\n\nChange or stop your alerts: ${alert.manageLink}\n\n` +
    `Stop these emails with one click: ${alert.unsubscribeLink}${signOff}`
  return {
    to: alert.to,
    subject: alert.subject,
    text,
    headers: {
      'List-Unsubscribe': `<${alert.unsubscribeLink}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
