import { existsSync, statSync } from 'node:fs'
import { DEFAULT_SYNONYMS, analyseVocabulary } from '../../server/search/synonyms'
import type { SearchDocument, SearchEngine } from '../../server/search/searchTypes'
import { peakRssMb, resetPeakRss } from './memory'
import { elapsedMs } from './stats'

export type BuildResult = {
  buildSeconds: number
  /** Peak RSS during replaceAll, documents included; over the whole process so far if the peak could not be reset. */
  peakRssMb: number | undefined
  peakSinceReset: boolean
  /** The database file, and the write-ahead log the build's one transaction went through (checkpointed later). */
  dbMb: number
  walMb: number
}

const fileMb = (file: string): number => (existsSync(file) ? statSync(file).size / (1024 * 1024) : 0)

/** Opens a fresh engine with the default synonyms (as the app has them) and times one replaceAll. */
export async function buildIndex(
  engine: SearchEngine,
  documents: SearchDocument[],
  file: string,
): Promise<BuildResult> {
  await engine.open()
  await engine.setSynonyms(analyseVocabulary(DEFAULT_SYNONYMS))
  const peakSinceReset = resetPeakRss()
  const start = process.hrtime.bigint()
  await engine.replaceAll([documents], 'benchmark corpus')
  const buildSeconds = elapsedMs(start) / 1000
  return { buildSeconds, peakRssMb: peakRssMb(), peakSinceReset, dbMb: fileMb(file), walMb: fileMb(`${file}-wal`) }
}
