import type {
  EnqueuedTask,
  Index,
  IndexObject,
  IndexSwap,
  Meilisearch,
  MultiSearchParams,
  MultiSearchQuery,
  Settings,
  WaitOptions,
} from 'meilisearch' with {
  'resolution-mode': 'import',
}
import {
  FACETS,
  emptyFacetCounts,
  type EngineStatus,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type DocumentBatches,
  type SearchResponse,
  type Synonyms,
} from '../searchTypes'
import { BUILD_WAIT, WRITE_WAIT, createClient, hasErrorCode, settle, succeeded } from './meiliClient'
import { chunks, fromMeiliDocument, isMeiliId, toMeiliDocument, type MeiliDocument } from './meiliDocuments'
import { filteredFacets, idsFilter, pageWindow, searchFilter, sortFor } from './meiliFilters'
import { queryString } from './meiliQuery'
import { featuresOf, indexSettings, sameSynonyms, settingsPatch, synonymMap, type MeiliFeatures } from './meiliSettings'

export type MeiliSearchOptions = { url: string; apiKey?: string; indexName?: string }

/** When and from what the index was last rebuilt, kept as the one document of a small side index. */
type BuildRecord = { id: 'build'; source: string; builtAt: string }

// Documents per request: one request (one task) for many documents, never one each. 1,000 case
// studies of ~2.6 KB are ~3 MB, and even 1,000 of 100 KB stay below Meilisearch's default payload
// limit of 100 MB (documentation: configuration, "Payload limit size"). Consecutive additions to one
// index are indexed together by Meilisearch's auto-batching, so smaller requests cost no more.
const BATCH = 1_000
const FREQUENCY_TTL_MS = 60_000
// Ids per delete request (POST /indexes/:uid/documents/delete-batch), one task each.
const IDS_PER_DELETE = 10_000
// Ids per filtered fetch, keeping filter strings a sensible size.
const IDS_PER_FETCH = 500
// Ids per page when listing every match: only `id` comes back, so a page is small.
const IDS_PER_PAGE = 1_000
const nonEmpty = (conditions: string[]) => (conditions.length > 0 ? conditions : undefined)

/**
 * The production engine: a Meilisearch index holding the same documents as the embedded engine and
 * answering the same requests with the same hits, totals and disjunctive facet counts. Text is
 * analysed before it arrives (analyzer.ts), so Meilisearch matches stems; index settings are in
 * meiliSettings.ts and filter, sort and paging rules in meiliFilters.ts.
 *
 * Where Meilisearch's own matching differs and no setting closes the gap (from its documentation):
 * a typo on a word's first letter counts as two; typos are spared only on pure numbers (1.15+),
 * not on every term with a digit; it may split or join query words (ngrams); synonyms are looked up
 * for runs of at most three query words; filters compare facet values case-insensitively; relevance
 * is ranked by rules rather than BM25, so only the order of equally relevant hits is shared.
 */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  private readonly url: string
  private readonly apiKey: string | undefined
  private readonly indexName: string
  private client: Meilisearch | undefined
  private features: MeiliFeatures | undefined
  private readonly frequencyCache = new Map<string, { count: number; until: number }>()

  constructor(options: MeiliSearchOptions) {
    this.url = options.url
    this.apiKey = options.apiKey
    this.indexName = options.indexName ?? 'case-studies'
  }

  private get meili(): Meilisearch {
    if (!this.client) throw new Error('The Meilisearch search engine is not open')
    return this.client
  }

  private get index(): Index<MeiliDocument> {
    return this.meili.index<MeiliDocument>(this.indexName)
  }

  private get meta(): Index<BuildRecord> {
    return this.meili.index<BuildRecord>(`${this.indexName}-meta`)
  }

  async open(): Promise<void> {
    const client = await createClient(this.url, this.apiKey)
    const features = featuresOf((await client.getVersion()).pkgVersion)
    this.client = client
    this.features = features
    await this.prepareIndex(this.indexName, features)
  }

  /**
   * Creates the index if missing and brings its settings up to date, changing nothing already
   * right. It asks first (GET /indexes/:uid) rather than creating and ignoring index_already_exists:
   * every create is a task, and one that fails on each start fills the task list with failures.
   */
  private async prepareIndex(uid: string, features: MeiliFeatures, synonyms?: Settings['synonyms']): Promise<void> {
    let info = await this.rawIndex(uid)
    if (!info) {
      try {
        await settle(this.meili.createIndex(uid, { primaryKey: 'id' }))
      } catch (error) {
        // Another process (a second app instance) created it in between.
        if (!hasErrorCode(error, 'index_already_exists')) throw error
      }
      info = await this.meili.getRawIndex(uid)
    }
    if (info.primaryKey === undefined || info.primaryKey === null) {
      await settle(this.meili.updateIndex(uid, { primaryKey: 'id' }))
    } else if (info.primaryKey !== 'id') {
      throw new Error(`Meilisearch index ${uid} has primary key ${info.primaryKey}, not id`)
    }
    const index = this.meili.index(uid)
    const current = await index.getSettings()
    const desired: Settings = { ...indexSettings(features), ...(synonyms && { synonyms }) }
    const patch = settingsPatch(desired, current)
    if (Object.keys(patch).length > 0) await settle(index.updateSettings(patch), BUILD_WAIT)
  }

  /** The index's description, or undefined when there is no such index. */
  private async rawIndex(uid: string): Promise<IndexObject | undefined> {
    try {
      return await this.meili.getRawIndex(uid)
    } catch (error) {
      if (hasErrorCode(error, 'index_not_found')) return undefined
      throw error
    }
  }

  close(): Promise<void> {
    return Promise.resolve()
  }

  /**
   * Builds the new documents in a second index and swaps the two atomically, so searches see the
   * old index or the new one, never a half-built one. Writes made to the old index meanwhile are
   * lost with it; reindexing is an operator's job, not something done under live edits. The build
   * index is deleted whether the build succeeds (it then holds the old documents) or fails, and
   * one left by a killed build is deleted before the next.
   */
  async replaceAll(batches: DocumentBatches, source: string): Promise<void> {
    if (!this.features) throw new Error('The Meilisearch search engine is not open')
    const next = this.buildIndexName
    await this.deleteIndex(next)
    try {
      await this.prepareIndex(next, this.features, await this.index.getSynonyms())
      // Every batch is enqueued as it is read and all are awaited at the end, so Meilisearch can
      // index them together rather than one batch per round trip.
      const building = this.meili.index<MeiliDocument>(next)
      const enqueued: EnqueuedTask[] = []
      for await (const documents of batches) enqueued.push(...(await this.enqueue(building, documents)))
      await this.waitFor(enqueued, BUILD_WAIT)
      // `rename` (1.18+) is left out: its default (false) swaps, and older servers reject the field.
      await settle(this.meili.swapIndexes([{ indexes: [this.indexName, next] } as IndexSwap]), BUILD_WAIT)
    } catch (error) {
      // The build's own failure is the one to report, not a failed clean-up after it.
      await this.deleteIndex(next).catch(() => undefined)
      throw error
    }
    await this.deleteIndex(next)
    const record: BuildRecord = { id: 'build', source, builtAt: new Date().toISOString() }
    await settle(this.meta.addDocuments([record], { primaryKey: 'id' }))
  }

  private get buildIndexName(): string {
    return `${this.indexName}-next`
  }

  /** Deletes an index if it exists (asking first, so no failed task is left when it does not). */
  private async deleteIndex(uid: string): Promise<void> {
    if (!(await this.rawIndex(uid))) return
    try {
      await settle(this.meili.deleteIndex(uid))
    } catch (error) {
      if (!hasErrorCode(error, 'index_not_found')) throw error
    }
  }

  /**
   * Deletes this engine's indexes: its documents, its build record and any build index. For tests
   * and throwaway indexes, which must leave nothing behind on a shared server.
   */
  async deleteIndexes(): Promise<void> {
    // Needs no open(): that would create the index only to delete it.
    this.client ??= await createClient(this.url, this.apiKey)
    for (const uid of [this.indexName, `${this.indexName}-meta`, this.buildIndexName]) await this.deleteIndex(uid)
  }

  /**
   * One request per BATCH documents, sent one after another (so at most one batch's JSON is in
   * memory), each enqueued before the first is awaited so Meilisearch can index them together;
   * then every task is checked, since any of them may have failed.
   */
  private async add(
    index: Index<MeiliDocument>,
    documents: SearchDocument[],
    wait: WaitOptions = BUILD_WAIT,
  ): Promise<void> {
    await this.waitFor(await this.enqueue(index, documents), wait)
  }

  private async enqueue(index: Index<MeiliDocument>, documents: SearchDocument[]): Promise<EnqueuedTask[]> {
    const enqueued: EnqueuedTask[] = []
    for (const batch of chunks(documents, BATCH)) {
      enqueued.push(await index.addDocuments(batch.map(toMeiliDocument), { primaryKey: 'id' }))
    }
    return enqueued
  }

  private async waitFor(enqueued: EnqueuedTask[], wait: WaitOptions): Promise<void> {
    for (const task of enqueued) succeeded(await this.meili.tasks.waitForTask(task, wait))
  }

  /** Resolves once searches see the documents; a timeout means "not yet", and upserting again is safe. */
  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.add(this.index, documents, documents.length > BATCH ? BUILD_WAIT : WRITE_WAIT)
  }

  async remove(ids: string[]): Promise<void> {
    const known = [...new Set(ids.filter(isMeiliId))]
    const enqueued: EnqueuedTask[] = []
    for (const batch of chunks(known, IDS_PER_DELETE)) enqueued.push(await this.index.deleteDocuments(batch))
    for (const task of enqueued) succeeded(await this.meili.tasks.waitForTask(task, WRITE_WAIT))
  }

  async get(ids: string[]): Promise<SearchDocument[]> {
    const byId = new Map<string, SearchDocument>()
    for (const batch of chunks([...new Set(ids.filter(isMeiliId))], IDS_PER_FETCH)) {
      const { results } = await this.index.getDocuments({ filter: idsFilter(batch), limit: batch.length })
      for (const stored of results) byId.set(stored.id, fromMeiliDocument(stored))
    }
    return ids.map(id => byId.get(id)).filter(document => document !== undefined)
  }

  async all(): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = []
    const limit = 1_000
    for (let offset = 0; ; offset += limit) {
      const { results, total } = await this.index.getDocuments({ offset, limit })
      documents.push(...results.map(fromMeiliDocument))
      if (results.length < limit || offset + limit >= total) return documents
    }
  }

  /**
   * One multi-search: the page of hits with counts for the facets the request does not filter by,
   * plus, per filtered facet, a count-only search without that facet's own filter, so each facet
   * says how many results ticking one of its boxes would add (embedded/rowState.ts). Documented,
   * not run here: results come back in query order, and with page/hitsPerPage both totalHits and
   * facetDistribution are exhaustive (up to maxTotalHits and maxValuesPerFacet).
   */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const q = queryString(request.query, await this.frequencies(request.query.terms))
    const base = { indexUid: this.indexName, q, matchingStrategy: 'last' as const }
    const filtered = filteredFacets(request)
    const window = pageWindow(request.offset, request.limit)
    const main: MultiSearchQuery = {
      ...base,
      filter: nonEmpty(searchFilter(request)),
      sort: sortFor(request),
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      facets: request.facets ? FACETS.filter(facet => !filtered.includes(facet)) : undefined,
    }
    // hitsPerPage (not limit) 0, so counts are exhaustive like the main query's.
    const facetQueries: MultiSearchQuery[] = request.facets
      ? filtered.map(facet => ({
          ...base,
          filter: nonEmpty(searchFilter(request, facet)),
          page: 1,
          hitsPerPage: 0,
          facets: [facet],
        }))
      : []
    const { results } = await this.meili.multiSearch<MultiSearchParams, MeiliDocument>({
      queries: [main, ...facetQueries],
    })
    const [page, ...counts] = results
    if (page?.totalHits === undefined) throw new Error('Meilisearch returned no exhaustive totalHits')
    const hits = page.hits.slice(window.skip, window.skip + Math.max(0, request.limit)).map(fromMeiliDocument)
    if (!request.facets) return { total: page.totalHits, hits, facets: undefined }
    const facets = emptyFacetCounts()
    for (const result of [page, ...counts]) {
      for (const [facet, values] of Object.entries(result.facetDistribution ?? {})) {
        if (facet in facets) Object.assign(facets[facet as keyof FacetCounts], values)
      }
    }
    return { total: page.totalHits, hits, facets }
  }

  /**
   * Every matching id in order, a page of IDS_PER_PAGE at a time with only `id` retrieved. Pages
   * are separate searches, so a document moved by a write in between could appear twice or be
   * missed; it appears once at most.
   */
  async ids(request: SearchRequest): Promise<string[]> {
    const q = queryString(request.query, await this.frequencies(request.query.terms))
    const ids = new Set<string>()
    for (let page = 1; ; page++) {
      const { results } = await this.meili.multiSearch<MultiSearchParams, MeiliDocument>({
        queries: [
          {
            indexUid: this.indexName,
            q,
            matchingStrategy: 'last',
            filter: nonEmpty(searchFilter(request)),
            sort: sortFor(request),
            page,
            hitsPerPage: IDS_PER_PAGE,
            attributesToRetrieve: ['id'],
          },
        ],
      })
      const hits = results[0]?.hits ?? []
      for (const hit of hits) ids.add(hit.id)
      if (hits.length < IDS_PER_PAGE) return [...ids]
    }
  }

  /**
   * How many documents hold each term, for ordering a query's words rarest first (meiliQuery.ts):
   * one multi-search of count-only queries, remembered for a minute, since Meilisearch exposes no
   * word frequencies. A single word needs no order and costs nothing.
   */
  private async frequencies(terms: string[]): Promise<(term: string) => number> {
    const now = Date.now()
    const unknown = [...new Set(terms)].filter(term => (this.frequencyCache.get(term)?.until ?? 0) <= now)
    if (terms.length > 1 && unknown.length > 0) {
      const { results } = await this.meili.multiSearch<MultiSearchParams, MeiliDocument>({
        queries: unknown.map(term => ({ indexUid: this.indexName, q: term, page: 1, hitsPerPage: 0 })),
      })
      if (this.frequencyCache.size > 10_000) this.frequencyCache.clear()
      unknown.forEach((term, at) =>
        this.frequencyCache.set(term, { count: results[at]?.totalHits ?? 0, until: now + FREQUENCY_TTL_MS }),
      )
    }
    return term => this.frequencyCache.get(term)?.count ?? 0
  }

  async setSynonyms({ groups, oneWay }: Synonyms): Promise<void> {
    const synonyms = synonymMap(groups, oneWay)
    if (!sameSynonyms(await this.index.getSynonyms(), synonyms)) await settle(this.index.updateSynonyms(synonyms))
  }

  /**
   * Meilisearch exposes no vocabulary (no list of indexed words or their frequencies), so there is
   * nothing to suggest from; "did you mean" is an embedded-engine feature.
   */
  suggest(_term: string): Promise<string[]> {
    return Promise.resolve([])
  }

  async status(): Promise<EngineStatus> {
    const { numberOfDocuments } = await this.index.getStats()
    let build: BuildRecord | undefined
    try {
      build = await this.meta.getDocument<BuildRecord>('build')
    } catch (error) {
      if (!hasErrorCode(error, 'document_not_found', 'index_not_found')) throw error
    }
    return { engine: this.name, documents: numberOfDocuments, builtAt: build?.builtAt, source: build?.source }
  }
}
