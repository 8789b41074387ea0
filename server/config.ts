import path from 'node:path'
import { z } from 'zod'

// Every environment variable the app reads is declared here and nowhere else.
const mongoUri = z
  .string()
  .trim()
  .refine(value => /^mongodb(\+srv)?:\/\/[^/\s]+/.test(value), {
    message: 'must be a MongoDB connection string starting mongodb:// or mongodb+srv://',
  })

const port = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int({ error: 'must be a whole number from 1 to 65535' })
  .min(1, { error: 'must be a whole number from 1 to 65535' })
  .max(65535, { error: 'must be a whole number from 1 to 65535' })

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })

// Meilisearch index uids: letters, digits, - and _ (at most 400 bytes). The engine keeps two more
// indexes beside it, <name>-meta and <name>-next, so the name leaves room for those suffixes.
const meiliIndex = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,380}$/, { error: 'must be 1 to 380 letters, digits, hyphens or underscores' })

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value)

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    MONGODB_URI: z.preprocess(emptyAsUndefined, mongoUri.optional()),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    SESSION_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
    ),
    TRUST_PROXY: z.coerce
      .number({ error: 'must be the number of proxies in front of the app (0 or more)' })
      .int()
      .min(0)
      .default(0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MEILI_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    MEILI_MASTER_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    MEILI_INDEX: z.preprocess(emptyAsUndefined, meiliIndex.default('case-studies')),
    FEEDBACK_EMAIL: z.email({ error: 'must be an email address' }).default('feedback@practice-exchange.example'),
    PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    MAIL_FROM: z.string().trim().min(3).default('Practice Exchange <no-reply@practice-exchange.example>'),
    DEMO_CONTENT: z.preprocess(emptyAsUndefined, z.enum(['on', 'off'], { error: 'must be on or off' }).optional()),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    // A missing secret in production would mean every process invents its own and sessions break
    // behind a load balancer; refuse to start rather than fail quietly.
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV is production' })
    }
    // The embedded store is built from source for development and tests; production runs MongoDB.
    if (env.NODE_ENV === 'production' && !env.MONGODB_URI) {
      ctx.addIssue({ code: 'custom', path: ['MONGODB_URI'], message: 'is required when NODE_ENV is production' })
    }
    // Emailed links must point somewhere people can reach, not at localhost.
    if (env.NODE_ENV === 'production' && !env.PUBLIC_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'is required when NODE_ENV is production' })
    }
  })

export type Config = Readonly<{
  env: 'development' | 'test' | 'production'
  port: number
  host: string
  mongoUri: string | undefined
  dataDir: string
  sessionSecret: string | undefined
  trustProxy: number
  logLevel: string
  meiliUrl: string | undefined
  meiliMasterKey: string | undefined
  /** The Meilisearch index the app searches; tests use their own so they never touch the real one. */
  meiliIndex: string
  feedbackEmail: string
  /** Where emailed links point: the address people reach the service at. */
  publicBaseUrl: string
  mailFrom: string
  /** Unset: each email is written as an .eml file under dataDir/mail. */
  smtpUrl: string | undefined
  /** Publish the demo catalogue into an empty database at start (never by default in production). */
  demoContent: boolean
}>

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map(problem => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Reads and validates the environment, listing every bad variable at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map(issue => `${issue.path.join('.')} ${issue.message}`))
  }
  const env = parsed.data
  return Object.freeze({
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    mongoUri: env.MONGODB_URI,
    dataDir: path.resolve(env.DATA_DIR),
    sessionSecret: env.SESSION_SECRET,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    meiliUrl: env.MEILI_URL,
    meiliMasterKey: env.MEILI_MASTER_KEY,
    meiliIndex: env.MEILI_INDEX,
    feedbackEmail: env.FEEDBACK_EMAIL,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    mailFrom: env.MAIL_FROM,
    smtpUrl: env.SMTP_URL,
    demoContent: (env.DEMO_CONTENT ?? (env.NODE_ENV === 'production' ? 'off' : 'on')) === 'on',
  })
}

/** For commands (the server, scripts): print every bad variable and exit non-zero. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
