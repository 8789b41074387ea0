import { stemWord } from '../analyzer'
import { SEARCHABLE_FIELDS, type SearchableField, type SearchDocument } from '../searchTypes'
import type { DocumentFacts } from './documentFacts'
import { FacetTable } from './facetTable'
import { TextIndex } from './textIndex'

/**
 * The analysed fields the embedded engine indexes, in field-number order (see conceptScores.ts):
 * every searchable field but the spellings, which feed typo tolerance instead.
 */
export const INDEXED_FIELDS = SEARCHABLE_FIELDS.filter(
  (field): field is Exclude<SearchableField, 'searchSpellings'> => field !== 'searchSpellings',
)

/** What the file keeps per document for rebuilding memory: its analysed fields and spellings, one per line. */
export const indexedText = (document: SearchDocument): string =>
  [...INDEXED_FIELDS.map(field => document[field]), document.searchSpellings].join('\n')

const TEXT_FIELDS = [...INDEXED_FIELDS, 'searchSpellings' as const]

/** What the file keeps as a document's body: the document less its analysed text, kept apart once. */
export function storedBody(document: SearchDocument): string {
  const body: Partial<SearchDocument> = { ...document }
  for (const field of TEXT_FIELDS) delete body[field]
  return JSON.stringify(body)
}

/** The document as it was given, from its stored body and text. */
export function storedDocument(body: string, text: string): SearchDocument {
  const document = JSON.parse(body) as SearchDocument
  const lines = text.split('\n')
  TEXT_FIELDS.forEach((field, at) => (document[field] = lines[at] ?? ''))
  return document
}

/** Written word → its analysed term, from the spellings line. */
function writtenTerms(spellings: string): Map<string, string> {
  const written = new Map<string, string>()
  for (const word of spellings.split(' ')) if (word) written.set(word, stemWord(word))
  return written
}

/**
 * Everything the engine searches in memory: the text index and the facet table, numbered by the
 * same ordinals, and each document id's current ordinal.
 */
export class MemoryIndex {
  readonly text = new TextIndex(INDEXED_FIELDS.length)
  readonly facts = new FacetTable()
  readonly ordinalOf = new Map<string, number>()

  add(text: string, facts: DocumentFacts): void {
    const lines = text.split('\n')
    const previous = this.ordinalOf.get(facts.id)
    if (previous !== undefined) this.forget(previous)
    const ordinal = this.text.add(
      lines.slice(0, INDEXED_FIELDS.length),
      writtenTerms(lines[INDEXED_FIELDS.length] ?? ''),
    )
    this.facts.add(facts)
    this.ordinalOf.set(facts.id, ordinal)
  }

  remove(id: string): void {
    const ordinal = this.ordinalOf.get(id)
    if (ordinal === undefined) return
    this.forget(ordinal)
    this.ordinalOf.delete(id)
  }

  private forget(ordinal: number): void {
    if (!this.text.isLive(ordinal)) return
    this.text.remove(ordinal)
    this.facts.forget(ordinal)
  }

  /** A load or rebuild into this new index follows: posting lists are built once at the end (trim()). */
  startBulk(): void {
    this.text.startBulk()
  }

  /** Done adding for now (a load or rebuild): the arrays give back the room kept for growth. */
  trim(): void {
    this.text.trim()
    this.facts.trim()
  }

  /** Replaced and removed documents linger as dead ordinals; past this share, rebuild. */
  get wasteful(): boolean {
    return this.text.deadCount > Math.max(1_000, this.text.liveCount / 4)
  }
}
