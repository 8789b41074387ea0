import { Schema, model } from 'mongoose'
import { ALERT_FREQUENCY_VALUES, type AlertFrequency } from './followLists'

// What alert emails are about, one document each: a saved search (kind "search", _id
// "search-<random>", holding the search page's normalised query string) or an officer's saved
// case studies as a whole (kind "case-studies", _id "case-studies-<userId>"). The _id is the
// subscription id an unsubscribe link signs and an alert claim is named after.
// `since` is where the next alert starts: what was published after it is new to this officer.
// `lastPeriod` is the last day or week an alert was claimed for, so a run skips those already done.
const alertSubscriptionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    kind: { type: String, enum: ['search', 'case-studies'], required: true },
    query: { type: String, default: '' },
    frequency: { type: String, enum: ALERT_FREQUENCY_VALUES, required: true, index: true },
    createdAt: { type: Date, required: true },
    since: { type: Date, required: true },
    lastPeriod: { type: String, default: '' },
  },
  { collection: 'alertSubscriptions', versionKey: false },
)

export type AlertSubscriptionRecord = {
  _id: string
  userId: string
  kind: 'search' | 'case-studies'
  query: string
  frequency: AlertFrequency
  createdAt: Date
  since: Date
  lastPeriod: string
}
export const AlertSubscription = model('AlertSubscription', alertSubscriptionSchema)
