import { COUNCIL_TYPES, NATIONS, NEIGHBOUR_KINDS } from '../../../models/councilTypes'
import { API_MAX_PAGE, MAX_VALUE_CHARS } from '../../forms/apiQueryForm'
import { MAX_VALUES_PER_FACET } from '../../forms/searchForm'
import { paths } from '../../paths'
import { FACETS, SORTS, type FacetName } from '../../search/searchTypes'
import { FACET_OPTIONS } from '../facetOptions'
import { ref, schemas } from './openApiSchemas'

// The OpenAPI 3.1 description of /api/v1, served as /api/v1/openapi.json. The API tests validate
// every response they get against it, so it cannot drift from what the API sends.

type Parameter = Record<string, unknown>

const query = (name: string, schema: Record<string, unknown>, description: string): Parameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
})

const page = query('page', { type: 'integer', minimum: 1, maximum: API_MAX_PAGE, default: 1 }, 'The page to show.')

// Facets without a fixed list (region, year published) take any value of their form.
const FREE_FACETS: Partial<Record<FacetName, Record<string, unknown>>> = {
  region: { type: 'string', maxLength: 60 },
  yearPublished: { type: 'string', pattern: '^20[0-9]{2}$' },
}

const facetParameter = (facet: FacetName): Parameter => ({
  ...query(
    facet,
    {
      type: 'array',
      maxItems: MAX_VALUES_PER_FACET,
      items: FREE_FACETS[facet] ?? { type: 'string', enum: FACET_OPTIONS[facet].order },
    },
    `${FACET_OPTIONS[facet].legend}: repeat the parameter for several values, any of which may match.`,
  ),
  style: 'form',
  explode: true,
})

const searchParameters: Parameter[] = [
  query('q', { type: 'string', maxLength: MAX_VALUE_CHARS }, 'Words to search for; "quoted phrases" must match.'),
  ...FACETS.map(facetParameter),
  query('sort', { type: 'string', enum: [...SORTS], default: 'relevance' }, 'The order of the results.'),
  page,
  query('like', { type: 'string' }, 'A council (its slug) whose statistical neighbours to favour or filter by.'),
  query('likeMode', { type: 'string', enum: ['filter', 'boost'] }, 'Only their case studies, or theirs first.'),
  query('likeBy', { type: 'string', enum: [...NEIGHBOUR_KINDS], default: 'global' }, 'Which ONS neighbour list.'),
  query('asTyped', { type: 'string', enum: ['0', '1'] }, '1: search the words as typed, without correcting them.'),
]

const headers = {
  ETag: { description: 'A weak hash of the body: send it back in If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string', const: 'public, max-age=60' } },
  'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
}
const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } })
const ok = (schema: string, description: string) => ({ description, headers, content: json(ref(schema)) })
const error = (description: string) => ({ description, content: json(ref('Error')) })

const responses = (schema: string, description: string, extra: Record<string, unknown> = {}) => ({
  200: ok(schema, description),
  304: { description: 'Not modified: the If-None-Match ETag still holds.' },
  400: error('A parameter is unknown, repeated or not allowed; each error names it.'),
  ...extra,
  503: error('The store or the search index is unavailable for now; try again after Retry-After seconds.'),
})
const notFound = { 404: error('Nothing published has that name.') }

const get = (operationId: string, summary: string, parameters: Parameter[], answers: Record<string, unknown>) => ({
  get: { operationId, summary, parameters, responses: answers },
})
const pathParameter = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Practice Exchange API',
    version: '1.0.0',
    summary: 'Read-only access to the published case studies, councils and themes of Practice Exchange.',
    description:
      'Public data only: published case studies (never drafts, never contact details), council reference data ' +
      'and themes. No key is needed; answers may be cached for 60 seconds. Each case study states its own licence ' +
      '(Open Government Licence v3.0 by default). Only GET, HEAD and OPTIONS are answered; other methods get 405.',
  },
  servers: [{ url: '/' }],
  paths: {
    [paths.api.root()]: get('getIndex', 'Where everything is', [], responses('ApiIndex', 'Links to each endpoint')),
    [paths.api.caseStudies()]: get(
      'searchCaseStudies',
      'Search published case studies, with the search page’s parameters and facets',
      searchParameters,
      responses('SearchResults', 'One page of results, 20 to a page'),
    ),
    [`${paths.api.caseStudies()}/{slug}`]: {
      parameters: [pathParameter('slug', 'The case study’s slug; an old slug redirects to the current one.')],
      ...get(
        'getCaseStudy',
        'One published case study, every public section',
        [],
        responses('CaseStudy', 'The published case study', {
          301: {
            description: 'The case study has a new slug.',
            headers: { Location: { schema: { type: 'string' } } },
          },
          ...notFound,
        }),
      ),
    },
    [paths.api.councils()]: get(
      'listCouncils',
      'UK councils, by name',
      [
        query('q', { type: 'string', maxLength: MAX_VALUE_CHARS }, 'Words the council’s name holds.'),
        query('nation', { type: 'string', enum: [...NATIONS] }, 'Only councils in this nation.'),
        query('region', { type: 'string' }, 'Only councils in this region.'),
        query('type', { type: 'string', enum: Object.keys(COUNCIL_TYPES) }, 'Only councils of this type.'),
        page,
      ],
      responses('CouncilList', 'One page of councils, 50 to a page'),
    ),
    [`${paths.api.councils()}/{code}`]: {
      parameters: [pathParameter('code', 'The council’s ONS GSS code, such as E08000035.')],
      ...get(
        'getCouncil',
        'A council and the counts of its published case studies',
        [],
        responses('Council', 'The council', notFound),
      ),
    },
    [paths.api.themes()]: get(
      'listThemes',
      'Every theme, with its published count',
      [],
      responses('ThemeList', 'The themes'),
    ),
    [paths.api.collections()]: get(
      'listCollections',
      'Every curated collection, the featured list first, each with its case studies in order',
      [],
      responses('CollectionList', 'The collections'),
    ),
    [`${paths.api.collections()}/{slug}`]: {
      parameters: [pathParameter('slug', 'The collection’s address, such as featured.')],
      ...get(
        'getCollection',
        'One collection with its case studies in order',
        [],
        responses('Collection', 'The collection', notFound),
      ),
    },
    [paths.api.openApi()]: get('getOpenApi', 'This document', [], {
      200: { description: 'The OpenAPI 3.1 document', content: json({ type: 'object' }) },
    }),
  },
  components: { schemas },
}
