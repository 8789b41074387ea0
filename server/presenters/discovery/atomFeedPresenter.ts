import { THEMES, labelOf } from '../../../models/vocabulary'
import { paths } from '../../paths'
import type { SearchDocument } from '../../search/searchTypes'
import { element, escapeXml, isoDate } from './xml'

/** What an entry is made of: public fields of the search index, which never holds contacts or drafts. */
export type FeedDocument = Pick<
  SearchDocument,
  'id' | 'slug' | 'title' | 'summary' | 'councilName' | 'theme' | 'publishedAt' | 'updatedAt'
>

export type AtomFeed = {
  /** PUBLIC_BASE_URL: every address in a feed is absolute, whoever fetched it. */
  baseUrl: string
  title: string
  /** The feed's own path and query: its id and its rel="self" link. */
  selfPath: string
  /** The page the feed follows (the home page, or the search it came from). */
  pagePath: string
  documents: FeedDocument[]
}

/**
 * An entry's id must never change (RFC 4287 4.2.6), but a case study's address does when its title
 * does, so the id is a tag URI (RFC 4151) of its record id, dated the day it was first published.
 */
function entryId(baseUrl: string, document: FeedDocument): string {
  const day = isoDate(document.publishedAt).slice(0, 10)
  return `tag:${new URL(baseUrl).hostname},${day}:case-study:${document.id}`
}

function entry(baseUrl: string, document: FeedDocument): string {
  const href = `${baseUrl}${paths.caseStudies.show(document.slug)}`
  return [
    '<entry>',
    element('id', entryId(baseUrl, document)),
    element('title', document.title, ' type="text"'),
    `<link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
    element('published', isoDate(document.publishedAt)),
    element('updated', isoDate(document.updatedAt)),
    `<author>${element('name', document.councilName)}</author>`,
    ...document.theme.map(
      theme => `<category term="${escapeXml(theme)}" label="${escapeXml(labelOf(THEMES, theme))}"/>`,
    ),
    element('summary', document.summary, ' type="text"'),
    '</entry>',
  ].join('\n')
}

/**
 * An Atom feed (RFC 4287). It holds nothing that changes between two requests for the same data
 * (its `updated` is its newest entry's), so its ETag changes only when its entries do.
 */
export function presentAtomFeed(feed: AtomFeed): { xml: string; lastModified: Date } {
  const newest = Math.max(0, ...feed.documents.map(document => document.updatedAt))
  const self = `${feed.baseUrl}${feed.selfPath}`
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    element('id', self),
    element('title', feed.title, ' type="text"'),
    element('updated', isoDate(newest)),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(`${feed.baseUrl}${feed.pagePath}`)}"/>`,
    element('generator', 'Practice Exchange'),
    ...feed.documents.map(document => entry(feed.baseUrl, document)),
    '</feed>',
    '',
  ].join('\n')
  return { xml, lastModified: new Date(newest) }
}
