import { randomBytes } from 'node:crypto'
import { User } from '../../models/User'
import type { UserData } from '../../server/data/userRepository'
import { hashPassword } from '../../server/services/passwords'

export const FACTORY_PASSWORD = 'correct horse battery staple'
let passwordHash: Promise<string> | undefined

export type Role = 'unverified' | 'verified' | 'officer' | 'publisher' | 'councilAdmin' | 'networkAdmin'

type Options = { role?: Role; councilCode?: string; email?: string; name?: string; pending?: boolean }

/** A user stored directly, with the given role: officers and up belong to `councilCode` (Leeds by default). */
export async function createUser({
  role = 'officer',
  councilCode = 'E08000035',
  email,
  name,
  pending = false,
}: Options = {}): Promise<UserData> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD)
  const id = randomBytes(4).toString('hex')
  const inCouncil = role === 'officer' || role === 'publisher' || role === 'councilAdmin' || pending
  const now = new Date()
  const user = await User.create({
    email: email ?? `${role.toLowerCase()}-${id}@example.org`,
    name: name ?? `Test ${role} ${id}`,
    passwordHash: await passwordHash,
    emailVerifiedAt: role === 'unverified' ? null : now,
    isNetworkAdmin: role === 'networkAdmin',
    membership: inCouncil
      ? {
          councilCode,
          status: pending ? 'pending' : 'active',
          via: 'admin',
          isPublisher: role === 'publisher',
          isCouncilAdmin: role === 'councilAdmin',
          requestedAt: now,
          decidedAt: pending ? null : now,
        }
      : null,
  })
  return user.toObject<UserData>()
}
