// Starts Koers: opens (and on first start creates) the database, applies migrations, fills an empty
// installation with the demo organisation, and listens.
import { sql } from 'kysely'
import type { Config } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import { seedDemo } from '../modules/demo/seed-demo.ts'
import { buildApp } from './app.ts'

export async function startServer(config: Config, options: { seed?: boolean } = {}) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const applied = await migrate(database.db)
    const empty = !(await database.db.selectFrom('organisatie').select('id').limit(1).executeTakeFirst())
    if (empty && options.seed !== false) {
      await seedDemo(database.db)
      // Fresh statistics after the bulk load, so the planner does not guess (autovacuum would get
      // there eventually; the first requests should not wait for it).
      await sql`analyze`.execute(database.db)
    }
    const app = await buildApp({ db: database.db, logLevel: config.logLevel, publiekeUrl: config.publiekeUrl })
    app.addHook('onClose', () => database.close())
    await app.listen({ port: config.port, host: config.host })
    return { app, database, applied, seeded: empty && options.seed !== false }
  } catch (error) {
    // Leave nothing open (PGlite holds its data folder) when start-up fails halfway.
    await database.close().catch(() => {})
    throw error
  }
}
