import { existsSync, statSync } from 'node:fs'
import { DEFAULT_SYNONYMS, analyseVocabulary } from '../../server/search/synonyms'
import type { DocumentBatches, SearchEngine } from '../../server/search/searchTypes'
import { peakRssMb, resetPeakRss } from './memory'
import { elapsedMs } from './stats'

export type BuildResult = {
  /** The build's own time: replaceAll less the time spent generating the documents it was fed. */
  buildSeconds: number
  /** Peak RSS during replaceAll (one batch of documents at a time); over the whole process so far if the peak could not be reset. */
  peakRssMb: number | undefined
  peakSinceReset: boolean
  /** The database file, and the write-ahead log the build's one transaction went through (checkpointed later). */
  dbMb: number
  walMb: number
}

const fileMb = (file: string): number => (existsSync(file) ? statSync(file).size / (1024 * 1024) : 0)

/**
 * Opens a fresh engine with the default synonyms (as the app has them) and times one replaceAll
 * over the batches; `feedingMs` says how much of that time went on producing the batches.
 */
export async function buildIndex(
  engine: SearchEngine,
  batches: DocumentBatches,
  file: string,
  feedingMs: () => number = () => 0,
): Promise<BuildResult> {
  await engine.open()
  await engine.setSynonyms(analyseVocabulary(DEFAULT_SYNONYMS))
  const peakSinceReset = resetPeakRss()
  const start = process.hrtime.bigint()
  await engine.replaceAll(batches, 'benchmark corpus')
  const buildSeconds = (elapsedMs(start) - feedingMs()) / 1000
  return { buildSeconds, peakRssMb: peakRssMb(), peakSinceReset, dbMb: fileMb(file), walMb: fileMb(`${file}-wal`) }
}
