// Many rows at once, as one JSON value. PGlite hands every row and field to JavaScript separately
// (~10 µs a row: 5,000 claims cost ~50 ms before any work is done); json_agg builds the result in the
// database and JSON.parse reads it in one go (~2 ms). Same SQL on the PostgreSQL server, where it
// is no slower. For reads of thousands of small rows; the order of the rows is not kept.
import { sql, type RawBuilder } from 'kysely'
import type { Db, Tx } from './database.ts'

export async function jsonRijen<T>(db: Db | Tx, query: RawBuilder<unknown>): Promise<T[]> {
  const r = await sql<{ j: string }>`select coalesce(json_agg(x), '[]')::text as j from (${query}) x`.execute(db)
  return JSON.parse(r.rows[0]!.j) as T[]
}
