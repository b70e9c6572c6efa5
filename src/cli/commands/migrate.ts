// koers migrate: apply the pending migrations and say which.
import { loadConfig } from '../../config.ts'
import { EXIT_OK } from '../cli-errors.ts'
import { beschrijfDatabase, openCliDatabase } from '../open-cli-database.ts'
import { parseArguments } from '../parse-arguments.ts'
import { HULP } from '../usage.ts'

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArguments('migrate', args, { help: { type: 'boolean', short: 'h' } })
  if (values.help) {
    process.stdout.write(HULP.migrate!)
    return EXIT_OK
  }
  const config = loadConfig()
  const { toegepast, close } = await openCliDatabase(config, 'migrate')
  await close()
  process.stdout.write(`Database: ${beschrijfDatabase(config)}\n`)
  process.stdout.write(toegepast.length > 0 ? `Toegepast:\n${toegepast.map((m) => `  ${m}\n`).join('')}` : 'Geen nieuwe migraties: de database is bij.\n')
  return EXIT_OK
}
