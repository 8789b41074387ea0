import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  CONTROLLED_LISTS,
  FACET_LEGENDS,
  FIELD_LABELS,
  SECTIONS,
  SECTION_TITLES,
  SORT_LABELS,
} from '../../models/vocabulary'

// The case-study vocabulary has one home (models/vocabulary/). These checks fail when a field,
// section, facet, sort or controlled-list label is written again in server/ or views/, or when a
// new map of labels keyed by content field appears there: read the label from the vocabulary.

const ROOT = join(__dirname, '..', '..')
const HOME = join('models', 'vocabulary')

/**
 * Places where a word that is also a label is right, because it names something else. Keyed by
 * file and the word; each says why. Anything not here fails the test.
 */
const ALLOWED: Record<string, string> = {
  'server/controllers/admin/licencesController.ts|Licences': 'the title of the admin page that checks licences',
  'views/pages/admin/licences.ejs|Licences': 'the heading of the admin page that checks licences',
  'server/presenters/navigationPresenter.ts|Licences': 'the admin menu link to that page',
  'server/presenters/navigationPresenter.ts|Themes': 'the menu link to the themes index page',
  'views/pages/themes/show.ejs|Theme': 'the caption saying the page is a theme page',
  'views/pages/api.ejs|Licence': 'the API page’s heading on the licence of the data as a whole',
  'server/presenters/api/openApiSchemas.ts|Theme': 'an OpenAPI schema component name, not a label',
  'server/presenters/api/openApiSchemas.ts|Stage': 'an OpenAPI schema component name, not a label',
  'server/presenters/api/openApiSchemas.ts|Licence': 'an OpenAPI schema component name, not a label',
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const sourceFiles = () =>
  [...walk(join(ROOT, 'server')), ...walk(join(ROOT, 'views'))]
    .filter(path => path.endsWith('.ts') || path.endsWith('.ejs'))
    .map(path => relative(ROOT, path).split('\\').join('/'))
    .filter(path => !path.startsWith(HOME))

/** Comments say which label they mean, and may quote it. */
const withoutComments = (text: string) =>
  text
    .split('\n')
    .map(line => (/^\s*(\/\/|\*|\/\*\*?)/.test(line) ? '' : line))
    .join('\n')

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words that are labels here but name other things too (a collection's or a file's title). */
const GENERIC = new Set(['Title'])

/** Every label the vocabulary owns: field names and form labels, section titles, list titles, facets, sorts. */
function knownLabels(): Set<string> {
  const fieldLabels = SECTIONS.flatMap(section => section.fields.flatMap(field => [field.label, field.title ?? '']))
  return new Set(
    [
      ...Object.values(FIELD_LABELS),
      ...fieldLabels,
      ...Object.values(SECTION_TITLES),
      ...Object.values(CONTROLLED_LISTS).map(list => list.title),
      ...Object.values(FACET_LEGENDS),
      ...Object.values(SORT_LABELS),
    ].filter(label => label && !GENERIC.has(label)),
  )
}

/** Each place a label is written as a whole string: a quoted literal, or the text of an element. */
function labelsWrittenIn(path: string, text: string, labels: Set<string>): string[] {
  const code = withoutComments(text)
  return [...labels].filter(label => {
    const quoted = new RegExp(`(['"\`])${escape(label)}\\1`)
    const element = new RegExp(`>\\s*${escape(label)}\\s*<`)
    return quoted.test(code) || (path.endsWith('.ejs') && element.test(code))
  })
}

const CONTENT_KEYS = [...new Set(Object.keys(FIELD_LABELS).map(name => name.split('.').pop()!))]
const MAP_ENTRY = new RegExp(
  `^\\s*['"]?(${CONTENT_KEYS.join('|')})['"]?\\s*:\\s*(['"\`])[A-Z][^'"\`\\n]{0,40}\\2,?\\s*$`,
)
const NAMED_MAP = /\b(?:const|let|var)\s+[A-Z_]*(?:LABELS|HEADINGS|LEGENDS|TITLES)\s*[:=]/

/** A map of labels by content field name: three or more `field: 'Label'` lines close together, or a *_LABELS constant. */
function labelMapsIn(text: string): string[] {
  const lines = withoutComments(text).split('\n')
  return lines.flatMap((line, index) => {
    if (NAMED_MAP.test(line)) return [`line ${index + 1}: ${line.trim()}`]
    if (!MAP_ENTRY.test(line)) return []
    const near = new Set(lines.slice(index, index + 12).map(each => MAP_ENTRY.exec(each)?.[1]))
    near.delete(undefined)
    return near.size >= 3 ? [`line ${index + 1}: ${line.trim()}`] : []
  })
}

describe('the vocabulary home', () => {
  const labels = knownLabels()

  it('is the only place a field, section, list, facet or sort label is written', () => {
    const found = sourceFiles().flatMap(path =>
      labelsWrittenIn(path, readFileSync(join(ROOT, path), 'utf8'), labels)
        .map(label => `${path}|${label}`)
        .filter(key => !ALLOWED[key]),
    )
    expect(found).toEqual([])
  })

  it('allows only exceptions that are still there', () => {
    const stale = Object.keys(ALLOWED).filter(key => {
      const [path, label] = key.split('|') as [string, string]
      return !labelsWrittenIn(path, readFileSync(join(ROOT, path), 'utf8'), new Set([label])).length
    })
    expect(stale).toEqual([])
  })

  it('is the only place a map of labels by content field is kept (demo content is values, not labels)', () => {
    const found = sourceFiles()
      .filter(path => path.endsWith('.ts') && !path.startsWith('server/demo/'))
      .flatMap(path => labelMapsIn(readFileSync(join(ROOT, path), 'utf8')).map(hit => `${path} ${hit}`))
    expect(found).toEqual([])
  })

  it('imports neither mongoose nor the server, so every layer may read it', () => {
    const imports = walk(join(ROOT, HOME)).flatMap(path =>
      [...readFileSync(path, 'utf8').matchAll(/^import (type )?[^']*? from '([^']+)'/gm)].map(match => ({
        typeOnly: Boolean(match[1]),
        module: match[2]!,
      })),
    )
    const allowed = ({ typeOnly, module }: { typeOnly: boolean; module: string }) =>
      module.startsWith('./') || module === '../documentFileTypes' || (typeOnly && module === 'mongodb')
    expect(imports.filter(each => !allowed(each))).toEqual([])
    expect(imports.length).toBeGreaterThan(5)
  })

  it('catches a label copied into a page or a presenter, and a drifted map of labels', () => {
    expect(labelsWrittenIn('views/x.ejs', '<h2 class="govuk-heading-l">Local context</h2>', labels)).toEqual([
      'Local context',
    ])
    expect(labelsWrittenIn('server/x.ts', "const rows = [['Staff time', value]]", labels)).toEqual(['Staff time'])
    expect(labelsWrittenIn('server/x.ts', '// the "Staff time" row', labels)).toEqual([])
    const drifted = "const WORDS = {\n  budgetBand: 'Budget',\n  skills: 'Skills',\n  technology: 'Technology',\n}"
    expect(labelMapsIn(drifted)).toEqual(["line 2: budgetBand: 'Budget',"])
    expect(labelMapsIn("const SORT_LABELS = { relevance: 'Best' }")).toHaveLength(1)
    expect(labelMapsIn("const content = { title: 'Falls prevention', summary: 'We phoned people.' }")).toEqual([])
  })
})
