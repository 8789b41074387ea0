import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  EVIDENCE_LEVELS,
  LICENCES,
  STAGES,
  THEMES,
  labelOf,
  SECTIONS,
} from '../../models/vocabulary'
import { monthYear, paragraphs, presentCaseStudy } from '../../server/presenters/caseStudyPresenter'
import { describeState, presentAnswers, presentTaskList } from '../../server/presenters/taskListPresenter'
import type { PublicCaseStudy } from '../../server/services/caseStudies/caseStudyReadService'
import { buildCaseStudy, buildContent, buildDraft, buildPublished } from '../factories/records'

// The public page, the publisher's task list and check-your-answers, from plain records. Labels
// come from the controlled lists, so they are compared through labelOf, not copied here.

function publicView(overrides: Partial<PublicCaseStudy> = {}): PublicCaseStudy {
  const { contacts, ...content } = buildContent({ startDate: '2023-04', endDate: '2024-11', tags: ['falls'] })
  return {
    id: 'case-study-1',
    slug: 'falls-prevention',
    councilCode: 'E08000035',
    councilName: 'Leeds City Council',
    councilSlug: 'leeds',
    versionCount: 1,
    content,
    contacts,
    adaptedFrom: undefined,
    adaptedBy: [],
    evidence: { level: '2', confirmed: true },
    publishedAt: new Date('2025-02-01T12:00:00Z'),
    firstPublishedAt: new Date('2025-01-10T12:00:00Z'),
    ...overrides,
  }
}

describe('presentCaseStudy', () => {
  it('turns keys into labels, text into paragraphs and dates into words', () => {
    const page = presentCaseStudy(publicView())
    expect(page).toMatchObject({
      title: expect.stringMatching(/^Falls prevention/) as string,
      slug: 'falls-prevention',
      councilName: 'Leeds City Council',
      stage: labelOf(STAGES, 'live'),
      themes: [labelOf(THEMES, 'adult-social-care')],
      dates: 'Started April 2023, ended November 2024',
      evidence: { label: labelOf(EVIDENCE_LEVELS, '2'), confirmed: true, reason: [['Before and after figures.']] },
      budgetBand: labelOf(BUDGET_BANDS, '50k-250k'),
      problem: [['Falls were rising.'], ['Ambulances waited hours.']],
      barriers: [
        { category: labelOf(BARRIER_CATEGORIES, 'data-sharing'), description: [['Sharing records with the NHS.']] },
      ],
      resources: [['Staff time', 'Two officers']],
      licence: labelOf(LICENCES, 'OGL-3.0'),
      publishedOn: '10 January 2025',
      updatedOn: '1 February 2025',
    })
  })

  it('shows the contacts the read service let through, and none when it gave none', () => {
    expect(presentCaseStudy(publicView({ contacts: undefined })).contacts).toBeUndefined()
    expect(presentCaseStudy(publicView()).contacts).toEqual([
      { name: 'Alex Contact', role: 'Lead', email: 'alex@example.org', phone: '' },
    ])
  })

  it('says nothing about an update when it was published once', () => {
    const once = new Date('2025-01-10T12:00:00Z')
    expect(presentCaseStudy(publicView({ publishedAt: once })).updatedOn).toBe('')
  })

  it('splits paragraphs on blank lines and keeps lines, without interpreting anything', () => {
    expect(paragraphs(' one\n two \n\n\n<b>three</b>\n  \n')).toEqual([['one', 'two'], ['<b>three</b>']])
    expect(monthYear('2023-12')).toBe('December 2023')
    expect(monthYear('')).toBe('')
  })
})

describe('the task list', () => {
  it('counts completed sections and links each one', () => {
    const draft = buildDraft({
      savedSections: ['title-and-summary', 'barriers'],
      updatedAt: new Date('2025-03-01T10:00:00Z'),
    })
    const caseStudy = buildCaseStudy({ draft })
    const task = presentTaskList(caseStudy, draft)
    const id = caseStudy._id.toString()
    expect(task).toMatchObject({ id, state: 'Draft', completedCount: 2, lastSaved: '1 March 2025', isPublished: false })
    expect(task.sections[0]).toEqual({
      id: 'title-and-summary',
      title: SECTIONS[0]!.title,
      href: `/publish/case-studies/${id}/sections/title-and-summary`,
      status: 'completed',
      statusText: 'Completed',
    })
    expect(task.sections.find(section => section.id === 'contacts')?.statusText).toBe('In progress')
  })

  it.each([
    [{}, 'Draft'],
    [{ draft: buildDraft({ reviewState: 'submitted' }) }, 'Waiting for review'],
    [
      { published: buildPublished(), draft: buildDraft({ reviewState: 'changes-requested' }) },
      'Published – changes requested',
    ],
    [{ published: buildPublished(), draft: null }, 'Published'],
    [{ published: buildPublished(), draft: null, archivedAt: new Date() }, 'Archived'],
  ])('describes %j as "%s"', (overrides, state) => {
    expect(describeState(buildCaseStudy(overrides))).toBe(state)
  })

  it('check your answers: every field as lines, budget as its label, required blanks marked missing', () => {
    const content = buildContent({ partners: ['NHS trust', 'Police'], lessons: '' })
    const sections = presentAnswers('abc', content, id => `title of ${id}`)
    expect(sections.map(section => section.title)).toEqual(SECTIONS.map(section => section.title))
    const rows = Object.fromEntries(sections.flatMap(section => section.rows.map(row => [row.label, row])))
    expect(rows['Partner organisations']?.lines).toEqual(['NHS trust', 'Police'])
    expect(rows['Total budget']?.lines).toEqual([labelOf(BUDGET_BANDS, '50k-250k')])
    expect(rows['Lessons and advice']).toEqual({
      label: 'Lessons and advice',
      lines: [],
      missing: true,
    })
    expect(sections[0]?.changeHref).toBe('/publish/case-studies/abc/sections/title-and-summary')
  })
})
