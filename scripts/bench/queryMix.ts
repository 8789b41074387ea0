import { terms, words } from '../../server/search/analyzer'
import type { FacetFilters, SearchDocument } from '../../server/search/searchTypes'
import { seededRandom, type Random } from '../../server/demo/random'

export const QUERY_TYPES = [
  'one word',
  'two words',
  'six-word question',
  'phrase',
  'misspelling',
  'query + 3 filters',
  'query + all facets',
] as const
export type QueryType = (typeof QUERY_TYPES)[number]

/** A search as a person types it: text for analyseQuery, and facet filters. */
export type TypedQuery = { text: string; filters: FacetFilters }

// Words people would search for are the ones titles and summaries use. Half the draws come from the
// most frequent few (broad queries, the costly ones), half from the next few hundred.
const FREQUENT_WORDS = 20
const MID_WORDS = 400
const SAMPLED_DOCUMENTS = 2000
const MISSPELT_MIN_LENGTH = 6

/** What the query generators need of the corpus: plain data, so the documents can be freed before RSS is read. */
export type QueryMix = {
  frequent: string[]
  mid: string[]
  frequentRange: [number, number]
  midRange: [number, number]
  titlePairs: string[]
  filterValues: { theme: string[]; stage: string[]; nation: string[] }
  commonTheme: string
}

const searchable = (word: string) => /^[a-z]{3,}$/.test(word) && terms(word).length > 0

type Sampled = Pick<SearchDocument, 'title' | 'theme' | 'stage' | 'nation'>

/**
 * Builds the mix from documents as they stream past (a batch at a time, as the index is built), so
 * the benchmark never holds the corpus: word and theme counts over every document, and a uniform
 * sample of SAMPLED_DOCUMENTS (reservoir sampling, seeded) for phrases and filter values.
 */
export class QueryMixBuilder {
  private readonly frequency = new Map<string, number>()
  private readonly themes = new Map<string, number>()
  private readonly sampled: Sampled[] = []
  private seen = 0
  private readonly random: Random

  constructor(private readonly seed: number) {
    this.random = seededRandom(seed)
  }

  add(documents: Iterable<SearchDocument>): void {
    for (const document of documents) {
      for (const word of new Set(words(`${document.title} ${document.summary}`))) {
        if (searchable(word)) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1)
      }
      for (const theme of document.theme) this.themes.set(theme, (this.themes.get(theme) ?? 0) + 1)
      const kept: Sampled = {
        title: document.title,
        theme: document.theme,
        stage: document.stage,
        nation: document.nation,
      }
      this.seen++
      if (this.sampled.length < SAMPLED_DOCUMENTS) this.sampled.push(kept)
      else {
        const at = Math.floor(this.random.next() * this.seen)
        if (at < SAMPLED_DOCUMENTS) this.sampled[at] = kept
      }
    }
  }

  build(): QueryMix {
    const ranked = [...this.frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    const frequent = ranked.slice(0, FREQUENT_WORDS)
    const mid = ranked.slice(FREQUENT_WORDS, MID_WORDS)
    const random = seededRandom(this.seed + 1)
    const titlePairs: string[] = []
    for (const { title } of this.sampled) {
      const titleWords = words(title)
      for (let index = 0; index + 1 < titleWords.length; index++) {
        const [first, second] = [titleWords[index]!, titleWords[index + 1]!]
        if (searchable(first) && searchable(second)) titlePairs.push(`${first} ${second}`)
      }
    }
    const range = (entries: [string, number][]): [number, number] => [entries.at(-1)?.[1] ?? 0, entries[0]?.[1] ?? 0]
    return {
      frequent: frequent.map(([word]) => word),
      mid: mid.map(([word]) => word),
      frequentRange: range(frequent),
      midRange: range(mid),
      titlePairs,
      filterValues: {
        theme: this.sampled.map(document => random.pick(document.theme)).filter(Boolean),
        stage: this.sampled.map(document => document.stage).filter(Boolean),
        nation: this.sampled.map(document => document.nation).filter(Boolean),
      },
      commonTheme: [...this.themes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    }
  }
}

export function queryMix(documents: readonly SearchDocument[], seed: number): QueryMix {
  const builder = new QueryMixBuilder(seed)
  builder.add(documents)
  return builder.build()
}

/** Two neighbouring letters swapped where they differ, as a fast typist does. */
function swapNeighbours(word: string, random: Random): string {
  const positions = [...word.slice(1)].map((_, index) => index).filter(index => word[index] !== word[index + 1])
  const at = random.pick(positions)
  return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
}

/** Draws queries of each type from the corpus's own words and facet values; the same seed, the same queries. */
export function queryGenerator(mix: QueryMix, seed: number): (type: QueryType) => TypedQuery {
  const random = seededRandom(seed)
  const word = () => random.pick(random.next() < 0.5 ? mix.frequent : mix.mid)
  const long = [...mix.frequent, ...mix.mid].filter(candidate => candidate.length >= MISSPELT_MIN_LENGTH)
  return type => {
    switch (type) {
      case 'one word':
      case 'query + all facets':
        return { text: word(), filters: {} }
      case 'two words': {
        const first = word()
        let second = word()
        while (second === first) second = word()
        return { text: `${first} ${second}`, filters: {} }
      }
      case 'six-word question': {
        // As officers ask: question words around six meaningful ones, two broad and four narrower.
        const chosen = new Set<string>()
        while (chosen.size < 2) chosen.add(random.pick(mix.frequent))
        while (chosen.size < 6) chosen.add(random.pick(mix.mid))
        const [a, b, c, d, e, f] = random.sample([...chosen], 6)
        return { text: `how can councils ${a} ${b} for ${c} ${d} with ${e} and ${f}?`, filters: {} }
      }
      case 'phrase':
        return { text: `"${random.pick(mix.titlePairs)}"`, filters: {} }
      case 'misspelling':
        return { text: swapNeighbours(random.pick(long), random), filters: {} }
      case 'query + 3 filters':
        return {
          text: word(),
          filters: {
            theme: [random.pick(mix.filterValues.theme)],
            stage: [random.pick(mix.filterValues.stage)],
            nation: [random.pick(mix.filterValues.nation)],
          },
        }
    }
  }
}
