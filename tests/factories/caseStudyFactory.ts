import { randomBytes } from 'node:crypto'
import { Types } from 'mongoose'
import { emptyContent, type CaseStudyContent } from '../../models/vocabulary'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { publishedRecord } from '../../server/services/caseStudies/publishedRecord'
import { slugify } from '../../server/services/slugify'

type Options = {
  title?: string
  councilCode?: string
  themes?: string[]
  summary?: string
  adaptedFromId?: string
  /** What the adaptation changed and why (content.adaptedFrom.whatChanged). */
  whatChanged?: string
  /** An outside programme it was adapted from, by name. */
  adaptedFromName?: string
  publishedAt?: Date
}

/**
 * A case study stored as published, straight into MongoDB as the demo content is: for tests that
 * need catalogue entries, not the publishing journey (tests/factories/publishedCaseStudy.ts has
 * that). The search index picks it up on its next rebuild (searchIndex.ready on a fresh index).
 */
export async function createPublishedCaseStudy({
  title = `Test programme ${randomBytes(3).toString('hex')}`,
  councilCode = 'E08000035',
  themes = ['housing'],
  summary = 'A summary of what the programme did and what changed.',
  adaptedFromId = '',
  whatChanged = '',
  adaptedFromName = '',
  publishedAt = new Date(),
}: Options = {}): Promise<{ id: string; slug: string; title: string }> {
  const id = new Types.ObjectId()
  const slug = `${slugify(title).slice(0, 80)}-${randomBytes(3).toString('hex')}`
  const content: CaseStudyContent = {
    ...emptyContent(title),
    summary,
    themes,
    stage: 'live',
    problem: 'The problem the council faced.',
    whatTheyDid: 'What the council did about it.',
    adaptedFrom: { caseStudyId: adaptedFromId, externalName: adaptedFromName, externalUrl: '', whatChanged },
    contacts: [{ name: 'Private Person', role: 'Lead', email: 'private.person@example.org', phone: '' }],
  }
  const { caseStudy, revision } = publishedRecord({
    id,
    councilCode,
    slug,
    content,
    publishedAt,
    firstPublishedAt: publishedAt,
    confirmedEvidenceLevel: null,
    action: 'test-factory',
    revisionKey: randomBytes(6).toString('hex'),
  })
  await caseStudyRepository.insertManyPublished([caseStudy], [revision], [{ _id: slug, caseStudyId: id }])
  return { id: id.toString(), slug, title }
}
