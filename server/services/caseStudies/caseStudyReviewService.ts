import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { UserData, UserRepository } from '../../data/userRepository'
import { ForbiddenError, NotFoundError } from '../../errors/httpError'
import { caseStudyEmails } from '../../mail/emails'
import type { Mailer } from '../../mail/mailer'
import { paths } from '../../paths'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin } from '../authorisation'
import type { Clock } from '../clock'
import type { CaseStudyEditingService } from './caseStudyEditingService'
import { LicenceNotOpenError, licenceProblems } from './licences'

type Dependencies = {
  repository: CaseStudyRepository
  users: UserRepository
  editing: CaseStudyEditingService
  audit: AuditService
  mailer: Mailer
  clock: Clock
  publicBaseUrl: string
}

export type ReviewDecision = 'publish' | 'request-changes' | 'reject'

/** What network admins (curators) do: the review queue, decisions, archiving, evidence levels. */
export function createCaseStudyReviewService(deps: Dependencies) {
  const { repository, users, audit, mailer, clock } = deps
  const subject = (caseStudy: CaseStudyData) => ({ subjectType: 'case-study', subjectId: caseStudy._id.toString() })

  async function curatorCaseStudy(actor: UserData | undefined, id: string): Promise<CaseStudyData> {
    authorise(isNetworkAdmin(actor))
    const caseStudy = await repository.findById(id)
    if (!caseStudy) throw new NotFoundError()
    return caseStudy
  }

  async function tellPublisher(
    caseStudy: CaseStudyData,
    decision: 'published' | 'changes-requested' | 'rejected',
    comment: string,
    title: string,
    slug: string,
  ) {
    const publisherId = caseStudy.draft?.submittedBy ?? caseStudy.createdBy
    const publisher = publisherId ? await users.findById(publisherId) : undefined
    if (!publisher) return
    const path =
      decision === 'published' ? paths.caseStudies.show(slug) : paths.publish.taskList(caseStudy._id.toString())
    await mailer.send(
      caseStudyEmails.decision(
        publisher.email,
        publisher.name,
        title,
        decision,
        comment,
        `${deps.publicBaseUrl}${path}`,
      ),
    )
  }

  return {
    async queue(actor: UserData | undefined): Promise<CaseStudyData[]> {
      authorise(isNetworkAdmin(actor))
      return repository.listSubmitted()
    },

    forReview: curatorCaseStudy,

    async decide(
      actor: UserData,
      id: string,
      decision: ReviewDecision,
      comment: string,
      context: RequestContext,
    ): Promise<void> {
      const caseStudy = await curatorCaseStudy(actor, id)
      const draft = caseStudy.draft
      if (!draft || draft.reviewState !== 'submitted') throw new NotFoundError('Nothing waiting for review')
      const title = draft.content.title
      if (decision === 'publish') {
        // Submitted before only open licences were offered: it goes out under an open one or not at all.
        const problems = licenceProblems(draft.content)
        if (problems.length) throw new LicenceNotOpenError(problems)
        const now = clock()
        // A new title gets a new slug; the old one stays claimed by this case study and redirects.
        const slug =
          draft.content.title !== caseStudy.published?.content.title || !caseStudy.published
            ? await deps.editing.claimSlugForCaseStudy(title, caseStudy)
            : caseStudy.slug
        const slugChanged = slug !== caseStudy.slug
        await repository.commit(caseStudy, {
          set: {
            published: {
              content: draft.content,
              revision: draft.revision,
              publishedAt: now,
              firstPublishedAt: caseStudy.published?.firstPublishedAt ?? now,
              publishedBy: actor._id,
            },
            draft: null,
            slug,
            ...(slugChanged && caseStudy.published
              ? { previousSlugs: [...caseStudy.previousSlugs, caseStudy.slug] }
              : {}),
          },
          push: { publishedRevisions: draft.revision, publications: { revision: draft.revision, at: now } },
        })
        await audit.record(context, {
          action: 'case-study.published',
          ...subject(caseStudy),
          details: { revision: draft.revision },
        })
        await tellPublisher(caseStudy, 'published', '', title, slug)
        return
      }
      const reviewState = decision === 'reject' ? 'rejected' : 'changes-requested'
      await repository.commit(caseStudy, {
        // The revision asked about is kept, so a resubmission shows the curator what changed since.
        set: { draft: { ...draft, reviewState, curatorComment: comment, changesRequestedRevision: draft.revision } },
      })
      await audit.record(context, { action: `case-study.${reviewState}`, ...subject(caseStudy) })
      await tellPublisher(caseStudy, reviewState, comment, title, caseStudy.slug)
    },

    async setArchived(actor: UserData, id: string, archived: boolean, context: RequestContext): Promise<CaseStudyData> {
      const caseStudy = await curatorCaseStudy(actor, id)
      if (!caseStudy.published) throw new ForbiddenError('Only published case studies can be archived')
      await repository.commit(caseStudy, { set: { archivedAt: archived ? clock() : null } })
      await audit.record(context, {
        action: archived ? 'case-study.archived' : 'case-study.unarchived',
        ...subject(caseStudy),
      })
      return caseStudy
    },

    async confirmEvidence(actor: UserData, id: string, level: string, context: RequestContext): Promise<CaseStudyData> {
      const caseStudy = await curatorCaseStudy(actor, id)
      await repository.commit(caseStudy, {
        set: { evidenceConfirmation: { level, by: actor._id, at: clock() } },
      })
      await audit.record(context, {
        action: 'case-study.evidence-confirmed',
        ...subject(caseStudy),
        details: { level },
      })
      return caseStudy
    },
  }
}

export type CaseStudyReviewService = ReturnType<typeof createCaseStudyReviewService>
