import { corpusSearchDocuments } from '../../scripts/corpus/corpusSearchDocuments'
import { documentFacts } from '../../server/search/embedded/documentFacts'
import { indexedText, MemoryIndex } from '../../server/search/embedded/memoryIndex'

// A load builds posting lists in one go at the end (bulk); an upsert adds to them one by one. Both
// must give the same index, including documents replaced while loading.
describe('the text index built in bulk', () => {
  const documents = corpusSearchDocuments({ count: 300, seed: 11 })
  const build = (bulk: boolean) => {
    const memory = new MemoryIndex()
    if (bulk) memory.startBulk()
    for (const document of documents) memory.add(indexedText(document), documentFacts(document))
    // The same documents again, so earlier ordinals are dead: as a replaced document leaves them.
    for (const document of documents.slice(0, 40)) memory.add(indexedText(document), documentFacts(document))
    memory.trim()
    return memory.text
  }

  it('holds the same posting lists, field masks and frequencies as one built document by document', () => {
    const bulk = build(true)
    const oneByOne = build(false)
    expect(bulk.terms).toEqual(oneByOne.terms)
    expect(bulk.liveCount).toBe(oneByOne.liveCount)
    for (let id = 0; id < oneByOne.terms.length; id++) {
      const expected = oneByOne.postings(id)
      const expectedDocs = [...expected.docs.subarray(0, expected.length)]
      const expectedMasks = [...expected.masks.subarray(0, expected.length)]
      const actual = bulk.postings(id)
      expect([...actual.docs.subarray(0, actual.length)]).toEqual(expectedDocs)
      expect([...actual.masks.subarray(0, actual.length)]).toEqual(expectedMasks)
      expect(bulk.frequency(id)).toBe(oneByOne.frequency(id))
    }
  })

  it('takes documents one by one again after the bulk', () => {
    const bulk = build(true)
    const extra = corpusSearchDocuments({ count: 1, seed: 12 })[0]!
    const before = bulk.postings(bulk.termId(bulk.terms[0]!)!).length
    const ordinal = bulk.add(indexedText(extra).split('\n').slice(0, bulk.fieldCount), new Map())
    expect(bulk.isLive(ordinal)).toBe(true)
    const firstTerm = indexedText(extra).split('\n')[0]!.split(' ')[0]!
    const list = bulk.postings(bulk.termId(firstTerm)!)
    expect(list.docs[list.length - 1]).toBe(ordinal)
    expect(bulk.postings(bulk.termId(bulk.terms[0]!)!).length).toBeGreaterThanOrEqual(before)
  })
})
