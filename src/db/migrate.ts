// Numbered, forward-only SQL migrations from src/db/migrations, applied at start. Each file runs in
// its own transaction together with its row in schema_migratie, so a failed migration leaves nothing.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import type { Db } from './database.ts'
import { projectPad } from '../projectmap.ts'

const MIGRATIONS_DIR = projectPad('src', 'db', 'migrations')

export interface Migration {
  nummer: number
  naam: string
  sql: string
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
  const migrations = files.map((file) => {
    const match = /^(\d{4})_([a-z0-9_-]+)\.sql$/.exec(file)
    if (!match) throw new Error(`Migratiebestand heeft geen geldige naam (NNNN_naam.sql): ${file}`)
    return { nummer: Number(match[1]), naam: match[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') }
  })
  migrations.forEach((m, i) => {
    if (m.nummer !== i + 1) throw new Error(`Migraties moeten doorlopend genummerd zijn: ${m.nummer} op plaats ${i + 1}`)
  })
  return migrations
}

/** Applies the migrations not yet applied; returns the names of those applied now. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`create table if not exists schema_migratie (
    nummer integer primary key,
    naam text not null,
    toegepast_op timestamptz not null default now()
  )`.execute(db)
  const done = await sql<{ nummer: number; naam: string }>`select nummer, naam from schema_migratie`.execute(db)
  const applied = new Map(done.rows.map((r) => [r.nummer, r.naam]))
  const now: string[] = []
  for (const m of readMigrations()) {
    const known = applied.get(m.nummer)
    if (known !== undefined) {
      if (known !== m.naam) throw new Error(`Migratie ${m.nummer} heet in de database "${known}" maar in de code "${m.naam}"`)
      continue
    }
    await db.transaction().execute(async (tx) => {
      await sql.raw(m.sql).execute(tx)
      await sql`insert into schema_migratie (nummer, naam) values (${m.nummer}, ${m.naam})`.execute(tx)
    })
    now.push(`${String(m.nummer).padStart(4, '0')}_${m.naam}`)
  }
  return now
}
