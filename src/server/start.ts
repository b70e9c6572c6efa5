// Starts Koers: opens (and on first start creates) the database, applies migrations, fills an empty
// installation with the demo organisation, and listens.
import { sql } from 'kysely'
import type { Config } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import { seedDemo } from '../modules/demo/seed-demo.ts'
import { seedDemoAccounts, type DemoAccount } from '../modules/demo/demo-accounts.ts'
import { seedDemoOpgaven } from '../modules/demo/demo-opgaven.ts'
import { seedDemoOverleggen } from '../modules/demo/demo-overleggen.ts'
import { seedDemoVoorstellen } from '../modules/demo/demo-voorstellen.ts'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildApp } from './app.ts'
import { startNotificatieMailer } from '../modules/notificatie/mailer.ts'
import { startOrTermijnHerinneringen } from '../modules/or/or-termijn-herinnering.ts'

export async function startServer(config: Config, options: { seed?: boolean } = {}) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const applied = await migrate(database.db)
    const empty = !(await database.db.selectFrom('organisatie').select('id').limit(1).executeTakeFirst())
    let demo: { wachtwoord: string; accounts: DemoAccount[]; bestand: string | null } | null = null
    if (empty && options.seed !== false) {
      const { organisatieId } = await seedDemo(database.db)
      // Demo accounts to log in with: a password chosen by whoever starts Koers, or a random one that
      // is shown once (and kept next to the embedded database); never one from the repository.
      const wachtwoord = config.demoWachtwoord ?? randomBytes(12).toString('base64url')
      const accounts = await seedDemoAccounts(database.db, organisatieId, wachtwoord)
      await seedDemoOpgaven(database.db, organisatieId)
      await seedDemoOverleggen(database.db, organisatieId)
      await seedDemoVoorstellen(database.db, organisatieId, accounts)
      let bestand: string | null = null
      if (!config.databaseUrl) {
        bestand = path.join(config.dataDir, 'demo-accounts.txt')
        fs.writeFileSync(bestand, `Wachtwoord: ${wachtwoord}\n${accounts.map((a) => `${a.email}  (${a.persoonNaam}, ${a.eenheidNaam})`).join('\n')}\n`, { mode: 0o600 })
      }
      demo = { wachtwoord, accounts, bestand }
      // Fresh statistics after the bulk load, so the planner does not guess (autovacuum would get
      // there eventually; the first requests should not wait for it).
      await sql`analyze`.execute(database.db)
    }
    const app = await buildApp({ db: database.db, logLevel: config.logLevel, publiekeUrl: config.publiekeUrl })
    app.addHook('onClose', () => database.close())
    startNotificatieMailer(app, database.db, config) // onClose hooks run last-first: the mailer stops before the database closes
    startOrTermijnHerinneringen(app, database.db, { log: app.log }) // at start and every hour; stops before the database closes too
    await app.listen({ port: config.port, host: config.host })
    return { app, database, applied, seeded: empty && options.seed !== false, demo }
  } catch (error) {
    // Leave nothing open (PGlite holds its data folder) when start-up fails halfway.
    await database.close().catch(() => {})
    throw error
  }
}
