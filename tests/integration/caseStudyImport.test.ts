import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { AuditEvent } from '../../models/AuditEvent'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyExternalId } from '../../models/CaseStudyExternalId'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { csvFile, csvLine, goodRow, jsonRow, type Cells } from '../factories/importFile'
import { runScript } from '../helpers/runScript'
import { testDataDir, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const services = testServices()

beforeAll(async () => {
  await services.referenceData.loadCouncils()
})

const fileNamed = (name: string, text: string) => {
  const file = path.join(testDataDir, name)
  writeFileSync(file, text)
  return file
}
const runImport = (file: string, ...args: string[]) => runScript('import.ts', database.name, file, ...args)
const reportLines = (stdout: string) => stdout.trim().split('\n').slice(1)
const stored = (externalId: string) => CaseStudy.findOne({ externalId }).lean<CaseStudyRecord>()

const GOOD = [
  goodRow({ title: 'Imported falls prevention' }),
  goodRow(),
  goodRow({ title: 'Line, "quoted" and\nmulti-line?' }),
]
GOOD[2]!.title = 'A title with, a comma and "quotes"'
GOOD[2]!.summary = 'A summary\non two lines'
GOOD[1]!.adapted_from_external_id = GOOD[0]!.external_id!

// Each bad row, with the line it lands on and the problem the report must name.
const BAD: [string, Cells | string, string, RegExp][] = [
  ['missing title', goodRow({ title: '' }), 'title', /^Missing/],
  ['unknown theme', goodRow({ themes: 'housing;housingg' }), 'themes', /"housingg" is not a code in the themes list/],
  ['unknown council', goodRow({ lead_council_code: 'E99999999' }), 'lead_council_code', /No council .* E99999999/],
  ['malformed GSS code', goodRow({ lead_council_code: 'Leeds' }), 'lead_council_code', /not a GSS code/],
  ['bad month', goodRow({ start_date: '2023-13' }), 'start_date', /not a month/],
  ['end before start', goodRow({ start_date: '2023-04', end_date: '2022-01' }), 'end_date', /after start_date/],
  [
    'bad evidence level',
    goodRow({ evidence_level: '6' }),
    'evidence_level',
    /"6" is not a code in the evidence-levels list/,
  ],
  ['over-long title', goodRow({ title: 'x'.repeat(151) }), 'title', /150 characters or fewer \(it has 151\)/],
  [
    'control character',
    goodRow({ summary: 'Bell \u0007 here' }),
    'summary',
    /control or invisible character \(U\+0007\)/,
  ],
  ['title on two lines', goodRow({ title: 'One\nTwo' }), 'title', /on one line/],
  [
    'bad link',
    goodRow({ evaluations: JSON.stringify([{ title: 'Report', url: 'ftp://example.org/x' }]) }),
    'evaluations',
    /Item 1: enter a link that starts with http/,
  ],
  ['barriers not JSON', goodRow({ barriers: '[{category: funding}]' }), 'barriers', /not valid JSON/],
  [
    'unknown barrier category',
    goodRow({ barriers: JSON.stringify([{ category: 'weather', description: 'Rain.' }]) }),
    'barriers',
    /"weather" is not a code in the barrier-categories list/,
  ],
  [
    'unknown document licence',
    goodRow({ documents: JSON.stringify([{ title: 'Doc', url: 'https://example.org/d', licence: 'MIT' }]) }),
    'documents',
    /"MIT" is not a code in the licences list/,
  ],
  ['unknown stage', goodRow({ stage: 'finished' }), 'stage', /"finished" is not a code in the stages list/],
  [
    'too many tags',
    goodRow({ tags: Array.from({ length: 21 }, (_, at) => `tag${at}`).join(';') }),
    'tags',
    /at most 20/,
  ],
  ['missing external id', goodRow({ external_id: '' }), 'external_id', /^Missing/],
  ['bad external id', goodRow({ external_id: 'has spaces in it' }), 'external_id', /letter or digit/],
  [
    'duplicate external id',
    { ...goodRow(), external_id: GOOD[0]!.external_id! },
    'external_id',
    /Already used on line 2/,
  ],
  ['bad datetime', goodRow({ published_at: '2025-02-30T10:00:00Z' }), 'published_at', /not a date and time in UTC/],
  [
    'unknown original',
    goodRow({ adapted_from_external_id: 'nowhere:1' }),
    'adapted_from_external_id',
    /No case study has the external_id "nowhere:1"/,
  ],
  [
    'malformed quoting',
    `${csvLine(goodRow()).replace(',live,', ',li"ve,')}`,
    '',
    /double quote without being in double quotes/,
  ],
  ['wrong number of cells', 'only,three,cells', '', /Has 3 cells: the header has 41/],
]

describe('npm run import', () => {
  it('puts the good rows in and reports every bad one by line and column', async () => {
    // Good rows on lines 2-5; on line 6 a quote never closed, which must not swallow the bad rows after it.
    const open = 'open:1,E08000035,"Never closed'
    const rows = [...GOOD, open, ...BAD.map(([, row]) => row)]
    const run = runImport(fileNamed('mixed.csv', csvFile(rows)))
    // Not a terminal: progress as plain lines, ending with each pass complete.
    expect(run.stderr).toMatch(
      /^Checking: 100%, 27 rows, [\d,]+ rows\/s, 0:00 left\nImporting: 100%, 27 rows, [\d,]+ rows\/s, 0:00 left\n$/,
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `Imported as published: 3 created, 0 updated, 0 unchanged, ${BAD.length + 1} rejected, of ${rows.length} rows in mixed.csv.`,
    )
    const lines = reportLines(run.stdout)
    // Read on until a later quote closes it: a broken record, reported at its first line; reading resumes on line 7.
    expect(lines[0]).toBe(
      'line 6: A closing double quote is followed by more text: double any quote inside a quoted cell',
    )
    // Each row's first line: rows with a line break in a cell take two.
    let line = 7
    BAD.forEach(([kind, row, field, message]) => {
      const first = line
      line += (typeof row === 'string' ? row : csvLine(row)).split('\n').length
      const reported = lines.filter(text => text.startsWith(`line ${first}${field ? `, ${field}` : ''}: `))
      expect({ kind, reported: reported.length }).toEqual({ kind, reported: 1 })
      expect(reported[0]!.replace(/^line \d+(, [\w_]+)?: /, '')).toMatch(message)
    })
    expect(lines).toHaveLength(BAD.length + 1)

    for (const row of GOOD) {
      const caseStudy = await stored(row.external_id!)
      expect(caseStudy?.published?.content.title).toBe(row.title)
      expect(caseStudy?.published?.content.summary).toBe(row.summary)
      expect(caseStudy?.draft).toBeNull()
    }
    const [original, adaptation] = await Promise.all([stored(GOOD[0]!.external_id!), stored(GOOD[1]!.external_id!)])
    expect(adaptation?.published?.content.adaptedFrom.caseStudyId).toBe(original?._id.toString())
    expect(await CaseStudy.countDocuments()).toBe(3)
    const status = await services.searchIndex.status()
    expect(status.documents).toBe(3)
    expect(status.pending).toBe(0)
  })

  it('changes nothing when the same file is imported again, and updates a changed row in place', async () => {
    const file = fileNamed('good.csv', csvFile(GOOD))
    const again = runImport(file)
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('Imported as published: 0 created, 0 updated, 3 unchanged, 0 rejected, of 3 rows')
    const before = await stored(GOOD[0]!.external_id!)
    const changed = runImport(fileNamed('changed.csv', csvFile([{ ...GOOD[0]!, summary: 'A better summary.' }])))
    expect(changed.stdout).toContain('0 created, 1 updated, 0 unchanged, 0 rejected')
    const after = await stored(GOOD[0]!.external_id!)
    expect(after?._id).toEqual(before?._id)
    expect(after?.slug).toBe(before?.slug)
    expect(after?.published?.content.summary).toBe('A better summary.')
    expect(after?.revisionKeys).toHaveLength(2)
    expect(await CaseStudy.countDocuments()).toBe(3)
    expect(await CaseStudyExternalId.countDocuments()).toBe(3)
  })

  it('writes nothing on a dry run but reports what it would do', async () => {
    const events = await AuditEvent.countDocuments({ action: 'case-study.imported' })
    const revisions = await CaseStudyRevision.countDocuments()
    const run = runImport(fileNamed('dry.csv', csvFile([goodRow(), GOOD[2]!, goodRow({ title: '' })])), '--dry-run')
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'Dry run, nothing written. Importing as published would give: 1 created, 0 updated, 1 unchanged, 1 rejected',
    )
    expect(await CaseStudy.countDocuments()).toBe(3)
    expect(await CaseStudyRevision.countDocuments()).toBe(revisions)
    expect(await AuditEvent.countDocuments({ action: 'case-study.imported' })).toBe(events)
  })

  it('enters rows as drafts for review with --as drafts, out of search, and audits each run', async () => {
    const draft = goodRow({ title: 'Imported for review' })
    const run = runImport(fileNamed('drafts.jsonl', `${JSON.stringify(jsonRow(draft))}\n`), '--as', 'drafts')
    expect(run.stdout).toContain('Imported as drafts: 1 created')
    const caseStudy = await stored(draft.external_id!)
    expect(caseStudy?.published).toBeNull()
    expect(caseStudy?.draft?.reviewState).toBe('submitted')
    expect(caseStudy?.draft?.content.title).toBe('Imported for review')
    expect((await services.searchIndex.status()).documents).toBe(3)
    const event = await AuditEvent.findOne({ action: 'case-study.imported' }).sort({ at: -1 }).lean()
    expect(event?.details).toMatchObject({ file: 'drafts.jsonl', mode: 'drafts', created: 1, rejected: 0 })
  })

  it('reports JSON Lines problems by line: bad JSON, not an object, unknown keys, wrong types', async () => {
    const good = jsonRow(goodRow({ title: 'From JSON Lines' }))
    const lines = [
      JSON.stringify(good),
      '{"external_id": "x:1", "title": ',
      '["not", "an", "object"]',
      JSON.stringify({ ...jsonRow(goodRow()), titel: 'Misspelt' }),
      JSON.stringify({ ...jsonRow(goodRow()), themes: 'housing' }),
      '',
      JSON.stringify({ ...jsonRow(goodRow()), evidence_level: 3 }),
    ]
    const run = runImport(fileNamed('mixed.jsonl', lines.join('\n')))
    expect(run.stdout).toContain('1 created, 0 updated, 0 unchanged, 5 rejected, of 6 rows')
    expect(reportLines(run.stdout)).toEqual([
      expect.stringMatching(/^line 2: Not valid JSON/),
      'line 3: Each line must be one JSON object',
      'line 4, titel: Not a column of the export schema',
      'line 5, themes: Must be a JSON list',
      'line 7, evidence_level: Must be text (a JSON string)',
    ])
    expect((await stored(good.external_id as string))?.published?.content.title).toBe('From JSON Lines')
  })

  it('refuses a file whose header names a column the schema does not have, importing nothing', () => {
    const columns = ['external_id', 'lead_council_code', 'titel', 'summary']
    const run = runImport(fileNamed('header.csv', csvFile([goodRow()], columns)))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Nothing was imported: header.csv cannot be read as case studies.')
    expect(reportLines(run.stdout)).toEqual(
      expect.arrayContaining([
        'line 1, titel: Not a column of the export schema: check its spelling against the codebook',
        'line 1, title: Missing column: every file needs it',
      ]),
    )
  })

  it('names bad arguments and exits with status 2', () => {
    const run = runImport(path.join(testDataDir, 'no-such-file.csv'), '--as', 'secret')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--as: must be drafts or published')
    expect(run.stderr).toContain('No such file')
    expect(run.stderr).toContain('Usage: npm run import -- FILE [--dry-run] [--as drafts|published]')
  })
})

describe('sending a published case study for review', () => {
  const importText = (name: string, text: string, mode: 'published' | 'drafts') =>
    services.caseStudyImports.importFile(
      'command-line',
      { name, size: text.length, format: 'csv', open: () => Readable.from([text]) },
      { mode, dryRun: false, context: { actorId: null, ip: null } },
    )

  it('refuses a change of lead council, which would move the published page before any review', async () => {
    const row = goodRow({ lead_council_code: 'E08000035' })
    expect((await importText('first.csv', csvFile([row]), 'published')).created).toBe(1)
    const moved = await importText('moved.csv', csvFile([{ ...row, lead_council_code: 'E06000014' }]), 'drafts')
    expect(moved.updated).toBe(0)
    expect(JSON.stringify(moved)).toContain('changes its lead council only when imported as published')
    expect((await stored(row.external_id!))?.leadCouncilCode).toBe('E08000035')
  })
})

describe('publication dates', () => {
  it('records when each imported version was published, for the public version history', async () => {
    const row = goodRow({ published_at: '2024-03-01T09:00:00.000Z', first_published_at: '2024-03-01T09:00:00.000Z' })
    const text = (cells: typeof row) => csvFile([cells])
    const run = (name: string, body: string) =>
      services.caseStudyImports.importFile(
        'command-line',
        { name, size: body.length, format: 'csv', open: () => Readable.from([body]) },
        { mode: 'published', dryRun: false, context: { actorId: null, ip: null } },
      )
    await run('v1.csv', text(row))
    await run('v2.csv', text({ ...row, summary: 'Updated outcomes.', published_at: '2025-06-01T09:00:00.000Z' }))
    const record = await stored(row.external_id!)
    expect(record?.publications?.map(entry => [entry.revision, entry.at.toISOString()])).toEqual([
      [1, '2024-03-01T09:00:00.000Z'],
      [2, '2025-06-01T09:00:00.000Z'],
    ])
  })
})
