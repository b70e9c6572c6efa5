// HTTP for verzoeken aan de ondernemingsraad (issue 6). The gemeentesecretaris is the bestuurder in the
// sense of the WOR (organisatiebesluit: gemeentesecretaris 10): writes need or.beheren; everyone in
// the organisatie reads them.
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { auditActor } from '../toegang/actor.ts'
import { answerOrVerzoek, createOrVerzoek, decideOrVerzoek, getOrInstelling, getOrVerzoek, listOrVerzoeken, setOrInstelling, updateOrVerzoek } from './or-verzoek.repository.ts'
import { NieuwOrVerzoek, OrAntwoord, OrBesluit, OrInstelling, OrVerzoek, OrVerzoekParams, OrVerzoekQuery, OrVerzoekWijziging } from './or-verzoek.schemas.ts'

const tags = ['besluitvorming']
const lezen = { toegang: { handeling: 'organisatie.lezen' } } as const
const beheren = { toegang: { handeling: 'or.beheren' } } as const // organisatiebesluit: gemeentesecretaris 10

export function orRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/or-verzoeken', {
    config: lezen,
    schema: { tags, summary: 'Verzoeken aan de ondernemingsraad: advies (WOR art. 25), instemming (art. 27) en informatie, op termijn', params: OrganisatieParams, querystring: OrVerzoekQuery, response: { 200: Type.Object({ resultaten: Type.Array(OrVerzoek) }) } },
  }, async (request) => ({ resultaten: await listOrVerzoeken(request.db, request.params.organisatieId, request.query) }))

  api.post('/organisaties/:organisatieId/or-verzoeken', {
    config: beheren,
    schema: { tags, summary: 'Een verzoek aan de OR indienen, met WOR-grondslag en termijn, eventueel over een wijziging', params: OrganisatieParams, body: NieuwOrVerzoek, response: { 201: OrVerzoek } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await request.db.transaction().execute((tx) => createOrVerzoek(tx, organisatieId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/or-verzoeken/${id}`).send(await getOrVerzoek(request.db, organisatieId, id))
  })

  api.get('/organisaties/:organisatieId/or-verzoeken/:verzoekId', {
    config: lezen,
    schema: { tags, summary: 'Eén verzoek aan de OR met het antwoord van de OR en het besluit', params: OrVerzoekParams, response: { 200: OrVerzoek } },
  }, async (request) => getOrVerzoek(request.db, request.params.organisatieId, request.params.verzoekId))

  api.patch('/organisaties/:organisatieId/or-verzoeken/:verzoekId', {
    config: beheren,
    schema: { tags, summary: 'De termijn verplaatsen (afgesproken met de OR) of het verzoek intrekken, zolang de OR niet heeft geantwoord', params: OrVerzoekParams, body: OrVerzoekWijziging, response: { 200: OrVerzoek } },
  }, async (request) => {
    const { organisatieId, verzoekId } = request.params
    await request.db.transaction().execute((tx) => updateOrVerzoek(tx, organisatieId, verzoekId, request.body, auditActor(request.actor)))
    return getOrVerzoek(request.db, organisatieId, verzoekId)
  })

  api.post('/organisaties/:organisatieId/or-verzoeken/:verzoekId/antwoord', {
    config: beheren,
    schema: { tags, summary: 'Het antwoord van de OR vastleggen: standpunt en tekst', params: OrVerzoekParams, body: OrAntwoord, response: { 200: OrVerzoek } },
  }, async (request) => {
    const { organisatieId, verzoekId } = request.params
    await request.db.transaction().execute((tx) => answerOrVerzoek(tx, organisatieId, verzoekId, request.body, auditActor(request.actor)))
    return getOrVerzoek(request.db, organisatieId, verzoekId)
  })

  api.post('/organisaties/:organisatieId/or-verzoeken/:verzoekId/besluit', {
    config: beheren,
    schema: { tags, summary: 'Het besluit van de bestuurder vastleggen; wijkt het af van het advies, dan met motivering (WOR art. 25 lid 5, art. 27 lid 4)', params: OrVerzoekParams, body: OrBesluit, response: { 200: OrVerzoek } },
  }, async (request) => {
    const { organisatieId, verzoekId } = request.params
    await request.db.transaction().execute((tx) => decideOrVerzoek(tx, organisatieId, verzoekId, request.body, auditActor(request.actor)))
    return getOrVerzoek(request.db, organisatieId, verzoekId)
  })

  api.get('/organisaties/:organisatieId/or-instelling', {
    config: lezen,
    schema: { tags, summary: 'Of een wijziging op het advies van de OR wacht voordat zij kan worden vastgesteld', params: OrganisatieParams, response: { 200: OrInstelling } },
  }, async (request) => getOrInstelling(request.db, request.params.organisatieId))

  api.put('/organisaties/:organisatieId/or-instelling', {
    config: beheren,
    schema: { tags, summary: 'Instellen of een wijziging op het advies van de OR wacht (WOR art. 25 lid 1e)', params: OrganisatieParams, body: OrInstelling, response: { 200: OrInstelling } },
  }, async (request) => {
    const { organisatieId } = request.params
    await request.db.transaction().execute((tx) => setOrInstelling(tx, organisatieId, request.body.wijzigingWachtOpOr, auditActor(request.actor)))
    return getOrInstelling(request.db, organisatieId)
  })
}
