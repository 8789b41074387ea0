import type { CaseStudyContent } from '../../../models/caseStudyContent'
import type { CaseStudyData, CaseStudyRepository, RevisionData, RevisionSummary } from '../../data/caseStudyRepository'
import type { UserData } from '../../data/userRepository'
import { NotFoundError } from '../../errors/httpError'
import { isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { CouncilService } from '../councilService'
import { editableCaseStudy } from './access'
import { diffContent, type FieldDiff } from './contentDiff'
import { publishedRevisionsOf } from './publicVersionService'

/** History rows per page: a case study with thousands of saves still has a short page. */
export const REVISIONS_PER_PAGE = 25

export type CaseStudyLink = { title: string; slug: string; councilName: string }

export type PublicCaseStudy = {
  caseStudy: CaseStudyData
  content: CaseStudyContent
  councilName: string
  adaptedFrom: CaseStudyLink | undefined
  adaptedBy: CaseStudyLink[]
  evidence: { level: string; confirmed: boolean }
  publishedAt: Date | undefined
  firstPublishedAt: Date | undefined
  /** How many versions were published: the public version history's length. */
  versionCount: number
}

/** The published adaptations of a case study, as links; from the search index (searchService.adaptationsOf). */
export type AdaptationsOf = (caseStudyId: string) => Promise<CaseStudyLink[]>

export function createCaseStudyReadService(
  repository: CaseStudyRepository,
  councils: CouncilService,
  adaptationsOf: AdaptationsOf,
) {
  const councilName = async (code: string) => (await councils.findByGssCode(code))?.name ?? code

  async function linkTo(caseStudy: CaseStudyData | undefined): Promise<CaseStudyLink | undefined> {
    if (!caseStudy?.published || caseStudy.archivedAt) return undefined
    return {
      title: caseStudy.published.content.title,
      slug: caseStudy.slug,
      councilName: await councilName(caseStudy.leadCouncilCode),
    }
  }

  async function referenceById(id: string): Promise<{ title: string; slug: string } | undefined> {
    const caseStudy = id ? await repository.findById(id) : undefined
    const content = caseStudy?.published?.content
    return caseStudy && content ? { title: content.title, slug: caseStudy.slug } : undefined
  }

  async function titlesFor(contents: (CaseStudyContent | undefined)[]): Promise<(id: string) => string> {
    const ids = [...new Set(contents.map(content => content?.adaptedFrom.caseStudyId ?? '').filter(Boolean))]
    const titles = new Map<string, string>()
    for (const id of ids) titles.set(id, (await referenceById(id))?.title ?? 'A case study that is no longer available')
    return id => titles.get(id) ?? id
  }

  async function present(caseStudy: CaseStudyData, content: CaseStudyContent): Promise<PublicCaseStudy> {
    const adaptedBy = await adaptationsOf(caseStudy._id.toString())
    const confirmation = caseStudy.evidenceConfirmation
    return {
      caseStudy,
      content,
      councilName: await councilName(caseStudy.leadCouncilCode),
      adaptedFrom: content.adaptedFrom.caseStudyId
        ? await linkTo(await repository.findById(content.adaptedFrom.caseStudyId))
        : undefined,
      adaptedBy,
      evidence: { level: confirmation?.level ?? content.evidenceLevel, confirmed: Boolean(confirmation) },
      publishedAt: caseStudy.published?.publishedAt,
      firstPublishedAt: caseStudy.published?.firstPublishedAt,
      versionCount: publishedRevisionsOf(caseStudy).length,
    }
  }

  const presentLatest = (caseStudy: CaseStudyData) =>
    present(caseStudy, caseStudy.draft?.content ?? caseStudy.published!.content)

  return {
    /** Title and address of a case study an "adapted from" field points at, archived or not. */
    referenceById,

    /** Case study titles by id, for showing "adapted from" fields in answers and diffs. */
    titlesFor,

    /** The published version at this slug; an old slug answers with the current one to redirect to. */
    async publicBySlug(slug: string): Promise<{ redirectTo: string } | PublicCaseStudy> {
      const caseStudy = await repository.findBySlug(slug)
      if (!caseStudy?.published || caseStudy.archivedAt) throw new NotFoundError()
      if (caseStudy.slug !== slug) return { redirectTo: caseStudy.slug }
      return present(caseStudy, caseStudy.published.content)
    },

    /** The draft as the public page would show it, for its publishers and curators. */
    async preview(actor: MaybeUser, id: string): Promise<PublicCaseStudy> {
      return presentLatest(await editableCaseStudy(repository, actor, id))
    },

    /** The latest version as the public page would show it, for a caller that has already authorised. */
    presentLatest,

    /** One page of the case study's committed revisions, newest first; a page past the last is not found. */
    async history(
      actor: UserData | undefined,
      id: string,
      page = 1,
    ): Promise<{ caseStudy: CaseStudyData; revisions: RevisionSummary[]; page: number; pageCount: number }> {
      const caseStudy = await editableCaseStudy(repository, actor, id)
      const pageCount = Math.max(1, Math.ceil(caseStudy.revisionKeys.length / REVISIONS_PER_PAGE))
      if (!Number.isInteger(page) || page < 1 || page > pageCount) throw new NotFoundError()
      return {
        caseStudy,
        revisions: await repository.listRevisions(caseStudy, page, REVISIONS_PER_PAGE),
        page,
        pageCount,
      }
    },

    /** Readable field diffs between two committed revisions. */
    async compare(
      actor: UserData | undefined,
      id: string,
      from: number,
      to: number,
    ): Promise<{ caseStudy: CaseStudyData; from: RevisionData; to: RevisionData; diffs: FieldDiff[] }> {
      const caseStudy = await editableCaseStudy(repository, actor, id)
      const [older, newer] = await Promise.all([
        repository.findRevision(caseStudy, Math.min(from, to)),
        repository.findRevision(caseStudy, Math.max(from, to)),
      ])
      if (!older || !newer) throw new NotFoundError()
      return {
        caseStudy,
        from: older,
        to: newer,
        diffs: diffContent(older.content, newer.content, {
          includeContacts: true,
          titleOf: await titlesFor([older.content, newer.content]),
        }),
      }
    },

    /** What a curator reviews: the draft against the last published version (or against nothing). */
    async reviewDiff(caseStudy: CaseStudyData, actor: MaybeUser): Promise<FieldDiff[]> {
      if (!isNetworkAdmin(actor) || !caseStudy.draft) return []
      const titleOf = await titlesFor([caseStudy.published?.content, caseStudy.draft.content])
      return diffContent(caseStudy.published?.content, caseStudy.draft.content, { includeContacts: true, titleOf })
    },
  }
}

export type CaseStudyReadService = ReturnType<typeof createCaseStudyReadService>
