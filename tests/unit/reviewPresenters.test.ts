import { ObjectId } from 'mongodb'
import { presentHistoryPagination, presentRevisions } from '../../server/presenters/historyPresenter'
import { govukPagination } from '../../server/presenters/pagination'
import { presentQueue } from '../../server/presenters/reviewPresenter'
import { FIELD_LABELS } from '../../models/vocabulary'
import {
  buildCaseStudy,
  buildContent,
  buildCouncil,
  buildDraft,
  buildPublished,
  buildRevision,
} from '../factories/records'

// The review queue and the history page: the clock and the names they show are passed in, so the
// same records always give the same page.

const NOW = new Date('2025-06-10T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000)
const submitted = (days: number, overrides = {}) =>
  buildCaseStudy({
    draft: buildDraft({
      reviewState: 'submitted',
      submittedAt: daysAgo(days),
      content: buildContent({ title: `Waited ${days}` }),
    }),
    ...overrides,
  })

describe('presentQueue', () => {
  it('says how long each has waited at the time given, and whether it is new or an edit', () => {
    const leeds = buildCouncil({ gssCode: 'E08000035', name: 'Leeds City Council' })
    const edit = submitted(1, { published: buildPublished() })
    const rows = presentQueue([submitted(0), edit, submitted(12.5)], [leeds], NOW)
    expect(rows.map(row => [row.title, row.age, row.kind])).toEqual([
      ['Waited 0', 'Today', 'New case study'],
      ['Waited 1', '1 day', 'Edit to a published case study'],
      ['Waited 12.5', '12 days', 'New case study'],
    ])
    expect(rows[1]).toMatchObject({
      council: 'Leeds City Council',
      submittedOn: '9 June 2025',
      href: `/review/${edit._id.toString()}`,
    })
  })

  it('falls back to the council code when the council is not known', () => {
    const [row] = presentQueue([submitted(2, { leadCouncilCode: 'W06000099' })], [], NOW)
    expect(row?.council).toBe('W06000099')
  })
})

describe('presentRevisions', () => {
  it('names each author, says when a deleted account or the service made a change, and links comparisons', () => {
    const alex = new ObjectId()
    const gone = new ObjectId()
    const revisions = [
      buildRevision({
        number: 3,
        by: alex,
        changedFields: ['title', 'barriers'],
        at: new Date('2025-06-01T08:05:00Z'),
      }),
      buildRevision({ number: 2, by: gone }),
      buildRevision({ number: 1, by: null, changedFields: ['unknownField'] }),
    ]
    const rows = presentRevisions(
      'cs1',
      { publishedRevisions: [2] },
      revisions,
      new Map([[alex.toString(), 'Alex Author']]),
    )
    expect(rows.map(row => [row.number, row.by, row.published])).toEqual([
      [3, 'Alex Author', false],
      [2, 'A deleted account', true],
      [1, 'Practice Exchange', false],
    ])
    expect(rows[0]).toMatchObject({
      at: '1 June 2025 at 9:05am', // London time: BST in June
      fields: [FIELD_LABELS.title, FIELD_LABELS.barriers],
      compareHref: '/publish/case-studies/cs1/history/compare?from=2&to=3',
    })
    expect(rows[2]).toMatchObject({ fields: ['unknownField'], compareHref: undefined })
  })
})

describe('pagination', () => {
  const numbers = (page: number, count: number) =>
    govukPagination(page, count, n => `/p${n}`).items.map(item =>
      'ellipsis' in item ? '…' : item.current ? `[${item.number}]` : item.number,
    )

  it.each([
    [1, 1, []],
    [1, 3, ['[1]', 2, 3]],
    [5, 10, [1, '…', 4, '[5]', 6, '…', 10]],
    [10, 10, [1, '…', 9, '[10]']],
    [12, 10, [1, '…', 9, 10]],
  ])('page %d of %d', (page, count, expected) => {
    expect(numbers(page, count)).toEqual(expected)
  })

  it('has previous and next links only where there is a page to go to', () => {
    expect(govukPagination(1, 3, n => `/p${n}`)).toMatchObject({ previous: undefined, next: { href: '/p2' } })
    expect(govukPagination(12, 10, n => `/p${n}`)).toMatchObject({ previous: undefined, next: undefined })
    expect(presentHistoryPagination('cs1', 2, 3).previous).toEqual({ href: '/publish/case-studies/cs1/history' })
  })
})
