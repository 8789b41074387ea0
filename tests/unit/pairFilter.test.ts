import { PairFilter } from '../../server/search/embedded/pairFilter'
import { seededRandom } from '../../server/demo/random'

// The pair filter may say "maybe" for a pair a field does not hold (a false positive, confirmed by
// reading the words), but never "no" for one it does: a phrase would then go unfound.

const FIELDS = 7
const VOCABULARY = 400

function randomDocuments(count: number, seed: number): number[][][] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () =>
    Array.from({ length: FIELDS }, (_, field) =>
      Array.from({ length: Math.floor(random.next() * (field === 0 ? 12 : 120)) }, () =>
        Math.floor(random.next() * VOCABULARY),
      ),
    ),
  )
}

const allFields = (1 << FIELDS) - 1

describe('PairFilter', () => {
  const documents = randomDocuments(300, 7)
  const filter = new PairFilter()
  for (const fields of documents) filter.add(fields)
  filter.trim()

  it('never rules out a pair a field holds side by side', () => {
    let checked = 0
    documents.forEach((fields, ordinal) => {
      fields.forEach((ids, field) => {
        for (let at = 1; at < ids.length; at++) {
          expect(filter.fieldsHolding(ordinal, ids[at - 1]!, ids[at]!, allFields) & (1 << field)).toBe(1 << field)
          checked++
        }
      })
    })
    expect(checked).toBeGreaterThan(10_000)
  })

  it('answers only for the fields asked about', () => {
    const [first] = documents
    const ids = first![3]!
    expect(filter.fieldsHolding(0, ids[0]!, ids[1]!, 1 << 2) & ~(1 << 2)).toBe(0)
  })

  it('rules out most pairs a field does not hold, and tells fields apart', () => {
    let asked = 0
    let maybe = 0
    const random = seededRandom(11)
    documents.forEach((fields, ordinal) => {
      const held = fields.map(ids => new Set(ids.slice(1).map((id, at) => `${ids[at]} ${id}`)))
      for (let trial = 0; trial < 50; trial++) {
        const a = Math.floor(random.next() * VOCABULARY)
        const b = Math.floor(random.next() * VOCABULARY)
        const answer = filter.fieldsHolding(ordinal, a, b, allFields)
        for (let field = 0; field < FIELDS; field++) {
          if (held[field]!.has(`${a} ${b}`)) continue
          asked++
          if (answer & (1 << field)) maybe++
        }
      }
    })
    // About 8% by design (4 to 8 bits a pair, two bits set); well under a quarter leaves a margin.
    expect(maybe / asked).toBeLessThan(0.25)
    expect(maybe).toBeGreaterThan(0)
  })

  it('a document with no pairs at all holds none', () => {
    const lone = new PairFilter()
    lone.add([[5], [], [9]])
    expect(lone.fieldsHolding(0, 5, 9, allFields)).toBe(0)
  })
})
