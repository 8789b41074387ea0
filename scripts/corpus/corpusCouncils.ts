import { UPPER_TIER_COUNCIL_TYPES } from '../../models/councilTypes'
import type { Theme } from '../../models/vocabulary'
import type { Random } from '../../server/demo/random'
import { weightedSampler, type Draw } from './zipf'

/** What the corpus needs of a council: the reference data's fields (or a stored council's). */
export type CorpusCouncil = {
  gssCode: string
  name: string
  type: string
  slug: string
  nation?: string
  region?: string
  population?: number | null
  ruralUrban?: string | null
}

// Only councils with social care and education duties publish about them.
const UPPER_TIER = UPPER_TIER_COUNCIL_TYPES
const ANY_TIER = new Set([...UPPER_TIER, 'district', 'ni-district', 'city-corporation'])
// Combined and strategic authorities hold transport, economic and climate powers only.
const STRATEGIC = new Set(['combined-authority', 'strategic-regional-authority'])
const STRATEGIC_THEMES = new Set<Theme>(['transport', 'economy', 'climate'])

type Pool = 'upper' | 'any' | 'strategic'

/**
 * Picks the lead council for a case study on a theme. Larger councils publish more, so the odds
 * grow with the square root of population.
 */
export function councilPicker(councils: readonly CorpusCouncil[]) {
  const inPool: Record<Pool, (council: CorpusCouncil) => boolean> = {
    upper: council => UPPER_TIER.has(council.type),
    any: council => ANY_TIER.has(council.type),
    strategic: council => ANY_TIER.has(council.type) || STRATEGIC.has(council.type),
  }
  const samplers = new Map<Pool, Draw<number>>()
  const sampler = (pool: Pool) => {
    let draw = samplers.get(pool)
    if (!draw) {
      const indexes = councils.flatMap((council, index) => (inPool[pool](council) ? [index] : []))
      if (indexes.length === 0) throw new Error(`no councils of the kinds that publish ${pool}-tier case studies`)
      draw = weightedSampler(
        indexes,
        indexes.map(index => Math.sqrt(councils[index]?.population || 100_000)),
      )
      samplers.set(pool, draw)
    }
    return draw
  }
  /** A council's index in the list; `other` than the given one when there is a choice. */
  return (theme: Theme, tier: 'upper' | 'any', random: Random, other?: number): number => {
    const draw = sampler(tier === 'upper' ? 'upper' : STRATEGIC_THEMES.has(theme) ? 'strategic' : 'any')
    let index = draw(random)
    for (let attempt = 0; index === other && attempt < 10; attempt++) index = draw(random)
    return index
  }
}

const PLACES: Record<string, string> = {
  Urban: 'a largely urban area',
  'Urban with rural areas': 'a mix of urban neighbourhoods and rural villages',
  Rural: 'a mainly rural area of market towns and villages',
  'Sparse and rural': 'a sparsely populated rural area',
}

export const placeDescription = (council: CorpusCouncil) =>
  PLACES[council.ruralUrban ?? ''] ?? 'a mix of towns and villages'

export const populationDescription = (council: CorpusCouncil) =>
  council.population
    ? `about ${(Math.round(council.population / 1000) * 1000).toLocaleString('en-GB')} people`
    : 'its residents'
