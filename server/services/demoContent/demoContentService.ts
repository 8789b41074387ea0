import type { CaseStudyRepository, CaseStudyData, RevisionData } from '../../data/caseStudyRepository'
import type { AuditService } from '../auditService'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { caseStudySlug } from '../caseStudies/slugs'
import { generateDemoCaseStudies } from './demoCaseStudies'

const DAY = 24 * 60 * 60 * 1000

/** Publishes the demo catalogue into an empty database, so a newcomer sees a living service. */
export function createDemoContentService(
  repository: CaseStudyRepository,
  councils: CouncilService,
  audit: AuditService,
  clock: Clock,
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
        revisions.push({
          _id: `${id.toString()}:1:demo`,
          caseStudyId: id,
          number: 1,
          at: publishedAt,
          by: null,
          action: 'demo-content',
          changedFields: Object.keys(item.content),
          content: item.content,
        })
        caseStudies.push({
          _id: id,
          leadCouncilCode: item.councilCode,
          slug,
          previousSlugs: [],
          createdBy: null,
          version: 1,
          revision: 1,
          revisionKeys: ['demo'],
          publishedRevisions: [1],
          draft: null,
          published: {
            content: item.content,
            revision: 1,
            publishedAt,
            firstPublishedAt: publishedAt,
            publishedBy: null,
          },
          archivedAt: null,
          evidenceConfirmation: item.evidenceConfirmed
            ? { level: item.content.evidenceLevel, by: null as never, at: publishedAt }
            : null,
        })
      }
      await repository.insertManyPublished(
        caseStudies,
        revisions,
        [...caseStudies].map(caseStudy => ({ _id: caseStudy.slug, caseStudyId: caseStudy._id })),
      )
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
