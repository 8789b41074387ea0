import { Writable } from 'node:stream'
import express from 'express'
import request from 'supertest'
import { createHttpLogger, createLogger } from '../../server/logger'

function capturingLogger() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  return { logger: createLogger('info', stream), lines }
}

describe('request logging', () => {
  it('logs each request with its id and redacts cookies and credentials', async () => {
    const { logger, lines } = capturingLogger()
    const app = express()
    app.use(createHttpLogger(logger))
    app.get('/page', (_req, res) => {
      res.cookie('practice-exchange.sid', 'session-secret-value').send('ok')
    })

    const res = await request(app)
      .get('/page')
      .set('Cookie', 'practice-exchange.sid=the-session-cookie')
      .set('Authorization', 'Bearer the-token')
      .expect(200)

    const entry = JSON.parse(lines.find(line => line.includes('request completed')) ?? '{}') as {
      req: { id: string; headers: Record<string, string> }
      res: { headers: Record<string, string> }
    }
    expect(entry.req.id).toBe(res.headers['x-request-id'])
    expect(entry.req.headers.cookie).toBe('[redacted]')
    expect(entry.req.headers.authorization).toBe('[redacted]')
    expect(entry.res.headers['set-cookie']).toBe('[redacted]')
    expect(lines.join('')).not.toMatch(/the-session-cookie|the-token|session-secret-value/)
  })

  it('does not log health probes', async () => {
    const { logger, lines } = capturingLogger()
    const app = express()
    app.use(createHttpLogger(logger))
    app.get('/healthz', (_req, res) => {
      res.send('ok')
    })
    await request(app).get('/healthz').expect(200)
    expect(lines).toHaveLength(0)
  })
})
