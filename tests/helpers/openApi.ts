import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Express } from 'express'
import request from 'supertest'
import type { Services } from '../../server/services'
import { createTestApp } from './testApp'

type Document = {
  paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>
  components: { schemas: Record<string, unknown> }
}

/**
 * Checks API answers against the OpenAPI document the app itself serves. Its component schemas
 * become one JSON Schema 2020-12 document ($defs), compiled by Ajv in strict mode, so a mistake in
 * the document (an unknown keyword, a dangling $ref) fails as surely as a wrong answer.
 */
export async function openApiChecker(app: Express) {
  const res = await request(app).get('/api/v1/openapi.json')
  if (res.status !== 200) throw new Error(`no OpenAPI document (status ${res.status})`)
  const document = res.body as Document
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  addFormats(ajv)
  const asDefs = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"api#/$defs/')) as object
  ajv.addSchema({ $id: 'api', $defs: asDefs(document.components.schemas) })
  const compiled = new Map<string, ValidateFunction>()
  const compile = (key: string, schema: unknown) => {
    if (!compiled.has(key)) compiled.set(key, ajv.compile(asDefs(schema)))
    return compiled.get(key)!
  }

  /** The documented path template a URL's path falls under, such as /api/v1/councils/{code}. */
  function templateOf(path: string): string | undefined {
    return Object.keys(document.paths).find(template =>
      new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
    )
  }

  function errorsOf(validate: ValidateFunction, body: unknown): string {
    return validate(body) ? '' : ajv.errorsText(validate.errors, { separator: '\n' })
  }

  return {
    document,

    /**
     * The ways this answer differs from what the document says the request gets ('' if none):
     * bodies are checked against the schema for their status; answers without a documented
     * body (304, 301) must have none; errors under /api must be the Error schema.
     */
    problems(url: string, status: number, body: unknown, text: string): string {
      const path = new URL(url, 'http://api.test').pathname
      const template = templateOf(path)
      const documented = template ? document.paths[template]?.get?.responses[String(status)] : undefined
      if (status >= 400 && !documented) return errorsOf(compile('Error', { $ref: 'api#/$defs/Error' }), body)
      if (!documented) return `${status} is not documented for ${template ?? path}`
      const schema = documented.content?.['application/json']?.schema
      if (!schema) return text ? `a ${status} answer should have no body` : ''
      return errorsOf(compile(`${template} ${status}`, schema), body)
    },
  }
}

export type OpenApiChecker = Awaited<ReturnType<typeof openApiChecker>>

/** A GET whose answer is checked against the document before the test sees it. */
export function checkedGet(app: () => Express, checker: () => OpenApiChecker) {
  return async (url: string, headers: Record<string, string> = {}) => {
    const res = await request(app()).get(url).set(headers)
    const problems = checker().problems(url, res.status, res.body, res.text)
    if (problems)
      throw new Error(`GET ${url.slice(0, 200)} answered ${res.status} unlike the OpenAPI document:\n${problems}`)
    return res
  }
}

/**
 * The app of an API test file and a GET whose every answer is checked against the document:
 * reference data loaded (and the demo catalogue, if asked) and the index ready before any test.
 */
export function useCheckedApi(services: Services, { demoContent = false } = {}) {
  let app: Express | undefined
  let checker: OpenApiChecker | undefined
  beforeAll(async () => {
    await services.referenceData.loadCouncils()
    if (demoContent) await services.demoContent.seedIfEmpty()
    await services.searchIndex.ready()
    app = createTestApp(services)
    checker = await openApiChecker(app)
  })
  const currentApp = () => app!
  return {
    app: currentApp,
    checker: () => checker!,
    get: checkedGet(currentApp, () => checker!),
  }
}
