import { auditActor } from '../toegang/actor.ts'
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { Datum, Pagina, paginering, vandaag } from '../../server/api-schemas.ts'
import { inTransaction } from '../../db/database.ts'
import { OrganisatieParams } from './organisatie.schemas.ts'
import { PeildatumOnly } from './eenheid.schemas.ts'
import { Keten } from './functie.schemas.ts'
import { Bezetting, BezettingBeeindigen, BezettingParams, NieuweBezetting, NieuwePersoon, Persoon, PersoonKort, PersoonParams, PersoonWijziging, PersonenQuery } from './persoon.schemas.ts'
import { createBezetting, createPersoon, endBezetting, getBezetting, getPersoon, listPersonen, updatePersoon } from './persoon.repository.ts'
import { ketensVanPersoon } from './keten.ts'

export function persoonRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/personen', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['personen'],
      summary: 'Personen met een functie op de peildatum, of iedereen met een naam die op de zoekterm lijkt',
      params: OrganisatieParams,
      querystring: PersonenQuery,
      response: { 200: Pagina(PersoonKort) },
    },
  }, async (request) => {
    const { peildatum = vandaag(), pagina = 1, paginaGrootte = 50, zoek } = request.query
    const r = await listPersonen(request.db, request.params.organisatieId, peildatum, { zoek, offset: (pagina - 1) * paginaGrootte, limit: paginaGrootte })
    return { resultaten: r.resultaten, paginering: paginering(pagina, paginaGrootte, r.totaal) }
  })

  api.post('/organisaties/:organisatieId/personen', {
    config: { toegang: { handeling: 'persoon.beheren' } },
    schema: { tags: ['personen'], summary: 'Een persoon registreren', params: OrganisatieParams, body: NieuwePersoon, response: { 201: Persoon } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await inTransaction(request.db, (tx) => createPersoon(tx, organisatieId, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/personen/${id}`).send(await getPersoon(request.db, organisatieId, id, vandaag()))
  })

  api.get('/organisaties/:organisatieId/personen/:persoonId', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['personen'],
      summary: 'Eén persoon met de functies die zij op de peildatum, eerder en later bekleedt',
      params: PersoonParams,
      querystring: PeildatumOnly,
      response: { 200: Persoon },
    },
  }, async (request) => getPersoon(request.db, request.params.organisatieId, request.params.persoonId, request.query.peildatum ?? vandaag()))

  api.patch('/organisaties/:organisatieId/personen/:persoonId', {
    config: { toegang: { handeling: 'persoon.beheren' } },
    schema: { tags: ['personen'], summary: 'Gegevens van een persoon wijzigen', params: PersoonParams, body: PersoonWijziging, response: { 200: Persoon } },
  }, async (request) => {
    const { organisatieId, persoonId } = request.params
    await inTransaction(request.db, (tx) => updatePersoon(tx, organisatieId, persoonId, request.body, auditActor(request.actor)))
    return getPersoon(request.db, organisatieId, persoonId, vandaag())
  })

  api.get('/organisaties/:organisatieId/personen/:persoonId/keten', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['personen'],
      summary: 'Per functie van de persoon: de hiërarchische en de functionele keten erboven',
      params: PersoonParams,
      querystring: PeildatumOnly,
      response: { 200: Type.Object({ peildatum: Datum, ketens: Type.Array(Keten) }) },
    },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    return { peildatum, ketens: await ketensVanPersoon(request.db, request.params.organisatieId, request.params.persoonId, peildatum) }
  })

  api.post('/organisaties/:organisatieId/bezettingen', {
    config: { toegang: { handeling: 'bezetting.beheren', object: 'dienst' } },
    schema: {
      tags: ['personen'],
      summary: 'Een persoon een functie laten bekleden (bezetting), eventueel als loco of waarnemer',
      params: OrganisatieParams,
      body: NieuweBezetting,
      response: { 201: Bezetting },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await inTransaction(request.db, (tx) => createBezetting(tx, organisatieId, request.body, request.toegang))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/bezettingen/${id}`).send(await getBezetting(request.db, organisatieId, id))
  })

  api.get('/organisaties/:organisatieId/bezettingen/:bezettingId', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: { tags: ['personen'], summary: 'Eén bezetting', params: BezettingParams, response: { 200: Bezetting } },
  }, async (request) => getBezetting(request.db, request.params.organisatieId, request.params.bezettingId))

  api.patch('/organisaties/:organisatieId/bezettingen/:bezettingId', {
    config: { toegang: { handeling: 'bezetting.beheren', object: 'dienst' } },
    schema: {
      tags: ['personen'],
      summary: 'Een bezetting beëindigen (zij blijft bewaard; Archiefwet)',
      params: BezettingParams,
      body: BezettingBeeindigen,
      response: { 200: Bezetting },
    },
  }, async (request) => {
    const { organisatieId, bezettingId } = request.params
    await inTransaction(request.db, (tx) => endBezetting(tx, organisatieId, bezettingId, request.body.geldigTot, request.toegang))
    return getBezetting(request.db, organisatieId, bezettingId)
  })
}
