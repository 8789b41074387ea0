import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import request from 'supertest'
import { connectDatabase, disconnectDatabase } from '../../server/data/database'
import { ensureIndexes } from '../../server/data/indexes'
import { startEmbeddedStore, type EmbeddedStore } from '../../server/store/embeddedStore'
import { createTestApp, testServices } from '../helpers/testApp'

// This file runs its own store so it can kill it without disturbing other test files.
describe('when the store dies', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-outage-'))
  let store: EmbeddedStore

  afterAll(async () => {
    await disconnectDatabase()
    await store?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('readiness turns 503 within 5 s, pages say the service is unavailable, and a restart recovers every record', async () => {
    store = await startEmbeddedStore({ dataDir })
    await connectDatabase(store.uri, 'outage')
    await ensureIndexes()
    await testServices().referenceData.loadCouncils()
    const app = createTestApp()
    await request(app).get('/readyz').expect(200)

    process.kill(store.pid, 'SIGKILL')
    const killedAt = Date.now()
    await store.exited

    let ready = await request(app).get('/readyz')
    while (ready.status !== 503 && Date.now() - killedAt < 5_000) ready = await request(app).get('/readyz')
    expect(ready.status).toBe(503)
    expect(Date.now() - killedAt).toBeLessThan(5_000)
    // Words only, for the public: no error messages (no supervisor here, as with MONGODB_URI). The
    // index itself is whole: search reports its own health, and readiness fails on the store alone.
    expect(ready.body).toEqual({ status: 'unavailable', checks: { store: 'unreachable', search: 'ok' } })

    const page = await request(app).get('/about-the-data').set('Accept', 'text/html')
    expect(page.status).toBe(503)
    expect(page.text).toContain('Sorry, the service is unavailable')
    expect(page.headers['retry-after']).toBe('30')
    await request(app).get('/healthz').expect(200)

    // "Restart the app": a new store on the same files, a new connection, a new app.
    await disconnectDatabase()
    store = await startEmbeddedStore({ dataDir })
    await connectDatabase(store.uri, 'outage')
    const restarted = createTestApp()
    await request(restarted).get('/readyz').expect(200)
    const home = await request(restarted).get('/').expect(200)
    expect(home.text).toMatch(/<span class="app-stat">398<\/span>/)
  })
})
