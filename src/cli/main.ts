// The `koers` command: picks the subcommand, runs it, and turns every failure into a Dutch
// message and an exit code (see cli-errors.ts). bin/koers.js calls main().
import { EXIT_GEBRUIK, EXIT_OK, reportError, UsageError } from './cli-errors.ts'
import { ALGEMENE_HULP, HULP } from './usage.ts'

// Loaded on demand: --help and usage errors answer without loading Fastify, PGlite and the rest.
const OPDRACHTEN: Record<string, (args: string[]) => Promise<number | undefined>> = {
  serve: async (args) => (await import('./commands/serve.ts')).serveCommand(args),
  migrate: async (args) => (await import('./commands/migrate.ts')).migrateCommand(args),
  seed: async (args) => (await import('./commands/seed.ts')).seedCommand(args),
  import: async (args) => (await import('./commands/import.ts')).importCommand(args),
  audit: async (args) => (await import('./commands/audit.ts')).auditCommand(args),
}

/** Returns the exit code, or undefined while the command keeps running (serve). */
export async function main(argv: string[]): Promise<number | undefined> {
  const [opdracht, ...args] = argv
  try {
    if (opdracht === undefined) {
      process.stderr.write(ALGEMENE_HULP)
      return EXIT_GEBRUIK
    }
    if (opdracht === 'help' || opdracht === '--help' || opdracht === '-h') return help(args[0])
    const uitvoeren = Object.hasOwn(OPDRACHTEN, opdracht) ? OPDRACHTEN[opdracht] : undefined
    if (!uitvoeren) {
      process.stderr.write(`Onbekende opdracht "${opdracht}".\n\n${ALGEMENE_HULP}`)
      return EXIT_GEBRUIK
    }
    return await uitvoeren(args)
  } catch (err) {
    return reportError(err)
  }
}

function help(opdracht: string | undefined): number {
  if (opdracht === undefined) {
    process.stdout.write(ALGEMENE_HULP)
    return EXIT_OK
  }
  const tekst = Object.hasOwn(HULP, opdracht) ? HULP[opdracht] : undefined
  if (!tekst) throw new UsageError(`Geen hulp bij "${opdracht}": die opdracht bestaat niet.`)
  process.stdout.write(tekst)
  return EXIT_OK
}
