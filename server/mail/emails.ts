import type { EmailMessage } from './mailer'

// Plain-text emails in GOV.UK Notify's plain style: short, one action each, no tracking.
export const signOff = '\n\nPractice Exchange'

export const emails = {
  verifyEmail: (to: string, name: string, link: string): EmailMessage => ({
    to,
    subject: 'Confirm your email address',
    text: `Dear ${name},\n\nConfirm your email address to finish creating your Practice Exchange account:\n\n${link}\n\nThe link works once and expires in 24 hours.\n\nIf you did not create an account, you can ignore this email.${signOff}`,
  }),

  accountAlreadyExists: (to: string, name: string, signInLink: string, resetLink: string): EmailMessage => ({
    to,
    subject: 'You already have a Practice Exchange account',
    text: `Dear ${name},\n\nSomeone tried to create a Practice Exchange account with this email address, but you already have one.\n\nSign in: ${signInLink}\n\nForgotten your password? Reset it: ${resetLink}\n\nIf this was not you, you can ignore this email.${signOff}`,
  }),

  resetPassword: (to: string, name: string, link: string): EmailMessage => ({
    to,
    subject: 'Reset your password',
    text: `Dear ${name},\n\nUse this link to choose a new password for Practice Exchange:\n\n${link}\n\nThe link works once and expires in 1 hour.\n\nIf you did not ask to reset your password, you can ignore this email: your password has not changed.${signOff}`,
  }),

  passwordChanged: (to: string, name: string): EmailMessage => ({
    to,
    subject: 'Your password has been changed',
    text: `Dear ${name},\n\nThe password for your Practice Exchange account was changed.\n\nIf you did not change it, reset your password now and tell us at once by replying to this email.${signOff}`,
  }),

  joinRequest: (to: string, councilName: string, requesterName: string, link: string): EmailMessage => ({
    to,
    subject: `${requesterName} has asked to join ${councilName}`,
    text: `${requesterName} has asked to join ${councilName} on Practice Exchange.\n\nApprove or decline the request:\n\n${link}${signOff}`,
  }),

  membershipDecision: (to: string, name: string, councilName: string, approved: boolean): EmailMessage => ({
    to,
    subject: approved ? `You are now a member of ${councilName}` : `Your request to join ${councilName} was declined`,
    text: approved
      ? `Dear ${name},\n\nYour request to join ${councilName} on Practice Exchange has been approved. You can now see contact details on case studies and ask their teams questions.${signOff}`
      : `Dear ${name},\n\nYour request to join ${councilName} on Practice Exchange was declined. If you think this is wrong, contact your council's Practice Exchange administrator.${signOff}`,
  }),
}

export const caseStudyEmails = {
  decision: (
    to: string,
    name: string,
    title: string,
    decision: 'published' | 'changes-requested' | 'rejected',
    comment: string,
    link: string,
  ): EmailMessage => {
    const subjects = {
      published: `Published: ${title}`,
      'changes-requested': `Changes requested: ${title}`,
      rejected: `Not published: ${title}`,
    }
    const bodies = {
      published: `Your case study "${title}" has been published on Practice Exchange:\n\n${link}`,
      'changes-requested': `A curator has asked for changes to your case study "${title}" before it can be published:\n\n${comment}\n\nMake the changes and submit it again:\n\n${link}`,
      rejected: `A curator has decided not to publish your case study "${title}":\n\n${comment}\n\nIf you have questions, reply to this email.`,
    }
    return { to, subject: subjects[decision], text: `Dear ${name},\n\n${bodies[decision]}${signOff}` }
  },
}
