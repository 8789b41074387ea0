import { createHmac, timingSafeEqual } from 'node:crypto'
import type { SigningKeyRepository } from '../../data/signingKeyRepository'
import type { Clock } from '../clock'

// What a subscription id looks like (models/AlertSubscription.ts), checked before any look-up.
const TOKEN = /^((?:search|case-studies)-[0-9a-f]{24})\.([\w-]{43})$/

/**
 * Unsubscribe links: "<subscriptionId>.<HMAC-SHA256 of it>", signed with a key kept in the store
 * (models/SigningKey.ts), so a link emailed last month works on any process after any restart,
 * without signing in, and cannot be made for a subscription by someone who only knows its id.
 */
export function createUnsubscribeTokens(keys: SigningKeyRepository, clock: Clock) {
  let key: Promise<Buffer> | undefined
  const keyNow = () => {
    key ??= keys.keyFor('alert-unsubscribe', clock()).catch((error: unknown) => {
      key = undefined
      throw error
    })
    return key
  }
  const mac = async (subscriptionId: string) =>
    createHmac('sha256', await keyNow())
      .update(`unsubscribe:${subscriptionId}`)
      .digest('base64url')

  return {
    async sign(subscriptionId: string): Promise<string> {
      return `${subscriptionId}.${await mac(subscriptionId)}`
    },

    /** The subscription id a token was signed for, or undefined for anything else. */
    async verify(token: string): Promise<string | undefined> {
      const match = TOKEN.exec(token)
      if (!match) return undefined
      const [, subscriptionId = '', sent = ''] = match
      const expected = Buffer.from(await mac(subscriptionId))
      const given = Buffer.from(sent)
      return given.length === expected.length && timingSafeEqual(given, expected) ? subscriptionId : undefined
    },
  }
}

export type UnsubscribeTokens = ReturnType<typeof createUnsubscribeTokens>
