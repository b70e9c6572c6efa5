// Who is asking: a machine client (Authorization: Bearer koers_…), a logged-in account (session
// cookie), or nobody. Unknown or revoked tokens are refused outright rather than treated as anonymous.
import type { FastifyRequest } from 'fastify'
import type {} from '@fastify/cookie'
import { bewakingVan, type Db } from '../../db/database.ts'
import { ProblemError } from '../../server/problem.ts'
import { ANONIEM, type Actor } from './actor.ts'
import { hashGeheim } from './geheimen.ts'
import { isHandeling } from './handelingen.ts'
import { SESSIE_COOKIE } from './sessie.ts'

export const TOKEN_PREFIX = 'koers_'

export async function authenticate(db: Db, request: FastifyRequest): Promise<Actor> {
  const authorization = request.headers.authorization
  if (authorization !== undefined) return tokenActor(db, authorization)
  const cookie = request.cookies?.[SESSIE_COOKIE]
  if (cookie) return (await sessieActor(db, cookie)) ?? ANONIEM
  return ANONIEM
}

interface TokenRij {
  id: string
  organisatie_id: string
  handelingen: string[]
  verloopt_op: Date | null
  laatst_gebruikt_op: Date | null
}

// Known credentials are kept in the process's read cache (src/db/lees-cache.ts), emptied on every
// write, so revoking a token or ending a session takes effect at once. Expiry is checked on each use.
async function tokenActor(db: Db, authorization: string): Promise<Actor> {
  const match = /^Bearer (koers_[A-Za-z0-9_-]{20,100})$/.exec(authorization)
  const weiger = new ProblemError(401, 'Het API-token ontbreekt, is ongeldig, verlopen of ingetrokken. Stuur: Authorization: Bearer koers_…', undefined, 'token_ongeldig')
  if (!match) throw weiger
  const hash = hashGeheim(match[1]!)
  const cache = bewakingVan(db)?.cache<TokenRij | null>('api_token')
  const lees = () => db
    .selectFrom('api_token')
    .select(['id', 'organisatie_id', 'handelingen', 'verloopt_op', 'laatst_gebruikt_op'])
    .where('token_hash', '=', hash)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst()
    .then((r) => r ?? null)
  const rij = cache ? await cache.haal(hash, lees) : await lees()
  if (!rij || (rij.verloopt_op && rij.verloopt_op.getTime() <= Date.now())) throw weiger
  // Record use at most once a minute, not on every request.
  if (!rij.laatst_gebruikt_op || Date.now() - rij.laatst_gebruikt_op.getTime() > 60_000) {
    rij.laatst_gebruikt_op = new Date()
    await db.updateTable('api_token').set({ laatst_gebruikt_op: rij.laatst_gebruikt_op }).where('id', '=', rij.id).execute()
  }
  return { soort: 'token', tokenId: rij.id, organisatieId: rij.organisatie_id, handelingen: rij.handelingen.filter(isHandeling) }
}

async function sessieActor(db: Db, token: string): Promise<Actor | null> {
  const hash = hashGeheim(token)
  const cache = bewakingVan(db)?.cache<Awaited<ReturnType<typeof leesSessie>>>('sessie')
  const rij = cache ? await cache.haal(hash, () => leesSessie(db, hash)) : await leesSessie(db, hash)
  if (!rij || rij.verloopt_op.getTime() <= Date.now()) return null
  return {
    soort: 'account',
    accountId: rij.accountId,
    email: rij.email,
    organisatieId: rij.organisatie_id,
    persoonId: rij.persoon_id,
    platformBeheerder: rij.platform_beheerder,
    sessie: { id: rij.sessieId, csrfToken: rij.csrf_token },
  }
}

async function leesSessie(db: Db, hash: string) {
  const rij = await db
    .selectFrom('sessie as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select(['s.id as sessieId', 's.csrf_token', 's.verloopt_op', 'a.id as accountId', 'a.email', 'a.organisatie_id', 'a.persoon_id', 'a.platform_beheerder'])
    .where('s.token_hash', '=', hash)
    .where('s.beeindigd_op', 'is', null)
    .where('a.actief', '=', true)
    .executeTakeFirst()
  return rij ?? null
}
