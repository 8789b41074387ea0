import { searchResultsCache } from '../../server/services/search/searchResultsCache'

describe('the search results cache', () => {
  const counting = () => {
    let calls = 0
    return { compute: (value: string) => () => Promise.resolve(`${value}#${++calls}`), calls: () => calls }
  }

  it('answers a search again from what it kept while its inputs are the very same', async () => {
    const cache = searchResultsCache<string>()
    const councils = [{ slug: 'leeds' }]
    const { compute, calls } = counting()
    expect(await cache.get('q=falls', [1, councils], compute('falls'))).toBe('falls#1')
    expect(await cache.get('q=falls', [1, councils], compute('falls'))).toBe('falls#1')
    expect(calls()).toBe(1)
  })

  it('computes again when the engine version moves or another input is a different object', async () => {
    const cache = searchResultsCache<string>()
    const councils = [{ slug: 'leeds' }]
    const { compute } = counting()
    await cache.get('q=falls', [1, councils], compute('falls'))
    expect(await cache.get('q=falls', [2, councils], compute('falls'))).toBe('falls#2')
    // An equal list read afresh counts as a change: only the same object is known to be unchanged.
    expect(await cache.get('q=falls', [2, [{ slug: 'leeds' }]], compute('falls'))).toBe('falls#3')
  })

  it('keeps at most its bound, dropping the least recently used first', async () => {
    const cache = searchResultsCache<string>(2)
    const { compute, calls } = counting()
    await cache.get('a', [1], compute('a'))
    await cache.get('b', [1], compute('b'))
    await cache.get('a', [1], compute('a'))
    await cache.get('c', [1], compute('c'))
    expect(cache.size).toBe(2)
    expect(calls()).toBe(3)
    await cache.get('a', [1], compute('a'))
    expect(calls()).toBe(3)
    await cache.get('b', [1], compute('b'))
    expect(calls()).toBe(4)
  })
})
