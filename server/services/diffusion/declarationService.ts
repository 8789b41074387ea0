import { ADOPTION_STATUS_KEYS, ADOPTION_STATUSES, type AdoptionStatus } from '../../../models/adoptionStatuses'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { DeclarationData, DeclarationRepository } from '../../data/declarationRepository'
import type { UserData, UserRepository } from '../../data/userRepository'
import { NotFoundError } from '../../errors/httpError'
import { declarationEmails } from '../../mail/declarationEmails'
import type { Mailer } from '../../mail/mailer'
import { paths } from '../../paths'
import type { AuditService, RequestContext } from '../auditService'
import { activeCouncilOf, authorise, isPublisherOf, isVerified, type MaybeUser } from '../authorisation'
import type { BackgroundTasks } from '../backgroundTasks'
import type { CaseStudyEditingService } from '../caseStudies/caseStudyEditingService'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'

type Deps = {
  declarations: DeclarationRepository
  caseStudies: CaseStudyRepository
  users: UserRepository
  councils: CouncilService
  editing: CaseStudyEditingService
  audit: AuditService
  mailer: Mailer
  background: BackgroundTasks
  clock: Clock
  publicBaseUrl: string
}

export type DeclarationInput = { status: AdoptionStatus; note: string }
export const NOT_A_PUBLISHER =
  'Only publishers can create case studies. Ask a publisher at your council to publish your version'

/**
 * "Our council is exploring / adapting / has adopted this": officers of any council but the one that
 * published the case study say it for their council. One current declaration per council and case
 * study, every change kept as history, the publishing council told by email.
 */
export function createDeclarationService(deps: Deps) {
  const { declarations, caseStudies, councils, audit, clock } = deps

  async function publishedBySlug(
    slug: string,
  ): Promise<CaseStudyData & { published: NonNullable<CaseStudyData['published']> }> {
    const caseStudy = await caseStudies.findBySlug(String(slug))
    if (!caseStudy?.published || caseStudy.archivedAt) throw new NotFoundError()
    return caseStudy as CaseStudyData & { published: NonNullable<CaseStudyData['published']> }
  }

  /** The council this officer declares for; never the council that published the case study. */
  function declaringCouncil(actor: MaybeUser, caseStudy: CaseStudyData): string {
    const councilCode = activeCouncilOf(actor)
    authorise(Boolean(councilCode), 'Only officers of a council can say their council is using a case study')
    authorise(councilCode !== caseStudy.leadCouncilCode, 'Your council published this case study')
    return councilCode as string
  }

  const councilName = async (code: string) => (await councils.findByGssCode(code))?.name ?? code

  /** The publishing council's publishers and council admins: the people who care who reuses its work. */
  async function notifyLeadCouncil(
    caseStudy: CaseStudyData,
    notice: Omit<Parameters<typeof declarationEmails.declared>[2], 'title' | 'link'>,
  ) {
    const members = await deps.users.listByCouncil(caseStudy.leadCouncilCode)
    const recipients = members.filter(
      user =>
        isVerified(user) &&
        user.membership?.status === 'active' &&
        (user.membership.isPublisher || user.membership.isCouncilAdmin),
    )
    const link = `${deps.publicBaseUrl}${paths.caseStudies.show(caseStudy.slug)}`
    const title = caseStudy.published!.content.title
    for (const user of recipients)
      await deps.mailer.send(declarationEmails.declared(user.email, user.name, { ...notice, title, link }))
  }

  /** A declaration as pages show it: the council's name and page, never who made it. */
  async function describe(declaration: DeclarationData) {
    const council = await councils.findByGssCode(declaration.councilCode)
    return {
      councilCode: declaration.councilCode,
      councilName: council?.name ?? declaration.councilCode,
      councilSlug: council?.slug,
      status: declaration.status,
      note: declaration.note,
      updatedAt: declaration.updatedAt,
    }
  }

  const subject = (caseStudy: CaseStudyData) => ({ subjectType: 'case-study', subjectId: caseStudy._id.toString() })

  return {
    /** What the declaration page shows an officer: their council's current declaration and its history. */
    async formFor(actor: MaybeUser, slug: string) {
      const caseStudy = await publishedBySlug(slug)
      const councilCode = declaringCouncil(actor, caseStudy)
      const id = caseStudy._id.toString()
      const [current, history] = await Promise.all([
        declarations.findCurrent(id, councilCode),
        declarations.history(id, councilCode),
      ])
      const draft = current?.adaptationDraftId ? await caseStudies.findById(current.adaptationDraftId) : undefined
      return {
        caseStudy: {
          id,
          slug: caseStudy.slug,
          title: caseStudy.published.content.title,
          councilName: await councilName(caseStudy.leadCouncilCode),
        },
        councilName: await councilName(councilCode),
        current,
        history,
        canPublishVersion: isPublisherOf(actor, councilCode),
        adaptationDraftId: draft && draft.leadCouncilCode === councilCode ? draft._id.toString() : undefined,
      }
    },

    /** Declares or changes the council's status; nothing is written (or sent) when nothing changed. */
    async declare(
      actor: UserData,
      slug: string,
      input: DeclarationInput,
      context: RequestContext,
    ): Promise<{ changed: boolean }> {
      const caseStudy = await publishedBySlug(slug)
      const councilCode = declaringCouncil(actor, caseStudy)
      const id = caseStudy._id.toString()
      const before = await declarations.findCurrent(id, councilCode)
      if (before && before.status === input.status && before.note === input.note) return { changed: false }
      await declarations.declare({ caseStudyId: id, councilCode, ...input, by: actor._id, at: clock() })
      await audit.record(context, {
        action: before ? 'declaration.changed' : 'declaration.declared',
        ...subject(caseStudy),
        details: { councilCode, status: input.status },
      })
      const notice = { councilName: await councilName(councilCode), ...input, previousStatus: before?.status }
      deps.background.run('declaration email', () => notifyLeadCouncil(caseStudy, notice))
      return { changed: true }
    },

    /** Withdraws the council's declaration, if it has one: the history keeps a withdrawal. */
    async withdraw(actor: UserData, slug: string, context: RequestContext): Promise<{ withdrawn: boolean }> {
      const caseStudy = await publishedBySlug(slug)
      const councilCode = declaringCouncil(actor, caseStudy)
      const id = caseStudy._id.toString()
      if (!(await declarations.findCurrent(id, councilCode))) return { withdrawn: false }
      await declarations.withdraw({ caseStudyId: id, councilCode, by: actor._id, at: clock() })
      await audit.record(context, { action: 'declaration.withdrawn', ...subject(caseStudy), details: { councilCode } })
      return { withdrawn: true }
    },

    /**
     * "Publish your version": a new draft for the officer's council, adapted from this case study,
     * once the council has declared it adopted. A second request opens the draft the first started.
     */
    async startAdaptation(actor: UserData, slug: string, context: RequestContext): Promise<string> {
      const caseStudy = await publishedBySlug(slug)
      const councilCode = declaringCouncil(actor, caseStudy)
      authorise(isPublisherOf(actor, councilCode), NOT_A_PUBLISHER)
      const id = caseStudy._id.toString()
      const current = await declarations.findCurrent(id, councilCode)
      authorise(current?.status === 'adopted', 'Say your council has adopted this case study first')
      const existing = current.adaptationDraftId ? await caseStudies.findById(current.adaptationDraftId) : undefined
      if (existing && existing.leadCouncilCode === councilCode) return existing._id.toString()
      const draft = await deps.editing.create(actor, caseStudy.published.content.title, context, {
        caseStudyId: id,
        whatChanged: current.note,
      })
      await declarations.setAdaptationDraft(id, councilCode, draft._id.toString())
      return draft._id.toString()
    },

    /** The case study page's summary: counts by status and the councils, for everyone to see. */
    async summaryFor(caseStudyId: string) {
      const current = await declarations.currentByCaseStudy([caseStudyId])
      return {
        counts: ADOPTION_STATUS_KEYS.map(status => ({
          status,
          label: ADOPTION_STATUSES[status].label,
          count: current.filter(declaration => declaration.status === status).length,
        })),
        declarations: await Promise.all(current.map(describe)),
      }
    },

    describe,
  }
}

export type DeclarationService = ReturnType<typeof createDeclarationService>
