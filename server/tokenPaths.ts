import { paths } from './paths'

// The emailed links whose last path segment is a secret (a reset or verification token, an enquiry opt-out), built
// from the same builders as the routes, so a new token link added here is redacted everywhere.
const TOKEN_PATH_PREFIXES = [
  paths.auth.resetPassword,
  paths.auth.verifyEmail,
  paths.enquiries.optOut,
  paths.alerts.unsubscribe,
].map(build => build(':token').replace(/:token$/, ''))

/** Whether a path (no query string) is an emailed link carrying a token. */
export const isTokenPath = (path: string) =>
  TOKEN_PATH_PREFIXES.some(prefix => path.startsWith(prefix) && path.length > prefix.length)

/** The path with any token replaced, for logs. */
export const withoutToken = (path: string) => {
  const prefix = TOKEN_PATH_PREFIXES.find(candidate => path.startsWith(candidate) && path.length > candidate.length)
  return prefix ? `${prefix}[redacted]` : path
}
