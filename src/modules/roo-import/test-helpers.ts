// Helpers for the ROO import tests: variants of the real files in a temp folder (the shared files
// are never edited) and a dump of every table to prove that a re-run changes no row.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'kysely'
import { afterAll } from 'vitest'
import type { Db } from '../../db/database.ts'

/** Relative to the repository root, where vitest runs. */
export const ROO_GEMEENTEN_CSV = '../shared/data/roo/roo-export-gemeenten.csv'
export const ROO_MEDEWERKERS_CSV = '../shared/data/roo/roo-export-medewerkers-sample.csv'

export interface Csv {
  header: string[]
  rijen: string[][]
}

export function leesCsv(csvPath: string): Csv {
  const [header, ...rijen] = parse(fs.readFileSync(csvPath), { delimiter: ';', bom: true }) as string[][]
  return { header: header!, rijen }
}

/** Writes a CSV the way ROO does (every field quoted, ';'-separated) into a temp folder removed after the file's tests. */
export function schrijfCsv(naam: string, csv: Csv): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-roo-'))
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }))
  const regel = (velden: string[]) => velden.map((v) => `"${v.replaceAll('"', '""')}"`).join(';')
  const bestand = path.join(map, naam)
  fs.writeFileSync(bestand, [csv.header, ...csv.rijen].map(regel).join('\r\n') + '\r\n')
  return bestand
}

/** Every row of every table, in a stable order: two equal dumps mean nothing was written. */
export async function dumpTabellen(db: Db): Promise<Record<string, unknown[]>> {
  const tabellen = await sql<{ naam: string }>`
    select table_name as naam from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db)
  const dump: Record<string, unknown[]> = {}
  for (const { naam } of tabellen.rows) {
    const rijen = await sql<{ rij: string }>`select t::text as rij from ${sql.table(naam)} as t order by 1`.execute(db)
    dump[naam] = rijen.rows.map((r) => r.rij)
  }
  return dump
}
