import type { CouncilRepository } from '../data/councilRepository'

// Counting scans the collection on FerretDB (about 100 ms for 400 councils), and the number
// changes only when reference data or a network admin adds a council: a minute's staleness is
// fine for the home page.
const COUNT_CACHE_MS = 60_000

export function createCouncilService(councils: CouncilRepository, now: () => number = Date.now) {
  let cachedCount: { value: number; at: number } | undefined

  return {
    async count(): Promise<number> {
      if (cachedCount && now() - cachedCount.at < COUNT_CACHE_MS) return cachedCount.value
      const value = await councils.count()
      cachedCount = { value, at: now() }
      return value
    },
  }
}

export type CouncilService = ReturnType<typeof createCouncilService>
