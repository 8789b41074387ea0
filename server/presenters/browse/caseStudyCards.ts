import { THEMES, labelOf } from '../../../models/vocabulary'
import type { CouncilData } from '../../data/councilRepository'
import { paths } from '../../paths'
import type { SearchDocument } from '../../search/searchTypes'

export type Link = { text: string; href: string }

/** What a case study card needs, from a search document or a stored record alike. */
export type CardSource = {
  slug: string
  title: string
  summary: string
  themes: string[]
  councilName: string
  councilSlug: string | undefined
}

/** A council's name, linking to its page when the council is known. */
export const councilLink = (name: string, slug: string | undefined): { text: string; href?: string } =>
  slug ? { text: name, href: paths.councils.show(slug) } : { text: name }

/** Theme keys as links to their pages; keys no longer in the list are left out. */
export const themeLinks = (keys: string[]): Link[] =>
  keys
    .filter(key => Object.hasOwn(THEMES, key))
    .map(key => ({ text: labelOf(THEMES, key), href: paths.themes.show(key) }))

/** Each council's slug by GSS code, for documents that carry only the code. */
export const councilSlugs = (councils: CouncilData[]) => {
  const slugs = new Map(councils.map(council => [council.gssCode, council.slug]))
  return (gssCode: string) => slugs.get(gssCode)
}

/** One case study in a list: its title linking to it, summary, council and themes. */
export function presentCard(source: CardSource) {
  return {
    href: paths.caseStudies.show(source.slug),
    title: source.title,
    summary: source.summary,
    council: councilLink(source.councilName, source.councilSlug),
    themes: themeLinks(source.themes),
  }
}

export type CaseStudyCard = ReturnType<typeof presentCard>

export const cardSourceOf = (
  document: SearchDocument,
  slugOf: (gssCode: string) => string | undefined,
): CardSource => ({
  slug: document.slug,
  title: document.title,
  summary: document.summary,
  themes: document.theme,
  councilName: document.councilName,
  councilSlug: slugOf(document.councilCode),
})

/** Search documents as cards. */
export const documentCards = (documents: SearchDocument[], slugOf: (gssCode: string) => string | undefined) =>
  documents.map(document => presentCard(cardSourceOf(document, slugOf)))
