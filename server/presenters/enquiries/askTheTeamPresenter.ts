import { ENQUIRY_MESSAGE_LENGTH } from '../../../models/enquiryRules'
import { paths } from '../../paths'
import type { AskState } from '../../services/diffusion/enquiryService'
import { councilLink } from '../browse/caseStudyCards'
import { recipientLine } from './enquiryPresenter'

/** What the ask-the-team partial shows: a sign-in link, a reason it cannot be used, or the form. */
export type AskTheTeamView =
  | { kind: 'sign-in'; signInHref: string }
  | { kind: 'not-officer'; joinHref: string }
  | { kind: 'closed'; council: { text: string; href?: string } }
  | {
      kind: 'form'
      action: string
      /** Who the question goes to, by name and role: never an address. */
      recipients: string[]
      intro: string
      maxLength: number
    }

export function presentAskTheTeam(state: AskState, slug: string): AskTheTeamView {
  const council = councilLink(state.councilName, state.councilSlug)
  if (state.viewer === 'visitor')
    return { kind: 'sign-in', signInHref: paths.auth.signIn(paths.caseStudies.show(slug)) }
  if (state.viewer === 'not-officer') return { kind: 'not-officer', joinHref: paths.account.council() }
  const { routing } = state
  if (routing.route === 'none') return { kind: 'closed', council }
  const form = { kind: 'form' as const, action: paths.enquiries.ask(slug), maxLength: ENQUIRY_MESSAGE_LENGTH.max }
  if (routing.route === 'council-admins')
    return {
      ...form,
      recipients: [],
      intro: `The people listed for this case study are not taking questions, so we will email yours to the council admins of ${state.councilName}.`,
    }
  return {
    ...form,
    recipients: routing.recipients.map(recipientLine),
    intro: routing.someOptedOut
      ? 'Some of the people listed for this case study are not taking questions. We will email yours to:'
      : 'We will email your question to:',
  }
}
