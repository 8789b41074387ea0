import { createHash, randomBytes } from 'node:crypto'

/** A random link token (256 bits) and the hash we store in its place. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashLinkToken(token) }
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(String(token)).digest('hex')
}
