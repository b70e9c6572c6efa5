// koers serve: start the server and keep running until SIGINT/SIGTERM, then close the server and
// the database cleanly (PGlite writes its last pages on close).
import type { AddressInfo } from 'node:net'
import { loadConfig } from '../../config.ts'
import { startServer } from '../../server/start.ts'
import { CliError, EXIT_MISLUKT, EXIT_OK } from '../cli-errors.ts'
import { claimDataDir } from '../data-dir-lock.ts'
import { beschrijfDatabase, databaseError, isVerbindingsfout } from '../open-cli-database.ts'
import { parseArguments } from '../parse-arguments.ts'
import { HULP } from '../usage.ts'

/** Resolves once the server listens; the process then lives until a signal stops it. */
export async function serveCommand(args: string[]): Promise<number | undefined> {
  const { values } = parseArguments('serve', args, { help: { type: 'boolean', short: 'h' } })
  if (values.help) {
    process.stdout.write(HULP.serve!)
    return EXIT_OK
  }
  const config = loadConfig()
  const release = config.databaseUrl ? () => {} : claimDataDir(config.dataDir, 'serve')
  let gestart: Awaited<ReturnType<typeof startServer>>
  try {
    gestart = await startServer(config)
  } catch (err) {
    release()
    const code = (err as { code?: string }).code
    if (code === 'EADDRINUSE') throw new CliError(`Poort ${config.port} is al in gebruik. Kies een andere poort met PORT=…`)
    if (code === 'EACCES') throw new CliError(`Geen toestemming om op poort ${config.port} te luisteren. Kies een poort boven 1023 met PORT=…`)
    if (code === 'EADDRNOTAVAIL') throw new CliError(`HOST=${config.host} is geen adres van deze machine.`)
    if (isVerbindingsfout(err)) throw databaseError(config, err)
    throw new CliError(`Koers kon niet starten (${beschrijfDatabase(config)}): ${(err as Error).message}`)
  }
  const { app, applied, seeded, demo } = gestart

  const adres = app.server.address() as AddressInfo
  const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host
  process.stdout.write(
    [
      `Koers luistert op http://${host}:${adres.port}`,
      `Database: ${beschrijfDatabase(config)}`,
      `Migraties: ${applied.length > 0 ? `toegepast: ${applied.join(', ')}` : 'geen nieuwe, de database is bij'}`,
      `Demo-organisatie: ${seeded ? 'aangemaakt (Gemeente Voorbeeld)' : 'niet gevuld, de database bevatte al organisaties'}`,
      ...(demo
        ? [
          `Inloggen op http://${host}:${adres.port}/app/ met een van deze demo-accounts, wachtwoord ${demo.wachtwoord}${demo.bestand ? ` (ook in ${demo.bestand})` : ''}:`,
          ...demo.accounts.map((a) => `  ${a.email.padEnd(46)} ${a.persoonNaam}, ${a.eenheidNaam}`),
        ]
        : []),
      'Stoppen: Ctrl+C',
      '',
    ].join('\n'),
  )

  let stopt = false
  const stop = async (signaal: NodeJS.Signals) => {
    if (stopt) {
      // A second Ctrl+C means: now.
      process.stderr.write('Koers stopt direct.\n')
      process.exit(EXIT_MISLUKT)
    }
    stopt = true
    process.stdout.write(`${signaal} ontvangen: Koers stopt…\n`)
    try {
      await app.close() // the onClose hook closes the database
      release()
      process.stdout.write('Koers is gestopt.\n')
      process.exit(EXIT_OK)
    } catch (err) {
      process.stderr.write(`Stoppen ging niet netjes: ${(err as Error).message}\n`)
      process.exit(EXIT_MISLUKT)
    }
  }
  process.on('SIGINT', (s) => void stop(s))
  process.on('SIGTERM', (s) => void stop(s))
  return undefined
}
