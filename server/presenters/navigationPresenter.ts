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
  if (!user) return [item(paths.auth.signIn(), 'Sign in'), item(paths.auth.createAccount(), 'Create an account')]
  const items = [item(paths.account.show(), 'Your account')]
  if (user.council?.isAdmin) items.push(item(paths.councils.members(user.council.slug), 'Council members'))
  if (user.isNetworkAdmin) items.push(item(paths.admin.users(), 'Users'))
  return items
}
