import { adaptedFromTitles } from './adaptedFromTitles'
import type { CaseStudyContent } from '../../../models/vocabulary'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import { NotFoundError } from '../../errors/httpError'
import type { CouncilService } from '../councilService'
import { diffContent, type FieldDiff } from './contentDiff'

/** A published version as visitors see it: numbered 1, 2, 3... in the order they were published. */
export type PublicVersion = { number: number; publishedAt: Date | undefined }

type Subject = { slug: string; title: string; councilName: string; versions: PublicVersion[] }
export type PublicVersionList = { redirectTo: string } | Subject
export type PublicVersionChanges = { redirectTo: string } | (Subject & { version: PublicVersion; diffs: FieldDiff[] })

/** The revisions that were published, oldest first; a record from before they were listed has its one. */
export const publishedRevisionsOf = (caseStudy: Pick<CaseStudyData, 'publishedRevisions' | 'published'>) =>
  caseStudy.publishedRevisions.length
    ? caseStudy.publishedRevisions
    : caseStudy.published
      ? [caseStudy.published.revision]
      : []

/**
 * The public version history: only what was published, never drafts or revisions saved between
 * publications, and never contact details (personal data) in what changed. Who published is the
 * council, never a person.
 */
export function createPublicVersionService(repository: CaseStudyRepository, councils: CouncilService) {
  async function publishedBySlug(slug: string): Promise<CaseStudyData> {
    const caseStudy = await repository.findBySlug(slug)
    if (!caseStudy?.published || caseStudy.archivedAt) throw new NotFoundError()
    return caseStudy
  }

  /**
   * Each version's publication date. Records published before the dates were kept still know their
   * first and latest exactly; a version in between falls back to when its text was saved.
   */
  async function versionsOf(caseStudy: CaseStudyData): Promise<PublicVersion[]> {
    const revisions = publishedRevisionsOf(caseStudy)
    const known = new Map((caseStudy.publications ?? []).map(entry => [entry.revision, entry.at]))
    if (!known.has(revisions[0]!)) known.set(revisions[0]!, caseStudy.published!.firstPublishedAt)
    if (!known.has(revisions.at(-1)!)) known.set(revisions.at(-1)!, caseStudy.published!.publishedAt)
    const saved = await repository.revisionDates(
      caseStudy,
      revisions.filter(revision => !known.has(revision)),
    )
    return revisions.map((revision, index) => ({
      number: index + 1,
      publishedAt: known.get(revision) ?? saved.get(revision),
    }))
  }

  async function subject(caseStudy: CaseStudyData): Promise<Subject> {
    return {
      slug: caseStudy.slug,
      title: caseStudy.published!.content.title,
      councilName: (await councils.findByGssCode(caseStudy.leadCouncilCode))?.name ?? caseStudy.leadCouncilCode,
      versions: await versionsOf(caseStudy),
    }
  }

  /** The published content of version `number` (from 1). */
  async function contentOf(caseStudy: CaseStudyData, number: number): Promise<CaseStudyContent> {
    const revisions = publishedRevisionsOf(caseStudy)
    const latest = number === revisions.length
    const revision = latest ? undefined : await repository.findRevision(caseStudy, revisions[number - 1]!)
    const content = latest ? caseStudy.published!.content : revision?.content
    if (!content) throw new NotFoundError()
    return content
  }

  return {
    /** Every published version at this slug; an old slug answers with the current one to redirect to. */
    async list(slug: string): Promise<PublicVersionList> {
      const caseStudy = await publishedBySlug(slug)
      if (caseStudy.slug !== slug) return { redirectTo: caseStudy.slug }
      return subject(caseStudy)
    },

    /** What changed in version `number` since the one before it (version 1: everything it said). */
    async changes(slug: string, number: number): Promise<PublicVersionChanges> {
      const caseStudy = await publishedBySlug(slug)
      const count = publishedRevisionsOf(caseStudy).length
      if (!Number.isInteger(number) || number < 1 || number > count) throw new NotFoundError()
      if (caseStudy.slug !== slug) return { redirectTo: caseStudy.slug }
      const after = await contentOf(caseStudy, number)
      const before = number > 1 ? await contentOf(caseStudy, number - 1) : undefined
      const titleOf = await adaptedFromTitles(repository, before ? [before, after] : [after])
      const found = await subject(caseStudy)
      return {
        ...found,
        version: found.versions[number - 1]!,
        diffs: diffContent(before, after, { includeContacts: false, titleOf }),
      }
    },
  }
}

export type PublicVersionService = ReturnType<typeof createPublicVersionService>
