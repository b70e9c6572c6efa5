// koers audit verify: checks the hash chain of the audit trail; exit 1 when anything was altered or removed.
import { loadConfig } from '../../config.ts'
import { verifyAuditChain } from '../../modules/audit/verify-audit-chain.ts'
import { EXIT_MISLUKT, EXIT_OK, UsageError } from '../cli-errors.ts'
import { beschrijfDatabase, openCliDatabase } from '../open-cli-database.ts'
import { parseArguments } from '../parse-arguments.ts'
import { HULP } from '../usage.ts'

export async function auditCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArguments('audit', args, {
    help: { type: 'boolean', short: 'h' },
    verwacht: { type: 'string' },
    json: { type: 'boolean' },
  }, true)
  if (values.help) {
    process.stdout.write(HULP.audit!)
    return EXIT_OK
  }
  if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError('Gebruik: koers audit verify [--verwacht <hash>] [--json]', 'audit')
  const config = loadConfig()
  const { database, close } = await openCliDatabase(config, 'audit')
  try {
    const uitkomst = await verifyAuditChain(database.db)
    const verwacht = typeof values.verwacht === 'string' ? values.verwacht : undefined
    if (verwacht !== undefined && verwacht !== uitkomst.laatsteHash) {
      uitkomst.bevindingen.push({ ketenNr: uitkomst.laatsteKetenNr ?? 0, soort: 'ontbreekt', uitleg: `De laatste hash is niet de verwachte (${verwacht}): er zijn events aan het eind verwijderd of de keten is vervangen.` })
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(uitkomst, null, 2)}\n`)
    } else {
      process.stdout.write(`Database: ${beschrijfDatabase(config)}\n`)
      process.stdout.write(`${uitkomst.aantal} events gecontroleerd; laatste ${uitkomst.laatsteKetenNr ?? '-'} met hash ${uitkomst.laatsteHash ?? '-'}\n`)
      if (uitkomst.bevindingen.length === 0) process.stdout.write('De audit trail is ongeschonden.\n')
      else process.stdout.write(`DE AUDIT TRAIL IS GESCHONDEN (${uitkomst.bevindingen.length} bevindingen):\n${uitkomst.bevindingen.map((b) => `  - ${b.uitleg}\n`).join('')}`)
    }
    return uitkomst.bevindingen.length === 0 ? EXIT_OK : EXIT_MISLUKT
  } finally {
    await close()
  }
}
