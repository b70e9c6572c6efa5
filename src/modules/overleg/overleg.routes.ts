// HTTP for overleggen and vergaderingen (issue 6). Reading needs organisatie.lezen; managing meetings
// needs vergadering.beheren or chairing the overleg (authorize: houders = the chair's functies).
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import type { ApiInstance } from '../../server/routes.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { auditActor } from '../toegang/actor.ts'
import { authorize, isToegestaan } from '../toegang/authorize.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { PeildatumOnly } from '../organisatie/eenheid.schemas.ts'
import { createOverleg, createVergadering, getOverleg, listOverleggen, listVergaderingen, planVergaderingen } from './overleg.repository.ts'
import {
  Aanwezigheid, AgendapuntParams, AgendapuntWijziging, Besluit, NieuwAgendapunt, NieuweVergadering, NieuwOverleg, OverlegParams, OverlegUit, Planning, Stemmen,
  VergaderingenQuery, VergaderingKort, VergaderingParams, VergaderingUit, VergaderingWijziging,
} from './overleg.schemas.ts'
import { voorzittersFuncties } from './samenstelling.ts'
import { addAgendapunt, getVergadering, neemBesluit, setAanwezigheid, setStemmen, updateAgendapunt, updateVergadering } from './vergadering.repository.ts'
import { verwerkBesluit } from './besluit-gevolgen.ts'

const tags = ['besluitvorming']
const lezen = { toegang: { handeling: 'organisatie.lezen' } } as const
const beheer = { toegang: { handeling: 'vergadering.beheren', object: 'houder' } } as const

/** vergadering.beheren: by mandate (gemeentesecretaris, griffier) or as chair of the overleg. */
async function magVergaderen(request: FastifyRequest, organisatieId: string, overlegId: string) {
  await authorize(request.toegang, 'vergadering.beheren', { organisatieId, houders: await voorzittersFuncties(request.db, organisatieId, overlegId, vandaag()) })
}
/** The vergadering as the asker sees it: with whether they may manage it, judged exactly as
 *  magVergaderen judges. A write route passed magVergaderen already, so it knows the answer. */
async function vergaderingVoor(request: FastifyRequest, organisatieId: string, vergaderingId: string, beheerder?: true) {
  const v = await getVergadering(request.db, organisatieId, vergaderingId)
  if (beheerder) return { ...v, magBeheren: true }
  const houders = await voorzittersFuncties(request.db, organisatieId, v.overlegId, vandaag())
  return { ...v, magBeheren: await isToegestaan(request.toegang, 'vergadering.beheren', { organisatieId, houders }) }
}
async function overlegVanVergadering(request: FastifyRequest, organisatieId: string, vergaderingId: string) {
  const v = await request.db.selectFrom('vergadering').select('overleg_id').where('id', '=', vergaderingId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  return v?.overleg_id ?? null
}
async function overlegVanPunt(request: FastifyRequest, organisatieId: string, agendapuntId: string) {
  const v = await request.db.selectFrom('agendapunt as a').innerJoin('vergadering as v', 'v.id', 'a.vergadering_id').select(['v.overleg_id', 'v.id']).where('a.id', '=', agendapuntId).where('a.organisatie_id', '=', organisatieId).executeTakeFirst()
  return v ?? null
}

export function overlegRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/overleggen', {
    config: lezen,
    schema: { tags, summary: 'De overleggen (MT, DT, PHO, college, raad, OR, …) met hun samenstelling van vandaag', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(OverlegUit) }) } },
  }, async (request) => ({ resultaten: await listOverleggen(request.db, request.params.organisatieId) }))

  api.post('/organisaties/:organisatieId/overleggen', {
    config: { toegang: { handeling: 'overleg.beheren' } },
    schema: { tags, summary: 'Een overleg inrichten: samenstelling uit roltypen of functies, cadans (RRULE), besluitregel, quorum', params: OrganisatieParams, body: NieuwOverleg, response: { 201: OverlegUit } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await request.db.transaction().execute((tx) => createOverleg(tx, organisatieId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/overleggen/${id}`).send(await getOverleg(request.db, organisatieId, id))
  })

  api.get('/organisaties/:organisatieId/overleggen/:overlegId', {
    config: lezen,
    schema: { tags, summary: 'Eén overleg met wie er op de peildatum zitting in heeft', params: OverlegParams, querystring: PeildatumOnly, response: { 200: OverlegUit } },
  }, async (request) => getOverleg(request.db, request.params.organisatieId, request.params.overlegId, request.query.peildatum ?? vandaag()))

  api.post('/organisaties/:organisatieId/overleggen/:overlegId/vergaderplanning', {
    config: beheer,
    schema: { tags, summary: 'De vergaderingen van de cadans tot een datum aanmaken (bestaande blijven staan)', params: OverlegParams, body: Planning, response: { 200: Type.Object({ aangemaakt: Type.Integer() }) } },
  }, async (request) => {
    const { organisatieId, overlegId } = request.params
    await magVergaderen(request, organisatieId, overlegId)
    return { aangemaakt: await request.db.transaction().execute((tx) => planVergaderingen(tx, organisatieId, overlegId, request.body.tot, auditActor(request.actor))) }
  })

  api.post('/organisaties/:organisatieId/overleggen/:overlegId/vergaderingen', {
    config: beheer,
    schema: { tags, summary: 'Een vergadering ad hoc plannen', params: OverlegParams, body: NieuweVergadering, response: { 201: VergaderingUit } },
  }, async (request, reply) => {
    const { organisatieId, overlegId } = request.params
    await magVergaderen(request, organisatieId, overlegId)
    const id = await request.db.transaction().execute((tx) => createVergadering(tx, organisatieId, overlegId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/vergaderingen/${id}`).send(await vergaderingVoor(request, organisatieId, id, true))
  })

  api.get('/organisaties/:organisatieId/vergaderingen', {
    config: lezen,
    schema: { tags, summary: 'Vergaderingen in een periode', params: OrganisatieParams, querystring: VergaderingenQuery, response: { 200: Type.Object({ resultaten: Type.Array(VergaderingKort) }) } },
  }, async (request) => ({ resultaten: await listVergaderingen(request.db, request.params.organisatieId, request.query) }))

  api.get('/organisaties/:organisatieId/vergaderingen/:vergaderingId', {
    config: lezen,
    schema: { tags, summary: 'Eén vergadering: deelnemers, aanwezigheid, agenda met stemmingen en besluiten, en de aanwezigheidsregels die niet gehaald worden', params: VergaderingParams, response: { 200: VergaderingUit } },
  }, async (request) => vergaderingVoor(request, request.params.organisatieId, request.params.vergaderingId))

  const opVergadering = <B>(method: 'patch' | 'post' | 'put', pad: string, summary: string, body: B, doe: (request: FastifyRequest, organisatieId: string, vergaderingId: string) => Promise<unknown>) => {
    api[method](`/organisaties/:organisatieId/vergaderingen/:vergaderingId${pad}`, {
      config: beheer,
      schema: { tags, summary, params: VergaderingParams, body: body as never, response: { 200: VergaderingUit } },
    }, async (request: FastifyRequest) => {
      const { organisatieId, vergaderingId } = request.params as { organisatieId: string; vergaderingId: string }
      const overlegId = await overlegVanVergadering(request, organisatieId, vergaderingId)
      if (overlegId) await magVergaderen(request, organisatieId, overlegId)
      await doe(request, organisatieId, vergaderingId)
      return vergaderingVoor(request, organisatieId, vergaderingId, true)
    })
  }
  opVergadering('patch', '', 'De status (agenda publiceren, openen, sluiten, annuleren) of de notulen wijzigen', VergaderingWijziging,
    (r, o, v) => r.db.transaction().execute((tx) => updateVergadering(tx, o, v, r.body as never, auditActor(r.actor))))
  opVergadering('post', '/agendapunten', 'Een agendapunt toevoegen (niet aan een gesloten vergadering)', NieuwAgendapunt,
    (r, o, v) => r.db.transaction().execute((tx) => addAgendapunt(tx, o, v, r.body as never, auditActor(r.actor))))
  opVergadering('put', '/aanwezigheid', 'Aanwezigheid (vooraf: aanmelding) en vervangers vastleggen', Aanwezigheid,
    (r, o, v) => r.db.transaction().execute((tx) => setAanwezigheid(tx, o, v, (r.body as { aanwezigen: never }).aanwezigen, auditActor(r.actor))))

  const opPunt = <B>(method: 'patch' | 'post' | 'put', pad: string, summary: string, body: B, doe: (request: FastifyRequest, organisatieId: string, agendapuntId: string) => Promise<unknown>) => {
    api[method](`/organisaties/:organisatieId/agendapunten/:agendapuntId${pad}`, {
      config: beheer,
      schema: { tags, summary, params: AgendapuntParams, body: body as never, response: { 200: VergaderingUit } },
    }, async (request: FastifyRequest) => {
      const { organisatieId, agendapuntId } = request.params as { organisatieId: string; agendapuntId: string }
      const punt = await overlegVanPunt(request, organisatieId, agendapuntId)
      if (punt) await magVergaderen(request, organisatieId, punt.overleg_id)
      await doe(request, organisatieId, agendapuntId)
      return vergaderingVoor(request, organisatieId, punt?.id ?? '00000000-0000-0000-0000-000000000000', true)
    })
  }
  opPunt('patch', '', 'Titel, toelichting of informanten van een open agendapunt wijzigen (een besloten punt is alleen-lezen; nieuwe informanten krijgen een melding)', AgendapuntWijziging,
    (r, o, p) => r.db.transaction().execute((tx) => updateAgendapunt(tx, o, p, r.body as never, auditActor(r.actor))))
  opPunt('put', '/stemmen', 'De stemmen per lid vastleggen', Stemmen,
    (r, o, p) => r.db.transaction().execute((tx) => setStemmen(tx, o, p, (r.body as { stemmen: never }).stemmen, auditActor(r.actor))))
  opPunt('post', '/besluit', 'Besluiten: met stemmen beslist de besluitregel van het overleg (met doorslaggevende stem van de voorzitter waar die geldt) en het quorum', Besluit,
    (r, o, p) => r.db.transaction().execute(async (tx) => {
      const gevolg = await neemBesluit(tx, o, p, r.body as never, auditActor(r.actor))
      await verwerkBesluit(tx, o, gevolg, auditActor(r.actor))
    }))
}

