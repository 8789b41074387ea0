import { isEmptyQuery } from '../analyzer'
import type { SearchRequest } from '../searchTypes'
import { ConceptScores } from './conceptScores'
import { GrowableInt32 } from './growable'
import type { MemoryIndex } from './memoryIndex'
import { planQuery, type Concept, type QueryPlan } from './queryPlan'
import { pageOf, relevanceKeys } from './ranking'
import type { SynonymIndex } from './synonymIndex'

const NO_PLAN: QueryPlan = { concepts: [], unmatched: [], misspelt: [] }

/** A request's matches: how many, the ordinals of the page asked for, and facet counts if asked. */
export interface RankedRequest {
  total: number
  page: number[]
  counts: Uint32Array | undefined
  /** The query's words no document holds in any form, and those found only through a typo correction or not at all (queryPlan.ts). */
  unmatched: string[]
  misspelt: string[]
}

/**
 * Answers a request from memory alone: plans the query (queryPlan.ts), scores the documents that
 * hold its words (conceptScores.ts), keeps those that match, filters and counts facets
 * (facetTable.ts), and orders the page asked for (ranking.ts). Its buffers are reused by every
 * search, so one ranker serves one search at a time.
 */
export class RequestRanker {
  private readonly scores = new ConceptScores()
  // The matches before filtering.
  private readonly candidates = new GrowableInt32(1 << 12)

  rank(memory: MemoryIndex, synonyms: SynonymIndex, request: SearchRequest): RankedRequest {
    const { text, facts, ordinalOf } = memory
    // The indexer and imports ask how many adapted each new case study: answered without a pass
    // over the catalogue when nobody has.
    if (request.adaptedFromId !== undefined && !facts.mayBeAdaptedFrom(request.adaptedFromId))
      return { total: 0, page: [], counts: undefined, unmatched: [], misspelt: [] }
    const excluded = new Set((request.excludeIds ?? []).map(id => ordinalOf.get(id) ?? -1))
    const emptyQuery = isEmptyQuery(request.query)
    try {
      const { concepts, unmatched, misspelt } = emptyQuery ? NO_PLAN : planQuery(request.query, text, synonyms)
      if (emptyQuery) this.collectLive(memory)
      else this.collectMatches(memory, concepts)
      const { ordinals, counts } = facts.collect(request, excluded, this.candidates.view(), text.liveFlags)
      const byRelevance = !emptyQuery && request.sort === 'relevance'
      const page = pageOf({
        ordinals,
        sort: request.sort === 'relevance' && emptyQuery ? 'newest' : request.sort,
        offset: request.offset,
        limit: request.limit,
        facts,
        relevance: byRelevance
          ? { ...relevanceKeys(this.scores, concepts, ordinals), scores: this.scores, concepts, index: text }
          : undefined,
      })
      return { total: ordinals.length, page, counts, unmatched, misspelt }
    } finally {
      this.scores.clear()
    }
  }

  /** An empty query matches every live document. */
  private collectLive({ text }: MemoryIndex): void {
    const candidates = this.candidates
    candidates.length = 0
    const live = text.liveFlags
    for (let ordinal = 0; ordinal < text.size; ordinal++) if (live[ordinal]) candidates.push(ordinal)
  }

  /** The documents holding every required concept and at least one meaningful one. */
  private collectMatches({ text }: MemoryIndex, concepts: Concept[]): void {
    this.scores.score(text, concepts)
    const candidates = this.candidates
    candidates.length = 0
    let required = 0
    let meaningful = 0
    concepts.forEach((concept, at) => {
      if (concept.required) required |= 1 << at
      if (!concept.common) meaningful |= 1 << at
    })
    // A query of nothing but very common words still finds the case studies holding them.
    if (meaningful === 0) meaningful = ~0
    const bits = this.scores.bits
    for (const d of this.scores.touched) {
      const held = bits[d]!
      if ((held & required) === required && held & meaningful) candidates.push(d)
    }
  }
}
