import { paths } from '../paths'
import { mayFollow, type MaybeUser } from '../services/authorisation'
import { searchUrl, type SearchState } from './searchUrl'

/**
 * The "Save" form on a case study page: for those who may save, whether it is saved and where to
 * post; a sign-in link for visitors. Undefined for signed-in users who may not save (unconfirmed).
 */
export function presentSaveCaseStudy(caseStudyId: string, slug: string, user: MaybeUser, saved: boolean) {
  if (!user) return { signInHref: paths.auth.signIn(paths.caseStudies.show(slug)) }
  if (!mayFollow(user)) return undefined
  return {
    caseStudyId,
    slug,
    saved,
    action: saved ? paths.follow.removeCaseStudy(caseStudyId) : paths.follow.saveCaseStudy(),
    savedHref: paths.account.saved(),
  }
}

/** The "Save this search" form beside the result count: the search's own query string, first page. */
export function saveSearchForm(state: SearchState, user: MaybeUser) {
  if (!mayFollow(user)) return undefined
  const url = searchUrl({ ...state, page: 1, asTyped: false })
  return { action: paths.follow.saveSearch(), query: url.slice(paths.caseStudies.list().length + 1) }
}
