import { Types } from 'mongoose'
import { emptyContent } from '../../models/vocabulary/content'
import type { CaseStudyData, CaseStudyRepository } from '../../server/data/caseStudyRepository'
import type { DeclarationRepository } from '../../server/data/declarationRepository'
import { layoutDiagram, wrap, type DiagramSource } from '../../server/presenters/diffusion/lineageDiagram'
import type { CouncilService } from '../../server/services/councilService'
import {
  MAX_ANCESTORS,
  MAX_DEPTH,
  MAX_NODES,
  createLineageService,
  type LineageNode,
} from '../../server/services/diffusion/lineageService'

/** An in-memory catalogue: id -> the id it was adapted from. */
function catalogue(parents: Map<string, string>) {
  const records = new Map<string, CaseStudyData>()
  for (const [id, parent] of parents) {
    const content = emptyContent(`Case study ${id}`)
    content.adaptedFrom.caseStudyId = parent
    records.set(id, {
      _id: new Types.ObjectId(id),
      slug: `slug-${id}`,
      leadCouncilCode: 'E08000035',
      published: { content },
      archivedAt: null,
    } as unknown as CaseStudyData)
  }
  const children = (id: string) => [...parents].filter(([, parent]) => parent === id).map(([child]) => child)
  return createLineageService({
    caseStudies: {
      findById: (id: string) => Promise.resolve(records.get(String(id))),
      findBySlug: (slug: string) => Promise.resolve(records.get(slug.replace('slug-', ''))),
    } as unknown as CaseStudyRepository,
    declarations: { currentByCaseStudy: () => Promise.resolve([]) } as unknown as DeclarationRepository,
    councils: { findByGssCode: () => Promise.resolve(undefined) } as unknown as CouncilService,
    adaptationIdsOf: id => Promise.resolve(children(id)),
  })
}

const idOf = (n: number) => n.toString(16).padStart(24, '0')
const depthOf = (node: LineageNode): number => 1 + Math.max(0, ...node.children.map(depthOf))
const sizeOf = (node: LineageNode): number => 1 + node.children.reduce((sum, child) => sum + sizeOf(child), 0)

describe('family tree bounds', () => {
  it('follows at most MAX_ANCESTORS steps up a long chain', async () => {
    const parents = new Map(Array.from({ length: 30 }, (_, n) => [idOf(n + 1), n ? idOf(n) : ''] as [string, string]))
    const lineage = await catalogue(parents).forSlug(`slug-${idOf(30)}`)
    if ('redirectTo' in lineage) throw new Error('unexpected redirect')
    expect(depthOf(lineage.root)).toBe(MAX_ANCESTORS + 1)
  })

  it('follows at most MAX_DEPTH steps down, and says the tree was cut short', async () => {
    const parents = new Map(Array.from({ length: 30 }, (_, n) => [idOf(n + 1), n ? idOf(n) : ''] as [string, string]))
    const lineage = await catalogue(parents).forSlug(`slug-${idOf(1)}`)
    if ('redirectTo' in lineage) throw new Error('unexpected redirect')
    expect(depthOf(lineage.root)).toBe(MAX_DEPTH + 1)
    expect(lineage.truncated).toBe(true)
  })

  it('stops at MAX_NODES entries however wide the tree', async () => {
    const parents = new Map<string, string>([[idOf(1), '']])
    for (let n = 2; n <= 400; n++) parents.set(idOf(n), idOf(n < 40 ? 1 : (n % 38) + 2))
    const lineage = await catalogue(parents).forSlug(`slug-${idOf(1)}`)
    if ('redirectTo' in lineage) throw new Error('unexpected redirect')
    expect(sizeOf(lineage.root)).toBe(MAX_NODES)
    expect(lineage.truncated).toBe(true)
  })

  it('is not cut short when the whole tree fits', async () => {
    const parents = new Map([
      [idOf(1), ''],
      [idOf(2), idOf(1)],
    ])
    const lineage = await catalogue(parents).forSlug(`slug-${idOf(2)}`)
    if ('redirectTo' in lineage) throw new Error('unexpected redirect')
    expect(sizeOf(lineage.root)).toBe(2)
    expect(lineage.truncated).toBe(false)
  })
})

describe('the family tree diagram', () => {
  const node = (title: string, children: DiagramSource[] = [], edgeText = ''): DiagramSource => ({
    kind: 'case-study',
    current: false,
    title,
    subtitle: 'A council',
    edgeText,
    children,
  })

  it('puts each entry on a row of its own, indented by depth, joined to its parent', () => {
    const diagram = layoutDiagram(node('Root', [node('Child', [node('Grandchild', [], 'Changed: x')]), node('Second')]))
    expect(diagram.boxes.map(box => [box.title, box.x])).toEqual([
      ['Root', 8],
      ['Child', 40],
      ['Grandchild', 72],
      ['Second', 40],
    ])
    const ys = diagram.boxes.map(box => box.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(diagram.edges).toHaveLength(3)
    expect(diagram.boxes[2]!.label.map(line => line.text)).toEqual(['Changed: x'])
    expect(diagram.height).toBeGreaterThan(ys.at(-1)!)
  })

  it('wraps edge text into at most three lines, ending with an ellipsis when cut', () => {
    expect(wrap('short text')).toEqual(['short text'])
    const lines = wrap('word '.repeat(100))
    expect(lines).toHaveLength(3)
    expect(lines.every(line => line.length <= 52)).toBe(true)
    expect(lines[2]!.endsWith('…')).toBe(true)
    expect(wrap('x'.repeat(200))[0]).toHaveLength(52)
  })
})
