import { GridFSBucket } from 'mongodb'
import mongoose from 'mongoose'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { PendingDocumentFile } from '../../models/PendingDocumentFile'
import { paths } from '../../server/paths'
import { SAMPLE_FILES } from '../factories/documentFiles'
import { saveEverySection, submitAndPublish } from '../factories/publishedCaseStudy'
import { startCaseStudy, storedFileCounts, uploadFile } from '../helpers/documentUploads'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PDF = SAMPLE_FILES['report.pdf']!
const HOUR = 60 * 60 * 1000

describe('who may download hosted files, and how they are served', () => {
  const services = testServices()
  let app: ReturnType<typeof createTestApp>
  let publisher: FormClient
  let curator: FormClient
  let otherPublisher: FormClient
  let officer: FormClient

  beforeAll(async () => {
    await services.referenceData.loadCouncils()
    app = createTestApp(services)
    publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
    curator = (await signedInClient(app, { role: 'networkAdmin' })).client
    otherPublisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E06000052' })).client
    officer = (await signedInClient(app, { role: 'officer', councilCode: 'E08000035' })).client
  })

  const caseStudy = async (id: string) => (await CaseStudy.findById(id).lean<CaseStudyRecord>())!
  /** The download link the section page gives for the file with this title. */
  async function downloadLink(id: string, title: string): Promise<string> {
    const page = await publisher.get(paths.publish.section(id, 'documents'))
    const shown = title
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&#34;')
      .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    const href = new RegExp(`<a class="govuk-link" href="(/files/[^"]+)">${shown}</a>`).exec(page.text)?.[1]
    if (!href) throw new Error(`no link to ${title}`)
    return href
  }
  async function draftWithFile(title: string, data = PDF, name = 'report.pdf') {
    const id = await startCaseStudy(publisher, `Programme with ${title}`)
    expect((await uploadFile(publisher, id, name, data, { title, licence: 'CC-BY-4.0' })).status).toBe(302)
    return { id, href: await downloadLink(id, title) }
  }
  const fetchAs = (client: FormClient | undefined, href: string) =>
    (client ?? formClient(app)).agent.get(href).buffer(true)

  it('serves a draft’s file to those who may edit it, and 404 to everyone else', async () => {
    const { href } = await draftWithFile('Draft business case')
    expect((await fetchAs(publisher, href)).status).toBe(200)
    expect((await fetchAs(curator, href)).status).toBe(200)
    expect((await fetchAs(undefined, href)).status).toBe(404)
    expect((await fetchAs(otherPublisher, href)).status).toBe(404)
    expect((await fetchAs(officer, href)).status).toBe(404)
    const editorCopy = await fetchAs(publisher, href)
    expect(editorCopy.headers['cache-control']).toBe('private, no-store')
    expect((await fetchAs(undefined, '/files/0123456789abcdef01234567/x.pdf')).status).toBe(404)
    expect((await fetchAs(undefined, '/files/not-an-id/x.pdf')).status).toBe(404)
  })

  it('serves a published file to anyone, as a download with its type, size and a safe name', async () => {
    const { id, href } = await draftWithFile('Café "plan" / v2')
    await saveEverySection(publisher, `/publish/case-studies/${id}`)
    await submitAndPublish(publisher, curator, id)
    const res = await fetchAs(undefined, href)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-length']).toBe(String(PDF.length))
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Cafe plan v2.pdf"; filename*=UTF-8''Caf%C3%A9%20plan%20v2.pdf`,
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0)
    expect((await fetchAs(otherPublisher, href)).status).toBe(200)
    const page = await formClient(app).get(paths.caseStudies.show((await caseStudy(id)).slug))
    expect(page.text).toContain(`href="${href}">Café &#34;plan&#34; / v2 (PDF, ${PDF.length} bytes)</a>`)
    expect(page.text).toMatch(/Uploaded \d+ \w+ 20\d\d\. Creative Commons Attribution 4.0 \(CC BY 4.0\)\./)
  })

  it('keeps serving a removed file while the published version lists it, and keeps it stored after', async () => {
    const { id, href } = await draftWithFile('Published then removed')
    await saveEverySection(publisher, `/publish/case-studies/${id}`)
    await submitAndPublish(publisher, curator, id)
    const before = await storedFileCounts()
    const fileId = href.split('/')[2]!
    const removed = await publisher.submit(
      paths.publish.section(id, 'documents'),
      {},
      paths.publish.removeFile(id, fileId),
    )
    expect(removed.status).toBe(302)
    expect((await caseStudy(id)).draft!.content.files).toEqual([])
    expect((await publisher.get(removed.headers.location as string)).text).toContain('‘Published then removed’ removed')
    expect((await fetchAs(undefined, href)).status).toBe(200)
    await submitAndPublish(publisher, curator, id)
    expect((await caseStudy(id)).published!.content.files).toEqual([])
    expect((await fetchAs(undefined, href)).status).toBe(404)
    expect((await fetchAs(publisher, href)).status).toBe(200)
    expect(await storedFileCounts()).toEqual(before)
  })

  it('deletes a removed file that was never published, and refuses removals by anyone else', async () => {
    const { id, href } = await draftWithFile('Never published')
    const fileId = href.split('/')[2]!
    const before = await storedFileCounts()
    const section = paths.publish.section(id, 'documents')
    const stranger = await otherPublisher.submit(paths.publish.dashboard(), {}, paths.publish.removeFile(id, fileId))
    expect(stranger.status).toBe(404)
    expect((await publisher.submit(section, {}, paths.publish.removeFile(id, fileId))).status).toBe(302)
    expect(await storedFileCounts()).toEqual({ ...before, files: before.files - 1, chunks: before.chunks - 1 })
    expect((await fetchAs(publisher, href)).status).toBe(404)
  })

  it('sweeps files left pending by a process that stopped: keeps those still listed, deletes the rest', async () => {
    const { id, href } = await draftWithFile('Listed file')
    const listedId = new mongoose.Types.ObjectId(href.split('/')[2])
    const [orphan] = await services.documents.host(
      (await caseStudy(id))._id,
      [{ title: 'Orphan', licence: 'OGL-3.0', kind: 'csv', data: SAMPLE_FILES['costs.csv']! }],
      new Date(Date.now() - 2 * HOUR),
    )
    await PendingDocumentFile.create({
      _id: listedId,
      caseStudyId: (await caseStudy(id))._id,
      since: new Date(Date.now() - 2 * HOUR),
    })
    const before = await storedFileCounts()
    expect(await services.documents.sweep()).toBe(2)
    expect(await storedFileCounts()).toEqual({
      files: before.files - 1,
      chunks: before.chunks - 1,
      pending: before.pending - 2,
    })
    expect((await fetchAs(publisher, href)).status).toBe(200)
    expect((await fetchAs(publisher, `/files/${orphan!.fileId}/Orphan.csv`)).status).toBe(404)
  })

  it('stores files in the GridFS layout, so the driver’s GridFSBucket reads them', async () => {
    const large = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024, 'x')])
    const { href } = await draftWithFile('Three chunks', large, 'large.pdf')
    const bucket = new GridFSBucket(mongoose.connection.db!, { bucketName: 'documentFiles' })
    const pieces: Buffer[] = []
    for await (const piece of bucket.openDownloadStream(new mongoose.Types.ObjectId(href.split('/')[2])))
      pieces.push(piece as Buffer)
    expect(Buffer.compare(Buffer.concat(pieces), large)).toBe(0)
    expect(Buffer.compare((await fetchAs(publisher, href)).body as Buffer, large)).toBe(0)
    // Our reads go by each chunk's _id, which the store finds by its index; GridFSBucket's by files_id scan.
    const explained = await mongoose.connection.db!.command({
      explain: { find: 'documentFiles.chunks', filter: { _id: `${href.split('/')[2]}:1` } },
    })
    expect((explained.queryPlanner as { Plan: string[] }).Plan.join('\n')).toMatch(/SEARCH .* USING INDEX /)
  })
})
