// A read cache in the server process, and knowing when to forget it (issue 2: API throughput).
//
// Reading one eenheid cost four round trips to PostgreSQL (token, role, query, reset); a cached answer
// costs none. The rule that keeps it correct is simple: every cache is emptied whenever anything may
// have changed, and an answer computed while something changed is not kept.
// - Writes by this process: the pool below watches each statement's command tag. A write outside a
//   transaction empties the caches when it completes; a transaction that wrote empties them when its
//   COMMIT completes. A reader that started before that moment does not store what it read.
// - Writes by other processes (the CLI, a second server on the same PostgreSQL): triggers send
//   NOTIFY koers_wijziging after commit (migration 0009); a dedicated connection listens. While that
//   connection is down, the caches are off, so nothing is served that might have changed unseen.
//   PGlite has one process by construction (the data folder is locked), and it delivers the notices
//   synchronously at commit, so it listens too, to catch a write hidden in a function call.
// What may be cached is an answer that follows from the request and the database alone (not from the
// time of day unless that is part of the key).
import pg from 'pg'
import type { PGlite } from '@electric-sql/pglite'
import type { PostgresPool, PostgresPoolClient } from 'kysely'

export const KANAAL = 'koers_wijziging'

export class CacheBewaking {
  /** Raised every time the caches are emptied. */
  generatie = 0
  /** False while a change could go unseen (the listening connection is down). */
  actief: boolean
  /** Statements this process sent to the database: tests prove a cached read sends none. */
  statements = 0
  private readonly caches = new Map<string, LeesCache<unknown>>()
  private readonly wachtenden = new Set<() => void>()

  constructor(actief: boolean) {
    this.actief = actief
  }

  /** Something may have changed: forget everything. */
  vergeet() {
    this.generatie++
    for (const c of this.caches.values()) c.leeg()
    for (const w of this.wachtenden) w()
    this.wachtenden.clear()
  }

  zetActief(actief: boolean) {
    this.actief = actief
    this.vergeet()
  }

  /** The named cache (created on first use) holding at most `max` entries, oldest out first. */
  cache<T>(naam: string, max = 10_000): LeesCache<T> {
    let c = this.caches.get(naam)
    if (!c) {
      c = new LeesCache<unknown>(this, max)
      this.caches.set(naam, c)
    }
    return c as LeesCache<T>
  }

  /** Resolves at the next forgetting (tests waiting for another process's notice). */
  volgendeVergeten(): Promise<void> {
    return new Promise((resolve) => this.wachtenden.add(resolve))
  }
}

export class LeesCache<T> {
  private readonly items = new Map<string, T>()
  constructor(private readonly bewaking: CacheBewaking, private readonly max: number) {}

  lees(sleutel: string): T | undefined {
    if (!this.bewaking.actief) return undefined
    return this.items.get(sleutel)
  }

  /** Keeps the value only if nothing was forgotten since `generatie` was read, before computing it. */
  bewaar(sleutel: string, waarde: T, generatie: number) {
    if (!this.bewaking.actief || generatie !== this.bewaking.generatie) return
    if (this.items.size >= this.max) this.items.delete(this.items.keys().next().value as string)
    this.items.set(sleutel, waarde)
  }

  /** The cached value, or computes it; null and undefined (nothing found) are not kept, so unknown
   *  keys cannot crowd out known ones. */
  async haal(sleutel: string, bereken: () => Promise<T>): Promise<T> {
    const bekend = this.lees(sleutel)
    if (bekend !== undefined) return bekend
    const generatie = this.bewaking.generatie
    const waarde = await bereken()
    if (waarde !== null && waarde !== undefined) this.bewaar(sleutel, waarde, generatie)
    return waarde
  }

  leeg() {
    this.items.clear()
  }
}

// Command tags that change nothing; every other tag (INSERT, UPDATE, DELETE, MERGE, COPY, TRUNCATE,
// CREATE…, ALTER…, CALL, DO) counts as a write.
const LEZEND = new Set(['SELECT', 'BEGIN', 'START', 'SAVEPOINT', 'RELEASE', 'SET', 'SHOW', 'RESET', 'LISTEN', 'UNLISTEN', 'EXPLAIN', 'PREPARE', 'DEALLOCATE', 'DISCARD', 'FETCH', 'DECLARE', 'CLOSE', 'MOVE'])

/** The pool Kysely uses, with every client watched as described at the top. */
export function bewaaktePool(pool: pg.Pool, bewaking: CacheBewaking): PostgresPool {
  const bewaakt = new WeakMap<pg.PoolClient, PostgresPoolClient>()
  const omhul = (client: pg.PoolClient): PostgresPoolClient => {
    let schreef = false // this client wrote in its open transaction
    const query = (sqlOfCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
      if (typeof sqlOfCursor !== 'string') return client.query(sqlOfCursor as never) // a cursor (streaming reads)
      bewaking.statements++
      return client.query(sqlOfCursor, parameters as unknown[]).then((result) => {
        const tag = (result as { command?: string }).command ?? ''
        if (tag === 'COMMIT') {
          if (schreef) bewaking.vergeet()
          schreef = false
        } else if (tag === 'ROLLBACK') {
          if (!/^\s*rollback\s+to\b/i.test(sqlOfCursor)) schreef = false
        } else if (!LEZEND.has(tag)) {
          schreef = true
          bewaking.vergeet()
        }
        return result
      })
    }
    return { query: query as unknown as PostgresPoolClient['query'], release: () => client.release() }
  }
  return {
    async connect() {
      const client = await pool.connect()
      let c = bewaakt.get(client)
      if (!c) {
        c = omhul(client)
        bewaakt.set(client, c)
      }
      return c
    },
    end: () => pool.end(),
  }
}

/** PostgreSQL server: a dedicated connection listening for other processes' writes, reconnecting when lost. */
export async function luisterOpServer(connectionString: string, bewaking: CacheBewaking): Promise<() => Promise<void>> {
  let client: pg.Client | null = null
  let gestopt = false
  let timer: NodeJS.Timeout | null = null
  let wacht = 250
  const verbind = async () => {
    timer = null
    const c = new pg.Client({ connectionString })
    c.on('notification', () => bewaking.vergeet())
    c.on('error', () => {}) // 'end' follows and handles it
    c.on('end', () => {
      if (client !== c) return
      client = null
      bewaking.zetActief(false)
      if (!gestopt) plan()
    })
    try {
      await c.connect()
      await c.query(`listen ${KANAAL}`)
    } catch {
      await c.end().catch(() => {})
      if (!gestopt) plan()
      return
    }
    if (gestopt) return void (await c.end().catch(() => {}))
    client = c
    wacht = 250
    bewaking.zetActief(true) // empties the caches: changes while disconnected went unseen
  }
  const plan = () => {
    timer = setTimeout(() => void verbind(), wacht)
    timer.unref()
    wacht = Math.min(wacht * 2, 10_000)
  }
  await verbind()
  return async () => {
    gestopt = true
    if (timer) clearTimeout(timer)
    const c = client
    client = null
    bewaking.actief = false
    await c?.end().catch(() => {})
  }
}

/** PGlite: notices arrive synchronously when the writing statement or transaction completes. */
export async function luisterOpPglite(pglite: PGlite, bewaking: CacheBewaking): Promise<() => Promise<void>> {
  const stop = await pglite.listen(KANAAL, () => bewaking.vergeet())
  return async () => {
    bewaking.actief = false
    await stop()
  }
}
