import { archiveForm, decisionForm, evidenceForm, startCaseStudyForm } from '../../server/forms/caseStudyForms'
import { parseForm } from '../../server/forms/formErrors'

// The small case study forms: starting one, and a curator's decision, evidence level and archiving.

const messages = (result: ReturnType<typeof parseForm>) => (result.ok ? {} : result.errors.messages)

describe('starting a case study', () => {
  it('takes a title, cleaned', () => {
    expect(parseForm(startCaseStudyForm, { title: ' Falls\u200b prevention ' })).toEqual({
      ok: true,
      data: { title: 'Falls prevention' },
    })
  })

  it.each([
    ['', 'Enter a title'],
    ['\u0000 ', 'Enter a title'],
    ['x'.repeat(151), 'Title must be 150 characters or fewer'],
  ])('refuses %j: "%s"', (title, message) => {
    expect(messages(parseForm(startCaseStudyForm, { title }))).toEqual({ title: { text: message } })
  })
})

describe("a curator's decision", () => {
  it('publishes with or without a comment', () => {
    expect(parseForm(decisionForm, { decision: 'publish' })).toEqual({
      ok: true,
      data: { decision: 'publish', comment: '' },
    })
  })

  it.each([
    [{}, 'decision', 'Select a decision'],
    [{ decision: 'maybe' }, 'decision', 'Select a decision'],
    [{ decision: 'request-changes', comment: ' ' }, 'comment', 'Enter what needs to change'],
    [{ decision: 'reject' }, 'comment', 'Enter why it is not being published'],
    [{ decision: 'reject', comment: 'x'.repeat(5_001) }, 'comment', 'Reason must be 5,000 characters or fewer'],
    [{ decision: 'publish', comment: 'x'.repeat(5_001) }, 'comment', 'Comment must be 5,000 characters or fewer'],
  ])('%j → %s: "%s"', (body, field, message) => {
    expect(messages(parseForm(decisionForm, body))).toEqual({ [field]: { text: message } })
  })

  it('confirms an evidence level on the 1 to 5 scale only', () => {
    expect(parseForm(evidenceForm, { level: '3' })).toEqual({ ok: true, data: { level: '3' } })
    expect(messages(parseForm(evidenceForm, { level: '6' }))).toEqual({ level: { text: 'Select an evidence level' } })
  })

  it('archives or unarchives', () => {
    expect(parseForm(archiveForm, { archive: 'yes' })).toEqual({ ok: true, data: { archive: 'yes' } })
    expect(parseForm(archiveForm, { archive: ['yes', 'no'] }).ok).toBe(false)
  })
})
