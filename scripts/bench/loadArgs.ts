import path from 'node:path'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { parseOptions, wholeNumber } from './args'

const USAGE =
  'Usage: npm run bench:load -- [--seconds 60] [--warm-up 5] [--corpus 10000] [--seed 1] [--searchers 4] [--readers 2] [--signers 1] [--publishers 3] [--json file] [--out [BENCHMARKS.md]]'

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
  const parsed = parseOptions(argsSchema, argv, USAGE)
  if (!parsed) return undefined
  const { json, out, ...rest } = parsed
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-')
  return {
    ...rest,
    json: path.resolve(PROJECT_ROOT, json ?? path.join('data', 'bench', `load-${stamp}.json`)),
    out: out && path.resolve(PROJECT_ROOT, out),
    command: `npm run bench:load${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  }
}
