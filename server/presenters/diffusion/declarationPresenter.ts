import { ADOPTION_STATUSES, adoptionStatusLabel, type AdoptionStatus } from '../../../models/adoptionStatuses'
import { paths } from '../../paths'
import type { DeclarationService } from '../../services/diffusion/declarationService'
import { councilLink } from '../browse/caseStudyCards'
import { formatDate } from '../formatDate'

type Summary = Awaited<ReturnType<DeclarationService['summaryFor']>>
type Form = Awaited<ReturnType<DeclarationService['formFor']>>

/** Who is looking, as the case study page needs to know it to offer the right action. */
export type Viewer = { signedIn: boolean; councilCode: string | undefined }

/** The case study page's "councils using this" panel: counts by status, each council, one action. */
export function presentAdoptionSummary(
  caseStudy: { slug: string; councilCode: string },
  summary: Summary,
  viewer: Viewer,
) {
  const own = summary.declarations.find(declaration => declaration.councilCode === viewer.councilCode)
  const declarationHref = paths.diffusion.declaration(caseStudy.slug)
  const action = !viewer.signedIn
    ? { text: 'Sign in to say your council is using this', href: declarationHref }
    : viewer.councilCode && viewer.councilCode !== caseStudy.councilCode
      ? {
          text: own ? 'Change or withdraw your council’s declaration' : 'Say your council is using this',
          href: declarationHref,
        }
      : undefined
  return {
    total: summary.declarations.length,
    counts: summary.counts,
    rows: summary.declarations.map(declaration => ({
      council: councilLink(declaration.councilName, declaration.councilSlug),
      status: adoptionStatusLabel(declaration.status),
      note: declaration.note,
      since: formatDate(declaration.updatedAt),
    })),
    action,
    lineageHref: paths.diffusion.lineage(caseStudy.slug),
  }
}

export type AdoptionSummaryView = ReturnType<typeof presentAdoptionSummary>

/** The declaration page: the form's choices, the council's history, and "Publish your version". */
export function presentDeclarationPage(form: Form) {
  const { caseStudy, current } = form
  return {
    caseStudy: { ...caseStudy, href: paths.caseStudies.show(caseStudy.slug) },
    councilName: form.councilName,
    current: current ? { status: adoptionStatusLabel(current.status), note: current.note } : undefined,
    statusItems: (Object.keys(ADOPTION_STATUSES) as AdoptionStatus[]).map(status => ({
      value: status,
      text: ADOPTION_STATUSES[status].label,
      hint: { text: ADOPTION_STATUSES[status].hint },
    })),
    history: form.history.map(event => ({
      at: formatDate(event.at),
      status: adoptionStatusLabel(event.status),
      note: event.note,
    })),
    actions: {
      declare: paths.diffusion.declaration(caseStudy.slug),
      withdraw: paths.diffusion.withdraw(caseStudy.slug),
      publishYourVersion: paths.diffusion.publishYourVersion(caseStudy.slug),
    },
    adopted: current?.status === 'adopted',
    canPublishVersion: form.canPublishVersion,
    adaptationDraftHref: form.adaptationDraftId ? paths.publish.taskList(form.adaptationDraftId) : undefined,
  }
}
