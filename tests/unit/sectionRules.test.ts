import {
  emptyContent,
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  LICENCES,
  STAGES,
  labelOf,
  FIELD_LABELS,
  SECTIONS,
  fieldValue,
  sectionById,
} from '../../models/vocabulary'
import { diffContent, fieldAsText } from '../../server/services/caseStudies/contentDiff'
import { changedFields, missingRequiredFields, sectionStatus } from '../../server/services/caseStudies/sections'
import { buildContent } from '../factories/records'

// The task list's rules (which sections are done, what is missing, what changed) and the
// readable word diffs that the history and review pages show.

const section = (id: string) => sectionById(id)!

describe('the section definitions', () => {
  it('give every content field one section, and every field and content field one label', () => {
    const stored = SECTIONS.flatMap(each => each.fields.map(field => field.name.split('.')[0]))
    expect(new Set(stored)).toEqual(new Set(Object.keys(emptyContent())))
    const fieldNames = SECTIONS.flatMap(each => each.fields.map(field => field.name))
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(
      [...new Set([...fieldNames, ...Object.keys(emptyContent())])].sort(),
    )
    expect(new Set(SECTIONS.map(each => each.id)).size).toBe(SECTIONS.length)
  })
})

describe('sectionStatus and missingRequiredFields', () => {
  it.each([
    ['not started: nothing saved, nothing filled', emptyContent(), [], 'not-started'],
    ['in progress: filled but never saved', buildContent(), [], 'in-progress'],
    [
      'in progress: saved with a required field blank',
      buildContent({ summary: '   ' }),
      ['title-and-summary'],
      'in-progress',
    ],
    ['completed: saved with every required field', buildContent(), ['title-and-summary'], 'completed'],
  ] as const)('%s', (_name, content, saved, status) => {
    expect(sectionStatus(section('title-and-summary'), content, [...saved])).toBe(status)
  })

  it('counts an empty list as missing and a saved optional-only section as complete', () => {
    const content = buildContent({ barriers: [], costsAndSavings: '' })
    expect(missingRequiredFields(section('barriers'), content).map(field => field.name)).toEqual(['barriers'])
    expect(sectionStatus(section('costs-and-savings'), content, ['costs-and-savings'])).toBe('completed')
  })

  it('reads dotted names, and nothing from a missing branch', () => {
    const content = buildContent()
    expect(fieldValue(content, 'resources.budgetBand')).toBe('50k-250k')
    expect(fieldValue(content, 'resources.nothing.here')).toBeUndefined()
  })
})

describe('changedFields', () => {
  it('names the top-level fields that differ, nested changes included', () => {
    const before = buildContent()
    const after = { ...before, title: 'New', resources: { ...before.resources, skills: 'Coding' } }
    expect(changedFields(before, after)).toEqual(['title', 'resources'])
    expect(changedFields(before, structuredClone(before))).toEqual([])
  })
})

describe('contentDiff', () => {
  it('reads fields as the words people use', () => {
    const content = buildContent({ tags: ['a', 'b'] })
    expect(fieldAsText(content, 'stage')).toBe(labelOf(STAGES, 'live'))
    expect(fieldAsText(content, 'tags')).toBe('a, b')
    expect(fieldAsText(content, 'barriers')).toBe(
      `${labelOf(BARRIER_CATEGORIES, 'data-sharing')}: Sharing records with the NHS.`,
    )
    expect(fieldAsText(content, 'documents')).toBe(
      `Script (https://example.org/script), ${labelOf(LICENCES, 'OGL-3.0')}`,
    )
    expect(fieldAsText(content, 'resources')).toBe(
      `Total budget: ${labelOf(BUDGET_BANDS, '50k-250k')}\nStaff time: Two officers`,
    )
    const adapted = { ...content, adaptedFrom: { ...content.adaptedFrom, caseStudyId: 'id1', whatChanged: 'Less' } }
    expect(fieldAsText(adapted, 'adaptedFrom', id => `Title of ${id}`)).toBe('Title of id1\nLess')
  })

  it('diffs changed fields word by word and leaves unchanged ones out', () => {
    const before = buildContent({ summary: 'We phoned people living alone.' })
    const after = { ...before, summary: 'We visited people living alone.' }
    expect(diffContent(before, after, { includeContacts: true })).toEqual([
      {
        field: 'summary',
        label: FIELD_LABELS.summary,
        parts: [
          { text: 'We ', change: 'same' },
          { text: 'phoned', change: 'removed' },
          { text: 'visited', change: 'added' },
          { text: ' people living alone.', change: 'same' },
        ],
      },
    ])
  })

  it('leaves contacts out unless the viewer may see them, and diffs a first version against nothing', () => {
    const before = buildContent()
    const after = { ...before, contacts: [{ name: 'New Person', role: 'Lead', email: 'new@example.org', phone: '' }] }
    expect(diffContent(before, after, { includeContacts: false })).toEqual([])
    expect(diffContent(before, after, { includeContacts: true }).map(diff => diff.field)).toEqual(['contacts'])
    const first = diffContent(undefined, before, { includeContacts: false })
    expect(first.map(diff => diff.field)).not.toContain('contacts')
    expect(first.every(diff => diff.parts.every(part => part.change === 'added'))).toBe(true)
  })
})
