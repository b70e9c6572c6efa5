// The only reader of process.env. Every setting is validated at start; a wrong value stops
// Koers with a readable list instead of failing later somewhere deep inside.
import path from 'node:path'

export interface Config {
  /** TCP port of the HTTP server. Default 3000. */
  port: number
  /** Host to bind to. Default 0.0.0.0 (all interfaces). */
  host: string
  /** postgres:// URL of a PostgreSQL server; when absent Koers uses embedded PGlite. */
  databaseUrl: string | undefined
  /** Folder of the embedded database (and other local files). Default ./data. */
  dataDir: string
  /** pino log level. Default info (silent under tests). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** The address users reach Koers at (KOERS_PUBLIEKE_URL), without a trailing slash; the OpenID
   * Connect redirect URI is built from it. Default http://localhost:<PORT>. */
  publiekeUrl: string
  /** The password of the demo accounts made on first start (KOERS_DEMO_WACHTWOORD); unset = a random one, printed once. */
  demoWachtwoord: string | undefined
  /** The SMTP server for notifications by e-mail (KOERS_SMTP_URL, smtp://user:pass@host:port or smtps://…);
   * unset = Koers sends no e-mail. */
  smtpUrl: string | undefined
  /** The sender of those e-mails (KOERS_MAIL_AFZENDER), e.g. "Koers <koers@gemeente.nl>"; required with KOERS_SMTP_URL. */
  mailAfzender: string | undefined
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = []

  const portText = env.PORT ?? '3000'
  const port = Number(portText)
  const portGeldig = /^\d+$/.test(portText) && port >= 1 && port <= 65535
  if (!portGeldig) {
    problems.push(`PORT moet een poortnummer tussen 1 en 65535 zijn, niet "${portText}"`)
  }

  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL moet beginnen met postgres:// of postgresql://')
  }

  const dataDir = path.resolve(env.KOERS_DATA_DIR?.trim() || './data')

  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel']
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn, niet "${env.LOG_LEVEL}"`)
  }

  const host = env.HOST?.trim() || '0.0.0.0'

  const publiekeUrlText = env.KOERS_PUBLIEKE_URL?.trim() || `http://localhost:${portGeldig ? port : 3000}`
  let publiekeUrl = publiekeUrlText
  try {
    const url = new URL(publiekeUrlText)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) throw new Error()
    publiekeUrl = url.href.replace(/\/+$/, '')
  } catch {
    problems.push(`KOERS_PUBLIEKE_URL moet een http(s)-adres zijn zonder zoekparameters, zoals https://koers.example.nl, niet "${publiekeUrlText}"`)
  }

  const demoWachtwoord = env.KOERS_DEMO_WACHTWOORD || undefined
  if (demoWachtwoord !== undefined && demoWachtwoord.length < 12) problems.push('KOERS_DEMO_WACHTWOORD moet minstens 12 tekens lang zijn')

  const smtpUrl = env.KOERS_SMTP_URL?.trim() || undefined
  if (smtpUrl !== undefined) {
    let geldig = false
    try {
      const url = new URL(smtpUrl)
      geldig = (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== ''
    } catch { /* reported below */ }
    // Never echo the value: it may hold a password.
    if (!geldig) problems.push('KOERS_SMTP_URL moet een smtp://- of smtps://-adres zijn, zoals smtp://gebruiker:wachtwoord@mail.example.nl:587')
  }
  const mailAfzender = env.KOERS_MAIL_AFZENDER?.trim() || undefined
  if (mailAfzender !== undefined && !/^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(mailAfzender)) {
    problems.push(`KOERS_MAIL_AFZENDER moet een e-mailadres zijn, zoals koers@gemeente.nl of "Koers <koers@gemeente.nl>", niet "${mailAfzender}"`)
  }
  if (smtpUrl !== undefined && mailAfzender === undefined) problems.push('KOERS_MAIL_AFZENDER is verplicht wanneer KOERS_SMTP_URL is ingesteld')

  if (problems.length > 0) throw new ConfigError(problems)
  return { port, host, databaseUrl, dataDir, logLevel, publiekeUrl, demoWachtwoord, smtpUrl, mailAfzender }
}
