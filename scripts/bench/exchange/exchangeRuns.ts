import { createWriteStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { caseStudyRepository } from '../../../server/data/caseStudyRepository'
import type { Services } from '../../../server/services'
import type { ExchangeFormat } from '../../../server/services/exchange/exchangeFormats'
import { runImport } from '../../exchange/runImport'
import { cpuSince, cpuTime, type CpuTime } from './cpuTime'
import { collectGarbage, peakRssMb, resetPeakRss, rssMb } from '../memory'

export type ImportRun = {
  rows: number
  created: number
  rejected: number
  totalSeconds: number
  checkSeconds: number
  writeSeconds: number
  indexed: number
  published: number
  pending: number
  /** CPU seconds spent by the app (this process) and by the embedded store during the import. */
  cpu: CpuTime
}

export type ExportRun = {
  format: ExchangeFormat
  rows: number
  bytes: number
  seconds: number
  /** RSS of the process with the search index open, before the export: what a web process holds anyway. */
  rssBeforeMb: number
  peakRssMb: number | undefined
  /** JavaScript heap in use before, at most (sampled every 200 ms) and after a full collection. */
  heapBeforeMb: number
  heapPeakMb: number
  heapAfterMb: number
  cpu: CpuTime
}

const since = (start: number) => (performance.now() - start) / 1000

/** Imports a file as `npm run import` does, timing its two passes, then reads what the index holds. */
export async function importRun(services: Services, file: string): Promise<ImportRun> {
  const cpuAtStart = cpuTime()
  const started = performance.now()
  let writing = 0
  const report = await runImport(services, file, {
    mode: 'published',
    dryRun: false,
    onProgress: progress => {
      if (progress.phase === 'importing' && writing === 0) writing = performance.now()
    },
  })
  const totalSeconds = since(started)
  const cpu = cpuSince(cpuAtStart)
  const status = await services.searchIndex.status()
  return {
    rows: report.rows,
    created: report.created,
    rejected: report.rejected,
    totalSeconds,
    checkSeconds: (writing - started) / 1000,
    writeSeconds: since(writing),
    indexed: status.documents,
    published: await caseStudyRepository.countPublished(),
    pending: status.pending,
    cpu,
  }
}

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024

/**
 * Downloads everything as the export route streams it (search ids, then batches from MongoDB),
 * into a file through a pipeline, so the disk's pace holds the reading back as a slow client
 * would. Peak RSS is the kernel's own (VmHWM), reset just before; the heap is sampled.
 */
export async function exportRun(services: Services, format: ExchangeFormat, file: string): Promise<ExportRun> {
  await services.searchIndex.ready()
  collectGarbage()
  const rssBeforeMb = rssMb()
  const heapBeforeMb = heapMb()
  let heapPeakMb = heapBeforeMb
  const sampler = setInterval(() => (heapPeakMb = Math.max(heapPeakMb, heapMb())), 200)
  resetPeakRss()
  const cpuAtStart = cpuTime()
  const started = performance.now()
  try {
    const { count, chunks } = await services.caseStudyExports.prepare(
      { text: '', filters: {}, sort: 'newest', page: 1, likeBy: 'global' },
      format,
    )
    await pipeline(Readable.from(chunks), createWriteStream(file))
    const seconds = since(started)
    const cpu = cpuSince(cpuAtStart)
    const peak = peakRssMb()
    collectGarbage()
    return {
      format,
      rows: count,
      bytes: statSync(file).size,
      seconds,
      rssBeforeMb,
      peakRssMb: peak,
      heapBeforeMb,
      heapPeakMb,
      heapAfterMb: heapMb(),
      cpu,
    }
  } finally {
    clearInterval(sampler)
  }
}
