import { hash, verify } from '@node-rs/argon2'

// argon2id (the library's default algorithm; a test checks the hash says so) with OWASP's
// baseline cost: 19 MiB, 2 passes, 1 lane — tens of milliseconds here.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS)

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false)

// Verified against when an email has no account, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-used-for-timing-only')
  await verifyPassword(await dummyHash, password)
}
