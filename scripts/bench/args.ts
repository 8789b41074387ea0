import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../server/projectRoot'

const USAGE =
  'Usage: npm run bench:search -- [--sizes 10000,100000] [--queries N] [--warm-up N] [--http-seconds S] [--connections N] [--out [BENCHMARKS.md]]'
const DEFAULT_OUT = 'BENCHMARKS.md'

export const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`
  return z
    .string()
    .regex(/^\d{1,7}$/, { error })
    .transform(Number)
    .pipe(z.number().min(min, { error }).max(max, { error }))
}

/**
 * Reads a benchmark's command line against its schema (every option a string, as typed): `--out`
 * may come without a file name, meaning BENCHMARKS.md at the project root. Prints what is wrong and
 * the usage, and returns undefined, on a bad command line.
 */
export function parseOptions<Schema extends z.ZodObject>(
  schema: Schema,
  argv: string[],
  usage: string,
): z.infer<Schema> | undefined {
  const outAt = argv.indexOf('--out')
  const given = outAt >= 0 && argv[outAt + 1] !== undefined && !argv[outAt + 1]!.startsWith('--')
  const expanded = outAt >= 0 && !given ? [...argv.slice(0, outAt + 1), DEFAULT_OUT, ...argv.slice(outAt + 1)] : argv
  let values: unknown
  try {
    const option = { type: 'string' } as const
    values = parseArgs({
      args: expanded,
      options: Object.fromEntries(Object.keys(schema.shape).map(name => [name, option])),
    }).values
  } catch (error) {
    console.error((error as Error).message)
    console.error(usage)
    return undefined
  }
  const parsed = schema.safeParse(values)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`)
    console.error(usage)
    return undefined
  }
  return parsed.data
}

const argsSchema = z.object({
  sizes: z
    .string()
    .regex(/^\d{1,7}(,\d{1,7})*$/, { error: 'must be corpus sizes separated by commas, such as 10000,100000' })
    .transform(text => text.split(',').map(Number))
    .pipe(
      z.array(
        z
          .number()
          .min(1, { error: 'must each be 1 or more' })
          .max(1_000_000, { error: 'must each be at most 1000000' }),
      ),
    )
    .default([10_000, 100_000]),
  queries: wholeNumber(1, 100_000).optional(),
  'warm-up': wholeNumber(0, 10_000).optional(),
  'http-seconds': wholeNumber(0, 600).optional(),
  connections: wholeNumber(1, 1000).optional(),
  out: z.string().trim().min(1).optional(),
})

export type BenchArgs = {
  sizes: number[]
  /** Passed on to each size's run (scripts/bench/sizeRun.ts). */
  childArgs: string[]
  out: string | undefined
  /** The arguments as typed, for the report: empty, or ` -- ` and them. */
  command: string
}

/** The command line, or undefined after printing what is wrong with it. */
export function parseBenchArgs(argv: string[]): BenchArgs | undefined {
  const parsed = parseOptions(argsSchema, argv, USAGE)
  if (!parsed) return undefined
  const { sizes, out, ...passOn } = parsed
  const childArgs = Object.entries(passOn).flatMap(([name, value]) =>
    value === undefined ? [] : [`--${name}`, String(value)],
  )
  return {
    sizes,
    childArgs,
    out: out && path.resolve(PROJECT_ROOT, out),
    command: argv.length ? ` -- ${argv.join(' ')}` : '',
  }
}
