// Login, sessions, CSRF, tokens and the loco (issue 4), through the HTTP API as a client sees it.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, WACHTWOORD } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { createApiToken } from './api-token.repository.ts'
import { MAX_POGINGEN } from './inloggen.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let y: Fixture
let ip = 0
const inloggen = (email: string, wachtwoord: string, remoteAddress = `10.1.0.${++ip % 250}`) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord }, remoteAddress })

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Inlog')
  y = await createFixtureOrganisatie(t.db, 'Gemeente Elders')
  await account(t.db, fx.organisatieId, fx.personen.tom, 'tom@inlog.example')
  await account(t.db, fx.organisatieId, fx.personen.anna, 'anna@inlog.example')
  await account(t.db, fx.organisatieId, fx.personen.frits, 'frits@inlog.example')
})

describe('logging in', () => {
  it('stores an argon2id hash, and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const a = await t.db.selectFrom('account').select('wachtwoord_hash').where('email', '=', 'tom@inlog.example').executeTakeFirstOrThrow()
    expect(a.wachtwoord_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    const res = await inloggen('Tom@Inlog.example', WACHTWOORD)
    expect(res.statusCode).toBe(201)
    const cookie = res.cookies.find((c) => c.name === 'koers_sessie')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(res.json().functies.map((f: { naam: string }) => f.naam)).toEqual(['Teammanager A'])
    expect(res.json().rechten).toContainEqual({ handeling: 'bezetting.beheren', scope: 'eigen_eenheid', eenheidId: fx.eenheden.teamA, grond: 'bezetting' })
  })

  it('answers an unknown address exactly like a wrong password, and locks both alike', async () => {
    const fout = await inloggen('anna@inlog.example', 'verkeerd-wachtwoord')
    const onbekend = await inloggen('niemand@inlog.example', 'verkeerd-wachtwoord')
    expect(fout.statusCode).toBe(401)
    expect(onbekend.statusCode).toBe(401)
    expect(onbekend.body.replace(/"instance":"[^"]*"/, '')).toBe(fout.body.replace(/"instance":"[^"]*"/, ''))
    for (let i = 1; i < MAX_POGINGEN; i++) {
      await inloggen('anna@inlog.example', 'verkeerd-wachtwoord')
      await inloggen('niemand@inlog.example', 'verkeerd-wachtwoord')
    }
    // Locked: now even the right password is refused, with the same answer.
    const geblokkeerd = await inloggen('anna@inlog.example', WACHTWOORD)
    expect(geblokkeerd.statusCode).toBe(401)
    expect(geblokkeerd.json().detail).toBe(fout.json().detail)
    const rijen = await t.db.selectFrom('inlogpoging').select(['geblokkeerd_tot']).execute()
    expect(rijen.filter((r) => r.geblokkeerd_tot !== null && r.geblokkeerd_tot > new Date())).toHaveLength(2)
  })

  it('slows down many attempts from one IP address with 429 and Retry-After', async () => {
    const antwoorden = []
    for (let i = 0; i < 11; i++) antwoorden.push(await inloggen(`iemand${i}@inlog.example`, 'fout-fout-fout', '10.9.9.9'))
    expect(antwoorden.slice(0, 10).map((r) => r.statusCode)).toEqual(Array(10).fill(401))
    expect(antwoorden[10]!.statusCode).toBe(429)
    expect(Number(antwoorden[10]!.headers['retry-after'])).toBeGreaterThan(0)
  })
})

describe('a session', () => {
  it('needs the CSRF token for writes, and ends at logout', async () => {
    const s = await login(t.app, 'tom@inlog.example')
    const body = { persoonId: fx.personen.bram, functieId: fx.functies.a3, fte: 0.2, dienstverband: 'tijdelijk', geldigVan: '2026-03-01' }
    const zonder = await t.app.inject({ method: 'POST', url: `/api/v1/organisaties/${fx.organisatieId}/bezettingen`, headers: { cookie: s.cookie }, payload: body })
    expect(zonder.statusCode).toBe(403)
    expect(zonder.json().detail).toContain('CSRF')
    const fout = await t.app.inject({ method: 'POST', url: `/api/v1/organisaties/${fx.organisatieId}/bezettingen`, headers: { cookie: s.cookie, 'x-csrf-token': 'geraden' }, payload: body })
    expect(fout.statusCode).toBe(403)
    const met = await t.app.inject({ method: 'POST', url: `/api/v1/organisaties/${fx.organisatieId}/bezettingen`, headers: headers(s), payload: body })
    expect(met.statusCode).toBe(201)
    // The audit trail names the account.
    const ev = await t.db.selectFrom('audit_event').select('actor').where('object_id', '=', met.json().id).executeTakeFirstOrThrow()
    expect(ev.actor).toMatch(/^account:/)

    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidig', headers: headers(s) })).statusCode).toBe(204)
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/boom`, headers: headers(s) })).statusCode).toBe(401)
  })

  it('gives a loco the mandates only while the bezetting says so', async () => {
    const s = await login(t.app, 'frits@inlog.example')
    const vaststellen = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/toegestane-handelingen`, headers: headers(s) })).json().handelingen as string[]
    expect(await vaststellen()).toContain('wijziging.vaststellen')
    // The loco bezetting ends (yesterday or earlier): the gemeentesecretaris's mandates go with it.
    await t.db.updateTable('bezetting').set({ geldig_tot: '2025-01-01' }).where('persoon_id', '=', fx.personen.frits).where('vervanging', '=', 'loco').execute()
    expect(await vaststellen()).not.toContain('wijziging.vaststellen')
    expect(await vaststellen()).toContain('organisatie.lezen')
  })
})

describe('API tokens of machine clients', () => {
  it('act only within their handelingen and organisatie, and stop working when revoked', async () => {
    const { token, rij } = await t.db.transaction().execute((tx) => createApiToken(tx, fx.organisatieId, { naam: 'Datawarehouse', handelingen: ['organisatie.lezen'] }, 'test'))
    const auth = { authorization: `Bearer ${token}` }
    const stored = await t.db.selectFrom('api_token').select('token_hash').where('id', '=', rij.id).executeTakeFirstOrThrow()
    expect(stored.token_hash).not.toContain(token.slice(6))
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/boom`, headers: auth })).statusCode).toBe(200)
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/organisaties/${fx.organisatieId}/huisstijl`, headers: auth, payload: { tokens: {} } })).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${y.organisatieId}/boom`, headers: auth })).statusCode).toBe(403)
    // No CSRF for bearer tokens: they are not sent by browsers on their own.
    await t.db.updateTable('api_token').set({ ingetrokken_op: new Date() }).where('id', '=', rij.id).execute()
    const ingetrokken = await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/boom`, headers: auth })
    expect(ingetrokken.statusCode).toBe(401)
    expect(ingetrokken.headers['content-type']).toContain('application/problem+json')
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/boom`, headers: { authorization: 'Bearer koers_geraden-en-niet-bestaand-123' } })).statusCode).toBe(401)
  })
})
