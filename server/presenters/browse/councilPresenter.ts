import { FACET_LEGENDS } from '../../../models/vocabulary'
import { COUNCIL_TYPES } from '../../../models/councilTypes'
import type { CouncilData } from '../../data/councilRepository'
import { paths } from '../../paths'
import type { CouncilPage } from '../../services/browse/councilPageService'
import { govukPagination } from '../pagination'
import { councilLink, councilSlugs, documentCards } from './caseStudyCards'

// Where each fact on a council's profile comes from, and of when (models/reference-data/README.md
// and /about-the-data record the sources and licences in full).
const SOURCES = {
  register: 'mySociety, UK local authority names and codes (2025)',
  population: (year: number) => `Office for National Statistics, mid-${year} population estimate (via mySociety)`,
  deprivation: 'Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2025',
  ruralUrban: 'mySociety, UK composite rural-urban classification (2025)',
}

const count = (value: number) => value.toLocaleString('en-GB')
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`

/** Rank 1 is the most deprived; decile 1 holds the most deprived tenth of the ranked councils. */
export const deprivationDecile = (rank: number, ranked: number) => Math.min(10, Math.ceil((rank / ranked) * 10))

function deprivation(council: CouncilData, ranked: number): string {
  const rank = council.deprivationRank
  if (typeof rank !== 'number' || ranked === 0)
    return 'Not available: ranked only for English district and unitary councils, as the four nations’ indices cannot be compared'
  return `Decile ${deprivationDecile(rank, ranked)} of 10, where decile 1 is the most deprived (ranked ${count(rank)} of ${count(ranked)})`
}

/** The profile: each fact with its source and year. */
export function profileRows(council: CouncilData, deprivationRanked: number) {
  const population = council.population
  return [
    {
      key: 'Type',
      value: COUNCIL_TYPES[council.type as keyof typeof COUNCIL_TYPES] ?? council.type,
      source: SOURCES.register,
    },
    { key: FACET_LEGENDS.nation, value: council.nation, source: SOURCES.register },
    { key: FACET_LEGENDS.region, value: council.region, source: SOURCES.register },
    {
      key: FACET_LEGENDS.populationBand,
      value: typeof population === 'number' ? count(population) : 'Not known',
      source: SOURCES.population(council.populationYear ?? 2020),
    },
    { key: 'Deprivation', value: deprivation(council, deprivationRanked), source: SOURCES.deprivation },
    { key: FACET_LEGENDS.ruralUrban, value: council.ruralUrban ?? 'Not known', source: SOURCES.ruralUrban },
  ]
}

/** The council page's view model; `all` gives the other councils' addresses. */
export function presentCouncilPage(view: CouncilPage, all: CouncilData[]) {
  const { council } = view
  const slugOf = councilSlugs(all)
  const caseStudies = view.caseStudies
  return {
    name: council.name,
    profile: profileRows(council, view.deprivationRanked),
    sourcesHref: paths.aboutTheData(),
    caseStudies: caseStudies && {
      heading: `${plural(caseStudies.total, 'case study', 'case studies')} from ${council.name}`,
      cards: documentCards(caseStudies.hits, slugOf),
      pagination: govukPagination(caseStudies.page, caseStudies.pageCount, page =>
        paths.councils.show(council.slug, page),
      ),
    },
    adaptations: view.adaptations?.map(({ adaptation, original }) => ({
      title: adaptation.title,
      href: paths.caseStudies.show(adaptation.slug),
      original: original && {
        title: original.title,
        href: paths.caseStudies.show(original.slug),
        council: councilLink(original.councilName, slugOf(original.councilCode)),
      },
    })),
    neighbours: view.neighbours.map(neighbour => ({ text: neighbour.name, href: paths.councils.show(neighbour.slug) })),
    neighbourCaseStudies: view.neighbourCaseStudies && {
      total: plural(view.neighbourCaseStudies.total, 'case study', 'case studies'),
      cards: documentCards(view.neighbourCaseStudies.hits, slugOf),
      searchHref: `${paths.caseStudies.list()}?${new URLSearchParams({ like: council.slug, likeMode: 'filter', sort: 'newest' }).toString()}`,
    },
    methodHref: paths.councilsLikeMine(),
    searchUnavailable: !caseStudies,
  }
}
