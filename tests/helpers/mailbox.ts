import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { testDataDir } from './testApp'

export type SentEmail = { file: string; to: string; subject: string; text: string }

/** The .eml files the app wrote for this test file, oldest first, decoded enough to read. */
export function sentEmails(): SentEmail[] {
  const dir = path.join(testDataDir, 'mail')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(file => file.endsWith('.eml'))
    .sort()
    .map(file => {
      const raw = readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n')
      const [folded = '', ...body] = raw.split('\n\n')
      const head = folded.replace(/\n[ \t]+/g, ' ') // unfold long header lines
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim() ?? ''
      // nodemailer writes quoted-printable for long lines: undo soft breaks and =XX escapes.
      const text = body
        .join('\n\n')
        .replace(/=\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      return { file, to: header('To'), subject: header('Subject'), text }
    })
}

export function lastEmailTo(address: string): SentEmail | undefined {
  return sentEmails()
    .filter(email => email.to.includes(address))
    .at(-1)
}

/** The path of the first link to this site in the email (links use PUBLIC_BASE_URL). */
export function linkIn(email: SentEmail | undefined): string {
  const match = /http:\/\/practice-exchange\.test(\/\S+)/.exec(email?.text ?? '')
  if (!match?.[1]) throw new Error(`no link in email: ${email?.text}`)
  return match[1]
}
