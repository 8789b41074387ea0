import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { MAX_FILE_BYTES } from '../../models/documentFileTypes'
import { paths } from '../../server/paths'
import { IMPOSTORS, SAMPLE_FILES } from '../factories/documentFiles'
import { errorSummary, startCaseStudy, storedFileCounts, uploadFile } from '../helpers/documentUploads'
import { eventually } from '../helpers/eventually'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const

describe('uploading files to a case study', () => {
  const services = testServices()
  let app: ReturnType<typeof createTestApp>
  let publisher: FormClient

  beforeAll(async () => {
    await services.referenceData.loadCouncils()
    app = createTestApp(services)
    publisher = (await signedInClient(app, PUBLISHER)).client
  })

  const draftFiles = async (id: string) =>
    (await CaseStudy.findById(id).lean<CaseStudyRecord>())!.draft!.content.files.map(file => file.title)

  it('accepts each hosted type whose content matches its name, and lists it with its type and size', async () => {
    const id = await startCaseStudy(publisher)
    for (const [name, data] of Object.entries(SAMPLE_FILES).slice(0, 9)) {
      const res = await uploadFile(publisher, id, name, data)
      expect([name, res.status, errorSummary(res.text)]).toEqual([name, 302, []])
      expect(res.headers.location).toBe(paths.publish.section(id, 'documents'))
    }
    expect(await draftFiles(id)).toEqual(Object.keys(SAMPLE_FILES).map(name => `Title of ${name}`))
    const section = await publisher.get(paths.publish.section(id, 'documents'))
    expect(section.text).toContain('Title of report.pdf')
    expect(section.text).toMatch(/PDF, \d+ bytes<br>Uploaded \d+ \w+ 20\d\d<br>Open Government Licence v3.0/)
    expect(section.text).toContain('CSV, 33 bytes')
  })

  it('refuses files whose content does not match their type, with a message saying so, keeping nothing', async () => {
    const id = await startCaseStudy(publisher)
    const before = await storedFileCounts()
    for (const [name, data] of Object.entries(IMPOSTORS)) {
      const res = await uploadFile(publisher, id, name, data)
      const ending = name.split('.').pop()
      expect([name, res.status]).toEqual([name, 400])
      expect(errorSummary(res.text)[0]).toMatch(
        new RegExp(`^#file The selected file is not a real .+ its \\.${ending} name$`),
      )
      expect(res.text).toContain('<title>Error: Upload a file')
      expect(res.text).toContain(`value="Title of ${name}"`)
    }
    expect(await storedFileCounts()).toEqual(before)
    expect(await draftFiles(id)).toEqual([])
  })

  it('refuses other types, empty files, no file, and a missing title or licence', async () => {
    const id = await startCaseStudy(publisher)
    const before = await storedFileCounts()
    const exe = await uploadFile(publisher, id, 'setup.exe', Buffer.from('MZ...'))
    expect(errorSummary(exe.text)).toEqual([
      '#file The selected file must be a PDF, Word document, Excel spreadsheet, OpenDocument file or CSV',
    ])
    const empty = await uploadFile(publisher, id, 'empty.csv', Buffer.alloc(0))
    expect(errorSummary(empty.text)).toEqual(['#file The selected file is empty'])
    const none = await uploadFile(publisher, id, '', Buffer.alloc(0), { title: '', licence: '' })
    expect(errorSummary(none.text)).toEqual([
      '#file Select a file to upload',
      '#title Enter a title for the file',
      '#licence Select a licence for the file',
    ])
    const badLicence = await uploadFile(publisher, id, 'report.pdf', SAMPLE_FILES['report.pdf']!, {
      title: 'Report',
      licence: 'proprietary',
    })
    expect(errorSummary(badLicence.text)).toEqual(['#licence Select a licence for the file'])
    expect(await storedFileCounts()).toEqual(before)
  })

  it('refuses a file over 20 MB, whether or not the request says its size up front, keeping none of it', async () => {
    const id = await startCaseStudy(publisher)
    const before = await storedFileCounts()
    const justOver = Buffer.concat([Buffer.from('Item,Cost\n'), Buffer.alloc(MAX_FILE_BYTES - 9, 'a')])
    const streamed = await uploadFile(publisher, id, 'large.csv', justOver)
    expect(streamed.status).toBe(400)
    expect(errorSummary(streamed.text)).toEqual(['#file The selected file must be smaller than 20 MB'])
    const huge = await uploadFile(publisher, id, 'huge.csv', Buffer.alloc(MAX_FILE_BYTES + 200_000, 'a'))
    expect(errorSummary(huge.text)).toEqual(['#file The selected file must be smaller than 20 MB'])
    expect(await storedFileCounts()).toEqual(before)
    const exactly = await uploadFile(publisher, id, 'limit.csv', Buffer.alloc(MAX_FILE_BYTES, 'a'))
    expect(exactly.status).toBe(302)
    expect(await draftFiles(id)).toEqual(['Title of limit.csv'])
  })

  it('takes ten files, and refuses the eleventh with a message', async () => {
    const id = await startCaseStudy(publisher)
    for (let n = 1; n <= 10; n++) {
      const res = await uploadFile(publisher, id, `costs-${n}.csv`, SAMPLE_FILES['costs.csv']!)
      expect(res.status).toBe(302)
    }
    const before = await storedFileCounts()
    const eleventh = await uploadFile(publisher, id, 'costs-11.csv', SAMPLE_FILES['costs.csv']!)
    expect(eleventh.status).toBe(400)
    expect(errorSummary(eleventh.text)).toEqual([
      '#file You have uploaded 10 files, the most a case study can have. Remove a file before uploading another',
    ])
    expect(await storedFileCounts()).toEqual(before)
    expect(await draftFiles(id)).toHaveLength(10)
  })

  it('refuses an upload without the CSRF token before storing anything', async () => {
    const id = await startCaseStudy(publisher)
    const before = await storedFileCounts()
    const res = await publisher.agent
      .post(paths.publish.uploadFile(id))
      .field('title', 'Report')
      .field('licence', 'OGL-3.0')
      .attach('file', SAMPLE_FILES['report.pdf']!, 'report.pdf')
    expect(res.status).toBe(403)
    expect(await storedFileCounts()).toEqual(before)
    expect(await draftFiles(id)).toEqual([])
  })

  it('checks a multipart body’s token only on the upload route: elsewhere it is refused as ever', async () => {
    const id = await startCaseStudy(publisher)
    const token = await publisher.csrfTokenFrom(paths.publish.section(id, 'lessons'))
    const res = await publisher.agent
      .post(paths.publish.section(id, 'lessons'))
      .field('_csrf', token)
      .field('lessons', 'Sent as multipart')
      .field('action', 'save')
    expect(res.status).toBe(403)
  })

  it('lists both of two files uploaded at the same moment', async () => {
    const id = await startCaseStudy(publisher)
    const [first, second] = await Promise.all([
      uploadFile(publisher, id, 'first.csv', SAMPLE_FILES['costs.csv']!),
      uploadFile(publisher, id, 'second.csv', SAMPLE_FILES['costs.csv']!),
    ])
    expect([first.status, second.status]).toEqual([302, 302])
    expect((await draftFiles(id)).sort()).toEqual(['Title of first.csv', 'Title of second.csv'])
  })

  it('keeps nothing of an upload the browser abandons part-way', async () => {
    const id = await startCaseStudy(publisher)
    const token = await publisher.csrfTokenFrom(paths.publish.uploadFile(id))
    const cookie = (
      publisher.agent as unknown as { jar: { getCookies: (a: object) => { toValueString(): string }[] } }
    ).jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map(c => c.toValueString())
      .join('; ')
    const before = await storedFileCounts()
    const server = app.listen(0, '127.0.0.1')
    await new Promise(resolve => server.once('listening', resolve))
    const boundary = 'x-boundary'
    const head = [
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ].join('')
    const request = http.request({
      port: (server.address() as AddressInfo).port,
      host: '127.0.0.1',
      method: 'POST',
      path: paths.publish.uploadFile(id),
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': 3_000_000 },
    })
    request.on('error', () => undefined)
    request.write(head)
    request.write(Buffer.alloc(1_000_000, 'a'))
    await eventually('the first chunks to be stored', async () => (await storedFileCounts()).chunks > before.chunks)
    request.destroy()
    await eventually('the abandoned upload to be deleted', async () => {
      const now = await storedFileCounts()
      return now.chunks === before.chunks && now.pending === before.pending
    })
    expect(await storedFileCounts()).toEqual(before)
    await new Promise(resolve => server.close(resolve))
    expect(await draftFiles(id)).toEqual([])
  })
})
