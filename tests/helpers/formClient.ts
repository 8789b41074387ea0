import type { Express } from 'express'
import request from 'supertest'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'

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

/** A new user with the given role, signed in through the sign-in form. */
export async function signedInClient(app: Express, options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options)
  const client = formClient(app)
  const res = await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
  if (res.status !== 302) throw new Error(`could not sign in a ${options.role ?? 'officer'} (status ${res.status})`)
  return { user, client }
}
