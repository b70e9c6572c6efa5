// Machine clients' API tokens: shown once at creation, stored as a SHA-256 hash, scoped to
// handelingen in one organisatie, revocable (revoked tokens stay listed: nothing is deleted).
import type { Db, Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { TOKEN_PREFIX } from './authenticate.ts'
import { hashGeheim, nieuwGeheim } from './geheimen.ts'
import type { Handeling } from './handelingen.ts'
import { notFound } from '../../server/problem.ts'

export interface NieuwApiToken {
  naam: string
  handelingen: Handeling[]
  verlooptOp?: string | undefined
}

export async function createApiToken(tx: Tx, organisatieId: string, invoer: NieuwApiToken, actor: string) {
  const token = nieuwGeheim(TOKEN_PREFIX)
  const rij = await tx
    .insertInto('api_token')
    .values({
      organisatie_id: organisatieId,
      naam: invoer.naam,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      token_hash: hashGeheim(token),
      handelingen: invoer.handelingen,
      aangemaakt_door: actor,
      verloopt_op: invoer.verlooptOp ? new Date(invoer.verlooptOp) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  const { token_hash: _hash, ...zichtbaar } = rij
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'api-token.aanmaken', objectType: 'api_token', objectId: rij.id, na: zichtbaar })
  return { token, rij }
}

export async function revokeApiToken(tx: Tx, organisatieId: string, tokenId: string, actor: string) {
  const voor = await tx.selectFrom('api_token').select(['id', 'naam', 'ingetrokken_op']).where('id', '=', tokenId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('API-token', tokenId)
  if (voor.ingetrokken_op) return
  const na = await tx.updateTable('api_token').set({ ingetrokken_op: new Date() }).where('id', '=', tokenId).returning(['id', 'naam', 'ingetrokken_op']).executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'api-token.intrekken', objectType: 'api_token', objectId: tokenId, voor, na })
}

export async function listApiTokens(db: Db, organisatieId: string) {
  return db
    .selectFrom('api_token')
    .select(['id', 'naam', 'prefix', 'handelingen', 'aangemaakt_door', 'aangemaakt_op', 'verloopt_op', 'ingetrokken_op', 'laatst_gebruikt_op'])
    .where('organisatie_id', '=', organisatieId)
    .orderBy('aangemaakt_op', 'desc')
    .execute()
}
