import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { wholeNumber } from './args'

const USAGE =
  'Usage: npm run bench:load -- [--seconds 60] [--warm-up 5] [--corpus 10000] [--seed 1] [--searchers 4] [--readers 2] [--signers 1] [--publishers 3] [--json file] [--out [BENCHMARKS.md]]'
const DEFAULT_OUT = 'BENCHMARKS.md'

const argsSchema = z.object({
  seconds: wholeNumber(1, 3600).default(60),
  'warm-up': wholeNumber(0, 600).default(5),
  corpus: wholeNumber(0, 100_000).default(10_000),
  seed: wholeNumber(0, 1_000_000).default(1),
  searchers: wholeNumber(0, 100).default(4),
  readers: wholeNumber(0, 100).default(2),
  signers: wholeNumber(0, 20).default(1),
  publishers: wholeNumber(0, 50).default(3),
  json: z.string().trim().min(1).optional(),
  out: z.string().trim().min(1).optional(),
})

export type LoadArgs = Omit<z.infer<typeof argsSchema>, 'json' | 'out'> & {
  /** Where the JSON result goes (default data/bench/load-<time>.json). */
  json: string
  /** A file to append the Markdown section to, if any. */
  out: string | undefined
  /** The arguments as typed, for the report. */
  command: string
}

/** The command line, or undefined after printing what is wrong with it. */
export function parseLoadArgs(argv: string[], now: Date): LoadArgs | undefined {
  // --out may come without a file name, meaning BENCHMARKS.md at the project root.
  const outAt = argv.indexOf('--out')
  const given = outAt >= 0 && argv[outAt + 1] !== undefined && !argv[outAt + 1]!.startsWith('--')
  const expanded = outAt >= 0 && !given ? [...argv.slice(0, outAt + 1), DEFAULT_OUT, ...argv.slice(outAt + 1)] : argv
  let values: unknown
  try {
    const option = { type: 'string' } as const
    values = parseArgs({
      args: expanded,
      options: Object.fromEntries(Object.keys(argsSchema.shape).map(name => [name, option])),
    }).values
  } catch (error) {
    console.error((error as Error).message)
    console.error(USAGE)
    return undefined
  }
  const parsed = argsSchema.safeParse(values)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`)
    console.error(USAGE)
    return undefined
  }
  const { json, out, ...rest } = parsed.data
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-')
  return {
    ...rest,
    json: path.resolve(PROJECT_ROOT, json ?? path.join('data', 'bench', `load-${stamp}.json`)),
    out: out && path.resolve(PROJECT_ROOT, out),
    command: `npm run bench:load${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  }
}
