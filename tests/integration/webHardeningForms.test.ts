import { CaseStudy } from '../../models/CaseStudy'
import { User } from '../../models/User'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.searchIndex.ready()
  app = createTestApp(services)
})

// NUL, bell, right-to-left override, the other bidi controls, zero-width space, byte order mark.
const HOSTILE = ['\u0000', '\u0007', '\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\ufeff']
const dirty = (text: string) => HOSTILE.join('') + text.replace(' ', ` ${HOSTILE.join('')}`) + HOSTILE.join('')
const HOSTILE_PATTERN = new RegExp(`[${HOSTILE.join('')}]`)

async function startCaseStudy(client: FormClient, title: string): Promise<string> {
  const res = await client.submit('/publish/case-studies/new', { title })
  expect(res.status).toBe(302)
  return res.headers.location as string
}

async function submittedCaseStudy(client: FormClient): Promise<string> {
  const taskList = await startCaseStudy(client, 'Plain title')
  for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS))
    expect((await client.submit(`${taskList}/sections/${section}`, { ...fields, action: 'save' })).status).toBe(302)
  expect((await client.submit(`${taskList}/check-answers`, {})).status).toBe(302)
  return taskList.split('/').pop()!
}

describe('control, bidi and BOM characters in free text', () => {
  it('are removed from the start-a-case-study title before it is stored', async () => {
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const taskList = await startCaseStudy(client, dirty('Warm homes'))
    const stored = await CaseStudy.findById(taskList.split('/').pop()).lean()
    expect(stored?.draft?.content.title).toBe('Warm homes')
  })

  it.each([
    ['request-changes', 'Add the costs'],
    ['reject', 'Not a council programme'],
  ])('are removed from a curator’s %s comment before it is stored', async (decision, comment) => {
    const { client: publisher } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
    const id = await submittedCaseStudy(publisher)
    const res = await curator.submit(`/review/${id}`, { decision, comment: dirty(comment) }, `/review/${id}/decision`)
    expect(res.status).toBe(302)
    const stored = await CaseStudy.findById(id).lean()
    expect(stored?.draft?.curatorComment).toBe(comment)
  })

  it('keep line breaks in a curator’s comment', async () => {
    const { client: publisher } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
    const id = await submittedCaseStudy(publisher)
    const comment = 'First\u202e point.\r\n\r\nSecond point.'
    await curator.submit(`/review/${id}`, { decision: 'request-changes', comment }, `/review/${id}/decision`)
    expect((await CaseStudy.findById(id).lean())?.draft?.curatorComment).toBe('First point.\n\nSecond point.')
  })

  it('are removed from search synonyms before they are stored', async () => {
    const { user, client } = await signedInClient(app, { role: 'networkAdmin' })
    const res = await client.submit('/admin/search/synonyms', { synonyms: `${dirty('council tax')}, ctax\n` })
    expect(res.status).toBe(302)
    const vocabulary = await services.synonyms.list(user)
    expect(vocabulary).toEqual({ groups: [['council tax', 'ctax']], oneWay: [] })
    expect(JSON.stringify(vocabulary)).not.toMatch(HOSTILE_PATTERN)
  })

  it('are refused in a name, never stored', async () => {
    const { user, client } = await signedInClient(app, { role: 'officer' })
    const res = await client.submit('/account/change-name', { name: dirty('Jo Bloggs') })
    expect(res.status).toBe(400)
    expect((await User.findById(user._id).lean())?.name).toBe(user.name)
  })
})
