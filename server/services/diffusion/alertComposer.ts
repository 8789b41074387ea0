import type { AlertSubscriptionData } from '../../data/alertSubscriptionRepository'
import type { UserData } from '../../data/userRepository'
import { alertEmail } from '../../mail/alertEmails'
import type { EmailMessage } from '../../mail/mailer'
import { paths } from '../../paths'
import type { SavedSearchDescription } from '../../presenters/savedSearchPresenter'
import type { SearchDocument } from '../../search/searchTypes'

type Parts = {
  user: UserData
  subscription: AlertSubscriptionData
  frequency: 'daily' | 'weekly'
  /** A saved search's description; absent for saved case studies. */
  about: SavedSearchDescription | undefined
  hits: SearchDocument[]
  more: boolean
  unsubscribeToken: string
  publicBaseUrl: string
}

/** One alert's email, from the index's public fields of the case studies that matched. */
export function composeAlert({
  user,
  subscription,
  frequency,
  about,
  hits,
  more,
  unsubscribeToken,
  publicBaseUrl,
}: Parts): EmailMessage {
  const since = subscription.since.getTime()
  const link = (path: string) => `${publicBaseUrl}${path}`
  const description = about && [about.title, ...about.details].join('; ')
  return alertEmail({
    to: user.email,
    name: user.name,
    about: about ? `your saved search ${description}` : 'the case studies you saved',
    frequency,
    items: hits.map(document => ({
      title: document.title,
      councilName: document.councilName,
      link: link(paths.caseStudies.show(document.slug)),
      isNew: document.publishedAt > since,
    })),
    more,
    seeAllLink: link(about ? about.href : paths.account.saved()),
    manageLink: link(paths.account.saved()),
    unsubscribeLink: link(paths.alerts.unsubscribe(unsubscribeToken)),
    subject: about ? `New case studies for your saved search ${about.title}` : 'Updates to case studies you saved',
  })
}
