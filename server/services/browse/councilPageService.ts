import type { CouncilData } from '../../data/councilRepository'
import { NotFoundError } from '../../errors/httpError'
import { unlessSearchUnavailable } from '../../errors/searchUnavailableError'
import type { CouncilService } from '../councilService'
import type { Adaptation, BrowsePage, BrowseService } from '../search/browseService'
import { filterCouncils, regionsOf, type CouncilDirectory, type CouncilFilters } from './councilDirectory'

/** The newest case studies from a council's neighbours shown on its page; search lists the rest. */
const NEIGHBOUR_CASE_STUDIES = 10

export type CouncilPage = {
  council: CouncilData
  /** Its ONS statistical neighbours ("everything" list), most similar first. */
  neighbours: CouncilData[]
  /** How many councils have a deprivation rank: the rank's scale. */
  deprivationRanked: number
  /** Undefined while the search index is being rebuilt: the profile still shows. */
  caseStudies: BrowsePage | undefined
  adaptations: Adaptation[] | undefined
  neighbourCaseStudies: BrowsePage | undefined
}

export function createCouncilPageService(councils: CouncilService, browse: BrowseService) {
  return {
    /** One page of the councils that match; the page and the API list differ only in page size. */
    async directory(filters: CouncilFilters, pageSize?: number): Promise<CouncilDirectory> {
      return filterCouncils(await councils.all(), filters, pageSize)
    },

    /** Every region a council is in, for checking a filter. */
    regions: async () => regionsOf(await councils.all()),

    /** The council's public page; a page of its case studies past the last is not found. */
    async page(slug: string, page: number): Promise<CouncilPage> {
      const council = await councils.getBySlug(slug)
      const all = await councils.all()
      const byCode = new Map(all.map(candidate => [candidate.gssCode, candidate]))
      const neighbours = (council.neighbours?.global ?? [])
        .map(code => byCode.get(code))
        .filter((found): found is CouncilData => Boolean(found))
      // Case studies only fill the page: while the index is rebuilt, it shows without them.
      const [caseStudies, adaptations, neighbourCaseStudies] = await Promise.all([
        unlessSearchUnavailable(browse.byCouncils([council.gssCode], page), undefined),
        unlessSearchUnavailable(browse.adaptationsBy(council.gssCode), undefined),
        unlessSearchUnavailable(
          browse.byCouncils(
            neighbours.map(neighbour => neighbour.gssCode),
            1,
            NEIGHBOUR_CASE_STUDIES,
          ),
          undefined,
        ),
      ])
      if (caseStudies && page > caseStudies.pageCount) throw new NotFoundError()
      return {
        council,
        neighbours,
        deprivationRanked: all.filter(candidate => typeof candidate.deprivationRank === 'number').length,
        caseStudies,
        adaptations,
        neighbourCaseStudies,
      }
    },
  }
}

export type CouncilPageService = ReturnType<typeof createCouncilPageService>
