import { paths } from '../paths'
import type { CurrentUserView } from './currentUserPresenter'

export type NavigationItem = { href: string; text: string; active: boolean }

/** The service navigation for whoever is looking: what they can reach from every page. */
export function presentNavigation(user: CurrentUserView | undefined, currentPath: string): NavigationItem[] {
  const item = (href: string, text: string) => ({
    href,
    text,
    active: currentPath === href || currentPath.startsWith(`${href}/`),
  })
  const browse = [
    item(paths.caseStudies.list(), 'Case studies'),
    item(paths.themes.list(), 'Themes'),
    item(paths.councils.list(), 'Councils'),
  ]
  if (!user)
    return [...browse, item(paths.auth.signIn(), 'Sign in'), item(paths.auth.createAccount(), 'Create an account')]
  const items = [...browse]
  if (user.council?.isPublisher) items.push(item(paths.publish.dashboard(), 'Publish'))
  items.push(item(paths.account.show(), 'Your account'))
  if (user.council?.isAdmin) items.push(item(paths.councils.members(user.council.slug), 'Council members'))
  if (user.isNetworkAdmin)
    items.push(
      item(paths.review.queue(), 'Review'),
      item(paths.admin.dashboard(), 'Dashboard'),
      item(paths.admin.users(), 'Users'),
      item(paths.admin.councils(), 'Council memberships'),
      item(paths.admin.collections.list(), 'Collections'),
      // "Search settings", not "Search": beside "Case studies" (where everyone searches), a bare
      // "Search" read as a second way to find case studies.
      item(paths.admin.search(), 'Search settings'),
      item(paths.admin.licences(), 'Licences'),
      item(paths.admin.import(), 'Import'),
    )
  // A council's members page lies under /councils too: only the most specific item is current.
  const current = items.filter(entry => entry.active).sort((a, b) => b.href.length - a.href.length)[0]
  return items.map(entry => ({ ...entry, active: entry === current }))
}
