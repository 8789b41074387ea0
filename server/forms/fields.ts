import { z } from 'zod'
import { isCommonPassword } from './commonPasswords'

// Field builders shared by the forms, with GOV.UK wording. Anything that is not a single string
// (a repeated field, an object smuggled in as `email[$ne]=`) counts as missing.
const singleString = (value: unknown) => (typeof value === 'string' ? value : undefined)

// C0/C1 control characters, zero-width and bidirectional-override characters: never wanted in a
// name, and a way to make one name look like another.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/

// Pasted text brings stray control and direction-override characters (and a byte order mark from
// some editors); they are removed from every free-text field, keeping line breaks and tabs.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const STRAY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** The first character cleanText would remove, if any: an importer reports them rather than dropping them. */
export const strayCharacter = (value: string): string | undefined => new RegExp(STRAY.source).exec(value)?.[0]

/** Free text as it may be stored: stray characters removed, line endings \n, NFC, trimmed; '' if not a string. */
export const cleanText = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').replace(STRAY, '').normalize('NFC').trim() : ''

const cleanedText = (missing: string, maxLength: number, tooLong: string) =>
  z
    .string({ error: missing })
    .transform(cleanText)
    .pipe(z.string().min(1, { error: missing }).max(maxLength, { error: tooLong }))

export const requiredText = (missing: string, maxLength: number, tooLong: string) =>
  z.preprocess(singleString, cleanedText(missing, maxLength, tooLong))

/** Free text that may be left empty ('' then). */
export const optionalText = (maxLength: number, tooLong: string) =>
  z.preprocess(cleanText, z.string().max(maxLength, { error: tooLong }))

/** A name is refused, not silently changed, if it has such characters: it is how one name is made to look like another. */
export const personName = (what: string) =>
  z.preprocess(
    singleString,
    z
      .string({ error: `Enter ${what}` })
      .refine(value => !INVISIBLE_OR_CONTROL.test(value), {
        error: `${capitalise(what)} must only include letters, spaces, hyphens and apostrophes`,
      })
      .pipe(cleanedText(`Enter ${what}`, 100, `${capitalise(what)} must be 100 characters or fewer`)),
  )

export const emailAddress = () =>
  requiredText('Enter your email address', 254, 'Email address must be 254 characters or fewer')
    .transform(value => value.toLowerCase())
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@leeds.gov.uk' }))

/** Any password as typed: for signing in and for confirming who you are. Not trimmed. */
export const existingPassword = (missing: string) =>
  z.preprocess(singleString, z.string({ error: missing }).min(1, { error: missing }).max(256, { error: missing }))

/** A new password: 10 characters or more, not one of the commonest passwords. */
export const newPassword = (missing = 'Enter a password') =>
  z.preprocess(
    singleString,
    z
      .string({ error: missing })
      .min(1, { error: missing })
      .min(10, { error: 'Password must be 10 characters or more' })
      .max(256, { error: 'Password must be 256 characters or fewer' })
      .refine(value => !isCommonPassword(value), {
        error: 'Choose a password that is harder to guess: this one is on a list of common passwords',
      }),
  )

export const choice = <T extends string>(values: readonly T[], missing: string) =>
  z.preprocess(singleString, z.enum(values as [T, ...T[]], { error: missing }))

export const checkbox = () =>
  z.preprocess(value => value === 'yes' || (Array.isArray(value) && value.includes('yes')), z.boolean())

function capitalise(text: string): string {
  const bare = text.replace(/^(your|a|an|the) /, '')
  return bare.charAt(0).toUpperCase() + bare.slice(1)
}
