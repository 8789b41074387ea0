import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  FIELD_LABELS,
  fieldLabel,
  SECTION_TITLES,
  STORED_LICENCES,
  STAGES,
  THEMES,
  labelOf,
} from '../../models/vocabulary'
import type { PublicCaseStudy, PublicContent } from '../services/caseStudies/caseStudyReadService'
import { councilLink, themeLinks } from './browse/caseStudyCards'
import { formatDate } from './formatDate'
import { presentFiles } from './documentFilePresenter'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** "2023-04" → "April 2023". */
export const monthYear = (value: string) => {
  const [year, month] = value.split('-')
  return year && month ? `${MONTHS[Number(month) - 1]} ${year}` : ''
}

/**
 * Long text is plain text: paragraphs split on blank lines, lines kept. Nothing is interpreted as
 * HTML or Markdown; the view escapes every line.
 */
export const paragraphs = (text: string): string[][] =>
  text
    .split(/\n\s*\n/)
    .map(paragraph =>
      paragraph
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean),
    )
    .filter(lines => lines.length > 0)

/** The resources listed under their section's heading, after the budget band, in task-list order. */
const RESOURCE_ROWS = [
  'oneOffCost',
  'recurringCost',
  'staffTime',
  'skills',
  'technology',
  'partners',
  'timeToFirstResults',
] as const satisfies (keyof PublicContent['resources'])[]

/**
 * The public page's view model. Headings and names come from the vocabulary (`labels`,
 * `sectionTitles`), so the page names each part as the task list, the history and the codebook do. Contacts are
 * there only when the service gave them (the viewer may see them).
 */
export function presentCaseStudy(view: PublicCaseStudy) {
  const content: PublicContent = view.content
  const resources = content.resources
  return {
    labels: FIELD_LABELS,
    sectionTitles: SECTION_TITLES,
    title: content.title,
    slug: view.slug,
    councilName: view.councilName,
    council: councilLink(view.councilName, view.councilSlug),
    summary: content.summary,
    stage: labelOf(STAGES, content.stage),
    themes: content.themes.map(theme => labelOf(THEMES, theme)),
    themeLinks: themeLinks(content.themes),
    tags: content.tags,
    partners: content.partners,
    dates: [
      content.startDate ? `Started ${monthYear(content.startDate)}` : '',
      content.endDate ? `ended ${monthYear(content.endDate)}` : '',
    ]
      .filter(Boolean)
      .join(', '),
    evidence: {
      label: labelOf(EVIDENCE_LEVELS, view.evidence.level),
      confirmed: view.evidence.confirmed,
      reason: paragraphs(content.evidenceReason),
    },
    budgetBand: labelOf(BUDGET_BANDS, resources.budgetBand),
    problem: paragraphs(content.problem),
    whatTheyDid: paragraphs(content.whatTheyDid),
    context: paragraphs(content.context),
    barriers: content.barriers.map(item => ({
      category: labelOf(BARRIER_CATEGORIES, item.category),
      description: paragraphs(item.description),
    })),
    enablers: content.enablers.map(item => ({
      category: labelOf(ENABLER_CATEGORIES, item.category),
      description: paragraphs(item.description),
    })),
    resources: RESOURCE_ROWS.map(key => [fieldLabel(`resources.${key}`), resources[key]]).filter(
      ([, value]) => value,
    ) as [string, string][],
    outcomes: paragraphs(content.outcomes),
    evaluations: content.evaluations,
    costsAndSavings: paragraphs(content.costsAndSavings),
    lessons: paragraphs(content.lessons),
    documents: content.documents.map(document => ({
      ...document,
      licence: labelOf(STORED_LICENCES, document.licence),
      licenceUrl: STORED_LICENCES[document.licence]?.url,
    })),
    files: presentFiles(content.files),
    contacts: view.contacts,
    adaptedFrom: view.adaptedFrom,
    adaptedFromExternal: content.adaptedFrom.externalName
      ? { name: content.adaptedFrom.externalName, url: content.adaptedFrom.externalUrl }
      : undefined,
    whatChanged: paragraphs(content.adaptedFrom.whatChanged),
    adaptedBy: view.adaptedBy,
    licence: labelOf(STORED_LICENCES, content.licence),
    licenceUrl: STORED_LICENCES[content.licence]?.url,
    publishedOn: formatDate(view.firstPublishedAt),
    updatedOn:
      view.publishedAt && view.firstPublishedAt && view.publishedAt.getTime() !== view.firstPublishedAt.getTime()
        ? formatDate(view.publishedAt)
        : '',
  }
}
