import { CaseStudy } from '../../models/CaseStudy'
import { declarationRepository } from '../../server/data/declarationRepository'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { formClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const LEEDS = 'E08000035'
const CORNWALL = 'E06000052'
const MANCHESTER = 'E08000003'
const SHEFFIELD = 'E08000039'
const services = testServices()
let app: ReturnType<typeof createTestApp>
type Made = { id: string; slug: string; title: string }
let origin: Made, middle: Made, grandchild: Made, archived: Made, external: Made, loopA: Made, loopB: Made
let draftTitle = ''

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  origin = await createPublishedCaseStudy({ title: 'Kestrel origin programme', councilCode: LEEDS })
  middle = await createPublishedCaseStudy({
    title: 'Kestrel middle programme',
    councilCode: CORNWALL,
    adaptedFromId: origin.id,
    whatChanged: 'Smaller teams for a rural county',
  })
  grandchild = await createPublishedCaseStudy({
    title: 'Kestrel grandchild programme',
    councilCode: MANCHESTER,
    adaptedFromId: middle.id,
    whatChanged: 'Added evening sessions',
  })
  archived = await createPublishedCaseStudy({
    title: 'Kestrel archived copy',
    councilCode: SHEFFIELD,
    adaptedFromId: middle.id,
  })
  await CaseStudy.updateOne({ _id: archived.id }, { $set: { archivedAt: new Date() } })
  // A draft adapted from the middle one, never published: it must not appear.
  const publisher = await createUser({ role: 'publisher', councilCode: SHEFFIELD })
  draftTitle = 'Kestrel unpublished draft'
  await services.caseStudyEditing.create(
    publisher,
    draftTitle,
    { actorId: null, ip: null },
    {
      caseStudyId: middle.id,
      whatChanged: 'Secret plans',
    },
  )
  external = await createPublishedCaseStudy({ title: 'Osprey neighbourhood nursing', adaptedFromName: 'Buurtzorg' })
  // Two case studies each saying it was adapted from the other.
  loopA = await createPublishedCaseStudy({ title: 'Loop programme A' })
  loopB = await createPublishedCaseStudy({
    title: 'Loop programme B',
    adaptedFromId: loopA.id,
    whatChanged: 'B from A',
  })
  await CaseStudy.updateOne({ _id: loopA.id }, { $set: { 'published.content.adaptedFrom.caseStudyId': loopB.id } })

  const by = publisher._id
  await declarationRepository.declare({
    caseStudyId: grandchild.id,
    councilCode: SHEFFIELD,
    status: 'adopted',
    note: 'Run by the libraries',
    by,
    at: new Date(),
  })
  await declarationRepository.declare({
    caseStudyId: middle.id,
    councilCode: LEEDS,
    status: 'exploring',
    note: '',
    by,
    at: new Date(),
  })
  const stale = await createPublishedCaseStudy({ title: 'Kestrel later archived', adaptedFromId: middle.id })
  const edited = await CaseStudy.findById(grandchild.id).lean()
  await services.searchIndex.ready()
  // After the index was built: what the index still lists, MongoDB says is archived, and an edit
  // waiting for review that must not show before it is published.
  await CaseStudy.updateOne({ _id: stale.id }, { $set: { archivedAt: new Date() } })
  await CaseStudy.updateOne(
    { _id: grandchild.id },
    {
      $set: {
        draft: {
          content: { ...edited!.published!.content, title: 'Kestrel unpublished edit' },
          revision: 2,
          reviewState: 'editing',
          updatedAt: new Date(),
        },
      },
    },
  )
  app = createTestApp(services)
})

const lineageOf = (slug: string) => formClient(app).get(`/case-studies/${slug}/lineage`)
const listOf = (html: string) =>
  /<ul class="govuk-list govuk-list--bullet" id="lineage-list"[\s\S]*?<\/ul>\n {2}<\/div>/.exec(html)?.[0] ?? ''
const diagramOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
/** The list as an outline: each entry's first words, indented by its depth. */
function outline(html: string): string[] {
  const lines: string[] = []
  let depth = 0
  for (const token of listOf(html).matchAll(
    /<(\/?)ul|<li[^>]*data-kind="([^"]+)"[^>]*>\s*(?:<strong class="govuk-tag[^>]*>[^<]*<\/strong>\s*)?(?:<a [^>]*>|<strong>)?([^<]*)/g,
  )) {
    if (token[0].startsWith('<ul')) depth += 1
    else if (token[0].startsWith('</ul')) depth -= 1
    else lines.push(`${'  '.repeat(depth - 1)}${token[2]}: ${token[3]!.trim()}`)
  }
  return lines
}

describe('a case study’s family tree', () => {
  it('shows what it was adapted from and what was adapted from it, with declarations as leaves', async () => {
    const res = await lineageOf(middle.slug).expect(200)
    expect(outline(res.text)).toEqual([
      'case-study: Kestrel origin programme',
      '  case-study: Kestrel middle programme',
      '    case-study: Kestrel grandchild programme',
      '      declaration: Sheffield City Council',
      '    declaration: Leeds City Council',
    ])
    const list = listOf(res.text)
    expect(list).toContain('Smaller teams for a rural county')
    expect(list).toContain('Added evening sessions')
    expect(list).toContain('Run by the libraries')
    expect(list).toContain(`href="/case-studies/${grandchild.slug}"`)
    expect(list).toContain('href="/councils/sheffield-city-council"')
    expect(res.text).not.toContain('Kestrel archived copy')
    expect(res.text).not.toContain('Kestrel later archived')
    expect(res.text).not.toContain('Kestrel unpublished edit')
    expect(res.text).not.toContain(draftTitle)
    expect(res.text).not.toContain('Secret plans')
    expect(res.text).not.toContain('private.person@example.org')
  })

  it('draws the same tree as an SVG diagram with a title and description', async () => {
    const res = await lineageOf(middle.slug).expect(200)
    const svg = diagramOf(res.text)
    expect(svg).toContain('role="img"')
    expect(svg).toMatch(/<title id="lineage-diagram-title">Family tree of Kestrel middle programme<\/title>/)
    expect(svg).toContain('3 case studies and 2 council declarations')
    const boxes = [...svg.matchAll(/font-weight="700"[^>]*>([^<]*)</g)].map(match => match[1])
    expect(boxes).toEqual([
      'Kestrel origin programme',
      'Kestrel middle programme',
      'Kestrel grandchild programme',
      'Sheffield City Council',
      'Leeds City Council',
    ])
    expect(svg).toContain('Changed: Smaller teams for a rural county')
    expect(svg).toContain('Adopted: Run by the libraries')
    expect(svg.match(/<path /g)).toHaveLength(4)
  })

  it('follows adapted-from chains both ways, transitively', async () => {
    expect(outline((await lineageOf(grandchild.slug)).text)).toEqual([
      'case-study: Kestrel origin programme',
      '  case-study: Kestrel middle programme',
      '    case-study: Kestrel grandchild programme',
      '      declaration: Sheffield City Council',
    ])
    expect(outline((await lineageOf(origin.slug)).text)).toEqual([
      'case-study: Kestrel origin programme',
      '  case-study: Kestrel middle programme',
      '    case-study: Kestrel grandchild programme',
      '      declaration: Sheffield City Council',
      '    declaration: Leeds City Council',
    ])
  })

  it('names an outside programme it came from', async () => {
    const res = await lineageOf(external.slug).expect(200)
    expect(outline(res.text)).toEqual(['external: Buurtzorg', '  case-study: Osprey neighbourhood nursing'])
  })

  it('stops at a loop of case studies adapted from each other, showing each once', async () => {
    const res = await lineageOf(loopA.slug).expect(200)
    expect(outline(res.text)).toEqual(['case-study: Loop programme B', '  case-study: Loop programme A'])
    expect(outline((await lineageOf(loopB.slug)).text)).toEqual([
      'case-study: Loop programme A',
      '  case-study: Loop programme B',
    ])
  })

  it('is linked from the case study page, and unknown, draft or archived case studies have none', async () => {
    const page = await formClient(app).get(`/case-studies/${middle.slug}`).expect(200)
    expect(page.text).toContain(`href="/case-studies/${middle.slug}/lineage"`)
    await lineageOf('no-such-case-study').expect(404)
    await lineageOf(archived.slug).expect(404)
    const draft = await CaseStudy.findOne({ 'draft.content.title': draftTitle }).lean()
    await lineageOf(draft!.slug).expect(404)
  })
})
