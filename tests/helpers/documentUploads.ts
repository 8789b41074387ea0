import mongoose from 'mongoose'
import { paths } from '../../server/paths'
import type { FormClient } from './formClient'

/** Starts a case study through the form; returns its id. */
export async function startCaseStudy(publisher: FormClient, title = 'Hosted files programme'): Promise<string> {
  const started = await publisher.submit(paths.publish.start(), { title })
  if (started.status !== 302) throw new Error(`start failed: ${started.status}`)
  return (started.headers.location as string).split('/').pop()!
}

/** Uploads a file through the upload form as a browser sends it: token first, then the fields, then the file. */
export async function uploadFile(
  client: FormClient,
  id: string,
  name: string,
  data: Buffer,
  fields: Record<string, string> = { title: `Title of ${name}`, licence: 'OGL-3.0' },
) {
  const token = await client.csrfTokenFrom(paths.publish.uploadFile(id))
  const request = client.agent.post(paths.publish.uploadFile(id)).field('_csrf', token)
  for (const [field, value] of Object.entries(fields)) void request.field(field, value)
  return request.attach('file', data, name)
}

const collection = (name: string) => mongoose.connection.db!.collection(name)

/** What the store holds of hosted files: GridFS documents, chunks and pending records. */
export async function storedFileCounts() {
  return {
    files: await collection('documentFiles.files').countDocuments(),
    chunks: await collection('documentFiles.chunks').countDocuments(),
    pending: await collection('pendingDocumentFiles').countDocuments(),
  }
}

/** The error summary's messages on a page. */
export const errorSummary = (html: string) =>
  [
    ...(/govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(
      /<a href="([^"]+)">([^<]+)<\/a>/g,
    ),
  ].map(match => `${match[1]} ${match[2]}`)
