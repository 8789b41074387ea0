// Lays out a family tree as an indented tree diagram for a server-rendered SVG: each node on a row
// of its own, indented by its depth, joined to its parent by an elbow line, with what the edge says
// (what changed and why, or a declaration's status and note) written just above the child's box.
// Pure arithmetic: the view draws what this returns. Text is cut to fit; the list beside the
// diagram has it in full.

export type DiagramSource = {
  kind: 'case-study' | 'external' | 'declaration'
  current: boolean
  title: string
  subtitle: string
  edgeText: string
  children: DiagramSource[]
}

const PAD = 8
const INDENT = 32
const BOX_W = 440
const BOX_H = 50
const GAP = 14
const LINE_H = 17
const LABEL_CHARS = 52
const LABEL_LINES = 3
const TITLE_CHARS = 40
const SUBTITLE_CHARS = 50

export type DiagramBox = {
  kind: DiagramSource['kind']
  current: boolean
  x: number
  y: number
  width: number
  height: number
  title: string
  subtitle: string
  label: { x: number; y: number; text: string }[]
}
export type Diagram = { width: number; height: number; boxes: DiagramBox[]; edges: string[] }

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

/** Greedy word wrap into at most `lines` lines, the last cut with an ellipsis if the text goes on. */
export function wrap(text: string, width = LABEL_CHARS, lines = LABEL_LINES): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const out: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (candidate.length <= width) line = candidate
    else {
      if (line) out.push(line)
      line = word.length > width ? clip(word, width) : word
    }
  }
  if (line) out.push(line)
  if (out.length <= lines) return out
  const kept = out.slice(0, lines)
  kept[lines - 1] = clip(`${kept[lines - 1]} ${out[lines]}`, width - 1).replace(/…?$/, '…')
  return kept
}

export function layoutDiagram(root: DiagramSource): Diagram {
  const boxes: DiagramBox[] = []
  const edges: string[] = []
  let y = PAD
  let maxDepth = 0

  function place(node: DiagramSource, depth: number, parent: DiagramBox | undefined) {
    maxDepth = Math.max(maxDepth, depth)
    const x = PAD + depth * INDENT
    const lines = parent ? wrap(node.edgeText) : []
    const label = lines.map((text, index) => ({ x: x + 4, y: y + LINE_H * (index + 1) - 4, text }))
    y += lines.length ? lines.length * LINE_H + 4 : 0
    const box: DiagramBox = {
      kind: node.kind,
      current: node.current,
      x,
      y,
      width: BOX_W,
      height: BOX_H,
      title: clip(node.title, TITLE_CHARS),
      subtitle: clip(node.subtitle, SUBTITLE_CHARS),
      label,
    }
    boxes.push(box)
    if (parent) {
      const middle = box.y + BOX_H / 2
      edges.push(`M ${parent.x + 14} ${parent.y + BOX_H} V ${middle} H ${box.x}`)
    }
    y += BOX_H + GAP
    for (const child of node.children) place(child, depth + 1, box)
  }

  place(root, 0, undefined)
  return { width: PAD * 2 + maxDepth * INDENT + BOX_W, height: y - GAP + PAD, boxes, edges }
}
