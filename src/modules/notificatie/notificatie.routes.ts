// HTTP for notifications (issue 6): the logged-in persoon's own, unread first, and marking one read.
// Reading the organisatie is the route's rule; whose notificaties is decided by the actor, never by
// the request, so nobody reads another's. A machine client has no persoon and so no notificaties.
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import type { ApiInstance } from '../../server/routes.ts'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'
import { notFound } from '../../server/problem.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { aantalOngelezen, listNotificaties, markeerGelezen } from './notificatie.repository.ts'

const tags = ['notificaties']
const LEZEN = { toegang: { handeling: 'organisatie.lezen' } } as const

const Notificatie = Type.Object({
  id: Uuid,
  soort: Type.String({ description: 'Wat er gebeurde, als code (bijv. agenda.gepubliceerd)' }),
  titel: Type.String(),
  link: Type.Union([Type.String(), Type.Null()], { description: 'Waar in Koers het over gaat' }),
  objectType: Type.Union([Type.String(), Type.Null()]),
  objectId: Type.Union([Uuid, Type.Null()]),
  aangemaaktOp: Tijdstip,
  gelezenOp: Type.Union([Tijdstip, Type.Null()]),
})

type Rij = Awaited<ReturnType<typeof listNotificaties>>[number]
const uit = (n: Rij) => ({
  id: n.id, soort: n.soort, titel: n.titel, link: n.link, objectType: n.object_type, objectId: n.object_id,
  aangemaaktOp: n.aangemaakt_op.toISOString(), gelezenOp: n.gelezen_op?.toISOString() ?? null,
})

const persoonVan = (request: FastifyRequest) => (request.actor.soort === 'account' ? request.actor.persoonId : null)

export function notificatieRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/notificaties', {
    config: LEZEN,
    schema: {
      tags, summary: 'Uw notificaties: ongelezen eerst, daarna de nieuwste', params: OrganisatieParams,
      querystring: Type.Object({
        ongelezen: Type.Optional(Type.Boolean({ description: 'Alleen ongelezen notificaties' })),
        limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Hoogstens zoveel notificaties (standaard 50)' })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ ongelezen: Type.Integer({ description: 'Aantal ongelezen notificaties' }), resultaten: Type.Array(Notificatie) }) },
    },
  }, async (request) => {
    const { organisatieId } = request.params
    const persoonId = persoonVan(request)
    if (!persoonId) return { ongelezen: 0, resultaten: [] }
    const rijen = await listNotificaties(request.db, organisatieId, persoonId, { ongelezen: request.query.ongelezen ?? false, limiet: request.query.limiet ?? 50 })
    return { ongelezen: await aantalOngelezen(request.db, organisatieId, persoonId), resultaten: rijen.map(uit) }
  })

  api.post('/organisaties/:organisatieId/notificaties/:notificatieId/gelezen', {
    config: LEZEN,
    schema: {
      tags, summary: 'Een notificatie als gelezen markeren', params: Type.Object({ organisatieId: Uuid, notificatieId: Uuid }, { additionalProperties: false }),
      response: { 200: Notificatie },
    },
  }, async (request) => {
    const { organisatieId, notificatieId } = request.params
    const persoonId = persoonVan(request)
    if (!persoonId) throw notFound('Notificatie', notificatieId)
    return uit(await markeerGelezen(request.db, organisatieId, persoonId, notificatieId))
  })
}
