// Who is asking: a machine client (Authorization: Bearer koers_…), a logged-in account (session
// cookie), or nobody. Unknown or revoked tokens are refused outright rather than treated as anonymous.
import type { FastifyRequest } from 'fastify'
import type {} from '@fastify/cookie'
import type { Db } from '../../db/database.ts'
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

async function tokenActor(db: Db, authorization: string): Promise<Actor> {
  const match = /^Bearer (koers_[A-Za-z0-9_-]{20,100})$/.exec(authorization)
  const weiger = new ProblemError(401, 'Het API-token ontbreekt, is ongeldig, verlopen of ingetrokken. Stuur: Authorization: Bearer koers_…', undefined, 'token_ongeldig')
  if (!match) throw weiger
  const rij = await db
    .selectFrom('api_token')
    .select(['id', 'organisatie_id', 'handelingen', 'laatst_gebruikt_op'])
    .where('token_hash', '=', hashGeheim(match[1]!))
    .where('ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('verloopt_op', 'is', null), eb('verloopt_op', '>', new Date())]))
    .executeTakeFirst()
  if (!rij) throw weiger
  // Record use at most once a minute, not on every request.
  if (!rij.laatst_gebruikt_op || Date.now() - rij.laatst_gebruikt_op.getTime() > 60_000) {
    await db.updateTable('api_token').set({ laatst_gebruikt_op: new Date() }).where('id', '=', rij.id).execute()
  }
  return { soort: 'token', tokenId: rij.id, organisatieId: rij.organisatie_id, handelingen: rij.handelingen.filter(isHandeling) }
}

async function sessieActor(db: Db, token: string): Promise<Actor | null> {
  const rij = await db
    .selectFrom('sessie as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select(['s.id as sessieId', 's.csrf_token', 'a.id as accountId', 'a.email', 'a.organisatie_id', 'a.persoon_id', 'a.platform_beheerder'])
    .where('s.token_hash', '=', hashGeheim(token))
    .where('s.beeindigd_op', 'is', null)
    .where('s.verloopt_op', '>', new Date())
    .where('a.actief', '=', true)
    .executeTakeFirst()
  if (!rij) return null
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
