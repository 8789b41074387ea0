import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  STORED_LICENCES,
  STAGES,
  THEMES,
  labelOf,
  type CategoryItem,
} from '../../../models/vocabulary'
import { paths } from '../../paths'
import type { CaseStudyLink, PublicCaseStudy } from '../../services/caseStudies/caseStudyReadService'

/** A value from a controlled list: its stable code (as in query parameters) and what people read. */
export type Coded = { code: string; label: string }

/** The code with its label, or null when nothing was chosen (or the code is no longer listed). */
export function coded(list: Record<string, { label: string }>, code: string | null | undefined): Coded | null {
  const label = labelOf(list, code)
  return code && label ? { code, label } : null
}

/** A licence with the address of its text; null when none was given. */
export const licenceOf = (code: string) => {
  const licence = coded(STORED_LICENCES, code)
  return licence && { ...licence, url: STORED_LICENCES[code]?.url ?? null }
}

const categories = (list: Record<string, { label: string }>, items: CategoryItem[]) =>
  items.map(item => ({ category: coded(list, item.category), description: item.description }))

export const caseStudyLink = (link: CaseStudyLink) => ({
  slug: link.slug,
  title: link.title,
  councilName: link.councilName,
  links: { self: paths.api.caseStudy(link.slug), html: paths.caseStudies.show(link.slug) },
})

/**
 * A case study as the API gives it: every public section. The type leaves out `contacts` so this
 * presenter cannot reach them even if a caller passed a view that held them.
 */
export function presentCaseStudyForApi(view: Omit<PublicCaseStudy, 'contacts'>) {
  const { content } = view
  const { adaptedFrom } = content
  const { budgetBand, ...resources } = content.resources
  return {
    id: view.id,
    slug: view.slug,
    title: content.title,
    summary: content.summary,
    council: { code: view.councilCode, name: view.councilName, links: { self: paths.api.council(view.councilCode) } },
    partners: content.partners,
    themes: content.themes.flatMap(theme => coded(THEMES, theme) ?? []),
    tags: content.tags,
    stage: coded(STAGES, content.stage),
    startDate: content.startDate || null,
    endDate: content.endDate || null,
    problem: content.problem,
    whatTheyDid: content.whatTheyDid,
    context: content.context,
    barriers: categories(BARRIER_CATEGORIES, content.barriers),
    enablers: categories(ENABLER_CATEGORIES, content.enablers),
    resources: { budgetBand: coded(BUDGET_BANDS, budgetBand), ...resources },
    outcomes: content.outcomes,
    evidence: {
      level: coded(EVIDENCE_LEVELS, view.evidence.level),
      confirmedByCurator: view.evidence.confirmed,
      reason: content.evidenceReason,
      evaluations: content.evaluations.map(({ title, url }) => ({ title, url })),
    },
    costsAndSavings: content.costsAndSavings,
    lessons: content.lessons,
    documents: content.documents.map(({ title, url, licence }) => ({ title, url, licence: licenceOf(licence) })),
    adaptedFrom:
      view.adaptedFrom || adaptedFrom.externalName || adaptedFrom.whatChanged
        ? {
            caseStudy: view.adaptedFrom ? caseStudyLink(view.adaptedFrom) : null,
            external: adaptedFrom.externalName
              ? { name: adaptedFrom.externalName, url: adaptedFrom.externalUrl || null }
              : null,
            whatChanged: adaptedFrom.whatChanged,
          }
        : null,
    adaptedBy: view.adaptedBy.map(caseStudyLink),
    licence: licenceOf(content.licence),
    firstPublishedAt: view.firstPublishedAt?.toISOString() ?? null,
    publishedAt: view.publishedAt?.toISOString() ?? null,
    links: { self: paths.api.caseStudy(view.slug), html: paths.caseStudies.show(view.slug) },
  }
}
