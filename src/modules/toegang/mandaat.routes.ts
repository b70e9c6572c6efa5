// Mandates (roltype × handeling × scope) and samenwerkingsafspraken, edited by the functioneel
// beheerder; the catalogue of handelingen; and what the current actor may do on an object, which
// the web app uses to show only the actions a user may take (the server decides regardless).
import { Type } from 'typebox'
import { sql } from 'kysely'
import type { ApiInstance } from '../../server/routes.ts'
import type { Db, Tx } from '../../db/database.ts'
import { conflict, invalid, notFound } from '../../server/problem.ts'
import { Uuid } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { auditActor } from './actor.ts'
import { toegestaneHandelingen } from './authorize.ts'
import { HANDELINGEN } from './handelingen.ts'
import { AfspraakParams, AfspraakUit, Beeindigen, HandelingSchema, MandaatParams, MandaatUit, NieuweAfspraak, NieuwMandaat } from './toegang.schemas.ts'

const tags = ['toegang']

async function mandaten(db: Db | Tx, organisatieId: string, mandaatId?: string) {
  let q = db.selectFrom('mandaat as m').innerJoin('roltype as r', 'r.id', 'm.roltype_id')
    .select(['m.id', 'm.roltype_id', 'r.code', 'r.naam', 'm.handeling', 'm.scope', 'm.bron', 'm.geldig_van', 'm.geldig_tot'])
    .where('m.organisatie_id', '=', organisatieId).orderBy('r.naam').orderBy('m.handeling').orderBy('m.geldig_van')
  if (mandaatId) q = q.where('m.id', '=', mandaatId)
  return (await q.execute()).map((m) => ({
    id: m.id, roltypeId: m.roltype_id, roltype: m.code, roltypeNaam: m.naam, handeling: m.handeling as never, scope: m.scope,
    bron: m.bron, geldigVan: m.geldig_van, geldigTot: m.geldig_tot,
  }))
}

async function roltypeId(tx: Tx, organisatieId: string, code: string) {
  const r = await tx.selectFrom('roltype').select('id').where('organisatie_id', '=', organisatieId).where('code', '=', code).executeTakeFirst()
  if (!r) throw invalid('roltype', `is geen roltype van deze organisatie: ${code}`, 'onbekend')
  return r.id
}

export function mandaatRoutes(api: ApiInstance) {
  api.get('/handelingen', {
    config: { toegang: { ingelogd: true } },
    schema: { tags, summary: 'Alle handelingen waarvoor een mandaat kan gelden', response: { 200: Type.Object({ resultaten: Type.Array(Type.Object({ code: HandelingSchema, omschrijving: Type.String() })) }) } },
  }, async () => ({ resultaten: Object.entries(HANDELINGEN).map(([code, omschrijving]) => ({ code: code as never, omschrijving })) }))

  api.get('/organisaties/:organisatieId/toegestane-handelingen', {
    config: { toegang: { ingelogd: true } },
    schema: {
      tags,
      summary: 'Wat de ingelogde gebruiker mag in deze organisatie, of op één eenheid ervan',
      params: OrganisatieParams,
      querystring: Type.Object({ eenheidId: Type.Optional(Uuid) }, { additionalProperties: false }),
      response: { 200: Type.Object({ handelingen: Type.Array(HandelingSchema) }) },
    },
  }, async (request) => {
    const bestaat = await request.db.selectFrom('organisatie').select('id').where('id', '=', request.params.organisatieId).executeTakeFirst()
    if (!bestaat) throw notFound('Organisatie', request.params.organisatieId)
    return { handelingen: await toegestaneHandelingen(request.toegang, { organisatieId: request.params.organisatieId, eenheidId: request.query.eenheidId ?? null }) }
  })

  api.get('/organisaties/:organisatieId/mandaten', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: { tags, summary: 'De mandaten van de roltypen van de organisatie, ook beëindigde', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(MandaatUit) }) } },
  }, async (request) => ({ resultaten: await mandaten(request.db, request.params.organisatieId) }))

  api.post('/organisaties/:organisatieId/mandaten', {
    config: { toegang: { handeling: 'mandaat.beheren' } },
    schema: { tags, summary: 'Een roltype een mandaat geven', params: OrganisatieParams, body: NieuwMandaat, response: { 201: MandaatUit } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await request.db.transaction().execute(async (tx) => {
      const rid = await roltypeId(tx, organisatieId, request.body.roltype)
      const open = await tx.selectFrom('mandaat').select('id').where('roltype_id', '=', rid).where('handeling', '=', request.body.handeling).where('geldig_tot', 'is', null).executeTakeFirst()
      if (open) throw conflict(`Dit roltype heeft dit mandaat al (mandaat ${open.id}); beëindig het eerst om de scope te veranderen.`, [{ name: 'handeling', code: 'bestaat', reason: 'heeft dit roltype al' }])
      const rij = await tx.insertInto('mandaat').values({ organisatie_id: organisatieId, roltype_id: rid, handeling: request.body.handeling, scope: request.body.scope, bron: request.body.bron ?? null, geldig_van: request.body.geldigVan }).returningAll().executeTakeFirstOrThrow()
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'mandaat.aanmaken', objectType: 'mandaat', objectId: rij.id, na: rij })
      return rij.id
    })
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/mandaten/${id}`).send((await mandaten(request.db, organisatieId, id))[0]!)
  })

  api.patch('/organisaties/:organisatieId/mandaten/:mandaatId', {
    config: { toegang: { handeling: 'mandaat.beheren' } },
    schema: { tags, summary: 'Een mandaat beëindigen (het blijft bewaard)', params: MandaatParams, body: Beeindigen, response: { 200: MandaatUit } },
  }, async (request) => {
    const { organisatieId, mandaatId } = request.params
    await request.db.transaction().execute(async (tx) => {
      const voor = await tx.selectFrom('mandaat').selectAll().where('id', '=', mandaatId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
      if (!voor) throw notFound('Mandaat', mandaatId)
      if (request.body.geldigTot <= voor.geldig_van) throw invalid('geldigTot', `moet na het begin van het mandaat (${voor.geldig_van}) liggen`, 'volgorde')
      if (voor.geldig_tot !== null && voor.geldig_tot <= request.body.geldigTot) throw conflict(`Dit mandaat eindigt al op ${voor.geldig_tot}.`)
      const na = await tx.updateTable('mandaat').set({ geldig_tot: request.body.geldigTot }).where('id', '=', mandaatId).returningAll().executeTakeFirstOrThrow()
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'mandaat.beeindigen', objectType: 'mandaat', objectId: mandaatId, voor, na })
    })
    return (await mandaten(request.db, organisatieId, mandaatId))[0]!
  })

  const afspraakUit = (a: { id: string; naam: string; organisatie_id: string; partner_organisatie_id: string; partner_functie_id: string; code: string; eenheid_id: string | null; geldig_van: string; geldig_tot: string | null }) => ({
    id: a.id, naam: a.naam, organisatieId: a.organisatie_id, partnerOrganisatieId: a.partner_organisatie_id, partnerFunctieId: a.partner_functie_id,
    roltype: a.code, eenheidId: a.eenheid_id, geldigVan: a.geldig_van, geldigTot: a.geldig_tot,
  })
  const afspraken = (db: Db | Tx, organisatieId: string) => db.selectFrom('samenwerkingsafspraak as s').innerJoin('roltype as r', 'r.id', 's.roltype_id')
    .select(['s.id', 's.naam', 's.organisatie_id', 's.partner_organisatie_id', 's.partner_functie_id', 'r.code', 's.eenheid_id', 's.geldig_van', 's.geldig_tot'])
    .where('s.organisatie_id', '=', organisatieId)

  api.get('/organisaties/:organisatieId/samenwerkingsafspraken', {
    config: { toegang: { handeling: 'samenwerkingsafspraak.beheren' } },
    schema: { tags, summary: 'Samenwerkingsafspraken: functies van andere organisaties met een rol in deze', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(AfspraakUit) }) } },
  }, async (request) => ({ resultaten: (await afspraken(request.db, request.params.organisatieId).orderBy('s.naam').execute()).map(afspraakUit) }))

  api.post('/organisaties/:organisatieId/samenwerkingsafspraken', {
    config: { toegang: { handeling: 'samenwerkingsafspraak.beheren' } },
    schema: {
      tags,
      summary: 'Een functie van een andere organisatie een rol geven in deze (bijv. een gedeelde dienst)',
      description: 'Wie de partnerfunctie bekleedt, krijgt in deze organisatie de mandaten van het roltype, verankerd in de eenheid (voor de scopes eigen_eenheid en subboom).',
      params: OrganisatieParams, body: NieuweAfspraak, response: { 201: AfspraakUit },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const b = request.body
    if (b.partnerOrganisatieId === organisatieId) throw invalid('partnerOrganisatieId', 'moet een andere organisatie zijn', 'zelfde')
    if (b.geldigTot !== undefined && b.geldigTot <= b.geldigVan) throw invalid('geldigTot', 'moet na geldigVan liggen', 'volgorde')
    const id = await request.db.transaction().execute(async (tx) => {
      const rid = await roltypeId(tx, organisatieId, b.roltype)
      // The partner's functie is in another organisatie, which this request cannot see (row-level
      // security); functie_hoort_bij (migration 0005) answers without showing it.
      const hoort = await sql<{ ok: boolean }>`select functie_hoort_bij(${b.partnerFunctieId}, ${b.partnerOrganisatieId}) as ok`.execute(tx)
      if (!hoort.rows[0]?.ok) throw invalid('partnerFunctieId', 'is geen functie van de partnerorganisatie', 'onbekend')
      if (b.eenheidId) {
        const e = await tx.selectFrom('eenheid_versie as v').select('v.eenheid_id').where('v.eenheid_id', '=', b.eenheidId).where('v.organisatie_id', '=', organisatieId).where(geldigOp('v', b.geldigVan)).executeTakeFirst()
        if (!e) throw invalid('eenheidId', `is geen eenheid van deze organisatie op ${b.geldigVan}`, 'onbekend')
      }
      const rij = await tx.insertInto('samenwerkingsafspraak').values({
        organisatie_id: organisatieId, partner_organisatie_id: b.partnerOrganisatieId, naam: b.naam, partner_functie_id: b.partnerFunctieId,
        roltype_id: rid, eenheid_id: b.eenheidId ?? null, geldig_van: b.geldigVan, geldig_tot: b.geldigTot ?? null,
      }).returningAll().executeTakeFirstOrThrow()
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'samenwerkingsafspraak.aanmaken', objectType: 'samenwerkingsafspraak', objectId: rij.id, na: rij })
      return rij.id
    })
    const [uit] = (await afspraken(request.db, organisatieId).where('s.id', '=', id).execute()).map(afspraakUit)
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/samenwerkingsafspraken/${id}`).send(uit!)
  })

  api.patch('/organisaties/:organisatieId/samenwerkingsafspraken/:afspraakId', {
    config: { toegang: { handeling: 'samenwerkingsafspraak.beheren' } },
    schema: { tags, summary: 'Een samenwerkingsafspraak beëindigen (zij blijft bewaard)', params: AfspraakParams, body: Beeindigen, response: { 200: AfspraakUit } },
  }, async (request) => {
    const { organisatieId, afspraakId } = request.params
    await request.db.transaction().execute(async (tx) => {
      const voor = await tx.selectFrom('samenwerkingsafspraak').selectAll().where('id', '=', afspraakId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
      if (!voor) throw notFound('Samenwerkingsafspraak', afspraakId)
      if (request.body.geldigTot <= voor.geldig_van) throw invalid('geldigTot', `moet na het begin van de afspraak (${voor.geldig_van}) liggen`, 'volgorde')
      if (voor.geldig_tot !== null && voor.geldig_tot <= request.body.geldigTot) throw conflict(`Deze afspraak eindigt al op ${voor.geldig_tot}.`)
      const na = await tx.updateTable('samenwerkingsafspraak').set({ geldig_tot: request.body.geldigTot }).where('id', '=', afspraakId).returningAll().executeTakeFirstOrThrow()
      await recordAuditEvent(tx, { organisatieId, actor: auditActor(request.actor), handeling: 'samenwerkingsafspraak.beeindigen', objectType: 'samenwerkingsafspraak', objectId: afspraakId, voor, na })
    })
    return (await afspraken(request.db, organisatieId).where('s.id', '=', afspraakId).execute()).map(afspraakUit)[0]!
  })
}
