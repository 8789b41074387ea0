import { presentAtomFeed, type FeedDocument } from '../../server/presenters/discovery/atomFeedPresenter'
import { shorten } from '../../server/presenters/discovery/openGraphPresenter'
import { presentSearchLinks, searchFeedTitle } from '../../server/presenters/discovery/searchLinksPresenter'
import { isPrivatePath, sitemapIndex } from '../../server/presenters/discovery/sitemapPresenter'
import { escapeXml } from '../../server/presenters/discovery/xml'
import type { SearchState } from '../../server/presenters/searchUrl'

const BASE = 'https://practice-exchange.example'
const state = (changes: Partial<SearchState> = {}): SearchState => ({
  text: '',
  filters: {},
  sort: 'relevance',
  page: 1,
  likeBy: 'global',
  likeSlug: '',
  ...changes,
})
const document = (changes: Partial<FeedDocument> = {}): FeedDocument => ({
  id: '665f1c2b9d3e4a0012345678',
  slug: 'a-programme-leeds',
  title: 'A programme',
  summary: 'What it did.',
  councilName: 'Leeds City Council',
  theme: ['housing'],
  publishedAt: Date.UTC(2026, 0, 5, 9),
  updatedAt: Date.UTC(2026, 2, 1, 9),
  ...changes,
})

describe('XML text', () => {
  it('escapes markup and drops characters XML 1.0 cannot hold at all', () => {
    expect(escapeXml(`<a href="x">Fish & 'chips'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Fish &amp; &apos;chips&apos;&lt;/a&gt;',
    )
    expect(escapeXml('bell\u0007, form feed\u000c, lone \ud800 surrogate, tab\tand\nnewline, emoji 🏠')).toBe(
      'bell, form feed, lone  surrogate, tab\tand\nnewline, emoji 🏠',
    )
  })
})

describe('the Atom feed', () => {
  it('dates the feed by its newest entry and ids entries by record, not by address', () => {
    const { xml, lastModified } = presentAtomFeed({
      baseUrl: BASE,
      title: 'Feed',
      selfPath: '/case-studies/feed.atom',
      pagePath: '/case-studies?sort=newest',
      documents: [document(), document({ id: '665f1c2b9d3e4a0012349999', updatedAt: Date.UTC(2026, 3, 1, 9) })],
    })
    expect(lastModified).toEqual(new Date(Date.UTC(2026, 3, 1, 9)))
    expect(xml).toContain('<updated>2026-04-01T09:00:00.000Z</updated>\n<link rel="self"')
    expect(xml).toContain('<id>tag:practice-exchange.example,2026-01-05:case-study:665f1c2b9d3e4a0012345678</id>')
    expect(xml).toContain('<category term="housing" label="Housing and homelessness"/>')
  })

  it('is still a valid feed with no entries, with a fixed date so its ETag does not change', () => {
    const { xml, lastModified } = presentAtomFeed({
      baseUrl: BASE,
      title: 'Feed',
      selfPath: '/f',
      pagePath: '/',
      documents: [],
    })
    expect(lastModified.getTime()).toBe(0)
    expect(xml).toContain('<updated>1970-01-01T00:00:00.000Z</updated>')
    expect(xml).not.toContain('<entry>')
  })
})

describe('a search page’s links', () => {
  it('give the canonical search without its page, and a feed without sort, page, "as typed" or a boost', () => {
    const links = presentSearchLinks(
      state({
        text: 'school meals',
        filters: { theme: ['education-send'] },
        sort: 'adapted',
        page: 4,
        asTyped: true,
        likeSlug: 'leeds',
        likeMode: 'boost',
      }),
    )
    expect(links.canonicalPath).toBe(
      '/case-studies?q=school+meals&theme=education-send&like=leeds&likeMode=boost&sort=adapted&asTyped=1',
    )
    expect(links.feedPath).toBe('/case-studies/search.atom?q=school+meals&theme=education-send')
    expect(links.feedLinks).toEqual([
      { title: 'Practice Exchange: case studies matching “school meals”, filtered', href: links.feedPath },
    ])
  })

  it('keep "councils like" in the feed when it filters', () => {
    expect(presentSearchLinks(state({ likeSlug: 'leeds', likeMode: 'filter' })).feedPath).toBe(
      '/case-studies/search.atom?like=leeds&likeMode=filter',
    )
    expect(searchFeedTitle(state())).toBe('Practice Exchange: case studies')
  })
})

describe('link previews and sitemaps', () => {
  it('shorten a long summary at a word, with an ellipsis', () => {
    const summary = `${'Word '.repeat(100)}end.`
    const short = shorten(summary)
    expect(short.length).toBeLessThanOrEqual(300)
    expect(short).toMatch(/Word…$/)
    expect(shorten('  Short   and\nsweet. ')).toBe('Short and sweet.')
  })

  it('know the private areas, and list every case-study file in the index', () => {
    expect(['/account', '/publish/case-studies/x', '/review', '/admin/users'].every(isPrivatePath)).toBe(true)
    expect(['/', '/case-studies', '/accounts-of-practice', '/api/v1'].some(isPrivatePath)).toBe(false)
    expect(sitemapIndex(BASE, 3).match(/<loc>/g)).toHaveLength(4)
  })
})
