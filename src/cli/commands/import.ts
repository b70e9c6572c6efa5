// koers import roo-gemeenten|roo-functies <csv>: run one of the ROO imports and print its report.
import fs from 'node:fs'
import { loadConfig } from '../../config.ts'
import { importRooFuncties } from '../../modules/roo-import/import-roo-functies.ts'
import { importRooGemeenten } from '../../modules/roo-import/import-roo-gemeenten.ts'
import { isDatum } from '../../modules/roo-import/roo-csv.ts'
import { CliError, EXIT_OK, UsageError } from '../cli-errors.ts'
import { formatFunctiesRapport, formatGemeentenRapport } from '../format-report.ts'
import { beschrijfDatabase, openCliDatabase } from '../open-cli-database.ts'
import { parseArguments } from '../parse-arguments.ts'
import { HULP } from '../usage.ts'

const SOORTEN = ['roo-gemeenten', 'roo-functies'] as const

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArguments(
    'import',
    args,
    { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, peildatum: { type: 'string' } },
    true,
  )
  if (values.help) {
    process.stdout.write(HULP.import!)
    return EXIT_OK
  }
  const [soort, csv, ...teveel] = positionals
  if (!soort) throw new UsageError(`Welke import? Kies ${SOORTEN.join(' of ')}.`, 'import')
  if (!(SOORTEN as readonly string[]).includes(soort)) throw new UsageError(`Onbekende import "${soort}". Kies ${SOORTEN.join(' of ')}.`, 'import')
  if (!csv) throw new UsageError(`Geef het CSV-bestand op: koers import ${soort} <csv>`, 'import')
  if (teveel.length > 0) throw new UsageError(`Eén CSV-bestand per import; te veel: ${teveel.join(' ')}`, 'import')
  if (values.peildatum !== undefined && !isDatum(values.peildatum)) {
    throw new UsageError(`--peildatum moet een datum zijn als 2025-01-31, niet "${values.peildatum}".`, 'import')
  }
  // Before opening the database: a typo in the path should not cost a database start.
  const stat = fs.statSync(csv, { throwIfNoEntry: false })
  if (!stat) throw new CliError(`Bestand niet gevonden: ${csv}`)
  if (!stat.isFile()) throw new CliError(`${csv} is geen bestand`)

  const config = loadConfig()
  const { database, toegepast, close } = await openCliDatabase(config, `import ${soort}`)
  // With --json, stdout carries only the report; the rest goes to stderr.
  const info = values.json ? process.stderr : process.stdout
  try {
    info.write(`Database: ${beschrijfDatabase(config)}\n`)
    if (toegepast.length > 0) info.write(`Migraties toegepast: ${toegepast.join(', ')}\n`)
    const start = performance.now()
    const opties = { peildatum: values.peildatum }
    if (soort === 'roo-gemeenten') {
      const rapport = await importRooGemeenten(database.db, csv, opties)
      process.stdout.write(values.json ? `${JSON.stringify(rapport, null, 2)}\n` : formatGemeentenRapport(csv, rapport, performance.now() - start))
    } else {
      const rapport = await importRooFuncties(database.db, csv, opties)
      process.stdout.write(values.json ? `${JSON.stringify(rapport, null, 2)}\n` : formatFunctiesRapport(csv, rapport, performance.now() - start))
    }
  } finally {
    await close()
  }
  return EXIT_OK
}
