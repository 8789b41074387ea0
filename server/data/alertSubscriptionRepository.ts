import type { AlertFrequency } from '../../models/followLists'
import { AlertSubscription, type AlertSubscriptionRecord } from '../../models/AlertSubscription'

export type AlertSubscriptionData = AlertSubscriptionRecord

export const alertSubscriptionRepository = {
  async insert(subscription: AlertSubscriptionData): Promise<void> {
    await AlertSubscription.create(subscription)
  },

  findById(id: string): Promise<AlertSubscriptionData | null> {
    return AlertSubscription.findOne({ _id: id }).lean<AlertSubscriptionData>().exec()
  },

  /** Creates the officer's saved-case-studies subscription if it is missing; returns it. */
  async ensure(subscription: AlertSubscriptionData): Promise<void> {
    const { _id, ...fields } = subscription
    await AlertSubscription.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true }).exec()
  },

  /** The officer's saved searches, oldest first, and their saved-case-studies subscription. */
  listFor(userId: string): Promise<AlertSubscriptionData[]> {
    return AlertSubscription.find({ userId }).sort({ createdAt: 1 }).lean<AlertSubscriptionData[]>().exec()
  },

  countSearchesFor(userId: string): Promise<number> {
    return AlertSubscription.countDocuments({ userId, kind: 'search' }).exec()
  },

  /** Changing the frequency starts the next alert from now: an officer who turns alerts on hears of what comes next. */
  async setFrequency(id: string, frequency: AlertFrequency, since: Date): Promise<boolean> {
    const { matchedCount } = await AlertSubscription.updateOne({ _id: id }, { $set: { frequency, since } }).exec()
    return matchedCount > 0
  },

  async remove(id: string): Promise<boolean> {
    const { deletedCount } = await AlertSubscription.deleteOne({ _id: id }).exec()
    return deletedCount > 0
  },

  async deleteAllFor(userId: string): Promise<void> {
    await AlertSubscription.deleteMany({ userId }).exec()
  },

  /** Every subscription that sends alerts, read from a cursor so a run never holds them all. */
  alerting(): AsyncIterable<AlertSubscriptionData> {
    return AlertSubscription.find({ frequency: { $in: ['daily', 'weekly'] } })
      .lean<AlertSubscriptionData[]>()
      .cursor() as AsyncIterable<AlertSubscriptionData>
  },

  /** After an alert: the next one starts where this one's window ended. */
  async advance(id: string, period: string, since: Date): Promise<void> {
    await AlertSubscription.updateOne({ _id: id }, { $set: { lastPeriod: period, since } }).exec()
  },
}

export type AlertSubscriptionRepository = typeof alertSubscriptionRepository
