// Login through OpenID Connect, configured per organisatie (Entra ID, Keycloak, …): the
// authorization code flow with PKCE (OpenID Connect Core 1.0 §3.1; RFC 7636), through openid-client.
//
// - start: a poging (one flow in progress) keeps the PKCE code_verifier, state and nonce for ten
//   minutes; the browser goes to the provider with the S256 code_challenge.
// - callback: the poging is found by state and marked used in one statement (a state is good for
//   one answer only: RFC 6749 §10.12, OpenID Connect Core §3.1.2.7), then the code is exchanged with
//   the verifier, and openid-client checks state, iss (RFC 9207), the ID token's signature, aud,
//   nonce and expiry. The subject found must already have an account: Koers never creates accounts
//   on its own. An account is found by its stored sub, or once by its e-mail address, after which
//   the sub is stored, so later logins no longer depend on the address.
//
// Every query on the oidc tables is here (the routes in oidc.routes.ts and
// oidc-configuratie.routes.ts only shape requests and answers).
import { sql } from 'kysely'
import * as client from 'openid-client'
import type { Db, Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { hashGeheim } from './geheimen.ts'

/** How long a started login may take (the user logs in at the provider in between). */
export const POGING_DUUR_MS = 10 * 60 * 1000
/** How long a discovered provider configuration is reused before it is fetched again. */
export const DISCOVERY_CACHE_MS = 5 * 60 * 1000

/** Why a login through OpenID Connect was refused. The reason is logged, never shown to the user. */
export class OidcWeigering extends Error {
  override name = 'OidcWeigering'
}

// ── The configuration per organisatie ─────────────────────────────────────────────────────────

export interface OidcConfiguratie {
  organisatieId: string
  issuer: string
  clientId: string
  clientSecretIngesteld: boolean
  scope: string
  weergavenaam: string
  actief: boolean
  gewijzigdOp: Date
}

export interface OidcConfiguratieInvoer {
  issuer: string
  clientId: string
  /** Absent: keep the secret that is set; null: remove it (a public client, PKCE only). */
  clientSecret?: string | null
  scope: string
  weergavenaam: string
  actief: boolean
}

export async function getOidcConfiguratie(db: Db | Tx, organisatieId: string): Promise<OidcConfiguratie | null> {
  const rij = await db.selectFrom('oidc_configuratie').selectAll().where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!rij) return null
  return {
    organisatieId: rij.organisatie_id,
    issuer: rij.issuer,
    clientId: rij.client_id,
    clientSecretIngesteld: rij.client_secret !== null,
    scope: rij.scope,
    weergavenaam: rij.weergavenaam,
    actief: rij.actief,
    gewijzigdOp: rij.gewijzigd_op,
  }
}

/** Replaces the configuration, with an audit event in the same transaction. The secret never enters the trail. */
export async function setOidcConfiguratie(tx: Tx, organisatieId: string, invoer: OidcConfiguratieInvoer, actor: string): Promise<void> {
  const voor = await getOidcConfiguratie(tx, organisatieId)
  const waarden = {
    issuer: invoer.issuer,
    client_id: invoer.clientId,
    scope: invoer.scope,
    weergavenaam: invoer.weergavenaam,
    actief: invoer.actief,
    gewijzigd_op: new Date(),
    ...(invoer.clientSecret !== undefined ? { client_secret: invoer.clientSecret } : {}),
  }
  await tx
    .insertInto('oidc_configuratie')
    .values({ organisatie_id: organisatieId, client_secret: null, ...waarden })
    .onConflict((oc) => oc.column('organisatie_id').doUpdateSet(waarden))
    .execute()
  const na = await getOidcConfiguratie(tx, organisatieId)
  const spoor = (c: OidcConfiguratie | null) => c && { issuer: c.issuer, clientId: c.clientId, clientSecretIngesteld: c.clientSecretIngesteld, scope: c.scope, weergavenaam: c.weergavenaam, actief: c.actief }
  await recordAuditEvent(tx, {
    organisatieId,
    actor,
    handeling: 'oidc_configuratie.wijzigen',
    objectType: 'oidc_configuratie',
    objectId: organisatieId,
    voor: spoor(voor),
    na: spoor(na),
  })
}

// ── Talking to the provider ───────────────────────────────────────────────────────────────────

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/** Plain http is only acceptable to a provider on this machine (development, tests). */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.test(url.hostname)
}

interface ProviderRij {
  organisatie_id: string
  issuer: string
  client_id: string
  client_secret: string | null
}

const cache = new Map<string, { sleutel: string; tot: number; config: Promise<client.Configuration> }>()

/**
 * The provider's metadata (OpenID Connect Discovery 1.0) for an organisatie's configuration, cached
 * for a few minutes per organisatie. The cache key includes the configuration itself, so a changed
 * issuer, client or secret is picked up at once.
 */
async function providerConfiguratie(rij: ProviderRij): Promise<client.Configuration> {
  const sleutel = hashGeheim(JSON.stringify([rij.issuer, rij.client_id, rij.client_secret]))
  const bekend = cache.get(rij.organisatie_id)
  if (bekend && bekend.sleutel === sleutel && bekend.tot > Date.now()) return bekend.config
  const issuer = new URL(rij.issuer)
  // openid-client refuses plain http (OAuth 2.0 requires TLS: RFC 6749 §3.1, §3.2). It is allowed
  // here only when the issuer is a loopback address, i.e. a provider on this machine in development
  // or in the tests; a provider anywhere else must use https.
  const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [client.allowInsecureRequests] : []
  // client_secret_basic: the method every authorization server must support (RFC 6749 §2.3.1);
  // without a secret Koers is a public client and relies on PKCE alone (RFC 7636).
  const authenticatie = rij.client_secret !== null ? client.ClientSecretBasic(rij.client_secret) : client.None()
  const config = client.discovery(issuer, rij.client_id, undefined, authenticatie, { execute, timeout: 10 })
  cache.set(rij.organisatie_id, { sleutel, tot: Date.now() + DISCOVERY_CACHE_MS, config })
  // A failed discovery is not kept: the next login tries again.
  config.catch(() => {
    if (cache.get(rij.organisatie_id)?.config === config) cache.delete(rij.organisatie_id)
  })
  return config
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function actieveConfiguratie(db: Db, organisatieId: string): Promise<ProviderRij & { scope: string }> {
  const rij = await db
    .selectFrom('oidc_configuratie')
    .select(['organisatie_id', 'issuer', 'client_id', 'client_secret', 'scope'])
    .where('organisatie_id', '=', organisatieId)
    .where('actief', '=', true)
    .executeTakeFirst()
  if (!rij) throw new OidcWeigering(`organisatie ${organisatieId} heeft geen actieve OpenID Connect-configuratie`)
  return rij
}

/** Only paths inside the web app: anything else would make the login an open redirect. */
export function veiligTerugNaar(terugNaar: unknown): string | null {
  if (typeof terugNaar !== 'string' || terugNaar.length > 1000) return null
  if (!/^\/app(?:[/?#]|$)/.test(terugNaar) || /[\\\s]/.test(terugNaar) || terugNaar.includes('/..')) return null
  return terugNaar
}

// ── The flow ──────────────────────────────────────────────────────────────────────────────────

/**
 * Starts a login for the organisatie with this organisatiecode (or id) and returns the provider's
 * authorization URL to send the browser to.
 */
export async function startOidcLogin(db: Db, organisatieRef: string, opties: { redirectUri: string; terugNaar?: string | null }): Promise<URL> {
  let q = db.selectFrom('organisatie').select('id')
  q = UUID.test(organisatieRef) ? q.where('id', '=', organisatieRef) : q.where(sql<string>`lower(organisatiecode)`, '=', organisatieRef.toLowerCase())
  const organisatie = await q.executeTakeFirst()
  if (!organisatie) throw new OidcWeigering(`onbekende organisatie "${organisatieRef}"`)
  const rij = await actieveConfiguratie(db, organisatie.id)
  const config = await providerConfiguratie(rij)

  // RFC 7636 §4.1–4.2: a high-entropy code_verifier stays here; only its S256 challenge travels.
  const codeVerifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  // Expired pogingen are protocol state, not records (they can no longer be used), so they are
  // removed rather than kept; this also bounds what unauthenticated start requests can leave behind.
  await db.deleteFrom('oidc_poging').where('verloopt_op', '<', new Date(Date.now() - POGING_DUUR_MS)).execute()
  await db
    .insertInto('oidc_poging')
    .values({
      state,
      organisatie_id: organisatie.id,
      code_verifier: codeVerifier,
      nonce,
      terug_naar: veiligTerugNaar(opties.terugNaar),
      verloopt_op: new Date(Date.now() + POGING_DUUR_MS),
    })
    .execute()
  return client.buildAuthorizationUrl(config, {
    redirect_uri: opties.redirectUri,
    scope: rij.scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
}

export interface OidcLogin {
  accountId: string
  organisatieId: string
  terugNaar: string | null
}

/**
 * Completes a login from the URL the provider sent the browser back to (its query carries code,
 * state and iss). Returns the account to start a session for, or throws OidcWeigering.
 */
export async function voltooiOidcLogin(db: Db, callbackUrl: URL): Promise<OidcLogin> {
  const state = callbackUrl.searchParams.get('state')
  if (!state) throw new OidcWeigering('het antwoord van de provider heeft geen state')
  // Used at most once: marking it used is the lookup, so two answers with one state cannot both pass.
  const poging = await db
    .updateTable('oidc_poging')
    .set({ gebruikt_op: new Date() })
    .where('state', '=', state)
    .where('gebruikt_op', 'is', null)
    .where('verloopt_op', '>', new Date())
    .returning(['organisatie_id', 'code_verifier', 'nonce', 'terug_naar'])
    .executeTakeFirst()
  if (!poging) throw new OidcWeigering('onbekende, verlopen of al gebruikte state')

  const rij = await actieveConfiguratie(db, poging.organisatie_id)
  const config = await providerConfiguratie(rij)
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: poging.code_verifier,
      expectedState: state,
      expectedNonce: poging.nonce,
      idTokenExpected: true,
    })
  } catch (error) {
    throw new OidcWeigering(`de provider weigerde of het antwoord klopte niet: ${foutTekst(error)}`, { cause: error })
  }
  const idToken = tokens.claims()
  if (!idToken?.sub) throw new OidcWeigering('het ID-token heeft geen sub')
  const sub = idToken.sub
  let email: unknown = idToken.email
  let emailVerified: unknown = idToken.email_verified
  // In the code flow many providers put scope claims (email) only in the UserInfo response
  // (OpenID Connect Core §5.4); fetchUserInfo checks that its sub is the ID token's (§5.3.2).
  if (email === undefined && config.serverMetadata().userinfo_endpoint) {
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, sub)
      email = info.email
      emailVerified = info.email_verified
    } catch (error) {
      throw new OidcWeigering(`UserInfo kon niet worden opgehaald: ${foutTekst(error)}`, { cause: error })
    }
  }

  const accountId = await koppelAccount(db, poging.organisatie_id, sub, typeof email === 'string' ? email : null, emailVerified !== false)
  return { accountId, organisatieId: poging.organisatie_id, terugNaar: poging.terug_naar }
}

/** openid-client's message plus the OAuth error code and description the provider sent, for the log. */
function foutTekst(error: unknown): string {
  const e = error as { message?: string; error?: unknown; error_description?: unknown }
  return [e.message, typeof e.error === 'string' ? e.error : null, typeof e.error_description === 'string' ? e.error_description : null].filter(Boolean).join(' – ')
}

/**
 * The active account of the organisatie for this subject: by the stored sub, or else by e-mail
 * address (only when the provider does not say it is unverified, and only for an account that has
 * no sub yet), in which case the sub is stored with an audit event.
 */
async function koppelAccount(db: Db, organisatieId: string, sub: string, email: string | null, emailGeverifieerd: boolean): Promise<string> {
  const bijSub = await db
    .selectFrom('account')
    .select('id')
    .where('organisatie_id', '=', organisatieId)
    .where('oidc_subject', '=', sub)
    .where('actief', '=', true)
    .executeTakeFirst()
  if (bijSub) return bijSub.id
  if (!email) throw new OidcWeigering(`geen account met sub ${sub} en geen e-mailadres in de claims`)
  if (!emailGeverifieerd) throw new OidcWeigering(`geen account met sub ${sub}; het e-mailadres is volgens de provider niet geverifieerd`)

  return db.transaction().execute(async (tx) => {
    const account = await tx
      .updateTable('account')
      .set({ oidc_subject: sub, gewijzigd_op: new Date() })
      .where('organisatie_id', '=', organisatieId)
      .where(sql`lower(email)`, '=', email.trim().toLowerCase())
      .where('oidc_subject', 'is', null)
      .where('actief', '=', true)
      .returning('id')
      .executeTakeFirst()
    if (!account) throw new OidcWeigering(`geen actief account zonder sub met dit e-mailadres in organisatie ${organisatieId} (sub ${sub})`)
    await recordAuditEvent(tx, {
      organisatieId,
      actor: `account:${account.id}`,
      handeling: 'account.oidc_koppelen',
      objectType: 'account',
      objectId: account.id,
      voor: { oidcSubject: null },
      na: { oidcSubject: sub },
    })
    return account.id
  })
}

/** For tests: forget every discovered provider. */
export function vergeetProviders(): void {
  cache.clear()
}
