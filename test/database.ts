// Gives a test file its own database: a copy of the migrated demo database made in global-setup.
import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import { openDatabase, type Database } from '../src/db/database.ts'
import { withDatabase } from './global-setup.ts'

export async function createTestDatabase(): Promise<Database> {
  const spec = inject('testDatabase')
  let database: Database
  if (spec.kind === 'postgres') {
    const name = `koers_t_${spec.template.replace('koers_tpl_', '')}_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: spec.url })
    await admin.connect()
    await admin.query(`create database ${name} template ${spec.template}`)
    database = await openDatabase({ databaseUrl: withDatabase(spec.url, name), poolSize: 4 })
    afterAll(async () => {
      await database.close()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    })
  } else {
    const blob = new Blob([fs.readFileSync(spec.dumpPath)])
    database = await openDatabase({ loadDataDir: blob })
    afterAll(() => database.close())
  }
  return database
}
