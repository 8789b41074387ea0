import type { EnqueuedTask, Index, IndexSwap, Meilisearch, WaitOptions } from 'meilisearch' with {
  'resolution-mode': 'import',
}
import {
  type EngineStatus,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type DocumentBatches,
  type SearchResponse,
  type Synonyms,
} from '../searchTypes'
import { BUILD_WAIT, WRITE_WAIT, createClient, hasErrorCode, settle, succeeded } from './meiliClient'
import { chunks, isMeiliId, toMeiliDocument, type MeiliDocument } from './meiliDocuments'
import { deleteIndex, prepareIndex } from './meiliIndexes'
import { MeiliReads } from './meiliReads'
import { featuresOf, sameSynonyms, synonymMap, type MeiliFeatures } from './meiliSettings'

export type MeiliSearchOptions = { url: string; apiKey?: string; indexName?: string }

/** When and from what the index was last rebuilt, kept as the one document of a small side index. */
type BuildRecord = { id: 'build'; source: string; builtAt: string }

// Documents per request: one request (one task) for many documents, never one each. 1,000 case
// studies of ~2.6 KB are ~3 MB, and even 1,000 of 100 KB stay below Meilisearch's default payload
// limit of 100 MB (documentation: configuration, "Payload limit size"). Consecutive additions to one
// index are indexed together by Meilisearch's auto-batching, so smaller requests cost no more.
const BATCH = 1_000
// Ids per delete request (POST /indexes/:uid/documents/delete-batch), one task each.
const IDS_PER_DELETE = 10_000

/**
 * The production engine: a Meilisearch index holding the same documents as the embedded engine and
 * answering the same requests with the same hits, totals and disjunctive facet counts. Text is
 * analysed before it arrives (analyzer.ts), so Meilisearch matches stems; index settings are in
 * meiliSettings.ts (applied by meiliIndexes.ts), searches and reads in meiliReads.ts, and filter,
 * sort and paging rules in meiliFilters.ts.
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
  private readonly reads: MeiliReads

  constructor(options: MeiliSearchOptions) {
    this.url = options.url
    this.apiKey = options.apiKey
    this.indexName = options.indexName ?? 'case-studies'
    this.reads = new MeiliReads(() => this.meili, this.indexName)
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
    await prepareIndex(client, this.indexName, features)
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
    await deleteIndex(this.meili, next)
    try {
      await prepareIndex(this.meili, next, this.features, await this.index.getSynonyms())
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
      await deleteIndex(this.meili, next).catch(() => undefined)
      throw error
    }
    await deleteIndex(this.meili, next)
    const record: BuildRecord = { id: 'build', source, builtAt: new Date().toISOString() }
    await settle(this.meta.addDocuments([record], { primaryKey: 'id' }))
  }

  private get buildIndexName(): string {
    return `${this.indexName}-next`
  }

  /**
   * Deletes this engine's indexes: its documents, its build record and any build index. For tests
   * and throwaway indexes, which must leave nothing behind on a shared server.
   */
  async deleteIndexes(): Promise<void> {
    // Needs no open(): that would create the index only to delete it.
    this.client ??= await createClient(this.url, this.apiKey)
    for (const uid of [this.indexName, `${this.indexName}-meta`, this.buildIndexName])
      await deleteIndex(this.client, uid)
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

  get(ids: string[]): Promise<SearchDocument[]> {
    return this.reads.get(ids)
  }

  all(): Promise<SearchDocument[]> {
    return this.reads.all()
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.reads.search(request)
  }

  ids(request: SearchRequest): Promise<string[]> {
    return this.reads.ids(request)
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
