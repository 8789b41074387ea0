import { setTimeout as sleep } from 'node:timers/promises'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyCommit } from '../../models/CaseStudyCommit'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { EditConflictError, caseStudyRepository } from '../../server/data/caseStudyRepository'
import { searchIndexTaskRepository } from '../../server/data/searchIndexTaskRepository'
import { LEASE_MS } from '../../server/data/versionClaim'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

afterEach(() => jest.restoreAllMocks())

async function startCaseStudy(client: FormClient, title: string) {
  const res = await client.submit('/publish/case-studies/new', { title })
  expect(res.status).toBe(302)
  const taskList = res.headers.location as string
  return { taskList, id: taskList.split('/').pop()! }
}

/** A promise and the function that resolves it. */
function deferred() {
  let resolve: () => void = () => {}
  const promise = new Promise<void>(done => (resolve = done))
  return { promise, resolve }
}

const stored = async (id: string) => (await CaseStudy.findById(id).lean<CaseStudyRecord>())!

/** What a process killed between claiming the next version and committing it leaves behind. */
async function leaveDeadWriterClaim(id: string, attempt = 0, expiresAt = new Date(Date.now() + LEASE_MS)) {
  const before = await stored(id)
  const suffix = attempt ? `:${attempt}` : ''
  await CaseStudyCommit.create({ _id: `${id}:${before.version + 1}${suffix}`, at: new Date(), expiresAt })
  await CaseStudyRevision.create({
    _id: `${id}:${before.revision + 1}:dead${attempt}`,
    caseStudyId: before._id,
    number: before.revision + 1,
    at: new Date(),
    action: 'saved',
    changedFields: ['context'],
    content: { ...before.draft!.content, context: 'THE DEAD WRITER' },
  })
  return expiresAt
}

describe('a save after a writer died mid-save', () => {
  it('keeps what the user typed while the dead claim lasts, and succeeds once its short lease is over', async () => {
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { taskList, id } = await startCaseStudy(client, 'Crash mid-save')
    const expiresAt = await leaveDeadWriterClaim(id)
    const typed = 'Our <two> wards & "the" rest: typed, not to be lost.'
    const section = `${taskList}/sections/local-context`

    const refused = await client.submit(section, { context: typed, action: 'save' })
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('<title>Error: ')
    expect(refused.text).toMatch(
      /govuk-error-summary__list">[\s\S]*?<a href="\/publish\/case-studies\/[0-9a-f]+\/preview">Someone else saved a change/,
    )
    // The typed text is back in its box (escaped), ready to save again.
    expect(refused.text).toContain('Our &lt;two&gt; wards &amp; &#34;the&#34; rest: typed, not to be lost.</textarea>')
    expect((await stored(id)).draft!.content.context).toBe('')

    // The lease of the writer that died is seconds, not a minute: once it is over, the same
    // save goes through.
    await sleep(Math.max(0, expiresAt.getTime() - Date.now()) + 50)
    const saved = await client.submit(section, { context: typed, action: 'save' })
    expect(saved.status).toBe(302)
    const after = await stored(id)
    expect(after.draft!.content.context).toBe(typed)
    expect(after.revisionKeys).toHaveLength(after.revision)
    const compare = await client.get(`${taskList}/history/compare?from=1&to=${after.revision}`)
    expect(compare.text).toContain('typed, not to be lost.')
    expect(compare.text).not.toContain('THE DEAD WRITER')
  })

  it('takes over a claim that was itself a takeover by a writer that then died too', async () => {
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { taskList, id } = await startCaseStudy(client, 'Two crashes')
    await leaveDeadWriterClaim(id, 0, new Date(Date.now() - 2 * LEASE_MS))
    await leaveDeadWriterClaim(id, 1, new Date(Date.now() - LEASE_MS))

    const saved = await client.submit(`${taskList}/sections/lessons`, { lessons: 'Third time lucky', action: 'save' })
    expect(saved.status).toBe(302)
    expect((await stored(id)).draft!.content.lessons).toBe('Third time lucky')
  })
})

describe('two writers of one version', () => {
  it('lets exactly one of two simultaneous saves from the same read commit; the other gets a conflict', async () => {
    const { client, user } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { id } = await startCaseStudy(client, 'Simultaneous saves')
    for (let round = 1; round <= 3; round++) {
      const read = await stored(id)
      const change = (text: string) => ({
        revision: {
          at: new Date(),
          by: user._id,
          action: 'saved',
          changedFields: ['lessons'],
          content: { ...read.draft!.content, lessons: text },
        },
        set: { 'draft.content.lessons': text },
      })
      const outcomes = await Promise.allSettled([
        caseStudyRepository.commit(read, change(`A${round}`)),
        caseStudyRepository.commit(read, change(`B${round}`)),
      ])
      expect(outcomes.map(outcome => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
      const loser = outcomes.find(outcome => outcome.status === 'rejected')!
      expect(loser.reason).toBeInstanceOf(EditConflictError)
      const after = await stored(id)
      expect(after.version).toBe(read.version + 1)
      expect(after.revision).toBe(read.revision + 1)
      expect(after.revisionKeys).toHaveLength(after.revision)
      const winner = outcomes[0].status === 'fulfilled' ? `A${round}` : `B${round}`
      expect(after.draft!.content.lessons).toBe(winner)
      expect((await caseStudyRepository.findRevision(after, after.revision))?.content.lessons).toBe(winner)
    }
  })

  it('makes a writer whose lease ran out give up with a conflict, after another took the version over', async () => {
    const { client, user } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const { id } = await startCaseStudy(client, 'A slow writer')
    const read = await stored(id)
    const change = (text: string) => ({
      revision: {
        at: new Date(),
        by: user._id,
        action: 'saved',
        changedFields: ['lessons'],
        content: { ...read.draft!.content, lessons: text },
      },
      set: { 'draft.content.lessons': text },
    })
    // The fault: each writer stalls between claiming the version and committing it, until released.
    const record = searchIndexTaskRepository.record.bind(searchIndexTaskRepository)
    const stall = () => {
      const gate = { reached: deferred(), release: deferred() }
      jest.spyOn(searchIndexTaskRepository, 'record').mockImplementationOnce(async (...args) => {
        gate.reached.resolve()
        await gate.release.promise
        return record(...args)
      })
      return gate
    }
    const outcome = (commit: Promise<void>) =>
      commit.then(
        () => 'committed' as const,
        (error: unknown) => error,
      )

    const first = stall()
    const slow = outcome(caseStudyRepository.commit(read, change('The slow writer')))
    await first.reached.promise
    const claim = (await CaseStudyCommit.findById(`${id}:${read.version + 1}`).lean<{ expiresAt: Date }>())!
    await sleep(Math.max(0, claim.expiresAt.getTime() - Date.now()) + 50)
    // The lease is over and the version never landed: a second writer takes it over...
    const second = stall()
    const taker = outcome(caseStudyRepository.commit(read, change('The second writer')))
    await second.reached.promise
    // ...and the first writer, woken before the second commits, must not commit on a lost lease.
    first.release.resolve()
    expect(await slow).toBeInstanceOf(EditConflictError)
    second.release.resolve()
    expect(await taker).toBe('committed')

    const after = await stored(id)
    expect(after.version).toBe(read.version + 1)
    expect(after.draft!.content.lessons).toBe('The second writer')
    expect(after.revisionKeys).toHaveLength(after.revision)
  })
})
