// Login through OpenID Connect against a real OpenID provider (oidc-provider, started here on
// 127.0.0.1), driven like a browser: Koers start → the provider's authorize endpoint → its dev
// login and consent forms → back to Koers's callback. Koers itself is reached through app.inject;
// the provider over real HTTP (Koers's discovery, token and UserInfo requests go to it too).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error oidc-provider (a dev dependency, used only here) ships no type declarations.
import Provider from 'oidc-provider'
import { createTestApp, volmachtToken } from '../../../test/app.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { SESSIE_COOKIE } from './sessie.ts'
import { vergeetProviders } from './oidc.ts'

const KOERS = 'http://localhost:3000' // buildApp's default publiekeUrl
const CALLBACK = `${KOERS}/auth/oidc/callback`
const CODE = 'gm9871'
const CLIENT_ID = 'koers-test'
const CLIENT_SECRET = 'een-geheim-van-minstens-tweeendertig-tekens-lang'

/** What the provider knows about its users; any other login gets an address Koers does not know. */
const gebruikers = new Map<string, { email: string; email_verified: boolean }>([
  ['tom-sub-1', { email: 'Tom.Bakker@test.example', email_verified: true }],
  ['anna-sub-1', { email: 'anna.jansen@test.example', email_verified: false }],
])

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let server: http.Server
let issuer: string
let beheerder: string
let tomAccount: string

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'OIDC-gemeente')
  await t.db.updateTable('organisatie').set({ organisatiecode: CODE }).where('id', '=', fx.organisatieId).execute()
  tomAccount = (await t.db.insertInto('account').values({ organisatie_id: fx.organisatieId, persoon_id: fx.personen.tom, email: 'tom.bakker@test.example' }).returning('id').executeTakeFirstOrThrow()).id
  await t.db.insertInto('account').values({ organisatie_id: fx.organisatieId, persoon_id: fx.personen.anna, email: 'anna.jansen@test.example' }).execute()
  beheerder = `Bearer ${await volmachtToken(t.db, fx.organisatieId)}`

  server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['koers-oidc-test-sleutel'] },
    async findAccount(_ctx: unknown, sub: string) {
      const g = gebruikers.get(sub) ?? { email: `${sub}@onbekend.example`, email_verified: true }
      return { accountId: sub, claims: () => ({ sub, ...g }) }
    },
  })
  server.on('request', provider.callback())
})

afterAll(async () => {
  vergeetProviders()
  await new Promise((resolve) => server?.close(resolve))
})

/** A browser's cookies for the provider (one host, so names are enough). */
class CookieJar {
  private readonly cookies = new Map<string, string>()
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
  bewaar(response: Response) {
    for (const regel of response.headers.getSetCookie()) {
      const [paar] = regel.split(';')
      const i = paar!.indexOf('=')
      const naam = paar!.slice(0, i).trim()
      const waarde = paar!.slice(i + 1).trim()
      const verlopen = /expires=Thu, 01 Jan 1970/i.test(regel) || /max-age=0/i.test(regel)
      if (!waarde || verlopen) this.cookies.delete(naam)
      else this.cookies.set(naam, waarde)
    }
  }
}

const ontsnap = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&quot;/g, '"').replace(/&#39;/g, "'")

/**
 * Logs in as `login` at the provider, starting at Koers's start route; returns Koers's answer to the
 * callback and the callback URL. `onderschep` may change the callback URL before Koers sees it.
 */
async function logIn(login: string, opties: { terugNaar?: string; onderschep?: (url: URL) => URL } = {}) {
  const { callback } = await naarCallback(login, opties)
  const url = opties.onderschep ? opties.onderschep(new URL(callback)) : callback
  const antwoord = await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` })
  return { antwoord, callback: url }
}

/** The browser's way up to (not into) Koers's callback: the URL the provider redirects to. */
async function naarCallback(login: string, opties: { terugNaar?: string } = {}) {
  const zoek = opties.terugNaar !== undefined ? `?terugNaar=${encodeURIComponent(opties.terugNaar)}` : ''
  const start = await t.app.inject({ method: 'GET', url: `/auth/oidc/${CODE}/start${zoek}` })
  expect(start.statusCode).toBe(302)
  let locatie = String(start.headers.location)
  expect(locatie.startsWith(`${issuer}/`), locatie).toBe(true)
  const jar = new CookieJar()
  let verzoek: RequestInit = { method: 'GET' }
  for (let stap = 0; stap < 20; stap++) {
    if (locatie.startsWith(CALLBACK)) return { callback: new URL(locatie) }
    const res = await fetch(locatie, { ...verzoek, redirect: 'manual', headers: { ...(verzoek.headers as Record<string, string>), cookie: jar.header() } })
    jar.bewaar(res)
    verzoek = { method: 'GET' }
    if (res.status >= 300 && res.status < 400) {
      locatie = new URL(res.headers.get('location')!, locatie).href
      continue
    }
    const html = await res.text()
    expect(res.status, html).toBe(200)
    // The dev interactions: a login form (any password) or a consent form, both with hidden "prompt".
    const actie = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)
    expect(actie, html).not.toBeNull()
    const velden = new URLSearchParams()
    for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) velden.set(m[1]!, ontsnap(m[2]!))
    if (velden.get('prompt') === 'login') {
      velden.set('login', login)
      velden.set('password', 'wat-dan-ook')
    }
    locatie = new URL(ontsnap(actie![1]!), locatie).href
    verzoek = { method: 'POST', body: velden.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }
  }
  throw new Error('te veel stappen zonder terug te komen bij Koers')
}

function sessieCookie(antwoord: Awaited<ReturnType<typeof logIn>>['antwoord']) {
  return antwoord.cookies.find((c) => c.name === SESSIE_COOKIE)
}

describe('the OpenID Connect configuration (API)', () => {
  const pad = () => `/api/v1/organisaties/${fx.organisatieId}/oidc-configuratie`

  it('is absent at first', async () => {
    const res = await t.app.inject({ method: 'GET', url: pad(), headers: { authorization: beheerder } })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses an issuer over plain http elsewhere than on this machine', async () => {
    const res = await t.app.inject({ method: 'PUT', url: pad(), headers: { authorization: beheerder }, payload: { issuer: 'http://login.example.org', clientId: CLIENT_ID } })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['issuer'])
  })

  it('refuses a scope without openid', async () => {
    const res = await t.app.inject({ method: 'PUT', url: pad(), headers: { authorization: beheerder }, payload: { issuer, clientId: CLIENT_ID, scope: 'email profile' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['scope'])
  })

  it('is set by a beheerder, audited, and never gives the secret back', async () => {
    const res = await t.app.inject({
      method: 'PUT', url: pad(), headers: { authorization: beheerder },
      payload: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scope: 'openid email', weergavenaam: 'Inloggen met het testaccount', actief: true },
    })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ organisatieId: fx.organisatieId, issuer, clientId: CLIENT_ID, clientSecretIngesteld: true, scope: 'openid email', actief: true })
    expect(res.body).not.toContain(CLIENT_SECRET)
    // Without clientSecret the secret that is set stays.
    const opnieuw = await t.app.inject({ method: 'PUT', url: pad(), headers: { authorization: beheerder }, payload: { issuer, clientId: CLIENT_ID, scope: 'openid email' } })
    expect(opnieuw.json()).toMatchObject({ clientSecretIngesteld: true, weergavenaam: 'Inloggen met uw organisatieaccount' })
    const gelezen = await t.app.inject({ method: 'GET', url: pad(), headers: { authorization: beheerder } })
    expect(gelezen.json()).toMatchObject({ clientSecretIngesteld: true, issuer })
    expect(gelezen.body).not.toContain(CLIENT_SECRET)
    const audit = await t.db.selectFrom('audit_event').select(['voor', 'na']).where('handeling', '=', 'oidc_configuratie.wijzigen').where('object_id', '=', fx.organisatieId).execute()
    expect(audit).toHaveLength(2)
    expect(JSON.stringify(audit)).not.toContain(CLIENT_SECRET)
  })

  it('is refused to anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: pad() })
    expect(res.statusCode).toBe(401)
  })
})

describe('login through OpenID Connect', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/auth/oidc/${CODE}/start?terugNaar=/app/organisatie` })
    expect(start.statusCode).toBe(302)
    const url = new URL(String(start.headers.location))
    expect(url.origin).toBe(issuer)
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: CLIENT_ID, redirect_uri: CALLBACK, response_type: 'code', scope: 'openid email', code_challenge_method: 'S256' })
    for (const p of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(p)).toMatch(/^[A-Za-z0-9_-]{32,}$/)
    const poging = await t.db.selectFrom('oidc_poging').selectAll().where('state', '=', url.searchParams.get('state')!).executeTakeFirstOrThrow()
    expect(poging).toMatchObject({ organisatie_id: fx.organisatieId, terug_naar: '/app/organisatie', gebruikt_op: null })
    // RFC 7636 §4.1: the verifier stays with Koers; only its challenge travelled.
    expect(url.href).not.toContain(poging.code_verifier)
    const minuten = (poging.verloopt_op.getTime() - Date.now()) / 60_000
    expect(minuten).toBeGreaterThan(9)
    expect(minuten).toBeLessThanOrEqual(10)
  })

  let replay: URL
  it('logs in an account found by its e-mail address, stores the sub and starts a session', async () => {
    const { antwoord, callback } = await logIn('tom-sub-1', { terugNaar: '/app/organisatie?peildatum=2024-01-01' })
    replay = callback
    expect(antwoord.statusCode).toBe(302)
    expect(antwoord.headers.location).toBe('/app/organisatie?peildatum=2024-01-01')
    const cookie = sessieCookie(antwoord)
    expect(cookie).toBeDefined()
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie!.secure).toBeFalsy() // the request came over http
    expect(String(antwoord.headers['set-cookie'])).toMatch(/HttpOnly/)
    expect(String(antwoord.headers['set-cookie'])).toMatch(/SameSite=Lax/)

    const boom = await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/boom`, cookies: { [SESSIE_COOKIE]: cookie!.value } })
    expect(boom.statusCode, boom.body).toBe(200)

    const account = await t.db.selectFrom('account').select(['oidc_subject', 'laatst_ingelogd_op']).where('id', '=', tomAccount).executeTakeFirstOrThrow()
    expect(account.oidc_subject).toBe('tom-sub-1')
    expect(account.laatst_ingelogd_op).not.toBeNull()
    const sessie = await t.db.selectFrom('sessie').select('methode').where('account_id', '=', tomAccount).executeTakeFirstOrThrow()
    expect(sessie.methode).toBe('oidc')
    const audit = await t.db.selectFrom('audit_event').select(['actor', 'na']).where('handeling', '=', 'account.oidc_koppelen').where('object_id', '=', tomAccount).execute()
    expect(audit).toEqual([{ actor: `account:${tomAccount}`, na: { oidcSubject: 'tom-sub-1' } }])

    // A session that only reads the organisatie may not manage its login method.
    const beheer = await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${fx.organisatieId}/oidc-configuratie`, cookies: { [SESSIE_COOKIE]: cookie!.value } })
    expect(beheer.statusCode).toBe(403)
  })

  it('finds the account by its stored sub the next time, also when the address changed', async () => {
    await t.db.updateTable('account').set({ email: 'tom.b@test.example' }).where('id', '=', tomAccount).execute()
    const { antwoord } = await logIn('tom-sub-1', { terugNaar: 'https://elders.example/app/' })
    expect(antwoord.statusCode).toBe(302)
    expect(antwoord.headers.location).toBe('/app/') // a terugNaar outside /app is ignored
    expect(sessieCookie(antwoord)).toBeDefined()
  })

  it('refuses a replayed state (the callback URL used a second time)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${replay.pathname}${replay.search}` })
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toBe('/app/inloggen?fout=oidc')
    expect(sessieCookie(res)).toBeUndefined()
  })

  it('refuses a tampered state', async () => {
    const { antwoord } = await logIn('tom-sub-1', {
      onderschep: (url) => {
        url.searchParams.set('state', `${url.searchParams.get('state')!.slice(0, -2)}xx`)
        return url
      },
    })
    expect(antwoord.statusCode).toBe(302)
    expect(antwoord.headers.location).toBe('/app/inloggen?fout=oidc')
    expect(sessieCookie(antwoord)).toBeUndefined()
  })

  it('refuses a code from another flow: PKCE binds the code to the poging that asked for it', async () => {
    // An attacker's code, never redeemed, injected into a victim's flow (RFC 7636 §1; OAuth 2.0
    // Security BCP, RFC 9700 §4.5): the verifier of the victim's poging does not fit its challenge.
    const { callback: aanvaller } = await naarCallback('tom-sub-1')
    const { antwoord } = await logIn('tom-sub-1', {
      onderschep: (url) => {
        url.searchParams.set('code', aanvaller.searchParams.get('code')!)
        return url
      },
    })
    expect(antwoord.headers.location).toBe('/app/inloggen?fout=oidc')
    expect(sessieCookie(antwoord)).toBeUndefined()
  })

  it('refuses a subject without an account, and never creates one', async () => {
    const voor = await t.db.selectFrom('account').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const { antwoord } = await logIn('onbekende-sub')
    expect(antwoord.statusCode).toBe(302)
    expect(antwoord.headers.location).toBe('/app/inloggen?fout=oidc')
    expect(sessieCookie(antwoord)).toBeUndefined()
    const na = await t.db.selectFrom('account').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(na.n)).toBe(Number(voor.n))
  })

  it('does not link by an e-mail address the provider says is unverified', async () => {
    const { antwoord } = await logIn('anna-sub-1')
    expect(antwoord.headers.location).toBe('/app/inloggen?fout=oidc')
    expect(sessieCookie(antwoord)).toBeUndefined()
    const anna = await t.db.selectFrom('account').select('oidc_subject').where('persoon_id', '=', fx.personen.anna).executeTakeFirstOrThrow()
    expect(anna.oidc_subject).toBeNull()
  })

  it('refuses to start for an unknown organisatie or a switched-off configuration', async () => {
    const onbekend = await t.app.inject({ method: 'GET', url: '/auth/oidc/gm0000x/start' })
    expect(onbekend.statusCode).toBe(302)
    expect(onbekend.headers.location).toBe('/app/inloggen?fout=oidc')
    await t.app.inject({
      method: 'PUT', url: `/api/v1/organisaties/${fx.organisatieId}/oidc-configuratie`, headers: { authorization: beheerder },
      payload: { issuer, clientId: CLIENT_ID, scope: 'openid email', actief: false },
    })
    const uit = await t.app.inject({ method: 'GET', url: `/auth/oidc/${CODE}/start` })
    expect(uit.headers.location).toBe('/app/inloggen?fout=oidc')
  })
})
