import { adaptedFromTitles } from './adaptedFromTitles'
import type { CaseStudyContent, ContactItem } from '../../../models/vocabulary'
import type { CaseStudyData, CaseStudyRepository, RevisionData, RevisionSummary } from '../../data/caseStudyRepository'
import type { UserData } from '../../data/userRepository'
import { NotFoundError } from '../../errors/httpError'
import { isNetworkAdmin, maySeeContacts, type MaybeUser } from '../authorisation'
import type { CouncilService } from '../councilService'
import { editableCaseStudy } from './access'
import { diffContent, type FieldDiff } from './contentDiff'
import { publishedRevisionsOf } from './publicVersionService'
import { lastReviewedAt } from '../diffusion/freshnessSchedule'

/** History rows per page: a case study with thousands of saves still has a short page. */
export const REVISIONS_PER_PAGE = 25

export type CaseStudyLink = { title: string; slug: string; councilName: string; councilSlug?: string }

/** Every section anyone may read: the content without its contacts, which are personal data. */
export type PublicContent = Omit<CaseStudyContent, 'contacts'>

/**
 * A case study as a page, the API or an export shows it. It carries no stored record (which holds
 * drafts and contacts), only what may be shown: contacts are a field of their own, filled only for
 * a viewer who may see them, so a caller that forgets to ask cannot leak them.
 */
export type PublicCaseStudy = {
  id: string
  slug: string
  councilCode: string
  councilName: string
  content: PublicContent
  /** Undefined unless the viewer may see contact details (authorisation.maySeeContacts). */
  contacts: ContactItem[] | undefined
  /** The lead council's page address, when the council is in the reference data. */
  councilSlug: string | undefined
  adaptedFrom: CaseStudyLink | undefined
  adaptedBy: CaseStudyLink[]
  evidence: { level: string; confirmed: boolean }
  publishedAt: Date | undefined
  firstPublishedAt: Date | undefined
  /** The later of the latest publication and the publishers' latest confirmation of its outcomes. */
  lastReviewedAt?: Date
  /** How many versions were published: the public version history's length. */
  versionCount: number
}

/** The content without its contacts: a copy, so the stored record is left as it is. */
export function publicContent(content: CaseStudyContent): PublicContent {
  const { contacts: _contacts, ...rest } = content
  return rest
}

/** The published adaptations of a case study, as links; from the search index (searchService.adaptationsOf). */
export type AdaptationsOf = (caseStudyId: string) => Promise<(CaseStudyLink & { councilCode: string })[]>

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
      councilSlug: (await councils.findByGssCode(caseStudy.leadCouncilCode))?.slug,
    }
  }

  async function referenceById(id: string): Promise<{ title: string; slug: string } | undefined> {
    const caseStudy = id ? await repository.findById(id) : undefined
    const content = caseStudy?.published?.content
    return caseStudy && content ? { title: content.title, slug: caseStudy.slug } : undefined
  }

  const titlesFor = (contents: (CaseStudyContent | undefined)[]) => adaptedFromTitles(repository, contents)

  async function present(
    caseStudy: CaseStudyData,
    content: CaseStudyContent,
    showContacts: boolean,
  ): Promise<PublicCaseStudy> {
    const adaptedBy = await Promise.all(
      (await adaptationsOf(caseStudy._id.toString())).map(async ({ councilCode, ...link }) => ({
        ...link,
        councilSlug: (await councils.findByGssCode(councilCode))?.slug,
      })),
    )
    const confirmation = caseStudy.evidenceConfirmation
    const council = await councils.findByGssCode(caseStudy.leadCouncilCode)
    return {
      id: caseStudy._id.toString(),
      slug: caseStudy.slug,
      councilCode: caseStudy.leadCouncilCode,
      content: publicContent(content),
      contacts: showContacts ? content.contacts : undefined,
      councilName: council?.name ?? caseStudy.leadCouncilCode,
      councilSlug: council?.slug,
      adaptedFrom: content.adaptedFrom.caseStudyId
        ? await linkTo(await repository.findById(content.adaptedFrom.caseStudyId))
        : undefined,
      adaptedBy,
      evidence: { level: confirmation?.level ?? content.evidenceLevel, confirmed: Boolean(confirmation) },
      publishedAt: caseStudy.published?.publishedAt,
      firstPublishedAt: caseStudy.published?.firstPublishedAt,
      lastReviewedAt: lastReviewedAt(caseStudy),
      versionCount: publishedRevisionsOf(caseStudy).length,
    }
  }

  // Only publishers and curators reach the latest version, and they work with its contacts.
  const presentLatest = (caseStudy: CaseStudyData) =>
    present(caseStudy, caseStudy.draft?.content ?? caseStudy.published!.content, true)

  return {
    /** Title and address of a case study an "adapted from" field points at, archived or not. */
    referenceById,

    /** Case study titles by id, for showing "adapted from" fields in answers and diffs. */
    titlesFor,

    /**
     * The published version at this slug, as this viewer may see it (undefined: a visitor, as the
     * API always is); an old slug answers with the current one to redirect to.
     */
    async publicBySlug(slug: string, viewer: MaybeUser): Promise<{ redirectTo: string } | PublicCaseStudy> {
      const caseStudy = await repository.findBySlug(slug)
      if (!caseStudy?.published || caseStudy.archivedAt) throw new NotFoundError()
      if (caseStudy.slug !== slug) return { redirectTo: caseStudy.slug }
      return present(caseStudy, caseStudy.published.content, maySeeContacts(viewer))
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

    /**
     * On a resubmission, what changed between the version the curator asked to change and the one
     * now submitted; undefined when the draft was never sent back.
     */
    async changesSinceRequest(caseStudy: CaseStudyData, actor: MaybeUser): Promise<FieldDiff[] | undefined> {
      const draft = caseStudy.draft
      if (!isNetworkAdmin(actor) || !draft || draft.changesRequestedRevision == null) return undefined
      const asked = await repository.findRevision(caseStudy, draft.changesRequestedRevision)
      if (!asked) return undefined
      const titleOf = await titlesFor([asked.content, draft.content])
      return diffContent(asked.content, draft.content, { includeContacts: true, titleOf })
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
