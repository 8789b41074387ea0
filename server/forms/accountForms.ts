import { z } from 'zod'
import { checkbox, emailAddress, existingPassword, newPassword, personName, requiredText } from './fields'

export const createAccountForm = z.object({
  name: personName('your full name'),
  email: emailAddress(),
  password: newPassword(),
})

export const signInForm = z.object({
  email: emailAddress(),
  password: existingPassword('Enter your password'),
})

export const emailOnlyForm = z.object({ email: emailAddress() })

export const resetPasswordForm = z.object({ password: newPassword('Enter a new password') })

export const changePasswordForm = z.object({
  currentPassword: existingPassword('Enter your current password'),
  newPassword: newPassword('Enter a new password'),
})

export const changeNameForm = z.object({ name: personName('your full name') })

export const deleteAccountForm = z.object({
  password: existingPassword('Enter your password to confirm'),
  confirm: checkbox().refine(Boolean, { error: 'Confirm that you want to delete your account' }),
})

const councilCode = requiredText('Select your council', 16, 'Select your council').pipe(
  z.string().regex(/^[ENSW]\d{8}$/, { error: 'Select your council' }),
)

export const chooseCouncilForm = z.object({ councilCode })

export const memberDecisionForm = z.object({
  decision: z.preprocess(
    value => (typeof value === 'string' ? value : undefined),
    z.enum(['approve', 'decline'], { error: 'Select approve or decline' }),
  ),
})

export const memberRolesForm = z.object({ isPublisher: checkbox(), isCouncilAdmin: checkbox() })

export const userStatusForm = z.object({
  status: z.preprocess(
    value => (typeof value === 'string' ? value : undefined),
    z.enum(['disabled', 'enabled'], { error: 'Select a status' }),
  ),
})

// A registrable domain such as leeds.gov.uk: letters, digits and hyphens in dot-separated labels.
export const emailDomainForm = z.object({
  domain: requiredText('Enter an email domain', 253, 'Email domain must be 253 characters or fewer')
    .transform(value => value.toLowerCase().replace(/^@/, ''))
    .pipe(
      z.string().regex(/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
        error: 'Enter an email domain in the correct format, like leeds.gov.uk',
      }),
    ),
})
