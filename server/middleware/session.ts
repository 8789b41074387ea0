import { randomBytes } from 'node:crypto'
import MongoStore from 'connect-mongo'
import session from 'express-session'
import type { Logger } from 'pino'
import type { Config } from '../config'
import { databaseClient, databaseName } from '../data/database'

const SESSION_TTL_SECONDS = 8 * 60 * 60

export function sessionMiddleware(config: Config, logger: Logger) {
  let secret = config.sessionSecret
  if (!secret) {
    // Only outside production (config refuses to start production without one): sessions then
    // last as long as this process.
    logger.warn('SESSION_SECRET is not set: using a random secret for this process only')
    secret = randomBytes(32).toString('hex')
  }
  return session({
    name: 'practice-exchange.sid',
    secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure whenever the request arrived over HTTPS (through a trusted proxy in production).
      secure: 'auto',
      maxAge: SESSION_TTL_SECONDS * 1000,
    },
    store: MongoStore.create({
      client: databaseClient(),
      dbName: databaseName(),
      collectionName: 'sessions',
      ttl: SESSION_TTL_SECONDS,
      // FerretDB v1 rejects TTL indexes, and a rejected index makes every session call fail;
      // our sessionCleanupService deletes expired sessions instead.
      autoRemove: 'disabled',
    }),
  })
}
