import { Types } from 'mongoose'
import type { CaseStudyRepository } from '../../server/data/caseStudyRepository'
import type { AuditService } from '../../server/services/auditService'
import { publishedRecord } from '../../server/services/caseStudies/publishedRecord'
import type { CorpusCaseStudy } from './corpusGenerator'

/** The corpus (or a longer or shorter one from the same seed) is already stored: nothing was loaded. */
export class CorpusConflictError extends Error {
  constructor(readonly slug: string) {
    super(
      `A corpus with this seed is already loaded (case study ${slug} exists): nothing was loaded. ` +
        'Choose another seed, or load into an empty database.',
    )
    this.name = 'CorpusConflictError'
  }
}

export type CorpusToLoad = {
  seed: number
  count: number
  /** Called for each pass over the corpus, so a large one is never held whole. */
  caseStudies: () => Iterable<CorpusCaseStudy>
}
export type LoadOptions = { batchSize?: number; onBatch?: (loaded: number, total: number) => void }

/** Loads a synthetic corpus as published case studies, the way demo content is published. */
export function createCorpusLoader(repository: CaseStudyRepository, audit: AuditService) {
  /**
   * Whether any of the corpus is stored already, from its first case study alone. Slugs and ids
   * carry the seed and position (see corpusGenerator.ts), so two corpora can only share a case
   * study if they share the seed, and every corpus of a seed starts with the same case study.
   * Checking each of the corpus's slugs instead would cost a scan of the whole collection per
   * slug on FerretDB, whose SQLite backend looks an absent _id up by scanning.
   */
  async function alreadyLoaded(corpus: CorpusToLoad): Promise<string | undefined> {
    for (const first of corpus.caseStudies()) {
      const stored = (await repository.findBySlug(first.slug)) ?? (await repository.findById(first.id))
      return stored ? first.slug : undefined
    }
    return undefined
  }

  async function insert(batch: CorpusCaseStudy[]): Promise<void> {
    const records = batch.map(item =>
      publishedRecord({
        id: new Types.ObjectId(item.id),
        councilCode: item.councilCode,
        slug: item.slug,
        content: item.content,
        publishedAt: item.publishedAt,
        firstPublishedAt: item.firstPublishedAt,
        confirmedEvidenceLevel: item.evidenceConfirmed ? item.evidenceLevel : null,
        action: 'synthetic-corpus',
        revisionKey: 'corpus',
      }),
    )
    await repository.insertManyPublished(
      records.map(record => record.caseStudy),
      records.map(record => record.revision),
      records.map(({ caseStudy }) => ({ _id: caseStudy.slug, caseStudyId: caseStudy._id })),
    )
  }

  return {
    /**
     * Refuses a corpus whose seed is already loaded, so a repeated load adds nothing rather than
     * failing half-way on the first duplicate; then inserts it in batches.
     */
    async load(corpus: CorpusToLoad, { batchSize = 500, onBatch }: LoadOptions = {}): Promise<number> {
      const loadedSlug = await alreadyLoaded(corpus)
      if (loadedSlug) throw new CorpusConflictError(loadedSlug)
      let loaded = 0
      let batch: CorpusCaseStudy[] = []
      const flush = async () => {
        await insert(batch)
        loaded += batch.length
        batch = []
        onBatch?.(loaded, corpus.count)
      }
      for (const item of corpus.caseStudies()) {
        batch.push(item)
        if (batch.length >= batchSize) await flush()
      }
      if (batch.length) await flush()
      await audit.record(
        { actorId: null, ip: null },
        {
          action: 'case-study.corpus-loaded',
          subjectType: 'catalogue',
          subjectId: `corpus-${corpus.seed}`,
          details: { seed: corpus.seed, count: loaded },
        },
      )
      return loaded
    },
  }
}

export type CorpusLoader = ReturnType<typeof createCorpusLoader>
