import type { Theme } from '../../models/vocabulary'
import type { PublishedCaseStudy } from '../../server/search/searchDocument'
import { caseStudySlug } from '../../server/services/caseStudies/slugs'
import { seededRandom, type Random } from '../../server/demo/random'
import { corpusContent } from './corpusContent'
import { councilPicker, type CorpusCouncil } from './corpusCouncils'
import { corpusObjectId, itemSeed } from './corpusIds'
import { EXTERNAL_PROGRAMMES } from './generalVocabulary'
import { themeDraws } from './caseStudyText'
import { THEME_RANKING, THEME_VOCABULARY } from './vocabulary'
import { zipfSampler } from './zipf'

/** A generated case study as the search mapper takes it, plus its council and curator check. */
export type CorpusCaseStudy = PublishedCaseStudy & { councilCode: string; evidenceConfirmed: boolean }

export type CorpusOptions = {
  count: number
  /** A whole number from 0 to 4294967295: the same seed always gives the same corpus. */
  seed: number
  councils: readonly CorpusCouncil[]
  /** The latest publication date; fixed by default so the corpus does not depend on the day it is made. */
  now?: Date
}

export const MAX_SEED = 0xffffffff
export const DEFAULT_NOW = new Date('2026-11-30T00:00:00Z')
const FIRST_PUBLICATION = Date.UTC(2019, 0, 1)
const LAST_PUBLICATION = Date.UTC(2027, 0, 1) - 1
const DAY = 24 * 60 * 60 * 1000

const ADAPTED_SHARE = 0.1
const EXTERNAL_SHARE = 0.03
const themeDraw = zipfSampler(THEME_RANKING, 0.6)

/** Lineage: a tenth adapt an earlier case study, favouring ones already adapted (as practice spreads). */
function pickOriginal(random: Random, index: number, originals: number[]): number {
  if (originals.length && random.next() < 0.4) return random.pick(originals)
  return random.int(0, index - 1)
}

/**
 * The corpus one case study at a time, so a large one can be written out without holding it all.
 * Case study i depends only on the seed, `now` and the ones before it: a longer corpus with the same
 * seed starts with the shorter one.
 */
export function* corpusCaseStudies({
  count,
  seed,
  councils,
  now = DEFAULT_NOW,
}: CorpusOptions): Generator<CorpusCaseStudy, void, undefined> {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be a whole number, 0 or more')
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seed must be 0 to ${MAX_SEED}`)
  const latest = Math.min(now.getTime(), LAST_PUBLICATION)
  if (latest <= FIRST_PUBLICATION) throw new RangeError('now must be after the start of 2019')
  const pickCouncil = councilPicker(councils)
  // What later case studies need of earlier ones (a few bytes each), not the case studies themselves.
  const published = new Float64Array(count)
  const councilOf = new Uint32Array(count)
  const lineage: { theme: Theme; approach: string }[] = []
  const ids: string[] = []
  const originals: number[] = []

  for (let index = 0; index < count; index++) {
    const random = seededRandom(itemSeed(seed, index))
    const original = index > 0 && random.next() < ADAPTED_SHARE ? pickOriginal(random, index, originals) : undefined
    let firstPublishedAt: number
    let theme: Theme
    let approach: string
    if (original === undefined) {
      theme = themeDraw(random)
      approach = themeDraws(theme).approach(random)
      // Slightly more recent than older: the catalogue grows.
      firstPublishedAt = FIRST_PUBLICATION + (latest - FIRST_PUBLICATION) * random.next() ** 0.8
    } else {
      originals.push(original)
      // An adaptation copies the practice: the same theme and approach, somewhere else, later.
      const practice = lineage[original] as { theme: Theme; approach: string }
      theme = practice.theme
      approach = practice.approach
      const from = published[original] as number
      firstPublishedAt = Math.min(from + random.int(60, 900) * DAY, from + (latest - from) * random.next())
    }
    const originalCouncil = original === undefined ? undefined : councilOf[original]
    const councilIndex = pickCouncil(theme, THEME_VOCABULARY[theme].tier, random, originalCouncil)
    const council = councils[councilIndex] as CorpusCouncil
    const firstPublished = new Date(Math.floor(firstPublishedAt / 1000) * 1000)
    const adaptedFrom =
      original !== undefined
        ? { caseStudyId: ids[original] as string }
        : random.next() < EXTERNAL_SHARE
          ? { externalName: random.pick(EXTERNAL_PROGRAMMES) }
          : null
    const content = corpusContent(
      { index, theme, approach, council, firstPublishedAt: firstPublished, adaptedFrom },
      random,
    )
    // A quarter were updated after they were first published.
    const updated = random.next() < 0.25
    const publishedAt = updated
      ? new Date(
          firstPublished.getTime() + Math.floor(((latest - firstPublished.getTime()) * random.next()) / 1000) * 1000,
        )
      : firstPublished
    const evidenceConfirmed = random.next() < 0.35
    const evidenceLevel =
      evidenceConfirmed && content.evidenceLevel > '1' && random.next() < 0.15
        ? String(Number(content.evidenceLevel) - 1)
        : content.evidenceLevel
    const id = corpusObjectId(seed, index, firstPublished)

    published[index] = firstPublished.getTime()
    councilOf[index] = councilIndex
    lineage.push({ theme, approach })
    ids.push(id)
    yield {
      id,
      // The corpus suffix keeps slugs unique within a corpus and apart from every other seed's.
      slug: `${caseStudySlug(content.title, council.name)}-c${seed}-${index + 1}`,
      councilCode: council.gssCode,
      content,
      evidenceLevel,
      evidenceConfirmed,
      firstPublishedAt: firstPublished,
      publishedAt,
    }
  }
}

/** `count` synthetic published case studies for tests and benchmarks; the same for the same seed. */
export function generateCorpus(options: CorpusOptions): CorpusCaseStudy[] {
  return Array.from(corpusCaseStudies(options))
}
