import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import path from 'node:path'
import { AlertClaim } from '../../models/AlertClaim'
import { AlertRunLease } from '../../models/AlertRunLease'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { eventually } from '../helpers/eventually'
import { childEnvironment } from '../helpers/meiliTestIndex'
import { runScript } from '../helpers/runScript'
import { testDataDir, testServices } from '../helpers/testApp'
import { testStoreUri, useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const services = testServices()
// Each child builds its own embedded index from the store; on a shared machine that takes a while.
const JOURNEY_MS = 300_000

/** npm run send-alerts as cron runs it, against this test's database, with a data folder (and mail folder) of its own. */
function sendAlerts(dataDir: string, env: NodeJS.ProcessEnv = {}) {
  mkdirSync(dataDir, { recursive: true })
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'sendAlerts.ts')], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnvironment({
      NODE_ENV: 'test',
      MONGODB_URI: `${testStoreUri()}${database.name}`,
      DATA_DIR: dataDir,
      ...env,
    }),
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: string | null }>(resolve =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, exited, output: () => output }
}

const mailIn = (dataDir: string) =>
  existsSync(path.join(dataDir, 'mail')) ? readdirSync(path.join(dataDir, 'mail')).filter(f => f.endsWith('.eml')) : []

/** Officers, each with a saved search for `words` sending alerts at `frequency`, and a new case study matching it. */
async function officersFollowing(words: string, count: number, frequency: 'daily' | 'weekly') {
  const officers = []
  for (let at = 0; at < count; at += 1) {
    const officer = await createUser({ role: 'officer' })
    await services.follows.saveSearch(officer, `q=${encodeURIComponent(words)}`)
    const [saved] = (await services.follows.savedBy(officer)).searches
    await services.follows.setSearchAlerts(officer, saved!._id, frequency)
    officers.push({ officer, subscriptionId: saved!._id })
  }
  await new Promise(resolve => setTimeout(resolve, 20))
  await createPublishedCaseStudy({ title: `${words} pilot`, publishedAt: new Date() })
  return officers
}

beforeAll(async () => {
  await services.referenceData.loadCouncils()
})
afterAll(() => services.searchIndex.stop())

describe('each alert is sent once', () => {
  it(
    'by two processes sending at the same time',
    async () => {
      const officers = await officersFollowing('Composting', 3, 'daily')
      const [first, second] = [path.join(testDataDir, 'first'), path.join(testDataDir, 'second')]
      const runs = [sendAlerts(first), sendAlerts(second)]
      const results = await Promise.all(runs.map(run => run.exited))
      expect(results.map(result => result.code)).toEqual([0, 0])

      expect(mailIn(first).length + mailIn(second).length).toBe(officers.length)
      const claims = await AlertClaim.find({ subscriptionId: { $in: officers.map(o => o.subscriptionId) } }).lean()
      expect(claims.map(claim => claim.status)).toEqual(['sent', 'sent', 'sent'])
      // The second either found the lease held or every alert already done; it never sent one again.
      expect(runs.map(run => run.output()).join('\n')).toMatch(/Another process|0 alert emails sent/)
    },
    JOURNEY_MS,
  )

  it(
    'after a process is killed while sending: the rerun reports the claimed alert and does not send it',
    async () => {
      const { subscriptionId } = (await officersFollowing('Allotments', 1, 'weekly'))[0]!
      // A mail server that accepts connections and never answers: the child is stuck mid-send.
      const sockets: Socket[] = []
      const smtp = createServer(socket => sockets.push(socket))
      await new Promise<void>(resolve => smtp.listen(0, '127.0.0.1', resolve))
      const port = (smtp.address() as { port: number }).port
      const crashDir = path.join(testDataDir, 'crash')
      const run = sendAlerts(crashDir, { SMTP_URL: `smtp://127.0.0.1:${port}` })
      try {
        await eventually('the child to start sending the alert', () => sockets.length > 0, { timeoutMs: 200_000 })
        run.child.kill('SIGKILL')
        expect((await run.exited).signal).toBe('SIGKILL')
      } finally {
        for (const socket of sockets) socket.destroy()
        smtp.close()
      }
      const claim = await AlertClaim.findOne({ subscriptionId }).lean()
      expect(claim?.status).toBe('claimed')

      // At once, the dead process's lease still stands: nothing runs.
      expect(runScript('sendAlerts.ts', database.name).stdout).toMatch(/Another process .* is sending alerts/)
      // Once it has lapsed (a minute), a rerun sends nothing for that alert and says why.
      await AlertRunLease.updateMany({}, { $set: { expiresAt: new Date(0) } })
      const rerun = runScript('sendAlerts.ts', database.name)
      expect(rerun.status).toBe(0)
      expect(rerun.stdout).toContain('claimed but never confirmed sent')
      expect(rerun.stdout).toContain(claim!._id)
      expect(mailIn(testDataDir).length + mailIn(crashDir).length).toBe(0)
      expect((await AlertClaim.findOne({ subscriptionId }).lean())?.status).toBe('claimed')
    },
    JOURNEY_MS,
  )
})
