import type { EnquiryData } from '../../data/enquiryRepository'
import { paths } from '../../paths'
import { paragraphs } from '../caseStudyPresenter'
import { formatDateTime } from '../formatDate'
import { govukPagination } from '../pagination'

/** A person a question goes to, by name and role: never an address. */
export const recipientLine = ({ name, role }: { name: string; role?: string | null }) =>
  role ? `${name}, ${role}` : String(name)

/** Who a sent question went to, by name and role, or the council admins: never an address. */
function recipientsText(enquiry: Pick<EnquiryData, 'routedTo' | 'recipients'>, councilName: string): string[] {
  if (enquiry.routedTo === 'council-admins') return [`The council admins of ${councilName}`]
  return enquiry.recipients.map(recipientLine)
}

/** The sender's confirmation page. */
export function presentSentEnquiry(
  enquiry: EnquiryData,
  slug: string | undefined,
  councilName: string,
  replyTo: string,
) {
  return {
    title: enquiry.caseStudyTitle,
    caseStudyHref: slug ? paths.caseStudies.show(slug) : undefined,
    recipients: recipientsText(enquiry, councilName),
    replyTo,
    sentAt: formatDateTime(enquiry.sentAt),
    message: paragraphs(enquiry.message),
  }
}

type CouncilPage = {
  councilName: string
  enquiries: EnquiryData[]
  total: number
  page: number
  pageCount: number
  councilNameOf: (code: string) => string
  slugOf: (caseStudyId: string) => string | undefined
}

/** The publisher's list: one summary card per question, newest first. */
export function presentEnquiryList(result: CouncilPage) {
  return {
    total: result.total,
    pagination: govukPagination(result.page, result.pageCount, page => paths.enquiries.list(page)),
    cards: result.enquiries.map(enquiry => {
      const slug = result.slugOf(enquiry.caseStudyId)
      return {
        id: enquiry._id.toString(),
        title: enquiry.caseStudyTitle,
        href: slug ? paths.caseStudies.show(slug) : undefined,
        from: `${enquiry.senderName}, ${result.councilNameOf(enquiry.senderCouncilCode)}`,
        sentAt: formatDateTime(enquiry.sentAt),
        sentTo: recipientsText(enquiry, result.councilName),
        message: paragraphs(enquiry.message),
      }
    }),
  }
}
