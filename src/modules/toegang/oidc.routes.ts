// The browser side of login through OpenID Connect (oidc.ts): not JSON API routes but redirects, so
// outside /api/v1 and outside the OpenAPI document. Any failure sends the user back to the login
// page with ?fout=oidc; the reason goes to the log only, so nothing about accounts or the provider
// leaks to whoever is at the browser.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type {} from '@fastify/cookie'
import type { Db } from '../../db/database.ts'
import { OidcWeigering, startOidcLogin, veiligTerugNaar, voltooiOidcLogin } from './oidc.ts'
import { SESSIE_COOKIE, sessieCookieOpties, startSessie } from './sessie.ts'

export const OIDC_CALLBACK_PAD = '/auth/oidc/callback'
export const OIDC_FOUT_PAD = '/app/inloggen?fout=oidc'

export interface OidcRoutesOpties {
  db: Db
  /** Where users reach Koers (KOERS_PUBLIEKE_URL); the redirect URI registered at the provider is built from it. */
  publiekeUrl?: string
}

function verwijs(reply: FastifyReply, naar: string) {
  // The callback URL carries the authorization code: keep it out of caches and Referer headers.
  return reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer').redirect(naar, 302)
}

export async function oidcRoutes(app: FastifyInstance, options: OidcRoutesOpties) {
  const { db } = options
  const publiekeUrl = (options.publiekeUrl ?? 'http://localhost:3000').replace(/\/+$/, '')
  const redirectUri = `${publiekeUrl}${OIDC_CALLBACK_PAD}`
  const route = { schema: { hide: true } }

  app.get<{ Params: { organisatiecode: string }; Querystring: { terugNaar?: unknown } }>('/auth/oidc/:organisatiecode/start', route, async (request, reply) => {
    try {
      const url = await startOidcLogin(db, request.params.organisatiecode, { redirectUri, terugNaar: veiligTerugNaar(request.query.terugNaar) })
      return verwijs(reply, url.href)
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect: inloggen kon niet beginnen')
      return verwijs(reply, OIDC_FOUT_PAD)
    }
  })

  app.get(OIDC_CALLBACK_PAD, route, async (request, reply) => {
    try {
      // The URL as the provider redirected to it: openid-client takes the redirect_uri for the
      // token request from it, which must equal the one in the authorization request (RFC 6749 §4.1.3).
      const zoek = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
      const login = await voltooiOidcLogin(db, new URL(`${redirectUri}${zoek}`))
      const sessie = await startSessie(db, login.accountId, 'oidc')
      reply.setCookie(SESSIE_COOKIE, sessie.token, sessieCookieOpties(request.protocol === 'https', sessie.verlooptOp))
      return verwijs(reply, login.terugNaar ?? '/app/')
    } catch (error) {
      if (error instanceof OidcWeigering) request.log.warn({ reden: error.message }, 'OpenID Connect: inloggen geweigerd')
      else request.log.error({ err: error }, 'OpenID Connect: inloggen mislukt')
      return verwijs(reply, OIDC_FOUT_PAD)
    }
  })
}
