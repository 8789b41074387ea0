import { randomBytes } from 'node:crypto'
import { SigningKey } from '../../models/SigningKey'
import { isDuplicateKey } from './duplicateKey'

export const signingKeyRepository = {
  /**
   * The key for this use, made at random the first time. Of two processes making it at once, the
   * first insert wins and both read that one back.
   */
  async keyFor(use: string, at: Date): Promise<Buffer> {
    await SigningKey.updateOne(
      { _id: use },
      { $setOnInsert: { key: randomBytes(32).toString('base64'), createdAt: at } },
      { upsert: true },
    )
      .exec()
      .catch((error: { code?: number }) => {
        if (!isDuplicateKey(error)) throw error
      })
    const stored = await SigningKey.findOne({ _id: use }).lean<{ key: string }>().exec()
    return Buffer.from(stored!.key, 'base64')
  },
}

export type SigningKeyRepository = typeof signingKeyRepository
