// npm run generate-corpus -- --count N [--seed S] [--out file.jsonl] [--load]
// Writes N synthetic published case studies as JSON Lines (default data/corpus-<count>-<seed>.jsonl)
// for tests and benchmarks; with --load, also publishes them into the configured database. The
// same seed always gives the same corpus.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { caseStudyRepository } from '../server/data/caseStudyRepository'
import { PROJECT_ROOT } from '../server/projectRoot'
import { corpusCaseStudies, MAX_SEED, type CorpusOptions } from './corpus/corpusGenerator'
import { CorpusConflictError, createCorpusLoader } from './corpus/corpusLoader'
import { readCouncilReferenceData } from '../server/services/referenceData/councilReferenceData'
import { runTool, withServices } from './withServices'

const USAGE = 'Usage: npm run generate-corpus -- --count N [--seed S] [--out file.jsonl] [--load]'
const MAX_COUNT = 1_000_000
const BATCH_SIZE = 1000

const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`
  return z
    .string()
    .regex(/^\d{1,10}$/, { error })
    .transform(Number)
    .pipe(z.number().min(min, { error }).max(max, { error }))
}
const argsSchema = z.object({
  count: z.string({ error: `is required (a whole number from 1 to ${MAX_COUNT})` }).pipe(wholeNumber(1, MAX_COUNT)),
  seed: wholeNumber(0, MAX_SEED).optional(),
  out: z.string().trim().min(1, { error: 'must name a file' }).optional(),
  load: z.boolean().optional(),
})

function parse(): z.infer<typeof argsSchema> | undefined {
  let values: unknown
  try {
    values = parseArgs({
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        load: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    console.error((error as Error).message)
    return undefined
  }
  const args = argsSchema.safeParse(values)
  if (args.success) return args.data
  for (const issue of args.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`)
  return undefined
}

/** Writes the corpus a thousand lines at a time, so a large one never sits in memory whole. */
function writeJsonLines(file: string, options: CorpusOptions): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  try {
    let lines: string[] = []
    for (const caseStudy of corpusCaseStudies(options)) {
      lines.push(JSON.stringify(caseStudy))
      if (lines.length === BATCH_SIZE) {
        writeSync(fd, `${lines.join('\n')}\n`)
        lines = []
      }
    }
    if (lines.length) writeSync(fd, `${lines.join('\n')}\n`)
  } finally {
    closeSync(fd)
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

function load(options: CorpusOptions): Promise<number> {
  return withServices(async services => {
    try {
      // The corpus names councils from the reference data: make sure they are stored too.
      await services.referenceData.loadCouncils()
      const started = performance.now()
      const loaded = await createCorpusLoader(caseStudyRepository, services.audit).load(
        { seed: options.seed, count: options.count, caseStudies: () => corpusCaseStudies(options) },
        {
          batchSize: BATCH_SIZE,
          onBatch: (done, total) => console.log(`Loaded ${done} of ${total} case studies (${seconds(started)})`),
        },
      )
      console.log(`Published ${loaded} synthetic case studies (seed ${options.seed}) in ${seconds(started)}.`)
      return 0
    } catch (error) {
      if (!(error instanceof CorpusConflictError)) throw error
      console.error(error.message)
      return 1
    }
  })
}

async function main(): Promise<number> {
  const args = parse()
  if (!args) {
    console.error(USAGE)
    return 2
  }
  const options: CorpusOptions = { count: args.count, seed: args.seed ?? 1, councils: readCouncilReferenceData() }
  const file = path.resolve(
    args.out ?? path.join(PROJECT_ROOT, 'data', `corpus-${options.count}-${options.seed}.jsonl`),
  )
  const started = performance.now()
  writeJsonLines(file, options)
  console.log(`Wrote ${options.count} case studies (seed ${options.seed}) to ${file} in ${seconds(started)}.`)
  return args.load ? load(options) : 0
}

runTool('generate-corpus', main)
