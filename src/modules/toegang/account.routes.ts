// User administration for beheerders (handeling account.beheren): the accounts of an organisatie,
// each linked to a persoon of it, and the API tokens of its machine clients.
import { Type } from 'typebox'
import { sql } from 'kysely'
import type { ApiInstance } from '../../server/routes.ts'
import type { Db, Tx } from '../../db/database.ts'
import { conflict, invalid, notFound } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { auditActor } from './actor.ts'
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.repository.ts'
import { AccountParams, AccountUit, AccountWijziging, ApiTokenParams, ApiTokenUit, NieuwAccount, NieuwApiTokenSchema } from './toegang.schemas.ts'
import { hashWachtwoord } from './wachtwoord.ts'

const tags = ['toegang']

async function accounts(db: Db | Tx, organisatieId: string, accountId?: string): Promise<AccountUit[]> {
  let q = db
    .selectFrom('account as a')
    .leftJoin('persoon as p', 'p.id', 'a.persoon_id')
    .select(['a.id', 'a.email', 'a.persoon_id', 'p.naam', 'a.actief', 'a.wachtwoord_hash', 'a.oidc_subject', 'a.aangemaakt_op', 'a.laatst_ingelogd_op'])
    .where('a.organisatie_id', '=', organisatieId)
    .orderBy('p.naam')
  if (accountId) q = q.where('a.id', '=', accountId)
  return (await q.execute()).map((a) => ({
    id: a.id, email: a.email, persoonId: a.persoon_id, persoonNaam: a.naam, actief: a.actief,
    heeftWachtwoord: a.wachtwoord_hash !== null, oidcGekoppeld: a.oidc_subject !== null,
    aangemaaktOp: a.aangemaakt_op.toISOString(), laatstIngelogdOp: a.laatst_ingelogd_op?.toISOString() ?? null,
  }))
}

const zonderGeheimen = (a: Record<string, unknown>) => {
  const { wachtwoord_hash: _w, ...rest } = a
  return rest
}

export function accountRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/accounts', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: { tags, summary: 'De accounts van de organisatie', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(AccountUit) }) } },
  }, async (request) => ({ resultaten: await accounts(request.db, request.params.organisatieId) }))

  api.post('/organisaties/:organisatieId/accounts', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: {
      tags,
      summary: 'Een account aanmaken voor een persoon van de organisatie',
      description: 'Zonder wachtwoord kan het account alleen inloggen via OpenID Connect.',
      params: OrganisatieParams, body: NieuwAccount, response: { 201: AccountUit },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const { persoonId, email, wachtwoord } = request.body
    const hash = wachtwoord ? await hashWachtwoord(wachtwoord) : null
    const id = await request.db.transaction().execute(async (tx) => {
      const persoon = await tx.selectFrom('persoon').select('id').where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
      if (!persoon) throw invalid('persoonId', 'is geen persoon van deze organisatie', 'onbekend')
      // The e-mail index spans all organisaties; the owner check below cannot see other organisaties'
      // accounts (row-level security), so the unique index is the judge.
      const rij = await tx.insertInto('account').values({ organisatie_id: organisatieId, persoon_id: persoonId, email, wachtwoord_hash: hash })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
        .returningAll().executeTakeFirst()
      if (!rij) throw conflict('Er bestaat al een account met dit e-mailadres.', [{ name: 'email', code: 'bestaat', reason: 'is al in gebruik' }])
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'account.aanmaken', objectType: 'account', objectId: rij.id, na: zonderGeheimen(rij) })
      return rij.id
    })
    const [uit] = await accounts(request.db, organisatieId, id)
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/accounts/${id}`).send(uit!)
  })

  api.patch('/organisaties/:organisatieId/accounts/:accountId', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: { tags, summary: 'Een account blokkeren of deblokkeren, of een nieuw wachtwoord zetten', params: AccountParams, body: AccountWijziging, response: { 200: AccountUit } },
  }, async (request) => {
    const { organisatieId, accountId } = request.params
    const hash = request.body.wachtwoord ? await hashWachtwoord(request.body.wachtwoord) : undefined
    await request.db.transaction().execute(async (tx) => {
      const voor = await tx.selectFrom('account').selectAll().where('id', '=', accountId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
      if (!voor) throw notFound('Account', accountId)
      const na = await tx.updateTable('account')
        .set({ ...(request.body.actief !== undefined ? { actief: request.body.actief } : {}), ...(hash ? { wachtwoord_hash: hash } : {}), gewijzigd_op: new Date() })
        .where('id', '=', accountId).returningAll().executeTakeFirstOrThrow()
      // Blocking or resetting the password ends the account's sessions.
      await tx.updateTable('sessie').set({ beeindigd_op: new Date() }).where('account_id', '=', accountId).where('beeindigd_op', 'is', null).execute()
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'account.wijzigen', objectType: 'account', objectId: accountId, voor: zonderGeheimen(voor), na: { ...zonderGeheimen(na), wachtwoordGewijzigd: hash !== undefined } })
    })
    return (await accounts(request.db, organisatieId, accountId))[0]!
  })

  const tokenUit = (t: Awaited<ReturnType<typeof listApiTokens>>[number]) => ({
    id: t.id, naam: t.naam, prefix: t.prefix, handelingen: t.handelingen, aangemaaktDoor: t.aangemaakt_door,
    aangemaaktOp: t.aangemaakt_op.toISOString(), verlooptOp: t.verloopt_op?.toISOString() ?? null,
    ingetrokkenOp: t.ingetrokken_op?.toISOString() ?? null, laatstGebruiktOp: t.laatst_gebruikt_op?.toISOString() ?? null,
  })

  api.get('/organisaties/:organisatieId/api-tokens', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: { tags, summary: 'De API-tokens van machineclients van de organisatie, ingetrokken tokens inbegrepen', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(ApiTokenUit) }) } },
  }, async (request) => ({ resultaten: (await listApiTokens(request.db, request.params.organisatieId)).map(tokenUit) }))

  api.post('/organisaties/:organisatieId/api-tokens', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: {
      tags,
      summary: 'Een API-token voor een machineclient aanmaken, beperkt tot handelingen in deze organisatie',
      description: 'Het token staat alleen in dit antwoord; Koers bewaart er een hash van.',
      params: OrganisatieParams, body: NieuwApiTokenSchema,
      response: { 201: Type.Object({ ...ApiTokenUit.properties, token: Type.String({ description: 'Stuur als Authorization: Bearer <token>' }) }) },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const { token, rij } = await request.db.transaction().execute((tx) => createApiToken(tx, organisatieId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/api-tokens/${rij.id}`).send({ ...tokenUit(rij), token })
  })

  api.delete('/organisaties/:organisatieId/api-tokens/:tokenId', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: { tags, summary: 'Een API-token intrekken; het blijft in de lijst staan als ingetrokken', params: ApiTokenParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await request.db.transaction().execute((tx) => revokeApiToken(tx, request.params.organisatieId, request.params.tokenId, auditActor(request.actor)))
    return reply.code(204).send(null)
  })
}
