import { Schema, model } from 'mongoose'

// One alert, claimed before it is sent: _id "<subscriptionId>:<period>" (a day or an ISO week),
// inserted once, so of any number of processes, or a rerun after a crash, exactly one may send it
// (at most once). Status "claimed" until the send is confirmed ("sent"), or "nothing-new" when
// nothing matched; a claim left "claimed" belonged to a process that stopped mid-send: it is
// reported, never sent again.
const alertClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    period: { type: String, required: true },
    owner: { type: String, required: true },
    status: { type: String, enum: ['claimed', 'sent', 'nothing-new', 'skipped'], required: true, index: true },
    claimedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    caseStudyCount: { type: Number, default: 0 },
  },
  { collection: 'alertClaims', versionKey: false },
)

export type AlertClaimStatus = 'claimed' | 'sent' | 'nothing-new' | 'skipped'
export type AlertClaimRecord = {
  _id: string
  subscriptionId: string
  period: string
  owner: string
  status: AlertClaimStatus
  claimedAt: Date
  finishedAt: Date | null
  caseStudyCount: number
}
export const AlertClaim = model('AlertClaim', alertClaimSchema)
