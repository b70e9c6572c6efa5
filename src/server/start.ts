// Starts Koers: opens (and on first start creates) the database, applies migrations, fills an empty
// installation with the demo organisation, and listens.
import { sql } from 'kysely'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import type { DemoAccount } from '../modules/demo/demo-accounts.ts'

// The HTTP app and its jobs load while the database opens: on a restart, opening PGlite (its
// WebAssembly compiles off the main thread) and evaluating the app's modules are most of the time to
// the first answer, and they overlap (issue 2: restart under 2 s). The demo seeders load only on a
// first start.
function laadApp() {
  return Promise.all([import('./app.ts'), import('../modules/notificatie/mailer.ts'), import('../modules/or/or-termijn-herinnering.ts')])
}

async function vulMetDemo(db: Awaited<ReturnType<typeof openDatabase>>['db'], config: Config) {
  const [{ seedDemo }, { seedDemoAccounts }, { seedDemoOpgaven }, { seedDemoOverleggen }, { seedDemoVoorstellen }] = await Promise.all([
    import('../modules/demo/seed-demo.ts'),
    import('../modules/demo/demo-accounts.ts'),
    import('../modules/demo/demo-opgaven.ts'),
    import('../modules/demo/demo-overleggen.ts'),
    import('../modules/demo/demo-voorstellen.ts'),
  ])
  const { organisatieId } = await seedDemo(db)
  // Demo accounts to log in with: a password chosen by whoever starts Koers, or a random one that
  // is shown once (and kept next to the embedded database); never one from the repository.
  const wachtwoord = config.demoWachtwoord ?? randomBytes(12).toString('base64url')
  const accounts: DemoAccount[] = await seedDemoAccounts(db, organisatieId, wachtwoord)
  await seedDemoOpgaven(db, organisatieId)
  await seedDemoOverleggen(db, organisatieId)
  await seedDemoVoorstellen(db, organisatieId, accounts)
  let bestand: string | null = null
  if (!config.databaseUrl) {
    bestand = path.join(config.dataDir, 'demo-accounts.txt')
    fs.writeFileSync(bestand, `Wachtwoord: ${wachtwoord}\n${accounts.map((a) => `${a.email}  (${a.persoonNaam}, ${a.eenheidNaam})`).join('\n')}\n`, { mode: 0o600 })
  }
  // Fresh statistics after the bulk load, so the planner does not guess (autovacuum would get
  // there eventually; the first requests should not wait for it).
  await sql`analyze`.execute(db)
  return { wachtwoord, accounts, bestand }
}

export async function startServer(config: Config, options: { seed?: boolean } = {}) {
  const modules = laadApp()
  modules.catch(() => {}) // a failure to open the database is the one to report; this one resurfaces below
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const applied = await migrate(database.db)
    const empty = !(await database.db.selectFrom('organisatie').select('id').limit(1).executeTakeFirst())
    const demo = empty && options.seed !== false ? await vulMetDemo(database.db, config) : null
    const [{ buildApp }, { startNotificatieMailer }, { startOrTermijnHerinneringen }] = await modules
    const app = await buildApp({ db: database.db, logLevel: config.logLevel, publiekeUrl: config.publiekeUrl })
    app.addHook('onClose', () => database.close())
    startNotificatieMailer(app, database.db, config) // onClose hooks run last-first: the mailer stops before the database closes
    startOrTermijnHerinneringen(app, database.db, { log: app.log }) // at start and every hour; stops before the database closes too
    await app.listen({ port: config.port, host: config.host })
    return { app, database, applied, seeded: demo !== null, demo }
  } catch (error) {
    // Leave nothing open (PGlite holds its data folder) when start-up fails halfway.
    await database.close().catch(() => {})
    throw error
  }
}
