import {
  changePasswordForm,
  chooseCouncilForm,
  createAccountForm,
  deleteAccountForm,
  emailDomainForm,
  memberDecisionForm,
  memberRolesForm,
  signInForm,
} from '../../server/forms/accountForms'
import { cleanText } from '../../server/forms/fields'
import { formErrors, parseForm } from '../../server/forms/formErrors'

// The account and membership forms: what they accept (cleaned), and the one error shape
// `{ list, messages }` with GOV.UK wording that the error summary shows.

const NEW_ACCOUNT = { name: 'Priya Shah', email: 'Priya.Shah@Leeds.gov.uk ', password: 'a long unusual phrase' }

const messageFor = (result: ReturnType<typeof parseForm>, field: string) =>
  result.ok ? undefined : result.errors.messages[field]?.text

describe('create an account', () => {
  it('accepts a good answer, trimming and lower-casing the email address', () => {
    expect(parseForm(createAccountForm, NEW_ACCOUNT)).toEqual({
      ok: true,
      data: { name: 'Priya Shah', email: 'priya.shah@leeds.gov.uk', password: 'a long unusual phrase' },
    })
  })

  it.each([
    ['name', '', 'Enter your full name'],
    ['name', 'x'.repeat(101), 'Full name must be 100 characters or fewer'],
    ['name', 'Priya\u202eShah', 'Full name must only include letters, spaces, hyphens and apostrophes'],
    ['name', ['Priya', 'Shah'], 'Enter your full name'],
    ['email', '', 'Enter your email address'],
    ['email', 'priya.leeds.gov.uk', 'Enter an email address in the correct format, like name@leeds.gov.uk'],
    ['email', { $ne: '' }, 'Enter your email address'],
    ['password', '', 'Enter a password'],
    ['password', 'short', 'Password must be 10 characters or more'],
    ['password', 'x'.repeat(257), 'Password must be 256 characters or fewer'],
    ['password', 'password123', 'Choose a password that is harder to guess: this one is on a list of common passwords'],
  ])('%s %j: "%s"', (field, value, message) => {
    const result = parseForm(createAccountForm, { ...NEW_ACCOUNT, [field]: value })
    expect(messageFor(result, field)).toBe(message)
    expect(result.ok ? [] : result.errors.list).toEqual([{ text: message, href: `#${field}` }])
  })

  it('gives back the text typed (never an object) to show again', () => {
    const result = parseForm(createAccountForm, { name: '', email: { $ne: '' }, password: 'short' })
    expect(result.ok ? undefined : result.values).toEqual({ name: '', password: 'short' })
  })
})

describe('the other account forms', () => {
  it('signing in takes any password as typed, untrimmed', () => {
    expect(parseForm(signInForm, { email: 'a@b.org', password: ' pass ' })).toEqual({
      ok: true,
      data: { email: 'a@b.org', password: ' pass ' },
    })
    expect(messageFor(parseForm(signInForm, { email: 'a@b.org' }), 'password')).toBe('Enter your password')
  })

  it('changing a password needs the current one and a strong new one', () => {
    const result = parseForm(changePasswordForm, { currentPassword: '', newPassword: 'qwertyuiop' })
    expect(result.ok ? [] : result.errors.list.map(item => item.href)).toEqual(['#currentPassword', '#newPassword'])
  })

  it('deleting an account needs the box ticked', () => {
    expect(messageFor(parseForm(deleteAccountForm, { password: 'x' }), 'confirm')).toBe(
      'Confirm that you want to delete your account',
    )
    expect(parseForm(deleteAccountForm, { password: 'x', confirm: 'yes' }).ok).toBe(true)
  })

  it('a council is chosen by its GSS code', () => {
    expect(parseForm(chooseCouncilForm, { councilCode: 'E08000035' }).ok).toBe(true)
    expect(messageFor(parseForm(chooseCouncilForm, { councilCode: 'Leeds' }), 'councilCode')).toBe(
      'Select your council',
    )
  })

  it('member decisions and roles', () => {
    expect(messageFor(parseForm(memberDecisionForm, { decision: 'maybe' }), 'decision')).toBe(
      'Select approve or decline',
    )
    expect(parseForm(memberRolesForm, { isPublisher: 'yes' })).toEqual({
      ok: true,
      data: { isPublisher: true, isCouncilAdmin: false },
    })
  })

  it.each([
    ['@Leeds.GOV.uk', { ok: true, data: { domain: 'leeds.gov.uk' } }],
    ['leeds', 'Enter an email domain in the correct format, like leeds.gov.uk'],
    ['-leeds.gov.uk', 'Enter an email domain in the correct format, like leeds.gov.uk'],
    ['', 'Enter an email domain'],
  ])('email domain %j', (domain, expected) => {
    const result = parseForm(emailDomainForm, { domain })
    if (typeof expected === 'string') expect(messageFor(result, 'domain')).toBe(expected)
    else expect(result).toEqual(expected)
  })
})

describe('shared pieces', () => {
  it('cleanText normalises line endings and Unicode, removes stray characters and trims', () => {
    expect(cleanText(' Cafe\u0301\r\nnext\u0085\u2066 ')).toBe('Café\nnext')
    expect(cleanText(42)).toBe('')
  })

  it('formErrors keeps the first message per field, in order', () => {
    expect(
      formErrors([
        ['a', 'First'],
        ['b', 'Second'],
        ['a', 'Ignored'],
      ]),
    ).toEqual({
      list: [
        { text: 'First', href: '#a' },
        { text: 'Second', href: '#b' },
      ],
      messages: { a: { text: 'First' }, b: { text: 'Second' } },
    })
  })
})
