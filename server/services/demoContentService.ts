import type { CaseStudyRepository, CaseStudyData, RevisionData } from '../data/caseStudyRepository'
import { generateDemoCaseStudies } from '../demo/demoCatalogue'
import type { AuditService } from './auditService'
import type { Clock } from './clock'
import type { CouncilService } from './councilService'
import { publishedRecord } from './caseStudies/publishedRecord'
import { caseStudySlug } from './caseStudies/slugs'
import { demoDocuments } from '../demo/demoDocuments'
import type { DocumentService } from './documents/documentService'

const DAY = 24 * 60 * 60 * 1000

/** Publishes the demo catalogue into an empty database, so a newcomer sees a living service. */
export function createDemoContentService(
  repository: CaseStudyRepository,
  councils: CouncilService,
  audit: AuditService,
  clock: Clock,
  documents: Pick<DocumentService, 'host' | 'hosted'>,
) {
  return {
    async seedIfEmpty(): Promise<number> {
      if ((await repository.count()) > 0) return 0
      const demo = generateDemoCaseStudies(await councils.all())
      const ids = new Map(demo.map(item => [item.key, repository.newId()]))
      const slugs = new Set<string>()
      const caseStudies: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>[] = []
      const revisions: RevisionData[] = []
      for (const item of demo) {
        const id = ids.get(item.key)!
        if (item.adaptedFromKey) item.content.adaptedFrom.caseStudyId = ids.get(item.adaptedFromKey)!.toString()
        const base = caseStudySlug(item.content.title, item.councilName)
        let slug = base
        for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`
        slugs.add(slug)
        const publishedAt = new Date(clock().getTime() - item.publishedDaysAgo * DAY)
        const record = publishedRecord({
          id,
          councilCode: item.councilCode,
          slug,
          content: item.content,
          publishedAt,
          firstPublishedAt: publishedAt,
          confirmedEvidenceLevel: item.evidenceConfirmed ? item.content.evidenceLevel : null,
          action: 'demo-content',
          revisionKey: 'demo',
        })
        revisions.push(record.revision)
        caseStudies.push(record.caseStudy)
      }
      // Each case study's files are stored before the case studies (the commit point) and listed
      // in the content they share with their revision; each stays pending until then, so files
      // of a seeding that stops part-way are deleted by the next sweep.
      const files = []
      for (const [index, caseStudy] of caseStudies.entries()) {
        const content = caseStudy.published!.content
        content.files = await documents.host(caseStudy._id, demoDocuments(content, demo[index]!.councilName), clock())
        files.push(...content.files)
      }
      await repository.insertManyPublished(
        caseStudies,
        revisions,
        [...caseStudies].map(caseStudy => ({ _id: caseStudy.slug, caseStudyId: caseStudy._id })),
      )
      await documents.hosted(files)
      await audit.record(
        { actorId: null, ip: null },
        {
          action: 'case-study.demo-content-published',
          subjectType: 'catalogue',
          subjectId: 'demo',
          details: { count: caseStudies.length },
        },
      )
      return caseStudies.length
    },
  }
}

export type DemoContentService = ReturnType<typeof createDemoContentService>
