// One PostgreSQL dialect everywhere: embedded PGlite by default, a PostgreSQL server when a URL is
// given. Both are reached through node-postgres (pg) and Kysely, so the same SQL, the same type
// parsers and the same transaction code run on both.
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely, PostgresDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { DB } from './schema.ts'
import { CacheBewaking, bewaaktePool, luisterOpPglite, luisterOpServer } from './lees-cache.ts'

// date → 'YYYY-MM-DD' (no time zone games), numeric → number (FTE, schaal), int8 → number.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v))
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

export type Db = Kysely<DB>
export type Tx = Transaction<DB>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Set when embedded: the PGlite instance (for dumps in tests). */
  pglite?: PGlite
  /** When the process's read caches must forget (src/db/lees-cache.ts). */
  bewaking: CacheBewaking
  close(): Promise<void>
}

const bewakingen = new WeakMap<Db, CacheBewaking>()

/** The cache bookkeeping of a database opened by openDatabase; undefined for a transaction or connection. */
export function bewakingVan(db: Db): CacheBewaking | undefined {
  return bewakingen.get(db)
}

/** `bereken()` through the named read cache of the database (at most `max` entries), or directly when it has none. */
export function uitCache<T>(db: Db, naam: string, sleutel: string, bereken: () => Promise<T>, max?: number): Promise<T> {
  const cache = bewakingen.get(db)?.cache<T>(naam, max)
  return cache ? cache.haal(sleutel, bereken) : bereken()
}

export interface OpenOptions {
  databaseUrl?: string | undefined
  /** Folder for PGlite; undefined = in memory. */
  dataDir?: string | undefined
  /** A PGlite data dir dump to start from (tests). */
  loadDataDir?: Blob | undefined
  poolSize?: number
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    // An idle connection the server closes (a restart, an administrator) is dropped from the pool and
    // replaced on next use; unhandled, pg's 'error' event would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL-verbinding verbroken: ${error.message}`))
    // Fail at start, with the server's message, rather than at the first request.
    const client = await pool.connect()
    client.release()
    const bewaking = new CacheBewaking(false)
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: bewaaktePool(pool, bewaking) }) })
    bewakingen.set(db, bewaking)
    const stopLuisteren = await luisterOpServer(options.databaseUrl, bewaking)
    return {
      db,
      kind: 'postgres',
      bewaking,
      close: async () => {
        await stopLuisteren()
        await db.destroy()
      },
    }
  }
  let dataDir: string | undefined
  if (options.dataDir) {
    dataDir = path.join(options.dataDir, 'pglite')
    fs.mkdirSync(dataDir, { recursive: true })
  }
  const pglite = await PGlite.create(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {})
  // PGlite serves one connection; the pool queues queries and transactions on it.
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig)
  const bewaking = new CacheBewaking(true)
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: bewaaktePool(pool, bewaking) }) })
  bewakingen.set(db, bewaking)
  const stopLuisteren = await luisterOpPglite(pglite, bewaking)
  return {
    db,
    kind: 'pglite',
    pglite,
    bewaking,
    close: async () => {
      await stopLuisteren()
      await db.destroy()
      await pglite.close()
    },
  }
}

/** Every write runs in one transaction: all of it lands, or nothing does. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work)
}
