// npm run create-admin -- --email someone@example.org [--name "Full Name"]
// Makes the account a network admin (creating it, with its email confirmed, if it does not exist)
// and emails a link to set its password. The first network admin comes from here.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { userRepository } from '../server/data/userRepository'
import { emailAddress, personName } from '../server/forms/fields'
import { hashPassword } from '../server/services/passwords'
import { runTool, withServices } from './withServices'

const argsSchema = z.object({ email: emailAddress(), name: personName('a name').optional() })

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  const args = argsSchema.safeParse(values)
  if (!args.success) {
    for (const issue of args.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`)
    console.error('Usage: npm run create-admin -- --email someone@example.org [--name "Full Name"]')
    return 2
  }
  return withServices(async (services, config) => {
    const context = { actorId: null, ip: 'create-admin' }
    let user = await userRepository.findByEmail(args.data.email)
    if (!user) {
      // An unguessable password nobody knows: the person sets their own through the emailed link.
      user = await userRepository.insert({
        email: args.data.email,
        name: args.data.name ?? args.data.email,
        passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      })
      if (!user) throw new Error('could not create the account')
      console.log(`Created an account for ${user.email}.`)
    }
    await userRepository.update(user._id, { emailVerifiedAt: user.emailVerifiedAt ?? new Date(), disabledAt: null })
    await services.userAdmin.grantNetworkAdmin(user._id, context)
    await services.accounts.requestPasswordReset(user.email, context)
    console.log(
      `${user.email} is a network admin. We have emailed a link to set the password${config.smtpUrl ? '' : ` (written under ${config.dataDir}/mail)`}.`,
    )
    return 0
  })
}

runTool('create-admin', main)
