import { adoptionStatusLabel } from '../../../models/adoptionStatuses'
import { paths } from '../../paths'
import type { Lineage, LineageNode } from '../../services/diffusion/lineageService'
import { councilLink } from '../browse/caseStudyCards'
import { layoutDiagram, type DiagramSource } from './lineageDiagram'

type Link = { text: string; href?: string }

/** One entry of the nested list, and the same entry as the diagram draws it. */
export type LineageItem = {
  kind: LineageNode['kind']
  current: boolean
  heading: Link
  council: Link | undefined
  /** What the edge from the parent says: what was changed and why, or a declaration's status and note. */
  edge: { label: string; text: string } | undefined
  children: LineageItem[]
}

function itemOf(node: LineageNode, hasParent: boolean): LineageItem {
  const children = node.children.map(child => itemOf(child, true))
  switch (node.kind) {
    case 'external':
      return {
        kind: node.kind,
        current: false,
        heading: { text: node.name, href: node.url || undefined },
        council: undefined,
        edge: undefined,
        children,
      }
    case 'declaration':
      return {
        kind: node.kind,
        current: false,
        heading: { text: `${node.councilName}: ${adoptionStatusLabel(node.status).toLowerCase()}` },
        council: councilLink(node.councilName, node.councilSlug),
        edge: { label: adoptionStatusLabel(node.status), text: node.note },
        children: [],
      }
    default:
      return {
        kind: node.kind,
        current: node.current,
        heading: { text: node.title, href: paths.caseStudies.show(node.slug) },
        council: councilLink(node.councilName, node.councilSlug),
        edge: hasParent ? { label: 'What was changed and why', text: node.whatChanged } : undefined,
        children,
      }
  }
}

function diagramSourceOf(item: LineageItem): DiagramSource {
  const subtitle =
    item.kind === 'external'
      ? 'A programme outside Practice Exchange'
      : item.kind === 'declaration'
        ? `Declared: ${item.edge!.label.toLowerCase()}`
        : (item.council?.text ?? '')
  const edgeText = !item.edge
    ? ''
    : item.kind === 'declaration'
      ? `${item.edge.label}${item.edge.text ? `: ${item.edge.text}` : ''}`
      : `Changed: ${item.edge.text || 'not described'}`
  return {
    kind: item.kind,
    current: item.current,
    title: item.kind === 'declaration' ? (item.council?.text ?? '') : item.heading.text,
    subtitle,
    edgeText,
    children: item.children.map(diagramSourceOf),
  }
}

const count = (item: LineageItem, kind: LineageItem['kind']): number =>
  (item.kind === kind ? 1 : 0) + item.children.reduce((sum, child) => sum + count(child, kind), 0)

export function presentLineage(lineage: Lineage) {
  const root = itemOf(lineage.root, false)
  const caseStudies = count(root, 'case-study')
  const declarations = count(root, 'declaration')
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return {
    title: lineage.current.title,
    caseStudyHref: paths.caseStudies.show(lineage.current.slug),
    root,
    truncated: lineage.truncated,
    diagram: {
      ...layoutDiagram(diagramSourceOf(root)),
      title: `Family tree of ${lineage.current.title}`,
      desc: `${plural(caseStudies, 'case study', 'case studies')} and ${plural(declarations, 'council declaration', 'council declarations')}, each joined to what it came from. The list on this page has the same content as text.`,
    },
  }
}
