// Builds the test database once per run: migrated and filled with the demo organisation. Every test
// file then starts from its own copy (a PostgreSQL TEMPLATE database, or a PGlite data-dir dump), so
// files are isolated without paying for migrations and the demo seed each time.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../src/db/database.ts'
import { migrate } from '../src/db/migrate.ts'
import { seedDemo } from '../src/modules/demo/seed-demo.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'postgres'; url: string; template: string } | { kind: 'pglite'; dumpPath: string }
  }
}

// The tests read the public data and standards (ROO export, TOOI, the API Design Rules ruleset) from
// the shared folder next to the repository. Without it, say so once, before any test runs, instead
// of failing several test files each with its own message.
const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared')

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(SHARED, 'standards', 'nl-api-design-rules', 'linter.yaml'))) {
    throw new Error(`De tests hebben de map shared naast de repository nodig (${SHARED}): de ROO-export, de standaarden en de API Design Rules. Clone Koers naast shared, zodat ../shared bestaat.`)
  }
  const url = process.env.TEST_DATABASE_URL?.trim()
  if (url) {
    const template = `koers_tpl_${process.pid}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`drop database if exists ${template}`)
    await admin.query(`create database ${template}`)
    const tplUrl = withDatabase(url, template)
    const database = await openDatabase({ databaseUrl: tplUrl, poolSize: 2 })
    await migrate(database.db)
    await seedDemo(database.db)
    await database.close()
    project.provide('testDatabase', { kind: 'postgres', url, template })
    console.log(`Testdatabase: PostgreSQL (${redact(url)}), sjabloon ${template}`)
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'koers_t_${process.pid}_%' or datname = $1`,
        [template],
      )
      for (const row of leftovers.rows) await admin.query(`drop database if exists ${row.datname} with (force)`)
      await admin.end()
    }
  }
  const database = await openDatabase({})
  await migrate(database.db)
  await seedDemo(database.db)
  const dump = await database.pglite!.dumpDataDir('none')
  const dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'koers-test-')), 'template.tar')
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()))
  await database.close()
  project.provide('testDatabase', { kind: 'pglite', dumpPath })
  console.log('Testdatabase: ingebed (PGlite)')
  return () => fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true })
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

function redact(url: string): string {
  const u = new URL(url)
  if (u.password) u.password = '***'
  return u.toString()
}
