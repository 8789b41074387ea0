import express, { type Express } from 'express'
import type { Logger } from 'pino'
import { createPassport } from './auth/passport'
import type { Config } from './config'
import { createHttpLogger } from './logger'
import { csrfProtection } from './middleware/csrf'
import { errorHandler, notFound } from './middleware/errorHandler'
import { noStore } from './middleware/noStore'
import { pageLinks } from './middleware/pageLinks'
import { saveSessionBeforeRedirect } from './middleware/saveSessionBeforeRedirect'
import { securityHeaders } from './middleware/securityHeaders'
import { sessionMiddleware } from './middleware/session'
import { viewLocals } from './middleware/viewLocals'
import { paths } from './paths'
import { BUILT_ASSETS_DIR } from './projectRoot'
import { routes } from './routes'
import { apiRoutes } from './routes/apiRoutes'
import { discoveryRoutes } from './routes/discoveryRoutes'
import { unsubscribeRoutes } from './routes/followRoutes'
import type { Services } from './services'
import { setUpViews } from './viewEngine'

export const SERVICE_NAME = 'Practice Exchange'

/** Wiring only: no I/O happens here, so tests can build an app around any services. */
export function createApp(services: Services, config: Config, logger: Logger): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxy)
  app.set('view cache', config.env === 'production')
  setUpViews(app)

  app.locals.paths = paths
  app.locals.serviceName = SERVICE_NAME
  app.locals.feedbackEmail = config.feedbackEmail
  // From configuration, never the Host header: a page must not echo an address a request made up.
  app.locals.publicBaseUrl = config.publicBaseUrl

  app.use(createHttpLogger(logger))
  app.use(securityHeaders())
  // Before sessions: feeds, sitemaps and robots.txt are public and the same for everyone, so they
  // neither read nor set a cookie, and caches and feed readers may keep them.
  app.use(discoveryRoutes(services, config.publicBaseUrl))
  app.use(
    paths.assets(''),
    express.static(BUILT_ASSETS_DIR, { maxAge: config.env === 'production' ? '1h' : 0, fallthrough: true }),
  )
  // Before sessions and forms: the API is public and read-only, so it neither reads nor sets a
  // cookie (with rolling sessions, it would re-set a signed-in browser's) and reads no body.
  app.use(apiRoutes(services))
  // Before sessions and CSRF: an alert's one-click unsubscribe comes from a mail client, with no
  // cookie and no form token; the signed token in its address authorises it.
  app.use(unsubscribeRoutes(services))
  // extended: false, so `email[$ne]=x` arrives as a field literally named "email[$ne]", never as
  // an object; 2 MB leaves room for long case-study text while forms check each field's length.
  app.use(express.urlencoded({ extended: false, limit: '2mb', parameterLimit: 500 }))
  app.use(sessionMiddleware(config, logger))
  app.use(saveSessionBeforeRedirect)
  const passport = createPassport(services)
  app.use(passport.initialize())
  app.use(passport.session())
  app.use(noStore)
  // Upload forms carry their token inside the multipart body: controllers/readUploadForm.ts checks it.
  app.use(csrfProtection(config, { multipartRoutes: [paths.publish.uploadFile(':id'), paths.admin.import()] }))
  app.use(viewLocals(services))
  app.use(pageLinks)
  app.use(routes(services, passport))
  app.use(notFound)
  app.use(errorHandler)
  return app
}
