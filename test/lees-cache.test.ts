// The process's read cache (src/db/lees-cache.ts, issue 2): a repeated read costs no statements, and
// no change is ever hidden by it: not this process's own writes, not a write hidden in a function
// call, not another connection's write (PostgreSQL), not while the listening connection is down.
import pg from 'pg'
import { sql } from 'kysely'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestApp } from './app.ts'
import { createFixtureOrganisatie, type Fixture } from './fixture-organisatie.ts'
import { account, headers, login } from './toegang-actoren.ts'
import { createApiToken } from '../src/modules/toegang/api-token.repository.ts'
import { CacheBewaking, LeesCache } from '../src/db/lees-cache.ts'
import { withDatabase } from './global-setup.ts'
import { vandaag } from '../src/server/api-schemas.ts'

const t = await createTestApp()
const bewaking = t.database.bewaking
let x: Fixture
let y: Fixture
const pad = () => `/api/v1/organisaties/${x.organisatieId}/eenheden/${x.eenheden.teamA}?peildatum=2026-01-01`

beforeAll(async () => {
  x = await createFixtureOrganisatie(t.db, 'Gemeente Cache X')
  y = await createFixtureOrganisatie(t.db, 'Gemeente Cache Y')
})

async function naam(): Promise<string> {
  const res = await t.app.inject(pad())
  expect(res.statusCode, res.body).toBe(200)
  return (res.json() as { naam: string }).naam
}

async function hernoem(nieuw: string) {
  await t.db.updateTable('eenheid_versie').set({ naam: nieuw }).where('eenheid_id', '=', x.eenheden.teamA).where('geldig_tot', 'is', null).execute()
}

/** Until the caches were emptied after `sinds` (a notice may arrive after the write returns). */
async function vergetenNa(sinds: number) {
  if (bewaking.generatie !== sinds) return
  await Promise.race([bewaking.volgendeVergeten(), new Promise((_, reject) => setTimeout(() => reject(new Error('geen melding binnen 5 s')), 5000))])
}

describe('a repeated read', () => {
  it('sends no statement to the database, for a token and for a session', async () => {
    await naam()
    await naam() // the first use of the token records laatst_gebruikt_op, which empties the caches once
    const voor = bewaking.statements
    expect(await naam()).toBe('Team A')
    expect(bewaking.statements).toBe(voor)

    await account(t.db, x.organisatieId, x.personen.tom, 'tom.cache@test.example')
    const sessie = await login(t.app, 'tom.cache@test.example')
    const lees = () => t.app.inject({ url: pad(), headers: headers(sessie) })
    expect((await lees()).statusCode).toBe(200)
    const daarna = bewaking.statements
    const res = await lees()
    expect(res.statusCode).toBe(200)
    // The session, the person's functies and rights, and the answer all come from memory.
    expect(bewaking.statements).toBe(daarna)
  })

  it('is still refused to an actor who may not read the organisatie', async () => {
    await naam()
    const { token } = await t.db.transaction().execute((tx) => createApiToken(tx, y.organisatieId, { naam: 'Y', handelingen: ['organisatie.lezen'] }, 'test'))
    const res = await t.app.inject({ url: pad(), headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(403)
  })
})

describe('a change', () => {
  it('made by this process shows in the next read', async () => {
    expect(await naam()).toBe('Team A')
    await hernoem('Team Anders')
    expect(await naam()).toBe('Team Anders')
    await t.db.transaction().execute(async (tx) => {
      await tx.updateTable('eenheid_versie').set({ naam: 'Team A' }).where('eenheid_id', '=', x.eenheden.teamA).where('geldig_tot', 'is', null).execute()
    })
    expect(await naam()).toBe('Team A')
  })

  it('hidden in a function call (SELECT) shows once the notice arrives', async () => {
    expect(await naam()).toBe('Team A')
    await sql`create or replace function test_hernoem(p uuid, n text) returns void language sql as $$ update eenheid_versie set naam = n where eenheid_id = p and geldig_tot is null $$`.execute(t.db)
    expect(await naam()).toBe('Team A')
    const sinds = bewaking.generatie
    await sql`select test_hernoem(${x.eenheden.teamA}::uuid, 'Team Verborgen')`.execute(t.db)
    await vergetenNa(sinds)
    expect(await naam()).toBe('Team Verborgen')
    await hernoem('Team A')
  })

  it('revoking a token or ending a session takes effect at once', async () => {
    const { token, token: { length } } = await t.db.transaction().execute((tx) => createApiToken(tx, x.organisatieId, { naam: 'intrekken', handelingen: ['organisatie.lezen'] }, 'test'))
    expect(length).toBeGreaterThan(20)
    const metToken = () => t.app.inject({ url: pad(), headers: { authorization: `Bearer ${token}` } })
    expect((await metToken()).statusCode).toBe(200)
    expect((await metToken()).statusCode).toBe(200)
    await t.db.updateTable('api_token').set({ ingetrokken_op: new Date() }).where('naam', '=', 'intrekken').execute()
    expect((await metToken()).statusCode).toBe(401)

    await account(t.db, x.organisatieId, x.personen.anna, 'anna.cache@test.example')
    const sessie = await login(t.app, 'anna.cache@test.example')
    const huidig = () => t.app.inject({ url: '/api/v1/sessies/huidig', headers: headers(sessie) })
    expect((await huidig()).statusCode).toBe(200)
    expect((await huidig()).statusCode).toBe(200)
    await t.db.updateTable('account').set({ actief: false }).where('email', '=', 'anna.cache@test.example').execute()
    expect((await huidig()).statusCode).toBe(401)
  })

  it('to a person\'s functies counts from the next request (rights are cached too)', async () => {
    await account(t.db, x.organisatieId, x.personen.bram, 'bram.cache@test.example')
    const sessie = await login(t.app, 'bram.cache@test.example')
    const lees = () => t.app.inject({ url: pad(), headers: headers(sessie) })
    expect((await lees()).statusCode).toBe(200)
    expect((await lees()).statusCode).toBe(200)
    await t.db.updateTable('bezetting').set({ geldig_tot: vandaag() }).where('persoon_id', '=', x.personen.bram).execute()
    expect((await lees()).statusCode).toBe(403)
  })
})

describe('expiry', () => {
  afterEach(() => vi.useRealTimers())

  it('of a cached token is checked on every use', async () => {
    const verloopt = new Date(Date.now() + 3_600_000)
    const { token } = await t.db.transaction().execute((tx) => createApiToken(tx, x.organisatieId, { naam: 'verloopt', handelingen: ['organisatie.lezen'], verlooptOp: verloopt.toISOString() }, 'test'))
    const metToken = () => t.app.inject({ url: pad(), headers: { authorization: `Bearer ${token}` } })
    expect((await metToken()).statusCode).toBe(200)
    expect((await metToken()).statusCode).toBe(200)
    vi.useFakeTimers({ toFake: ['Date'], now: verloopt.getTime() + 1000 })
    const voor = bewaking.statements
    expect((await metToken()).statusCode).toBe(401)
    expect(bewaking.statements).toBe(voor) // refused from memory: the cached row knew its expiry
  })
})

describe('the bookkeeping', () => {
  it('keeps no answer computed while something changed', async () => {
    const b = new CacheBewaking(true)
    const c = new LeesCache<string>(b, 2)
    const generatie = b.generatie
    b.vergeet()
    c.bewaar('a', 'oud', generatie)
    expect(c.lees('a')).toBeUndefined()
    c.bewaar('a', 'nieuw', b.generatie)
    expect(c.lees('a')).toBe('nieuw')
    b.zetActief(false)
    expect(c.lees('a')).toBeUndefined()
    c.bewaar('a', 'nieuw', b.generatie)
    expect(c.lees('a')).toBeUndefined()
  })

  it('holds at most its maximum, oldest out first', () => {
    const b = new CacheBewaking(true)
    const c = new LeesCache<number>(b, 2)
    c.bewaar('a', 1, b.generatie)
    c.bewaar('b', 2, b.generatie)
    c.bewaar('c', 3, b.generatie)
    expect([c.lees('a'), c.lees('b'), c.lees('c')]).toEqual([undefined, 2, 3])
  })
})

describe.runIf(t.database.kind === 'postgres')('another process on the same PostgreSQL server', () => {
  const url = async () => {
    const r = await sql<{ naam: string }>`select current_database() as naam`.execute(t.db)
    return withDatabase(process.env.TEST_DATABASE_URL!, r.rows[0]!.naam)
  }

  it('is heard: its write shows after its notice', async () => {
    const ander = new pg.Client({ connectionString: await url() })
    await ander.connect()
    try {
      expect(await naam()).toBe('Team A')
      const sinds = bewaking.generatie
      await ander.query(`update eenheid_versie set naam = 'Team Elders' where eenheid_id = $1 and geldig_tot is null`, [x.eenheden.teamA])
      await vergetenNa(sinds)
      expect(await naam()).toBe('Team Elders')
    } finally {
      await ander.query(`update eenheid_versie set naam = 'Team A' where eenheid_id = $1 and geldig_tot is null`, [x.eenheden.teamA])
      await ander.end()
    }
  })

  it('turns the cache off while the listening connection is down, and on when it is back', async () => {
    expect(await naam()).toBe('Team A')
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen koers_wijziging'`.execute(t.db)
    await vi.waitFor(() => expect(bewaking.actief).toBe(false), { timeout: 5000 })
    const voor = bewaking.statements
    await naam()
    expect(bewaking.statements).toBeGreaterThan(voor) // not from memory
    await vi.waitFor(() => expect(bewaking.actief).toBe(true), { timeout: 15000, interval: 100 })
    await naam()
    const daarna = bewaking.statements
    await naam()
    expect(bewaking.statements).toBe(daarna)
  })
})

if (t.database.kind !== 'postgres') {
  console.log('lees-cache.test: de tests met een tweede proces draaien alleen op een PostgreSQL-server (TEST_DATABASE_URL); PGlite kent één proces.')
}
