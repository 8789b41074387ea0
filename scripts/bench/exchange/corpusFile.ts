import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { Types } from 'mongoose'
import type { CaseStudyData } from '../../../server/data/caseStudyRepository'
import { encoders, type ExchangeFormat, type ExchangeRow } from '../../../server/services/exchange/exchangeFormats'
import { exportRow } from '../../../server/services/exchange/exportRow'
// The synthetic corpus generator, from where it is today (it is moving to scripts/corpus/).
import { corpusCaseStudies, type CorpusCaseStudy } from '../../corpus/corpusGenerator'
import { readCouncilReferenceData } from '../../../server/services/referenceData/councilReferenceData'

const LINES_PER_WRITE = 1_000

/** The external id a corpus case study is imported under: its corpus id, so lineage resolves within a file. */
export const corpusExternalId = (id: string) => `corpus:${id}`

/** One synthetic case study as a row of the export schema, as an export of it would read. */
export function corpusRow(item: CorpusCaseStudy, councilName: string): ExchangeRow {
  const caseStudy = {
    _id: new Types.ObjectId(item.id),
    externalId: corpusExternalId(item.id),
    slug: item.slug,
    leadCouncilCode: item.councilCode,
    published: {
      content: item.content,
      revision: 1,
      publishedAt: item.publishedAt,
      firstPublishedAt: item.firstPublishedAt,
      publishedBy: null,
    },
    evidenceConfirmation: item.evidenceConfirmed ? { level: item.evidenceLevel, by: null, at: item.publishedAt } : null,
  } as unknown as CaseStudyData
  const original = item.content.adaptedFrom.caseStudyId
  return exportRow(caseStudy, { councilName, adaptedFromExternalId: original ? corpusExternalId(original) : '' })
}

/**
 * Writes `count` synthetic case studies (corpus seed `seed`) as an import file, a thousand lines
 * at a time, so a large one never sits in memory whole. Returns the file's size in bytes.
 */
export function writeCorpusFile(
  file: string,
  { count, seed, format }: { count: number; seed: number; format: ExchangeFormat },
): number {
  const councils = readCouncilReferenceData()
  const names = new Map(councils.map(council => [council.gssCode, council.name]))
  const encode = encoders[format]
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  let bytes = 0
  const write = (text: string) => (bytes += writeSync(fd, text))
  try {
    write(encode.header)
    let chunk = ''
    let lines = 0
    for (const item of corpusCaseStudies({ count, seed, councils })) {
      chunk += encode.row(corpusRow(item, names.get(item.councilCode) ?? ''))
      if (++lines % LINES_PER_WRITE === 0) {
        write(chunk)
        chunk = ''
      }
    }
    write(chunk)
  } finally {
    closeSync(fd)
  }
  return bytes
}
