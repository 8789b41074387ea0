import type { Express } from 'express'
import request from 'supertest'

type Agent = ReturnType<typeof request.agent>

/** A cookie-keeping client that fills forms like a browser: it reads the CSRF token from the page. */
export function formClient(app: Express) {
  const agent: Agent = request.agent(app)

  async function csrfTokenFrom(path: string): Promise<string> {
    const page = await agent.get(path)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1]
    if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`)
    return token
  }

  return {
    agent,
    csrfTokenFrom,
    get: (path: string) => agent.get(path),
    /** GETs formPath for its token, then POSTs the fields to postPath (default: the same path). */
    async submit(formPath: string, fields: Record<string, string | string[]>, postPath = formPath) {
      const _csrf = await csrfTokenFrom(formPath)
      return agent
        .post(postPath)
        .type('form')
        .send({ ...fields, _csrf })
    },
  }
}

export type FormClient = ReturnType<typeof formClient>
