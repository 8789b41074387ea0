import { AlertClaim, type AlertClaimRecord, type AlertClaimStatus } from '../../models/AlertClaim'
import { isDuplicateKey } from './duplicateKey'

export type AlertClaimData = AlertClaimRecord

const claimId = (subscriptionId: string, period: string) => `${subscriptionId}:${period}`

export const alertClaimRepository = {
  /** Inserts the claim; false if one exists already (another process, or an earlier run, has it). */
  async claim(subscriptionId: string, period: string, owner: string, at: Date): Promise<boolean> {
    try {
      await AlertClaim.create({
        _id: claimId(subscriptionId, period),
        subscriptionId,
        period,
        owner,
        status: 'claimed',
        claimedAt: at,
      })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  },

  /** Records how the claimed alert ended: by _id alone, the one lookup FerretDB does not scan for. */
  async finish(subscriptionId: string, period: string, status: AlertClaimStatus, at: Date, count = 0): Promise<void> {
    await AlertClaim.updateOne(
      { _id: claimId(subscriptionId, period) },
      { $set: { status, finishedAt: at, caseStudyCount: count } },
    ).exec()
  },

  /** Gives a claim back when nothing was sent (the alert could not be prepared), for a later run. */
  async release(subscriptionId: string, period: string): Promise<void> {
    await AlertClaim.deleteOne({ _id: claimId(subscriptionId, period), status: 'claimed' }).exec()
  },

  /** Alerts claimed but never confirmed sent: a process stopped between claiming and sending. */
  unconfirmed(limit = 100): Promise<AlertClaimData[]> {
    return AlertClaim.find({ status: 'claimed' }).sort({ claimedAt: 1 }).limit(limit).lean<AlertClaimData[]>().exec()
  },

  /** Finished claims older than `before`; unconfirmed ones stay, to be seen. */
  async deleteFinishedBefore(before: Date): Promise<number> {
    const { deletedCount } = await AlertClaim.deleteMany({
      status: { $ne: 'claimed' },
      claimedAt: { $lt: before },
    }).exec()
    return deletedCount
  },
}

export type AlertClaimRepository = typeof alertClaimRepository
