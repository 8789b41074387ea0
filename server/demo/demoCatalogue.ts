import { emptyContent, type CaseStudyContent } from '../../models/vocabulary'
import { fictionalContacts } from './contacts'
import type { DemoProgramme } from './demoProgramme'
import { DEMO_PROGRAMMES } from './programmes'
import { seededRandom, type Random } from './random'
import { budgetBandFor, fullTimeEquivalent, pounds } from './resources'

export type DemoCouncil = { gssCode: string; name: string; slug: string }
export type DemoCaseStudy = {
  key: string
  councilCode: string
  councilName: string
  content: CaseStudyContent
  adaptedFromKey?: string
  /** Documents the team would share, for whatever attaches generated files to the demo. */
  documentTitles: string[]
  evidenceConfirmed: boolean
  publishedDaysAgo: number
}

function contentOf(programme: DemoProgramme, council: DemoCouncil, random: Random): CaseStudyContent {
  const { oneOff, yearly } = programme
  const [posts, who] = programme.fte
  return {
    ...emptyContent(programme.title),
    summary: programme.summary,
    stage: programme.stage,
    startDate: programme.start,
    endDate: programme.end ?? '',
    themes: programme.themes,
    tags: programme.tags,
    partners: programme.partners,
    problem: programme.problem,
    whatTheyDid: programme.whatTheyDid,
    context: programme.context,
    barriers: programme.barriers.map(([category, description]) => ({ category, description })),
    enablers: programme.enablers.map(([category, description]) => ({ category, description })),
    resources: {
      budgetBand: budgetBandFor((oneOff?.[0] ?? 0) + (yearly?.[0] ?? 0)),
      oneOffCost: oneOff ? `${pounds(oneOff[0])} for ${oneOff[1]}` : '',
      recurringCost: yearly ? `${pounds(yearly[0])} a year for ${yearly[1]}` : '',
      staffTime: `${fullTimeEquivalent(posts)}: ${who}`,
      skills: programme.skills,
      technology: programme.technology,
      partners: programme.partners.join(', '),
      timeToFirstResults: programme.firstResults,
    },
    outcomes: programme.outcomes,
    evidenceLevel: programme.evidence[0],
    evidenceReason: programme.evidence[1],
    // No evaluation links or documents: the demo links to nothing that does not exist.
    evaluations: [],
    costsAndSavings: programme.costsAndSavings,
    lessons: programme.lessons,
    documents: [],
    contacts: fictionalContacts(council.slug, random),
    adaptedFrom: {
      caseStudyId: '',
      externalName: '',
      externalUrl: '',
      whatChanged: programme.adaptedFrom?.whatChanged ?? '',
    },
    licence: 'OGL-3.0',
  }
}

/**
 * The demo catalogue: every programme of server/demo/programmes as its council's published case
 * study, adaptations pointing at their originals by key. The seed only varies what is invented
 * (contacts, publication dates, which evidence levels a curator confirmed); the writing is fixed.
 */
export function generateDemoCaseStudies(
  councils: DemoCouncil[],
  seed = 20261130,
  programmes: readonly DemoProgramme[] = DEMO_PROGRAMMES,
): DemoCaseStudy[] {
  const random = seededRandom(seed)
  const byCode = new Map(councils.map(council => [council.gssCode, council]))
  return programmes.map(programme => {
    const council = byCode.get(programme.council)
    if (!council) throw new Error(`demo programme ${programme.key}: no council with GSS code ${programme.council}`)
    const adapted = Boolean(programme.adaptedFrom)
    return {
      key: programme.key,
      councilCode: council.gssCode,
      councilName: council.name,
      content: contentOf(programme, council, random),
      adaptedFromKey: programme.adaptedFrom?.key,
      documentTitles: programme.documents,
      evidenceConfirmed: random.next() < 0.4,
      // Originals were published first, adaptations since.
      publishedDaysAgo: adapted ? random.int(10, 290) : random.int(300, 700),
    }
  })
}
