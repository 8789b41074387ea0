import type { Request, Response } from 'express'
import { unlessSearchUnavailable } from '../errors/searchUnavailableError'
import { parseSearch } from '../forms/searchForm'
import { paths } from '../paths'
import { councilLink, councilSlugs } from '../presenters/browse/caseStudyCards'
import { presentCaseStudy } from '../presenters/caseStudyPresenter'
import { formatDate } from '../presenters/formatDate'
import { presentAdoptionSummary } from '../presenters/diffusion/declarationPresenter'
import { presentOpenGraph } from '../presenters/discovery/openGraphPresenter'
import { presentAskTheTeam } from '../presenters/enquiries/askTheTeamPresenter'
import { presentSearchLinks } from '../presenters/discovery/searchLinksPresenter'
import { presentVersionHistoryLink } from '../presenters/publicVersionsPresenter'
import { presentSearch } from '../presenters/searchPresenter'
import { presentSaveCaseStudy, saveSearchForm } from '../presenters/saveButtonsPresenter'
import { downloadLinks } from '../presenters/searchUrl'
import type { Services } from '../services'
import { activeCouncilOf } from '../services/authorisation'
import { countWhenServed, isPersonReading } from '../middleware/countableRequest'
import { visitorPages } from './visitorPages'

export function caseStudiesController({
  caseStudies,
  search,
  similarCaseStudies,
  councils,
  enquiries,
  declarations,
  usage,
  follows,
}: Pick<
  Services,
  'caseStudies' | 'search' | 'similarCaseStudies' | 'councils' | 'enquiries' | 'declarations' | 'usage' | 'follows'
>) {
  const kept = visitorPages()
  return {
    /** The search page: every part of the search is in the query string, so it works without JavaScript. */
    list: async (req: Request, res: Response) => {
      // A visitor's page depends only on its address and what searches read: a popular search,
      // or a shared link, is answered from the kept page until the index or the councils change.
      const inputs = kept.sharable(req, res) ? await search.freshness() : undefined
      const page = inputs && kept.find(req, inputs)
      const { params, likeSlug, notices } = parseSearch(req.query)
      // A later page of the same search, or a bot's fetch, is not another search someone typed.
      const typed = params.page === 1 && isPersonReading(req)
      if (page) {
        // Still a search someone made: the network dashboard counts it as if it had been run.
        if (typed && page.searchedWords) search.countSearch(params.text)
        return res.send(page.html)
      }
      const allCouncils = await councils.all()
      const ownCouncil = allCouncils.find(council => council.gssCode === activeCouncilOf(req.user))
      const chosen = await councils.findBySlug(likeSlug)
      if (likeSlug && !chosen) notices.push('That council was not recognised, so councils like it are not shown')
      const likeCouncil = chosen ?? (params.likeMode ? ownCouncil : undefined)
      const results = await search.search({ ...params, likeCouncil: likeCouncil?.gssCode }, req.user, typed)
      const state = { ...params, likeSlug: likeCouncil?.slug ?? '' }
      const locals = {
        pageTitle: params.text.trim()
          ? `${params.text.trim().slice(0, 80)} – Search case studies`
          : 'Search case studies',
        search: presentSearch(state, results, allCouncils, notices),
        ...presentSearchLinks(state),
        // The officer's own council is offered first, without being applied until they choose.
        likeSelected: likeCouncil?.slug ?? ownCouncil?.slug ?? '',
        downloads: downloadLinks({ ...state, text: results.correctedFrom ? results.suggestion! : state.text }),
        saveSearch: saveSearchForm(state, req.user),
      }
      // Searches that find nothing (as typed) are counted for curators on every visit: never kept.
      if (inputs && results.total > 0 && !results.correctedFrom)
        return kept.renderAndKeep(req, res, inputs, 'pages/caseStudies/search', locals, {
          searchedWords: results.searchedWords,
        })
      res.render('pages/caseStudies/search', locals)
    },

    show: async (req: Request, res: Response) => {
      // The service leaves contacts out unless this viewer may see them.
      const result = await caseStudies.publicBySlug(String(req.params.slug), req.user)
      if ('redirectTo' in result) return res.redirect(301, paths.caseStudies.show(result.redirectTo))
      // The page's other parts read different stores and do not depend on each other: asked at once.
      const [similar, allCouncils, askState, adoption, saved] = await Promise.all([
        // Similar case studies only decorate the page: while the index is rebuilt, show it without them.
        unlessSearchUnavailable(similarCaseStudies(result.id), []),
        councils.all(),
        enquiries.stateForCaseStudy(result, req.user),
        declarations.summaryFor(result.id),
        follows.isCaseStudySaved(req.user, result.id),
      ])
      const slugOf = councilSlugs(allCouncils)
      // Past the redirect, the slug asked for is the current one: the address to share and index.
      const slug = String(req.params.slug)
      // publicBySlug answered, so the case study is published: count the view once the page is sent.
      countWhenServed(req, res, () => usage.recordView(result.id))
      res.render('pages/caseStudies/show', {
        pageTitle: result.content.title,
        canonicalPath: paths.caseStudies.show(slug),
        openGraph: presentOpenGraph({ ...result, ...result.content, path: paths.caseStudies.show(slug) }),
        versionHistory: presentVersionHistoryLink(slug, result.versionCount),
        caseStudy: presentCaseStudy(result),
        lastReviewed: result.lastReviewedAt && {
          text: formatDate(result.lastReviewedAt),
          iso: result.lastReviewedAt.toISOString(),
        },
        askTheTeam: presentAskTheTeam(askState, slug),
        adoption: presentAdoptionSummary(result, adoption, {
          signedIn: Boolean(req.user),
          councilCode: activeCouncilOf(req.user),
        }),
        saveCaseStudy: presentSaveCaseStudy(result.id, slug, req.user, saved),
        similar: similar.map(document => ({
          href: paths.caseStudies.show(document.slug),
          title: document.title,
          councilName: document.councilName,
          council: councilLink(document.councilName, slugOf(document.councilCode)),
        })),
      })
    },
  }
}
