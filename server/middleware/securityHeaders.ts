import type { NextFunction, Request, Response } from 'express'
import helmet from 'helmet'

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

// A strict CSP: no inline scripts or styles anywhere, so the pages carry no nonces. GOV.UK
// Frontend's "js-enabled" start-up runs from /assets/js/app.js instead of the template's inline
// script.
const helmetHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Not even same-origin: the reset page's own stylesheet and script requests would carry its
    // token in their Referer, into our request log. Nothing here reads the Referer.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  })

/**
 * HSTS only over HTTPS (req.secure honours TRUST_PROXY): browsers ignore it over plain HTTP,
 * and sending it there only says the deployment is misconfigured.
 */
function hstsWhenSecure(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`)
  next()
}

export function securityHeaders() {
  return [helmetHeaders(), hstsWhenSecure]
}
