import { parseSection, type GroupItem } from '../../server/forms/caseStudySectionForm'
import { sectionById } from '../../models/vocabulary'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'

// What the section parser refuses, in GOV.UK wording, each message linked to the field it is about
// and the typed value kept so the page can show it again.

const post = (id: string, fields: Record<string, string | string[]>) =>
  parseSection(sectionById(id)!, { ...VALID_SECTION_FIELDS[id], ...fields, action: 'save' })

const ERRORS: [section: string, fields: Record<string, string | string[]>, field: string, message: string][] = [
  ['title-and-summary', { stage: 'finished' }, 'stage', 'Select a valid option for stage'],
  ['title-and-summary', { 'startDate-year': '' }, 'startDate-month', 'When did it start: enter a month and a year'],
  [
    'title-and-summary',
    { 'endDate-month': '', 'endDate-year': '2024' },
    'endDate-month',
    'When did it end: enter a month and a year',
  ],
  ['title-and-summary', { 'startDate-month': '13' }, 'startDate-month', 'Enter a real month and year, like 4 2023'],
  ['title-and-summary', { 'startDate-month': 'April' }, 'startDate-month', 'Enter a real month and year, like 4 2023'],
  ['title-and-summary', { 'startDate-year': '1989' }, 'startDate-month', 'Enter a real month and year, like 4 2023'],
  [
    'themes-and-tags',
    { themes: ['housing', 'nonsense'] },
    'themes',
    'Select valid options for which themes does it cover?',
  ],
  [
    'themes-and-tags',
    { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`).join(',') },
    'tags',
    'Enter 20 tags or fewer',
  ],
  ['themes-and-tags', { tags: `ok, ${'x'.repeat(51)}` }, 'tags', 'Each of the tags must be 50 characters or fewer'],
  [
    'partners',
    { 'partners-0-name': '', 'partners-1-name': 'x'.repeat(151) },
    'partners-0-name',
    'Partner 1: organisation name must be 150 characters or fewer',
  ],
  [
    'barriers',
    { 'barriers-0-category': 'nonsense' },
    'barriers-0-category',
    'Select a valid option for barrier 1: type of barrier',
  ],
  ['barriers', { 'barriers-0-category': '' }, 'barriers-0-category', 'Barrier 1: enter the type of barrier'],
  [
    'barriers',
    { 'barriers-0-description': '' },
    'barriers-0-description',
    'Barrier 1: enter the what happened and how you handled it',
  ],
  [
    'enablers',
    { 'enablers-0-category': 'luck' },
    'enablers-0-category',
    'Select a valid option for enabler 1: type of enabler',
  ],
  ['enablers', { 'enablers-0-description': '' }, 'enablers-0-description', 'Enabler 1: enter the how it helped'],
  ['resources', { 'resources-budgetBand': 'lots' }, 'resources-budgetBand', 'Select a valid option for total budget'],
  [
    'outcomes-and-evidence',
    { evidenceLevel: '6' },
    'evidenceLevel',
    'Select a valid option for how strong is the evidence?',
  ],
  [
    'outcomes-and-evidence',
    { 'evaluations-0-url': 'javascript:alert(1)' },
    'evaluations-0-url',
    'Enter a link that starts with https://',
  ],
  [
    'outcomes-and-evidence',
    { 'evaluations-0-url': 'ftp://example.org/a' },
    'evaluations-0-url',
    'Enter a link that starts with https://',
  ],
  ['outcomes-and-evidence', { 'evaluations-0-title': '' }, 'evaluations-0-title', 'Evaluation 1: enter the title'],
  [
    'documents',
    { 'documents-0-licence': 'proprietary' },
    'documents-0-licence',
    'Select a valid option for document 1: licence',
  ],
  ['documents', { 'documents-0-url': '' }, 'documents-0-url', 'Document 1: enter the link'],
  [
    'contacts',
    { 'contacts-0-email': 'alex at example.org' },
    'contacts-0-email',
    'Enter an email address in the correct format, like name@leeds.gov.uk',
  ],
  [
    'contacts',
    { 'contacts-0-phone': 'ask reception' },
    'contacts-0-phone',
    'Enter a telephone number, like 0113 222 4444',
  ],
  ['contacts', { 'contacts-0-name': '' }, 'contacts-0-name', 'Contact 1: enter the name'],
  ['contacts', { 'contacts-0-role': '' }, 'contacts-0-role', 'Contact 1: enter the role'],
  [
    'adapted-from',
    { 'adaptedFrom-caseStudyId': 'Not a page!' },
    'adaptedFrom-caseStudyId',
    'Enter the address of a case study on Practice Exchange',
  ],
  [
    'adapted-from',
    { 'adaptedFrom-externalUrl': 'example.org/preston' },
    'adaptedFrom-externalUrl',
    'Enter a link that starts with https://',
  ],
  [
    'licence',
    { licence: 'proprietary' },
    'licence',
    'Select a valid option for under what licence can others reuse this case study?',
  ],
]

describe('each field refuses what it cannot store', () => {
  it.each(ERRORS)('%s %j: %s → "%s"', (section, fields, field, message) => {
    const parsed = post(section, fields)
    expect(parsed.errors?.messages[field]).toEqual({ text: message })
    expect(parsed.errors?.list).toContainEqual({ text: message, href: `#${field}` })
  })

  it('keeps what was typed for the page to show again, but stores no refused link or option', () => {
    const parsed = post('adapted-from', { 'adaptedFrom-externalUrl': 'example.org/preston' })
    expect(parsed.model['adaptedFrom-externalUrl']).toBe('example.org/preston')
    expect(parsed.values['adaptedFrom.externalUrl']).toBe('')
    const barriers = post('barriers', { 'barriers-0-category': 'nonsense' }).model.barriers as GroupItem[]
    expect(barriers[0]?.category).toBe('nonsense')
  })

  it('gives one message per field, the first problem found', () => {
    const parsed = post('contacts', { 'contacts-0-email': 'x'.repeat(300) })
    expect(parsed.errors?.list.filter(item => item.href === '#contacts-0-email')).toHaveLength(1)
  })
})
