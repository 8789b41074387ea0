import type { SearchDocument } from './searchTypes'

export type IndexDifference =
  | { kind: 'missing'; id: string; title: string }
  | { kind: 'extra'; id: string; title: string }
  | { kind: 'different'; id: string; title: string; fields: string[] }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What differs between the documents MongoDB says the index should hold and what it holds. */
export function compareIndex(expected: SearchDocument[], indexed: SearchDocument[]): IndexDifference[] {
  const differences: IndexDifference[] = []
  const indexedById = new Map(indexed.map(document => [document.id, document]))
  for (const document of expected) {
    const found = indexedById.get(document.id)
    indexedById.delete(document.id)
    if (!found) {
      differences.push({ kind: 'missing', id: document.id, title: document.title })
      continue
    }
    const keys = [...new Set([...Object.keys(document), ...Object.keys(found)])] as (keyof SearchDocument)[]
    const fields = keys.filter(key => !same(document[key], found[key])).sort()
    if (fields.length) differences.push({ kind: 'different', id: document.id, title: document.title, fields })
  }
  for (const document of indexedById.values()) {
    differences.push({ kind: 'extra', id: document.id, title: document.title })
  }
  return differences
}
