// node:util parseArgs with its English TypeErrors turned into Dutch usage errors (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './cli-errors.ts'

type Options = NonNullable<ParseArgsConfig['options']>

export function parseArguments<O extends Options>(opdracht: string, args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (err) {
    throw toUsageError(opdracht, err)
  }
}

function toUsageError(opdracht: string, err: unknown): unknown {
  const code = (err as { code?: unknown })?.code
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return err
  const message = (err as Error).message
  // The messages quote the offending option or argument: "Unknown option '--foo'. …"
  const genoemd = (/'([^']+)'/.exec(message)?.[1] ?? '').split(' ')[0]
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Onbekende optie ${genoemd} voor "koers ${opdracht}".`, opdracht)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(`Optie ${genoemd} verwacht een waarde.`, opdracht)
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`"koers ${opdracht}" kent geen argumenten; onbekend: ${genoemd}.`, opdracht)
    default:
      return new UsageError(`Ongeldige aanroep van "koers ${opdracht}".`, opdracht)
  }
}
