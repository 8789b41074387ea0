import { paths } from '../../server/paths'
import { VALID_SECTION_FIELDS } from '../../tests/factories/caseStudySections'
import { SocketError, csrfToken, loadClient, type LoadClient, type Reply } from './loadClient'
import type { LoadRecorder, RequestKind } from './loadRecorder'
import type { Account, LoadPlan } from './loadSetup'

export type Visitors = { searchers: number; readers: number; signers: number; publishers: number }

// Sign-in is limited per address (RATE_LIMITS.signInPerIp): each sign-in comes from a new visitor
// at an address of its own in 127.0.0.0/8, as real sign-ins come from many addresses. Publishers
// sign in once each, from addresses of their own.
const signerAddress = (index: number) => `127.0.${1 + (Math.floor(index / 254) % 254)}.${1 + (index % 254)}`
const publisherAddress = (index: number) => `127.1.0.${1 + (index % 254)}`
const SECTIONS = Object.entries(VALID_SECTION_FIELDS)
// Free-text answers an edit changes, so every save stores something new.
const EDITABLE = ['summary', 'problem', 'context', 'outcomes', 'costsAndSavings', 'lessons']

type Step = (kind: RequestKind, send: () => Promise<Reply>, expected?: (reply: Reply) => boolean) => Promise<Reply>

/** A step that records into `recorder` if `recording()` says so as it starts; a socket error ends the visit. */
function stepper(recorder: LoadRecorder, recording: () => boolean): Step {
  return async (kind, send, expected = reply => reply.status === 200) => {
    const counted = recording()
    try {
      const reply = await send()
      if (counted) recorder.answered(kind, reply.status, reply.ms, expected(reply))
      return reply
    } catch (error) {
      if (!(error instanceof SocketError)) throw error
      if (counted) recorder.failed(kind, error.ms)
      throw error
    }
  }
}

const redirectsTo = (target: string | RegExp) => (reply: Reply) =>
  reply.status === 302 && (typeof target === 'string' ? reply.location === target : target.test(reply.location ?? ''))

async function signIn(step: Step, client: LoadClient, account: Account, password: string): Promise<boolean> {
  const form = await step('sign-in form', () => client.get(paths.auth.signIn()))
  const _csrf = csrfToken(form.body) ?? ''
  const reply = await step(
    'sign-in',
    () => client.post(paths.auth.signIn(), { email: account.email, password, _csrf }),
    redirectsTo(paths.account.show()),
  )
  return reply.status === 302 && reply.location === paths.account.show()
}

type Publisher = { client: LoadClient; taskList: string; edits: number }

/** Signs a publisher in and starts the draft they will edit; before the measured window. */
export async function preparePublisher(baseUrl: string, plan: LoadPlan, index: number): Promise<Publisher> {
  const client = loadClient(baseUrl, publisherAddress(index))
  const account = plan.publishers[index]!
  const quiet: Step = (_kind, send) => send()
  if (!(await signIn(quiet, client, account, plan.password))) throw new Error(`${account.email} could not sign in`)
  const form = await client.get(paths.publish.start())
  const started = await client.post(paths.publish.start(), {
    title: `Load test draft ${index}`,
    _csrf: csrfToken(form.body) ?? '',
  })
  if (started.status !== 302 || !started.location) throw new Error(`${account.email} could not start a draft`)
  return { client, taskList: started.location, edits: 0 }
}

/**
 * Runs every visitor until `until` (a performance.now() time), each going as fast as the server
 * answers (no think time). Requests count while `recording()` is true.
 */
export async function runVisitors(
  baseUrl: string,
  plan: LoadPlan,
  visitors: Visitors,
  publishers: Publisher[],
  {
    until,
    recorder,
    recording,
    maxRequests,
  }: { until: number; recorder: LoadRecorder; recording: () => boolean; maxRequests: number },
): Promise<void> {
  const step = stepper(recorder, recording)
  const going = () => performance.now() < until && recorder.total < maxRequests
  let signIns = 0

  async function loop(body: () => Promise<void>) {
    while (going()) {
      try {
        await body()
      } catch (error) {
        if (!(error instanceof SocketError)) throw error
      }
    }
  }

  const browsing = (kind: RequestKind, pathsToVisit: string[], offset: number) => {
    const client = loadClient(baseUrl)
    let next = offset
    return loop(async () => {
      const path = pathsToVisit[next++ % pathsToVisit.length]!
      await step(kind, () => client.get(path))
    }).finally(() => client.close())
  }

  const signingIn = () =>
    loop(async () => {
      const index = signIns++
      const client = loadClient(baseUrl, signerAddress(index))
      try {
        const account = plan.officers[index % plan.officers.length]!
        if (!(await signIn(step, client, account, plan.password))) return
        const page = await step('account', () => client.get(paths.account.show()))
        await step(
          'sign-out',
          () => client.post(paths.auth.signOut(), { _csrf: csrfToken(page.body) ?? '' }),
          redirectsTo(paths.auth.signedOut()),
        )
      } finally {
        client.close()
      }
    })

  const publishing = (publisher: Publisher) =>
    loop(async () => {
      const [section, fields] = SECTIONS[publisher.edits % SECTIONS.length]!
      const edit = ++publisher.edits
      const path = `${publisher.taskList}/sections/${section}`
      const form = await step('section form', () => publisher.client.get(path))
      const changed = Object.fromEntries(
        Object.entries(fields).map(([name, value]) => [
          name,
          EDITABLE.includes(name) ? `${String(value)} Edit ${edit}.` : value,
        ]),
      )
      await step(
        'section save',
        () => publisher.client.post(path, { ...changed, action: 'save', _csrf: csrfToken(form.body) ?? '' }),
        redirectsTo(publisher.taskList),
      )
    })

  const spread = (count: number, paths: string[]) =>
    Array.from({ length: count }, (_, index) => Math.floor((index * paths.length) / Math.max(1, count)))

  await Promise.all([
    ...spread(visitors.searchers, plan.searches).map(offset => browsing('search', plan.searches, offset)),
    ...spread(visitors.readers, plan.caseStudies).map(offset => browsing('case study', plan.caseStudies, offset)),
    ...Array.from({ length: visitors.signers }, signingIn),
    ...publishers.map(publishing),
  ])
}
