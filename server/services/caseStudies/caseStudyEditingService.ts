import type { Types } from 'mongoose'
import {
  emptyContent,
  type CaseStudyContent,
  isOpenLicence,
  SECTIONS,
  asText,
  type Section,
} from '../../../models/vocabulary'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { UserData } from '../../data/userRepository'
import { ForbiddenError, HttpError, NotFoundError } from '../../errors/httpError'
import type { AuditService, RequestContext } from '../auditService'
import { activeCouncilOf, authorise, isPublisherOf } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { caseStudySlug } from './slugs'
import { editableCaseStudy } from './access'
import { CHOOSE_OPEN_LICENCE, licenceProblems } from './licences'
import { changedFields, missingRequiredFields } from './sections'

// Controllers see the conflict through the service, not the data layer.
export { EditConflictError } from '../../data/caseStudyRepository'

/** A field value that did not validate against something stored (another case study's address). */
export class SectionValueError extends HttpError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(400, message)
  }
}

function setValue(content: CaseStudyContent, name: string, value: unknown): void {
  const keys = name.split('.')
  const last = keys.pop() as string
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    content as unknown as Record<string, unknown>,
  )
  parent[last] = value
}

const clone = (content: CaseStudyContent): CaseStudyContent => structuredClone(content)

/** Something to do before a case study can be submitted, and the section where it is done. */
export type SubmitProblem = { sectionId: string; text: string }

export function createCaseStudyEditingService(
  repository: CaseStudyRepository,
  councils: CouncilService,
  audit: AuditService,
  clock: Clock,
  /** Told after each submission (true: resubmitted after a curator asked for changes). */
  onSubmitted: (caseStudy: CaseStudyData, title: string, resubmitted: boolean) => Promise<void> = async () => {},
) {
  const subject = (caseStudy: Pick<CaseStudyData, '_id'>) => ({
    subjectType: 'case-study',
    subjectId: caseStudy._id.toString(),
  })

  /** A new slug from the title and the council's area, numbered if taken. */
  async function claimSlugFor(title: string, caseStudyId: Types.ObjectId, councilName: string): Promise<string> {
    const base = caseStudySlug(title, councilName)
    for (let attempt = 1; attempt < 100; attempt++) {
      const slug = attempt === 1 ? base : `${base}-${attempt}`
      if (await repository.claimSlug(slug, caseStudyId)) return slug
    }
    throw new Error(`no free slug for "${title}"`)
  }

  return {
    /** For publishing under a new title: the council's name comes from the case study. */
    async claimSlugForCaseStudy(
      title: string,
      caseStudy: Pick<CaseStudyData, '_id' | 'leadCouncilCode'>,
    ): Promise<string> {
      const council = await councils.findByGssCode(caseStudy.leadCouncilCode)
      return claimSlugFor(title, caseStudy._id, council?.name ?? '')
    },

    /** Only publishers start case studies, for their own council. Returns that council. */
    assertCanStart(actor: UserData | undefined): string {
      const councilCode = activeCouncilOf(actor)
      authorise(Boolean(councilCode && isPublisherOf(actor, councilCode)), 'Only publishers can start case studies')
      return councilCode as string
    },

    /** A new draft; `adaptedFrom` prefills that section, for a council publishing its version of another's. */
    async create(
      actor: UserData,
      title: string,
      context: RequestContext,
      adaptedFrom?: { caseStudyId: string; whatChanged: string },
    ): Promise<CaseStudyData> {
      const councilCode = this.assertCanStart(actor)
      const now = clock()
      const id = repository.newId()
      const council = await councils.findByGssCode(councilCode)
      const slug = await claimSlugFor(title, id, council?.name ?? '')
      const content = emptyContent(title)
      if (adaptedFrom) content.adaptedFrom = { ...content.adaptedFrom, ...adaptedFrom }
      const caseStudy = {
        _id: id,
        leadCouncilCode: councilCode,
        slug,
        previousSlugs: [],
        createdBy: actor._id,
        version: 1,
        revision: 1,
        revisionKeys: [],
        publishedRevisions: [],
        draft: {
          content,
          revision: 1,
          reviewState: 'editing' as const,
          submittedAt: null,
          submittedBy: null,
          curatorComment: '',
          savedSections: adaptedFrom ? ['title-and-summary', 'adapted-from'] : ['title-and-summary'],
          updatedAt: now,
        },
        published: null,
        archivedAt: null,
        evidenceConfirmation: null,
      }
      await repository.insert(caseStudy, {
        at: now,
        by: actor._id,
        action: 'created',
        changedFields: adaptedFrom ? ['title', 'adaptedFrom'] : ['title'],
        content,
      })
      await audit.record(context, { action: 'case-study.created', ...subject(caseStudy) })
      return { ...caseStudy, createdAt: now, updatedAt: now }
    },

    /**
     * The version being edited: the draft, or a copy of the published version if there is no draft
     * (or only a rejected edit of it, which a new edit replaces).
     */
    async forEditing(actor: UserData | undefined, id: string) {
      const caseStudy = await editableCaseStudy(repository, actor, id)
      const startAfresh = !caseStudy.draft || (caseStudy.draft.reviewState === 'rejected' && caseStudy.published)
      const draft =
        !startAfresh && caseStudy.draft
          ? caseStudy.draft
          : {
              content: clone(caseStudy.published!.content),
              revision: caseStudy.revision,
              reviewState: 'editing' as const,
              submittedAt: null,
              submittedBy: null,
              curatorComment: '',
              savedSections: SECTIONS.map(section => section.id),
              updatedAt: clock(),
            }
      return { caseStudy, draft }
    },

    /**
     * Saves one section's values into the draft as a new revision. Editing a published case study
     * starts a draft; visitors keep seeing the published version until a curator publishes again.
     * Editing a submitted draft takes it back out of the review queue.
     */
    async saveSection(
      actor: UserData,
      id: string,
      section: Section,
      values: Record<string, unknown>,
      context: RequestContext,
    ): Promise<void> {
      await this.changeDraft(actor, id, section.id, context, async (content, caseStudy) => {
        // A case study saved before only open licences were offered shows no licence chosen here:
        // saving this section means choosing one.
        if (section.id === 'licence' && !isOpenLicence(asText(values.licence)))
          throw new SectionValueError('licence', CHOOSE_OPEN_LICENCE)
        for (const [name, value] of Object.entries(values)) {
          if (name === 'adaptedFrom.caseStudyId' && value) {
            const original = await repository.findBySlug(asText(value))
            if (!original?.published || original._id.equals(caseStudy._id)) {
              throw new SectionValueError(
                'adaptedFrom-caseStudyId',
                'Enter the address of a published case study on Practice Exchange',
              )
            }
            setValue(content, name, original._id.toString())
          } else setValue(content, name, value)
        }
      })
    },

    /**
     * Changes the draft as `change` says, applied to the version just read, and commits it as a
     * new revision of the section's fields; a change that someone else's save overtook gets an
     * EditConflictError and writes nothing. Returns the case study as it was read.
     */
    async changeDraft(
      actor: UserData,
      id: string,
      sectionId: string,
      context: RequestContext,
      change: (content: CaseStudyContent, caseStudy: CaseStudyData) => void | Promise<void>,
    ): Promise<CaseStudyData> {
      const { caseStudy, draft } = await this.forEditing(actor, id)
      if (caseStudy.archivedAt) throw new ForbiddenError('Archived case studies cannot be edited')
      if (draft.reviewState === 'rejected')
        throw new ForbiddenError('This case study was rejected and cannot be edited')
      const content = clone(draft.content)
      await change(content, caseStudy)
      const changed = changedFields(draft.content, content)
      const savedSections = [...new Set([...draft.savedSections, sectionId])]
      // Saving without changing anything neither starts a draft of a published case study nor
      // takes a submitted one out of the review queue; it only marks the section as visited.
      if (!changed.length) {
        if (caseStudy.draft === draft && savedSections.length !== draft.savedSections.length) {
          await repository.commit(caseStudy, { set: { 'draft.savedSections': savedSections } })
        }
        return caseStudy
      }
      const now = clock()
      const nextDraft = {
        ...draft,
        content,
        savedSections,
        updatedAt: now,
        reviewState: 'editing' as const,
        curatorComment: draft.reviewState === 'changes-requested' ? draft.curatorComment : '',
        revision: caseStudy.revision + 1,
      }
      await repository.commit(caseStudy, {
        revision: { at: now, by: actor._id, action: 'saved', changedFields: changed, content },
        set: { draft: nextDraft },
      })
      await audit.record(context, {
        action: 'case-study.saved',
        ...subject(caseStudy),
        details: { section: sectionId, fields: changed },
      })
      return caseStudy
    },

    /** What must be done before submitting, in task-list order: sections to complete, licences to open. */
    submitProblems(content: CaseStudyContent): SubmitProblem[] {
      const licences = licenceProblems(content)
      return SECTIONS.flatMap(section => {
        const own = licences.filter(problem => problem.sectionId === section.id)
        if (own.length) return own
        return missingRequiredFields(section, content).length
          ? [{ sectionId: section.id, text: `Complete the section "${section.title}"` }]
          : []
      })
    },

    async submit(
      actor: UserData,
      id: string,
      context: RequestContext,
    ): Promise<
      { outcome: 'submitted' } | { outcome: 'incomplete'; problems: SubmitProblem[]; content: CaseStudyContent }
    > {
      const { caseStudy, draft } = await this.forEditing(actor, id)
      if (!caseStudy.draft) throw new NotFoundError('Nothing to submit')
      if (caseStudy.archivedAt) throw new ForbiddenError('Archived case studies cannot be submitted')
      if (draft.reviewState === 'rejected')
        throw new ForbiddenError('This case study was rejected and cannot be submitted again')
      if (draft.reviewState === 'submitted') return { outcome: 'submitted' }
      const problems = this.submitProblems(draft.content)
      if (problems.length) return { outcome: 'incomplete', problems, content: draft.content }
      await repository.commit(caseStudy, {
        set: {
          draft: {
            ...draft,
            reviewState: 'submitted',
            submittedAt: clock(),
            submittedBy: actor._id,
            curatorComment: '',
          },
        },
      })
      await audit.record(context, { action: 'case-study.submitted', ...subject(caseStudy) })
      await onSubmitted(caseStudy, draft.content.title, draft.changesRequestedRevision != null)
      return { outcome: 'submitted' }
    },

    async listForCouncil(actor: UserData): Promise<CaseStudyData[]> {
      const councilCode = activeCouncilOf(actor)
      authorise(
        Boolean(councilCode && isPublisherOf(actor, councilCode)),
        'Only publishers can see their council’s case studies',
      )
      return repository.listByCouncil(councilCode as string)
    },
  }
}

export type CaseStudyEditingService = ReturnType<typeof createCaseStudyEditingService>
