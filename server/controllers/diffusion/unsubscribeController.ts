import type { Request, Response } from 'express'
import { paths } from '../../paths'
import { presentNavigation } from '../../presenters/navigationPresenter'
import { describeSavedSearch } from '../../presenters/savedSearchPresenter'
import type { Services } from '../../services'
import type { AlertSubscriptionData } from '../../data/alertSubscriptionRepository'

/**
 * An alert email's unsubscribe link, which works without signing in: the signed token in the
 * address is the authority. GET only shows a page with a button (mail scanners follow links, and
 * must not unsubscribe anyone); POST, from that button or from a mail client's one-click
 * unsubscribe (RFC 8058, without cookies or a CSRF token), turns the emails off.
 */
export function unsubscribeController({ follows, councils }: Pick<Services, 'follows' | 'councils'>) {
  async function render(req: Request, res: Response, view: string, subscription: AlertSubscriptionData) {
    const search =
      subscription.kind === 'search' ? describeSavedSearch(subscription.query, await councils.all()) : undefined
    res.set('Cache-Control', 'no-store').render(view, {
      pageTitle: view.endsWith('unsubscribed') ? 'You have unsubscribed' : 'Stop alert emails',
      navigation: presentNavigation(undefined, req.path),
      about: search ? `your saved search ${search.title}` : 'the case studies you saved',
      details: search?.details ?? [],
      alreadyOff: subscription.frequency === 'off',
      action: paths.alerts.unsubscribe(String(req.params.token)),
      savedHref: paths.account.saved(),
    })
  }

  return {
    show: async (req: Request, res: Response) =>
      render(req, res, 'pages/alerts/unsubscribe', await follows.subscriptionFor(String(req.params.token))),

    unsubscribe: async (req: Request, res: Response) =>
      render(req, res, 'pages/alerts/unsubscribed', await follows.unsubscribe(String(req.params.token))),
  }
}
