// Notifications by e-mail (issue 6). When the installation configures an SMTP server
// (KOERS_SMTP_URL, KOERS_MAIL_AFZENDER), a background sender mails every notificatie that is neither
// mailed nor read to the persoon's e-mail address (persoon.email, else their account's) and sets
// gemaild_op; without SMTP configuration it does nothing. A failed message is logged and retried on
// the next round. It runs on the owner connection: it is the installation, not a user.
import type { Transporter } from 'nodemailer'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import { herhaal } from '../../server/herhaal.ts'
import { markeerGemaild, teMailen, type TeMailen } from './notificatie.repository.ts'

export interface MailerOpties {
  db: Db
  smtpUrl: string | undefined
  afzender: string | undefined
  /** Where users reach Koers, to make the notificatie's link absolute. */
  publiekeUrl: string
  /** Milliseconds between rounds; default one minute. */
  interval?: number
  log?: Pick<FastifyBaseLogger, 'error' | 'info'>
}

export interface Mailer {
  /** Sends what is waiting now; resolves with the number of messages sent. */
  verstuur(): Promise<number>
  stop(): Promise<void>
}

const PER_RONDE = 100

export function bericht(n: TeMailen, publiekeUrl: string) {
  const link = n.link ? (/^https?:\/\//.test(n.link) ? n.link : `${publiekeUrl}${n.link.startsWith('/') ? '' : '/'}${n.link}`) : `${publiekeUrl}/app`
  return {
    subject: `Koers: ${n.titel}`,
    text: [
      `Beste ${n.naam},`,
      '',
      `Er is een nieuwe melding voor u in Koers (${n.organisatie}):`,
      '',
      n.titel,
      '',
      `Bekijk het hier: ${link}`,
      '',
      'U krijgt dit bericht omdat u in Koers een melding hebt gekregen. Uw meldingen staan ook in Koers zelf.',
    ].join('\n'),
  }
}

/** The sender, or null when no SMTP server is configured. */
export function maakMailer(opties: MailerOpties): Mailer | null {
  if (!opties.smtpUrl || !opties.afzender) return null
  // nodemailer is loaded with the first round, not at start (~75 ms of every start, SMTP or not).
  const smtpUrl = opties.smtpUrl
  let transport: Transporter | null = null
  const afzender = opties.afzender
  let gestopt = false

  async function ronde(): Promise<number> {
    const wachtend = await teMailen(opties.db, PER_RONDE)
    const verstuurd: string[] = []
    for (const n of wachtend) {
      if (gestopt) break
      try {
        transport ??= (await import('nodemailer')).default.createTransport(smtpUrl)
        await transport.sendMail({ from: afzender, to: n.email, ...bericht(n, opties.publiekeUrl) })
        verstuurd.push(n.id)
      } catch (error) {
        opties.log?.error({ err: error, notificatie: n.id }, 'Notificatie mailen mislukt; volgende ronde opnieuw')
      }
    }
    await markeerGemaild(opties.db, verstuurd)
    return verstuurd.length
  }

  const job = herhaal(ronde, { interval: opties.interval ?? 60_000, bijFout: (error) => opties.log?.error({ err: error }, 'Notificaties mailen mislukt') })
  job.plan()

  return {
    verstuur: job.nu,
    async stop() {
      gestopt = true
      await job.stop()
      transport?.close()
    },
  }
}

/** Starts the sender with the server and stops it when the server closes (before the database). */
export function startNotificatieMailer(app: FastifyInstance, db: Db, config: { smtpUrl: string | undefined; mailAfzender: string | undefined; publiekeUrl: string }) {
  const mailer = maakMailer({ db, smtpUrl: config.smtpUrl, afzender: config.mailAfzender, publiekeUrl: config.publiekeUrl, log: app.log })
  if (mailer) app.addHook('onClose', () => mailer.stop())
  return mailer
}
