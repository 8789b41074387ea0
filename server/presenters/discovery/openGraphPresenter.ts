/** Open Graph allows longer, but link previews cut descriptions at about this length. */
const DESCRIPTION_LENGTH = 300

/** Shortened at a word, with an ellipsis, if it is longer than a preview shows. */
export function shorten(text: string, length = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length - 1)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > length / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

export type OpenGraph = {
  title: string
  description: string
  /** The page's canonical path; the layout makes it absolute with PUBLIC_BASE_URL. */
  path: string
  type: 'article'
  publishedTime: string | undefined
  modifiedTime: string | undefined
}

/** Open Graph and Twitter card tags for a case study page: what a shared link's preview shows. */
export function presentOpenGraph(page: {
  title: string
  summary: string
  path: string
  firstPublishedAt: Date | undefined
  publishedAt: Date | undefined
}): OpenGraph {
  return {
    title: page.title,
    description: shorten(page.summary),
    path: page.path,
    type: 'article',
    publishedTime: page.firstPublishedAt?.toISOString(),
    modifiedTime: page.publishedAt?.toISOString(),
  }
}
