import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import type { EnquiryRepository } from '../../data/enquiryRepository'
import { NotFoundError } from '../../errors/httpError'
import type { AuditService, RequestContext } from '../auditService'
import type { Clock } from '../clock'
import { hashLinkToken } from '../tokens'

type Deps = {
  caseStudies: Pick<CaseStudyRepository, 'findById'>
  enquiries: EnquiryRepository
  audit: AuditService
  clock: Clock
}

/** What the opt-out page shows: whose link it is and for which case study, never an address. */
export type OptOutView = { contactName: string; title: string; slug: string | undefined; optedOut: boolean }

// A contact opts out of one case study's questions by the link in an enquiry email, without
// signing in: the link's random token is the credential. Reading the page changes nothing (mail
// scanners follow links); only the form's POST opts out.
export function createEnquiryOptOutService(deps: Deps) {
  async function find(token: string) {
    const link = await deps.enquiries.findOptOutLink(hashLinkToken(String(token)))
    if (!link) throw new NotFoundError()
    return link
  }

  async function view(link: Awaited<ReturnType<typeof find>>): Promise<OptOutView> {
    const caseStudy = await deps.caseStudies.findById(link.caseStudyId)
    const content = caseStudy?.published?.content ?? caseStudy?.draft?.content
    const live = caseStudy?.published && !caseStudy.archivedAt
    return {
      contactName: link.contactName,
      title: content?.title ?? 'a case study that has been removed',
      slug: live ? caseStudy.slug : undefined,
      optedOut: (await deps.enquiries.optedOut([link.optOutId])).size > 0,
    }
  }

  return {
    async show(token: string): Promise<OptOutView> {
      return view(await find(token))
    },

    async optOut(token: string, context: RequestContext): Promise<OptOutView> {
      const link = await find(token)
      await deps.enquiries.optOut(link.optOutId, link.caseStudyId, deps.clock())
      await deps.audit.record(context, {
        action: 'enquiry.contact-opted-out',
        subjectType: 'case-study',
        subjectId: link.caseStudyId,
      })
      return view(link)
    },
  }
}

export type EnquiryOptOutService = ReturnType<typeof createEnquiryOptOutService>
