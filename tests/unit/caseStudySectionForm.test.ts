import { emptyContent, SECTIONS, sectionById } from '../../models/vocabulary'
import { parseSection, sectionModel } from '../../server/forms/caseStudySectionForm'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { buildContent } from '../factories/records'

// The task-list section parser on good input: what each section stores, how list rows come and
// go, and how pasted text is cleaned. Its refusals are in caseStudySectionFormErrors.test.ts.

const section = (id: string) => sectionById(id)!
const post = (id: string, fields: Record<string, string | string[]> = {}, action = 'save') =>
  parseSection(section(id), { ...VALID_SECTION_FIELDS[id], ...fields, action })

describe('every section accepts a complete, valid answer', () => {
  it.each(SECTIONS.map(({ id }) => id))('%s', id => {
    const parsed = post(id)
    expect(parsed.errors).toBeUndefined()
    expect(parsed.action).toEqual({ kind: 'save' })
    expect(Object.keys(parsed.values).sort()).toEqual(
      section(id)
        // Hosted files are uploaded on a page of their own, never posted with the section's form.
        .fields.filter(field => field.kind !== 'files')
        .map(field => field.name)
        .sort(),
    )
  })
})

describe('values as stored', () => {
  it('stores months as YYYY-MM and a blank month as empty', () => {
    expect(post('title-and-summary', { 'startDate-month': '4', 'startDate-year': '2022' }).values).toMatchObject({
      startDate: '2022-04',
      endDate: '',
    })
  })

  it('splits tags on commas, trims them and drops blanks and repeats', () => {
    expect(post('themes-and-tags', { tags: ' falls ,telecare,, falls ,' }).values.tags).toEqual(['falls', 'telecare'])
  })

  it('keeps every chosen theme, and a single theme sent as one value', () => {
    expect(post('themes-and-tags', { themes: 'housing' }).values.themes).toEqual(['housing'])
    expect(post('themes-and-tags', { themes: ['housing', 'climate'] }).values.themes).toEqual(['housing', 'climate'])
  })

  it('stores partner organisations as plain strings', () => {
    expect(post('partners', { 'partners-1-name': 'Police' }).values.partners).toEqual(['Chamber of commerce', 'Police'])
  })

  it('stores a case study address as its slug', () => {
    const values = post('adapted-from', {
      'adaptedFrom-caseStudyId': 'https://example.org/case-studies/falls-rescue/',
    }).values
    expect(values['adaptedFrom.caseStudyId']).toBe('falls-rescue')
  })

  it('round-trips: the form model of stored content posts back to the same values', () => {
    const content = buildContent({
      startDate: '2021-11',
      adaptedFrom: { ...emptyContent().adaptedFrom, caseStudyId: 'id-1' },
    })
    for (const each of SECTIONS) {
      const model = sectionModel(each, content, () => 'the-original')
      const body = Object.fromEntries(
        Object.entries(model).flatMap(([key, value]) =>
          Array.isArray(value) && typeof value[0] === 'object'
            ? (value as Record<string, string>[]).flatMap((item, index) =>
                Object.entries(item).map(([sub, text]) => [`${key}-${index}-${sub}`, text]),
              )
            : [[key, value]],
        ),
      )
      const parsed = parseSection(each, { ...body, action: 'save' })
      expect({ id: each.id, errors: parsed.errors }).toEqual({ id: each.id, errors: undefined })
      for (const field of each.fields.filter(candidate => candidate.kind !== 'files')) {
        const stored = field.name
          .split('.')
          .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], content)
        const expected = field.name === 'adaptedFrom.caseStudyId' ? 'the-original' : stored
        expect({ field: field.name, value: parsed.values[field.name] }).toEqual({ field: field.name, value: expected })
      }
    }
  })
})

describe('list rows', () => {
  it('drops rows left blank and renumbers the rest in order', () => {
    const parsed = post('barriers', {
      'barriers-3-category': '',
      'barriers-3-description': ' ',
      'barriers-7-category': 'funding',
      'barriers-7-description': 'No budget.',
    })
    expect(parsed.values.barriers).toEqual([
      { category: 'procurement', description: expect.stringContaining('Procurement rules') as string },
      { category: 'funding', description: 'No budget.' },
    ])
  })

  it('"Add another" reads as an add for that list and keeps what was typed', () => {
    const parsed = post('barriers', {}, 'add:barriers')
    expect(parsed.action).toEqual({ kind: 'add', group: 'barriers' })
    expect(parsed.values.barriers).toHaveLength(1)
  })

  it('"Remove" takes out that row and the errors that were about it', () => {
    const parsed = post(
      'barriers',
      {
        'barriers-1-category': 'nonsense',
        'barriers-1-description': '',
        'barriers-2-category': 'funding',
        'barriers-2-description': 'Cuts.',
      },
      'remove:barriers:1',
    )
    expect(parsed.action).toEqual({ kind: 'remove', group: 'barriers', index: 1 })
    expect(parsed.errors).toBeUndefined()
    expect((parsed.values.barriers as { category: string }[]).map(item => item.category)).toEqual([
      'procurement',
      'funding',
    ])
  })

  it('treats an action it does not know as a save', () => {
    expect(post('barriers', {}, 'delete-everything').action).toEqual({ kind: 'save' })
    expect(parseSection(section('barriers'), 'not an object').values.barriers).toEqual([])
  })
})

describe('pasted text', () => {
  it('loses control, zero-width and direction-override characters but keeps line breaks and tabs', () => {
    const parsed = post('problem-and-approach', {
      problem: '\uFEFF  Line one\u0000\u200B\r\nLine\ttwo\u202E\u0007\r\rThird  ',
    })
    expect(parsed.values.problem).toBe('Line one\nLine\ttwo\n\nThird')
  })

  it('cleans list rows the same way, so a row of invisible characters is blank', () => {
    expect(post('partners', { 'partners-1-name': '\u200B\u0000 ' }).values.partners).toEqual(['Chamber of commerce'])
  })
})
