// How the command line fails: a clear Dutch message on stderr and an exit code, never a stack
// trace. 1 = the command failed, 2 = the command was used wrongly (POSIX convention).
import { ConfigError } from '../config.ts'
import { RooImportError } from '../modules/roo-import/roo-csv.ts'

export const EXIT_OK = 0
export const EXIT_MISLUKT = 1
export const EXIT_GEBRUIK = 2

/** The command failed for a reason the user can act on; the message says which. */
export class CliError extends Error {
  override name = 'CliError'
}

/** The command was called wrongly; `opdracht` names the help to point to. */
export class UsageError extends Error {
  override name = 'UsageError'
  constructor(message: string, readonly opdracht?: string) {
    super(message)
  }
}

/** Writes the message for any error to stderr and returns the exit code. */
export function reportError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (err instanceof UsageError) {
    stderr.write(`${err.message}\nZie "koers ${err.opdracht ? `${err.opdracht} ` : ''}--help".\n`)
    return EXIT_GEBRUIK
  }
  if (err instanceof ConfigError) {
    stderr.write(`${err.message}\n`)
    return EXIT_MISLUKT
  }
  if (err instanceof RooImportError) {
    stderr.write(`Import mislukt: ${err.message}\n`)
    return EXIT_MISLUKT
  }
  if (err instanceof CliError) {
    stderr.write(`${err.message}\n`)
    return EXIT_MISLUKT
  }
  // Unexpected: still no stack trace, but the message and code, which is what support asks for.
  const e = err as { message?: unknown; code?: unknown } | undefined
  const code = typeof e?.code === 'string' ? ` (${e.code})` : ''
  stderr.write(`Er ging iets onverwachts mis${code}: ${String(e?.message || err)}\n`)
  return EXIT_MISLUKT
}
