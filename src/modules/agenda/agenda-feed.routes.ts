// HTTP for calendar feeds (issue 6). Under /api/v1: making, listing and revoking one's own feeds.
// Anyone who reads the organisatie may make a feed of an overleg, and a persoon one of their own
// overleggen; a feed belongs to whoever made it. The feed itself is served outside the API by
// agendaFeedPlugin (GET /agenda/<token>.ics), where the secret token is the only credential.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/database.ts'
import type { ApiInstance } from '../../server/routes.ts'
import { invalid, problemBody, ProblemError } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { auditActor } from '../toegang/actor.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import {
  createAgendaFeed, feedVoorToken, getAgendaFeed, kalenderOverleggen, listAgendaFeeds, overleggenVanPersoon, persoonInOrganisatie, persoonNaam, revokeAgendaFeed,
} from './agenda-feed.repository.ts'
import { AgendaFeed, AgendaFeedParams, NieuweAgendaFeed, NieuweAgendaFeedAntwoord } from './agenda-feed.schemas.ts'
import { bouwKalender } from './ical.ts'

const tags = ['agenda']
const LEZEN = { toegang: { handeling: 'organisatie.lezen' } } as const

type FeedRij = Awaited<ReturnType<typeof listAgendaFeeds>>[number]
const feedUit = (f: FeedRij) => ({
  id: f.id,
  soort: f.overleg_id ? 'overleg' as const : 'persoon' as const,
  overlegId: f.overleg_id,
  persoonId: f.persoon_id,
  naam: f.overleg_id ? (f.overleg_naam ?? 'Overleg') : 'Mijn overleggen',
  aangemaaktOp: f.aangemaakt_op.toISOString(),
  ingetrokkenOp: f.ingetrokken_op?.toISOString() ?? null,
})

/** The address of a feed, on the host the request came to. */
export const feedPad = (token: string) => `/agenda/${token}.ics`
const feedUrl = (request: FastifyRequest, token: string) => `${request.protocol}://${request.host}${feedPad(token)}`

export function agendaFeedRoutes(api: ApiInstance) {
  api.post('/organisaties/:organisatieId/agenda-feeds', {
    config: LEZEN,
    schema: {
      tags,
      summary: 'Een geheim agenda-adres (iCalendar) maken voor een overleg of voor uw eigen overleggen',
      description: 'Het adres staat alleen in dit antwoord; Koers bewaart alleen een hash van het geheim erin. Abonneer u erop in uw agenda-programma.',
      params: OrganisatieParams, body: NieuweAgendaFeed, response: { 201: NieuweAgendaFeedAntwoord },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const actor = request.actor
    let doel: { overlegId: string } | { persoonId: string }
    const { overlegId, voorMijzelf } = request.body
    if ((overlegId === undefined) === (voorMijzelf === undefined)) throw invalid('overlegId', 'geef een overlegId of voorMijzelf: true, niet allebei of geen van beide')
    if (overlegId !== undefined) doel = { overlegId }
    else {
      const persoonId = actor.soort === 'account' ? actor.persoonId : null
      if (!persoonId || !(await persoonInOrganisatie(request.db, organisatieId, persoonId))) {
        throw new ProblemError(403, 'Alleen een persoon van deze organisatie kan een agenda-feed van de eigen overleggen maken.', undefined, 'geen_persoon')
      }
      doel = { persoonId }
    }
    const { token, id } = await request.db.transaction().execute((tx) => createAgendaFeed(tx, organisatieId, doel, auditActor(actor)))
    const feed = await getAgendaFeed(request.db, organisatieId, id, auditActor(actor))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/agenda-feeds/${id}`).send({ ...feedUit(feed), url: feedUrl(request, token) })
  })

  api.get('/organisaties/:organisatieId/agenda-feeds', {
    config: LEZEN,
    schema: { tags, summary: 'Uw agenda-feeds in deze organisatie, ingetrokken feeds inbegrepen (zonder het geheime adres)', params: OrganisatieParams, response: { 200: Type.Object({ resultaten: Type.Array(AgendaFeed) }) } },
  }, async (request) => ({ resultaten: (await listAgendaFeeds(request.db, request.params.organisatieId, auditActor(request.actor))).map(feedUit) }))

  api.get('/organisaties/:organisatieId/agenda-feeds/:feedId', {
    config: LEZEN,
    schema: { tags, summary: 'Eén van uw agenda-feeds (zonder het geheime adres)', params: AgendaFeedParams, response: { 200: AgendaFeed } },
  }, async (request) => feedUit(await getAgendaFeed(request.db, request.params.organisatieId, request.params.feedId, auditActor(request.actor))))

  api.delete('/organisaties/:organisatieId/agenda-feeds/:feedId', {
    config: LEZEN,
    schema: { tags, summary: 'Een agenda-feed intrekken: het adres werkt daarna niet meer; de feed blijft in de lijst staan', params: AgendaFeedParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await request.db.transaction().execute((tx) => revokeAgendaFeed(tx, request.params.organisatieId, request.params.feedId, auditActor(request.actor)))
    return reply.code(204).send(null)
  })
}

/** GET /agenda/<token>.ics: the feed as text/calendar (RFC 5545). An unknown or revoked token is a
 *  plain 404 that says nothing about why. */
export async function agendaFeedPlugin(app: FastifyInstance, options: { db: Db }) {
  const { db } = options
  app.get<{ Params: { bestand: string } }>('/agenda/:bestand', { schema: { hide: true } }, async (request, reply) => {
    const bestand = request.params.bestand
    const feed = bestand.endsWith('.ics') ? await feedVoorToken(db, bestand.slice(0, -'.ics'.length)) : null
    if (!feed) {
      return reply.code(404).type('application/problem+json').header('Cache-Control', 'no-store')
        .send(problemBody(404, 'Deze agenda bestaat niet (meer).'))
    }
    let naam: string
    let overlegIds: string[]
    if (feed.overleg_id) {
      overlegIds = [feed.overleg_id]
      naam = ''
    } else {
      overlegIds = await overleggenVanPersoon(db, feed.organisatie_id, feed.persoon_id!, vandaag())
      naam = `Overleggen van ${(await persoonNaam(db, feed.persoon_id!)) ?? 'onbekend'}`
    }
    const overleggen = await kalenderOverleggen(db, feed.organisatie_id, overlegIds)
    if (feed.overleg_id) naam = overleggen[0]?.naam ?? 'Overleg'
    return reply
      .type('text/calendar; charset=utf-8')
      .header('Cache-Control', 'private, no-store')
      .header('Referrer-Policy', 'no-referrer')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', 'inline; filename="agenda.ics"')
      .send(bouwKalender(naam, overleggen))
  })
}
