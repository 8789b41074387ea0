import type { EnquiryRepository } from '../../data/enquiryRepository'
import type { PersonalDataStore } from '../accountService'

// The questions an officer asked hold their name and words: in "download your data", and removed
// from the record when they delete their account. The record itself stays, anonymous, because the
// publisher's list and the dashboards count it.
export const DELETED_SENDER = {
  name: 'A deleted account',
  message: 'The sender deleted their account, so their question is no longer kept.',
}

export function enquiryPersonalData(
  enquiries: Pick<EnquiryRepository, 'listBySender' | 'forgetSender'>,
): PersonalDataStore {
  return {
    name: 'questionsAsked',
    async exportFor(userId) {
      return (await enquiries.listBySender(userId)).map(enquiry => ({
        caseStudyId: enquiry.caseStudyId,
        caseStudyTitle: enquiry.caseStudyTitle,
        message: enquiry.message,
        sentAt: enquiry.sentAt,
      }))
    },
    deleteFor: userId => enquiries.forgetSender(userId, DELETED_SENDER),
  }
}
