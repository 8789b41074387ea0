import type { Settings, Synonyms } from 'meilisearch' with { 'resolution-mode': 'import' }
import { FACETS, SEARCHABLE_FIELDS, type OneWaySynonyms, type SynonymGroups } from '../searchTypes'
import { ONE_TYPO_FROM, TWO_TYPOS_FROM } from '../typos'

/** What the running server supports; settings it does not know would fail the whole update. */
export type MeiliFeatures = { disableOnNumbers: boolean; attributeRank: boolean }

/** prefixSearch and facetSearch settings arrived in 1.12; the engine cannot match the embedded one without them. */
export const MIN_VERSION = '1.12.0'

const versionParts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number)

export function atLeast(version: string, minimum: string): boolean {
  const have = versionParts(version)
  const need = versionParts(minimum)
  for (let index = 0; index < 3; index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0)
    if (Number.isNaN(difference)) return false
    if (difference !== 0) return difference > 0
  }
  return true
}

export function featuresOf(version: string): MeiliFeatures {
  if (!atLeast(version, MIN_VERSION)) {
    throw new Error(`Meilisearch ${version} is too old: the search engine needs ${MIN_VERSION} or later`)
  }
  // attributeRank and wordPosition: Meilisearch 1.36 release notes (they split the old `attribute` rule).
  return { disableOnNumbers: atLeast(version, '1.15.0'), attributeRank: atLeast(version, '1.36.0') }
}

const TIE_BREAK_RULES = ['publishedAt:desc', 'id:asc']

/**
 * Relevance as the embedded engine ranks it (embedded/ranking.ts): how much of the query a document
 * holds (words), then fewer typos, then its words closer together, then the field they are in,
 * then exactness. `matchingStrategy: "last"` with the query's words ordered rarest first (see
 * meiliQuery.ts) makes `words` count the rarer words first, as the embedded engine weighs them.
 *
 * From 1.36, `attributeRank` weighs only the field and `wordPosition` the place in it (the old
 * `attribute` rule is both at once, and may not be combined with them). `sort` is first, so newest,
 * most adapted and recently updated order by those fields alone, as the embedded engine does; a
 * search without `sort` skips the rule. Equally relevant results end newest first, then by id.
 * Documentation: "Built-in ranking rules".
 */
export function rankingRules(features: MeiliFeatures): string[] {
  const relevance = features.attributeRank
    ? ['words', 'typo', 'proximity', 'attributeRank', 'wordPosition', 'exactness']
    : ['words', 'typo', 'proximity', 'attribute', 'exactness']
  return ['sort', ...relevance, ...TIE_BREAK_RULES]
}

/** The index settings (synonyms apart: setSynonyms owns them). Documented settings; not run against a server here. */
export function indexSettings(features: MeiliFeatures): Settings {
  return {
    // Order is weight: title > summary > tags > practice > context > results, as the embedded BM25 weights.
    searchableAttributes: [...SEARCHABLE_FIELDS],
    filterableAttributes: [...FACETS, 'councilCode', 'id', 'adaptedFromId'],
    sortableAttributes: ['publishedAt', 'updatedAt', 'adaptedCount', 'id'],
    rankingRules: rankingRules(features),
    // The analyzer already dropped stop words from documents and queries alike.
    stopWords: [],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: ONE_TYPO_FROM, twoTypos: TWO_TYPOS_FROM },
      // Category labels answer only the words as typed (searchTypes.ts: SEARCHABLE_FIELDS).
      disableOnAttributes: ['searchLabels'],
      disableOnWords: [],
      // typos.ts allows no typo in a term with a digit; Meilisearch ≥ 1.15 can at least spare numbers.
      ...(features.disableOnNumbers ? { disableOnNumbers: true } : {}),
    },
    // Every value of every facet is counted, as on the embedded engine.
    faceting: { maxValuesPerFacet: 1000 },
    // totalHits is exhaustive only up to maxTotalHits.
    pagination: { maxTotalHits: 1_000_000 },
    // The embedded engine matches whole words only, never the last word as a prefix.
    prefixSearch: 'disabled',
    // Nothing searches facet values; skipping that index speeds indexing.
    facetSearch: false,
  }
}

const ORDERLESS = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords'])

/** True when `current` already has every value `desired` sets (objects compared key by key). */
function covers(desired: unknown, current: unknown, orderless = false): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false
    const wanted = desired as unknown[]
    const have = current as unknown[]
    const [a, b] = orderless
      ? [wanted.map(value => JSON.stringify(value)).sort(), have.map(value => JSON.stringify(value)).sort()]
      : [wanted, have]
    return a.every((value, index) => covers(value, b[index]))
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object') return false
    return Object.entries(desired).every(([key, value]) => covers(value, (current as Record<string, unknown>)[key]))
  }
  return desired === current
}

/** The settings that differ from the server's, so open() updates (and reindexes) only when something changed. */
export function settingsPatch(desired: Settings, current: Settings): Settings {
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(desired)) {
    const now: unknown = current[key as keyof Settings]
    const same =
      key === 'synonyms' ? sameSynonyms(value as Synonyms, now as Synonyms) : covers(value, now, ORDERLESS.has(key))
    if (!same) patch[key] = value
  }
  return patch
}

/**
 * Meilisearch synonyms are one-way (key → alternatives), so each entry of a group maps to every
 * other entry of every group it is in, and a one-way entry to its targets only: the same expansion
 * as embedded/synonymIndex.ts.
 */
export function synonymMap(groups: SynonymGroups, oneWay: OneWaySynonyms = []): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  for (const group of groups) {
    for (const entry of group) {
      const others = map.get(entry) ?? new Set<string>()
      for (const other of group) if (other !== entry) others.add(other)
      map.set(entry, others)
    }
  }
  for (const { from, to } of oneWay) {
    const others = map.get(from) ?? new Set<string>()
    for (const entry of to) if (entry !== from) others.add(entry)
    map.set(from, others)
  }
  const result: Record<string, string[]> = {}
  for (const [entry, others] of map) if (others.size > 0) result[entry] = [...others]
  return result
}

export function sameSynonyms(a: Synonyms | undefined, b: Synonyms | undefined): boolean {
  const left = a ?? {}
  const right = b ?? {}
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  return keys.every(key => covers(left[key], right[key], true))
}
