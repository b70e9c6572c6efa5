// koers seed: fill the demo organisation Gemeente Voorbeeld; nothing changes when it exists.
import { loadConfig } from '../../config.ts'
import { seedDemo } from '../../modules/demo/seed-demo.ts'
import { EXIT_OK } from '../cli-errors.ts'
import { beschrijfDatabase, openCliDatabase } from '../open-cli-database.ts'
import { parseArguments } from '../parse-arguments.ts'
import { HULP } from '../usage.ts'

export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseArguments('seed', args, { help: { type: 'boolean', short: 'h' } })
  if (values.help) {
    process.stdout.write(HULP.seed!)
    return EXIT_OK
  }
  const config = loadConfig()
  const { database, toegepast, close } = await openCliDatabase(config, 'seed')
  try {
    process.stdout.write(`Database: ${beschrijfDatabase(config)}\n`)
    if (toegepast.length > 0) process.stdout.write(`Migraties toegepast: ${toegepast.join(', ')}\n`)
    const bestond = await database.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirst()
    const { organisatieId } = await seedDemo(database.db)
    process.stdout.write(
      bestond
        ? `Demo-organisatie bestond al (id ${organisatieId}); niets veranderd.\n`
        : `Demo-organisatie Gemeente Voorbeeld aangemaakt (id ${organisatieId}).\n`,
    )
  } finally {
    await close()
  }
  return EXIT_OK
}
