import { VALID_SECTION_FIELDS } from './caseStudySections'
import type { FormClient } from '../helpers/formClient'

type Fields = Record<string, string | string[]>

/** Saves every section (with these fields replaced) as a publisher would; throws on any error page. */
export async function saveEverySection(client: FormClient, taskList: string, overrides: Record<string, Fields> = {}) {
  for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
    const path = `${taskList}/sections/${section}`
    const res = await client.submit(path, { ...fields, ...overrides[section], action: 'save' })
    if (res.status !== 302)
      throw new Error(`${section}: ${res.status} ${/govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(res.text)?.[1]}`)
  }
}

/** Submits the draft and has a curator publish it. */
export async function submitAndPublish(publisher: FormClient, curator: FormClient, id: string) {
  const submitted = await publisher.submit(`/publish/case-studies/${id}/check-answers`, {})
  if (submitted.status !== 302) throw new Error(`submit failed: ${submitted.status}`)
  const published = await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)
  if (published.status !== 302) throw new Error(`publish failed: ${published.status}`)
}

/** A case study taken through the real journey: started, every section saved, submitted and published. */
export async function publishCaseStudy(
  publisher: FormClient,
  curator: FormClient,
  overrides: Record<string, Fields> = {},
): Promise<{ id: string; taskList: string }> {
  const title = (overrides['title-and-summary']?.title as string | undefined) ?? 'A programme title'
  const started = await publisher.submit('/publish/case-studies/new', { title })
  if (started.status !== 302) throw new Error(`start failed: ${started.status}`)
  const taskList = started.headers.location as string
  const id = taskList.split('/').pop()!
  await saveEverySection(publisher, taskList, overrides)
  await submitAndPublish(publisher, curator, id)
  return { id, taskList }
}
