import { Types } from 'mongoose'
import { User, type MembershipRecord, type UserRecord } from '../../models/User'
import { isDuplicateKey } from './duplicateKey'

export type UserData = UserRecord
export type NewUser = Pick<UserRecord, 'email' | 'name' | 'passwordHash'>

const asObjectId = (id: string | Types.ObjectId): Types.ObjectId | undefined =>
  typeof id === 'string'
    ? Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id)
      ? new Types.ObjectId(id)
      : undefined
    : id

export const userRepository = {
  async findById(id: string | Types.ObjectId): Promise<UserData | undefined> {
    const objectId = asObjectId(id)
    if (!objectId) return undefined
    return (await User.findById(objectId).lean<UserData>().exec()) ?? undefined
  },

  async findByEmail(email: string): Promise<UserData | undefined> {
    return (
      (await User.findOne({ email: String(email) })
        .lean<UserData>()
        .exec()) ?? undefined
    )
  },

  /** Inserts a user; resolves undefined (storing nothing) if the email is already taken. */
  async insert(user: NewUser): Promise<UserData | undefined> {
    try {
      const created = await User.create(user)
      return created.toObject<UserData>()
    } catch (error) {
      if (isDuplicateKey(error)) return undefined
      throw error
    }
  },

  async update(id: Types.ObjectId, fields: Partial<Omit<UserData, '_id'>>): Promise<UserData | undefined> {
    return (
      (await User.findByIdAndUpdate(id, { $set: fields }, { returnDocument: 'after' }).lean<UserData>().exec()) ??
      undefined
    )
  },

  async setMembership(id: Types.ObjectId, membership: MembershipRecord | null, extra: Partial<UserData> = {}) {
    return this.update(id, { ...extra, membership })
  },

  async deleteById(id: Types.ObjectId): Promise<void> {
    await User.deleteOne({ _id: id }).exec()
  },

  listByCouncil(councilCode: string): Promise<UserData[]> {
    return User.find({ 'membership.councilCode': String(councilCode) })
      .sort({ name: 1 })
      .lean<UserData[]>()
      .exec()
  },

  listCouncilAdmins(councilCode: string): Promise<UserData[]> {
    return User.find({
      'membership.councilCode': String(councilCode),
      'membership.status': 'active',
      'membership.isCouncilAdmin': true,
      disabledAt: null,
    })
      .lean<UserData[]>()
      .exec()
  },

  /** Active publishers of the council, who answer for its case studies (freshness reminders). */
  listPublishers(councilCode: string): Promise<UserData[]> {
    return User.find({
      'membership.councilCode': String(councilCode),
      'membership.status': 'active',
      'membership.isPublisher': true,
      disabledAt: null,
    })
      .lean<UserData[]>()
      .exec()
  },

  /** Network admins who can act: verified and not disabled. */
  listNetworkAdmins(): Promise<UserData[]> {
    return User.find({ isNetworkAdmin: true, disabledAt: null, emailVerifiedAt: { $ne: null } })
      .lean<UserData[]>()
      .exec()
  },

  /** Requests to join any council, oldest first: what network admins see on their users page. */
  listPendingRequests(limit: number): Promise<UserData[]> {
    return User.find({ 'membership.status': 'pending', disabledAt: null })
      .sort({ 'membership.requestedAt': 1 })
      .limit(limit)
      .lean<UserData[]>()
      .exec()
  },

  /** Each member's council and status only: what the admin councils page counts. */
  listMemberships(): Promise<{ membership: { councilCode: string; status: string } }[]> {
    return User.find({ membership: { $ne: null } })
      .select({ 'membership.councilCode': 1, 'membership.status': 1 })
      .lean<{ membership: { councilCode: string; status: string } }[]>()
      .exec()
  },

  /** Users whose email contains the text (case-insensitive), newest first; for network admins. */
  search(text: string, limit: number): Promise<UserData[]> {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const filter = text ? { email: { $regex: escaped, $options: 'i' } } : {}
    return User.find(filter).sort({ createdAt: -1 }).limit(limit).lean<UserData[]>().exec()
  },
}

export type UserRepository = typeof userRepository
