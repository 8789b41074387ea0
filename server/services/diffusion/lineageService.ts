import type { AdoptionStatus } from '../../../models/adoptionStatuses'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { DeclarationRepository } from '../../data/declarationRepository'
import { NotFoundError } from '../../errors/httpError'
import type { CouncilService } from '../councilService'

// Bounds on one family tree: a chain of "adapted from" links can be long or, through edits, loop
// back on itself; the page stays readable and its cost bounded whatever the catalogue holds.
export const MAX_ANCESTORS = 10
export const MAX_DEPTH = 6
export const MAX_NODES = 150

type CouncilRef = { councilName: string; councilSlug: string | undefined }

/** One box of the tree. Each node carries what its edge from the parent says (what changed and why). */
export type CaseStudyNode = {
  kind: 'case-study'
  id: string
  title: string
  slug: string
  current: boolean
  whatChanged: string
  children: LineageNode[]
} & CouncilRef
export type LineageNode =
  | CaseStudyNode
  | { kind: 'external'; name: string; url: string; children: LineageNode[] }
  | ({ kind: 'declaration'; status: AdoptionStatus; note: string; children: [] } & CouncilRef)

export type Lineage = { root: LineageNode; current: { title: string; slug: string }; truncated: boolean }

type Published = CaseStudyData & { published: NonNullable<CaseStudyData['published']> }
const isPublished = (caseStudy: CaseStudyData | undefined): caseStudy is Published =>
  Boolean(caseStudy?.published && !caseStudy.archivedAt)

/**
 * A case study's family tree from published records only (never a draft, an unpublished edit or a
 * contact): the chain it was adapted from above it, the published adaptations of it below, each
 * council's declaration a leaf under the case study it declared on.
 */
export function createLineageService(deps: {
  caseStudies: CaseStudyRepository
  declarations: DeclarationRepository
  councils: CouncilService
  /** Ids of the published adaptations of a case study (from the search index; [] while it is rebuilt). */
  adaptationIdsOf: (id: string) => Promise<string[]>
}) {
  const { caseStudies, declarations, councils } = deps

  const councilOf = async (code: string): Promise<CouncilRef> => {
    const council = await councils.findByGssCode(code)
    return { councilName: council?.name ?? code, councilSlug: council?.slug }
  }

  const caseStudyNode = async (caseStudy: Published, current: boolean): Promise<CaseStudyNode> => ({
    kind: 'case-study',
    id: caseStudy._id.toString(),
    title: caseStudy.published.content.title,
    slug: caseStudy.slug,
    current,
    whatChanged: caseStudy.published.content.adaptedFrom.whatChanged,
    ...(await councilOf(caseStudy.leadCouncilCode)),
    children: [],
  })

  /** The chain above: oldest first, ending with the case study itself; stops at a loop or the cap. */
  async function ancestorsOf(caseStudy: Published, seen: Set<string>): Promise<Published[]> {
    const chain = [caseStudy]
    while (chain.length <= MAX_ANCESTORS) {
      const parentId = chain[0]!.published.content.adaptedFrom.caseStudyId
      if (!parentId || seen.has(parentId)) break
      const parent = await caseStudies.findById(parentId)
      if (!isPublished(parent)) break
      seen.add(parentId)
      chain.unshift(parent)
    }
    return chain
  }

  return {
    async forSlug(slug: string): Promise<Lineage | { redirectTo: string }> {
      const caseStudy = await caseStudies.findBySlug(String(slug))
      if (!isPublished(caseStudy)) throw new NotFoundError()
      if (caseStudy.slug !== slug) return { redirectTo: caseStudy.slug }
      const seen = new Set([caseStudy._id.toString()])
      const chain = await ancestorsOf(caseStudy, seen)
      let nodes = chain.length
      let truncated = false

      // Below the case study, a level at a time: its adaptations and its councils' declarations.
      const self = await caseStudyNode(caseStudy, true)
      let level: CaseStudyNode[] = [self]
      for (let depth = 0; depth < MAX_DEPTH && level.length && !truncated; depth++) {
        const next: CaseStudyNode[] = []
        const ids = level.map(node => node.id)
        const declared = await declarations.currentByCaseStudy(ids)
        for (const node of level) {
          for (const childId of await deps.adaptationIdsOf(node.id)) {
            if (seen.has(childId)) continue
            const child = await caseStudies.findById(childId)
            // The index may lag a change: only what MongoDB says is published and points here counts.
            if (!isPublished(child) || child.published.content.adaptedFrom.caseStudyId !== node.id) continue
            if (nodes >= MAX_NODES) {
              truncated = true
              break
            }
            seen.add(childId)
            nodes += 1
            const childNode = await caseStudyNode(child, false)
            node.children.push(childNode)
            next.push(childNode)
          }
          for (const declaration of declared.filter(entry => entry.caseStudyId === node.id)) {
            if (nodes >= MAX_NODES) {
              truncated = true
              break
            }
            nodes += 1
            node.children.push({
              kind: 'declaration',
              status: declaration.status,
              note: declaration.note,
              children: [],
              ...(await councilOf(declaration.councilCode)),
            })
          }
        }
        level = next
      }
      truncated ||= level.length > 0

      // Above it, the chain it came from, each the parent of the next; an outside programme on top.
      let root: LineageNode = self
      for (const ancestor of chain.slice(0, -1).reverse()) {
        const node = await caseStudyNode(ancestor, false)
        node.children.push(root)
        root = node
      }
      const origin = chain[0]!.published.content.adaptedFrom
      if (origin.externalName && !origin.caseStudyId)
        root = { kind: 'external', name: origin.externalName, url: origin.externalUrl, children: [root] }

      return { root, current: { title: caseStudy.published.content.title, slug: caseStudy.slug }, truncated }
    },
  }
}

export type LineageService = ReturnType<typeof createLineageService>
