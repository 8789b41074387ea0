import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  STORED_LICENCES,
  STAGES,
  THEMES,
  keysOf,
} from '../../../models/vocabulary'
import { COUNCIL_TYPES, NATIONS, NEIGHBOUR_KINDS, RURAL_URBAN_CLASSES } from '../../../models/councilTypes'
import { FACETS, SORTS } from '../../search/searchTypes'

// JSON Schema 2020-12 (what OpenAPI 3.1 uses) for every response body. Every object lists all its
// properties as required and allows no others, so a field the presenters add without saying so
// here (contacts above all) fails the API tests. Enums are read from the controlled lists.

type Schema = Record<string, unknown>

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })
const text: Schema = { type: 'string' }
const textList: Schema = { type: 'array', items: text }
const count: Schema = { type: 'integer', minimum: 0 }
const dateTime: Schema = { type: 'string', format: 'date-time' }
const link: Schema = { type: 'string', format: 'uri-reference' }
const month: Schema = { type: ['string', 'null'], pattern: '^[0-9]{4}-[0-9]{2}$' }

/** An object whose every property is required and which has no others. */
export const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
})

const links = (...names: string[]) =>
  object(Object.fromEntries(names.map(name => [name, name === 'prev' || name === 'next' ? nullable(link) : link])))

/** A value of a controlled list: its code (as in query parameters) and its label. */
const coded = (codes: readonly string[], description: string) =>
  object({ code: { type: 'string', enum: [...codes] }, label: text }, description)

const category = (list: string) => object({ category: nullable(ref(list)), description: text })

const paged = (items: Schema, linkNames: string[]) => ({
  total: count,
  page: { type: 'integer', minimum: 1 },
  pageCount: { type: 'integer', minimum: 1 },
  pageSize: { type: 'integer', minimum: 1 },
  items: { type: 'array', items },
  links: links(...linkNames),
})

const councilSummary = {
  code: { type: 'string', description: 'ONS GSS code' },
  slug: text,
  name: text,
  type: ref('CouncilType'),
  nation: { type: 'string', enum: [...NATIONS] },
  region: text,
  links: links('self'),
}
const valueCounts = { type: 'array', items: object({ code: text, label: text, count }) }

export const schemas: Record<string, Schema> = {
  Error: object(
    {
      status: { type: 'integer', minimum: 400, maximum: 599 },
      errors: {
        type: 'array',
        minItems: 1,
        items: object({ field: { type: ['string', 'null'] }, message: text }),
      },
    },
    'Every 4xx and 5xx answer under /api. `field` names the query parameter at fault, or is null.',
  ),
  Theme: coded(keysOf(THEMES), 'A theme'),
  Stage: coded(keysOf(STAGES), 'A stage'),
  EvidenceLevel: coded(keysOf(EVIDENCE_LEVELS), 'A level on the Nesta Standards of Evidence'),
  BudgetBand: coded(keysOf(BUDGET_BANDS), 'A budget band'),
  BarrierCategory: coded(keysOf(BARRIER_CATEGORIES), 'A barrier category'),
  EnablerCategory: coded(keysOf(ENABLER_CATEGORIES), 'An enabler category'),
  CouncilType: coded(Object.keys(COUNCIL_TYPES), 'A council type'),
  Licence: object(
    { code: { type: 'string', enum: keysOf(STORED_LICENCES) }, label: text, url: nullable(link) },
    'A licence, open or retired (records from before only open licences were offered keep theirs)',
  ),
  CouncilRef: object({ code: text, name: text, links: links('self') }),
  CaseStudyLink: object({ slug: text, title: text, councilName: text, links: links('self', 'html') }),
  CaseStudy: object({
    id: text,
    slug: text,
    title: text,
    summary: text,
    council: ref('CouncilRef'),
    partners: textList,
    themes: { type: 'array', items: ref('Theme') },
    tags: textList,
    stage: nullable(ref('Stage')),
    startDate: month,
    endDate: month,
    problem: text,
    whatTheyDid: text,
    context: text,
    barriers: { type: 'array', items: category('BarrierCategory') },
    enablers: { type: 'array', items: category('EnablerCategory') },
    resources: object({
      budgetBand: nullable(ref('BudgetBand')),
      ...Object.fromEntries(
        ['oneOffCost', 'recurringCost', 'staffTime', 'skills', 'technology', 'partners', 'timeToFirstResults'].map(
          name => [name, text],
        ),
      ),
    }),
    outcomes: text,
    evidence: object({
      level: nullable(ref('EvidenceLevel')),
      confirmedByCurator: { type: 'boolean' },
      reason: text,
      evaluations: { type: 'array', items: object({ title: text, url: text }) },
    }),
    costsAndSavings: text,
    lessons: text,
    documents: { type: 'array', items: object({ title: text, url: text, licence: nullable(ref('Licence')) }) },
    adaptedFrom: nullable(
      object({
        caseStudy: nullable(ref('CaseStudyLink')),
        external: nullable(object({ name: text, url: nullable(text) })),
        whatChanged: text,
      }),
    ),
    adaptedBy: { type: 'array', items: ref('CaseStudyLink') },
    licence: nullable(ref('Licence')),
    firstPublishedAt: nullable(dateTime),
    publishedAt: nullable(dateTime),
    links: links('self', 'html'),
  }),
  CaseStudySummary: object({
    id: text,
    slug: text,
    title: text,
    summary: text,
    snippet: {
      type: 'array',
      description: 'The best matching passage, in runs of text; `match` marks the words that matched the query.',
      items: object({ text, match: { type: 'boolean' } }),
    },
    council: ref('CouncilRef'),
    themes: { type: 'array', items: ref('Theme') },
    evidenceLevel: nullable(ref('EvidenceLevel')),
    stage: nullable(ref('Stage')),
    adaptedCount: count,
    publishedAt: dateTime,
    updatedAt: dateTime,
    likeMine: { type: 'boolean', description: 'From the council asked for with `like` or one of its neighbours.' },
    links: links('self', 'html'),
  }),
  FacetCounts: object(
    Object.fromEntries(
      FACETS.map(facet => [
        facet,
        object({
          label: text,
          values: {
            type: 'array',
            items: object({ code: text, label: text, count, selected: { type: 'boolean' } }),
          },
        }),
      ]),
    ),
    "Per facet, each value's count: the results that ticking it would add (a facet's own filter is left out).",
  ),
  SearchResults: object({
    ...paged(ref('CaseStudySummary'), ['self', 'first', 'last', 'prev', 'next', 'html']),
    query: object({
      q: text,
      filters: {
        type: 'object',
        propertyNames: { enum: [...FACETS] },
        additionalProperties: textList,
      },
      sort: { type: 'string', enum: [...SORTS] },
      like: { type: ['string', 'null'] },
      likeMode: { type: ['string', 'null'], enum: ['filter', 'boost', null] },
      likeBy: { type: 'string', enum: [...NEIGHBOUR_KINDS] },
      asTyped: { type: 'boolean' },
    }),
    facets: ref('FacetCounts'),
    suggestion: {
      type: ['string', 'null'],
      description:
        'A close spelling that finds something: when `q` found nothing (see `correctedFrom`), or when some of its words are in no case study in any form.',
    },
    correctedFrom: {
      type: ['string', 'null'],
      description: 'Set when `q` found nothing and these are the results for `suggestion` instead.',
    },
    truncated: { type: 'boolean' },
    likeCouncil: nullable(
      object({ code: text, name: text, neighbours: { type: 'array', items: object({ code: text, name: text }) } }),
    ),
  }),
  CouncilSummary: object(councilSummary),
  CouncilList: object(paged(ref('CouncilSummary'), ['self', 'first', 'last', 'prev', 'next'])),
  Council: object({
    ...councilSummary,
    population: nullable(count),
    populationYear: nullable({ type: 'integer' }),
    deprivationRank: nullable({ type: 'integer', minimum: 1 }),
    ruralUrban: { type: ['string', 'null'], enum: [...RURAL_URBAN_CLASSES, null] },
    website: nullable({ type: 'string', format: 'uri' }),
    similarCouncils: object(
      Object.fromEntries(NEIGHBOUR_KINDS.map(kind => [kind, textList])),
      'The ONS similar-area lists: GSS codes, most similar first.',
    ),
    caseStudies: object({ published: count, themes: valueCounts, stages: valueCounts, evidenceLevels: valueCounts }),
  }),
  ThemeList: object({
    items: {
      type: 'array',
      items: object({
        code: { type: 'string', enum: keysOf(THEMES) },
        label: text,
        published: count,
        links: links('caseStudies'),
      }),
    },
  }),
  CollectionCaseStudy: object({
    slug: text,
    title: text,
    summary: text,
    council: ref('CouncilRef'),
    themes: { type: 'array', items: ref('Theme') },
    links: links('self', 'html'),
  }),
  Collection: object(
    {
      slug: text,
      title: text,
      description: text,
      featured: { type: 'boolean', description: 'The list featured on the home page' },
      links: links('self', 'html'),
      caseStudies: { type: 'array', items: ref('CollectionCaseStudy'), description: 'In the curated order' },
    },
    'A list of case studies curated by the network’s admins; only published case studies are listed',
  ),
  CollectionList: object({ items: { type: 'array', items: ref('Collection') } }),
  ApiIndex: object({
    version: text,
    links: links('caseStudies', 'councils', 'themes', 'collections', 'openApi', 'documentation'),
  }),
}
