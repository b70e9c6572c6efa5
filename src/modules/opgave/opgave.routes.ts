// HTTP for opgaven (issue 5). Reading needs organisatie.lezen; managing an opgave needs the mandate
// opgave.beheren or holding its ambtelijk opdrachtgever or opgavemanager functie.
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import type { FastifyRequest } from 'fastify'
import { auditActor } from '../toegang/actor.ts'
import { authorize } from '../toegang/authorize.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { addActie, addKernteamlid, addMeting, addRapportage, createOpgave, getOpgave, listOpgaven, opgaveHouders, setActieStatus, setPrioriteiten, updateOpgave } from './opgave.repository.ts'
import {
  ActieParams, ActieStatus, Domein, NieuweActie, NieuweMeting, NieuweOpgave, NieuweRapportage, NieuwKernteamlid, Opgave, OpgaveParams, OpgaveSamenvatting, OpgaveStatus, OpgaveWijziging, Prioriteiten,
} from './opgave.schemas.ts'

const tags = ['opgaven']
const BEHEER = { toegang: { handeling: 'opgave.beheren', object: 'houder' } } as const

/** opgave.beheren on this opgave: by mandate, or as its ambtelijk opdrachtgever or opgavemanager. */
export async function magOpgaveBeheren(request: FastifyRequest, organisatieId: string, opgaveId: string) {
  await authorize(request.toegang, 'opgave.beheren', { organisatieId, houders: await opgaveHouders(request.db, organisatieId, opgaveId) })
}

export function opgaveRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/opgaven', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags, summary: 'Alle opgaven met status, prioriteit, laatste oordeel en gevraagde en toegekende capaciteit', params: OrganisatieParams,
      querystring: Type.Object({ status: Type.Optional(OpgaveStatus), domein: Type.Optional(Domein) }, { additionalProperties: false }),
      response: { 200: Type.Object({ resultaten: Type.Array(OpgaveSamenvatting) }) },
    },
  }, async (request) => ({ resultaten: await listOpgaven(request.db, request.params.organisatieId, request.query) }))

  api.post('/organisaties/:organisatieId/opgaven', {
    config: { toegang: { handeling: 'opgave.beheren' } },
    schema: { tags, summary: 'Een opgave (programma, project of maatschappelijke opgave) aanmaken', params: OrganisatieParams, body: NieuweOpgave, response: { 201: Opgave } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await request.db.transaction().execute((tx) => createOpgave(tx, organisatieId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/opgaven/${id}`).send(await getOpgave(request.db, organisatieId, id))
  })

  api.put('/organisaties/:organisatieId/opgave-prioriteiten', {
    config: { toegang: { handeling: 'opgave.prioriteren' } },
    schema: { tags, summary: 'De opgaven rangschikken naar prioriteit (concernmanager, organisatiebesluit 4b)', params: OrganisatieParams, body: Prioriteiten, response: { 200: Type.Object({ resultaten: Type.Array(OpgaveSamenvatting) }) } },
  }, async (request) => {
    const { organisatieId } = request.params
    await request.db.transaction().execute((tx) => setPrioriteiten(tx, organisatieId, request.body.volgorde, auditActor(request.actor)))
    return { resultaten: await listOpgaven(request.db, organisatieId, {}) }
  })

  api.get('/organisaties/:organisatieId/opgaven/:opgaveId', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: { tags, summary: 'Eén opgave met opdrachtgevers, kernteam, partners, doelen, acties en alle voortgangsrapportages', params: OpgaveParams, response: { 200: Opgave } },
  }, async (request) => getOpgave(request.db, request.params.organisatieId, request.params.opgaveId))

  api.patch('/organisaties/:organisatieId/opgaven/:opgaveId', {
    config: BEHEER,
    schema: { tags, summary: 'Naam, doel, status, opgavemanager, bestuurlijk opdrachtgever of einddatum wijzigen', params: OpgaveParams, body: OpgaveWijziging, response: { 200: Opgave } },
  }, async (request) => {
    const { organisatieId, opgaveId } = request.params
    await magOpgaveBeheren(request, organisatieId, opgaveId)
    await request.db.transaction().execute((tx) => updateOpgave(tx, organisatieId, opgaveId, request.body, auditActor(request.actor)))
    return getOpgave(request.db, organisatieId, opgaveId)
  })

  const onderdeel = <B>(pad: string, summary: string, body: B, doe: (request: FastifyRequest, organisatieId: string, opgaveId: string) => Promise<unknown>) => {
    api.post(`/organisaties/:organisatieId/opgaven/:opgaveId/${pad}`, {
      config: BEHEER,
      schema: { tags, summary, params: OpgaveParams, body: body as never, response: { 201: Opgave } },
    }, async (request, reply) => {
      const { organisatieId, opgaveId } = request.params
      await magOpgaveBeheren(request, organisatieId, opgaveId)
      await doe(request, organisatieId, opgaveId)
      return reply.code(201).send(await getOpgave(request.db, organisatieId, opgaveId))
    })
  }
  onderdeel('metingen', 'Een meting van een indicator van een doel vastleggen', NieuweMeting, (r, o, id) => r.db.transaction().execute((tx) => addMeting(tx, o, id, r.body as never, auditActor(r.actor))))
  onderdeel('acties', 'Een actie ("doen") met eigenaar en deadline toevoegen', NieuweActie, (r, o, id) => r.db.transaction().execute((tx) => addActie(tx, o, id, r.body as never, auditActor(r.actor))))
  onderdeel('kernteamleden', 'Iemand aan het kernteam toevoegen', NieuwKernteamlid, (r, o, id) => r.db.transaction().execute((tx) => addKernteamlid(tx, o, id, r.body as never, auditActor(r.actor))))
  onderdeel('voortgangsrapportages', 'Een voortgangsrapportage uitbrengen: op koers, risico of uit koers; eerdere blijven bewaard', NieuweRapportage, (r, o, id) => r.db.transaction().execute((tx) => addRapportage(tx, o, id, r.body as never, auditActor(r.actor))))

  api.patch('/organisaties/:organisatieId/opgaven/:opgaveId/acties/:actieId', {
    config: BEHEER,
    schema: { tags, summary: 'Een actie gereed melden, laten vervallen of heropenen', params: ActieParams, body: ActieStatus, response: { 200: Opgave } },
  }, async (request) => {
    const { organisatieId, opgaveId, actieId } = request.params
    await magOpgaveBeheren(request, organisatieId, opgaveId)
    await request.db.transaction().execute((tx) => setActieStatus(tx, organisatieId, opgaveId, actieId, request.body.status, auditActor(request.actor)))
    return getOpgave(request.db, organisatieId, opgaveId)
  })
}
