import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Logger } from 'pino'
import type { Config } from '../config'

export type EmailMessage = {
  to: string
  subject: string
  text: string
  /** Where a reply goes when it is not to us: the officer who asked a case study's team a question. */
  replyTo?: string
  /** Extra headers, such as List-Unsubscribe on alerts. */
  headers?: Record<string, string>
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>
}

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file a person or test can open. */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl)
    return {
      async send(message) {
        await transport.sendMail({ from: config.mailFrom, ...message })
      },
    }
  }

  const mailDir = path.join(config.dataDir, 'mail')
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
  return {
    async send(message) {
      const info = await transport.sendMail({ from: config.mailFrom, ...message })
      await mkdir(mailDir, { recursive: true })
      const file = path.join(
        mailDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`,
      )
      await writeFile(file, info.message as Buffer)
      // Only where the file is: an emailed link can hold a live token (a password reset), and a
      // log line outlives the token's use; the link is in the file.
      logger.info({ file, subject: message.subject }, 'email written to file')
    },
  }
}
