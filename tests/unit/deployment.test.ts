import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../server/projectRoot'

// There is no Docker engine on the development machines, so the compose file and Dockerfile are
// checked as text: the services, pinned images, health checks, start order and environment.
type Service = {
  image?: string
  build?: string
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  volumes?: string[]
  ports?: string[]
}
const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}

describe('docker-compose.yml', () => {
  it('runs the app with MongoDB and Meilisearch', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'meilisearch', 'mongo'])
  })

  it('pins every image to an exact version', () => {
    expect(compose.services.mongo?.image).toMatch(/^mongo:7\.\d+\.\d+$/)
    expect(compose.services.meilisearch?.image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/)
    expect(compose.services.app?.build).toBe('.')
  })

  it('gives every service a health check and starts the app once both stores are healthy', () => {
    for (const service of Object.values(compose.services)) expect(service.healthcheck?.test.length).toBeGreaterThan(1)
    expect(compose.services.app?.depends_on).toEqual({
      mongo: { condition: 'service_healthy' },
      meilisearch: { condition: 'service_healthy' },
    })
  })

  it('keeps data in named volumes', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['meili-data', 'mongo-data'])
    expect(compose.services.mongo?.volumes).toEqual(['mongo-data:/data/db'])
    expect(compose.services.meilisearch?.volumes).toEqual(['meili-data:/meili_data'])
  })

  it('points the app at both stores and takes secrets only from the environment', () => {
    const env = compose.services.app?.environment ?? {}
    expect(env.NODE_ENV).toBe('production')
    expect(env.MONGODB_URI).toBe('mongodb://mongo:27017/practice_exchange')
    expect(env.MEILI_URL).toBe('http://meilisearch:7700')
    expect(env.PUBLIC_BASE_URL).toMatch(/^\$\{PUBLIC_BASE_URL:-http/)
    expect(env.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/)
    expect(env.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/)
    expect(compose.services.meilisearch?.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/)
    expect(compose.services.app?.ports).toEqual(['${PORT:-3000}:3000'])
  })
})

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8')

  it('builds in one stage and runs from a second as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2)
    expect(dockerfile).toMatch(/^FROM node:20\.\d+-bookworm-slim AS build$/m)
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server\/index\.js"\]$/m)
  })
})
