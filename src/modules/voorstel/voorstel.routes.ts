// HTTP for voorstellen and their route (issue 6). Any member drafts (organisatie.lezen); the opsteller
// submits, edits the concept and may withdraw; the teammanager of the voorstel's eenheid approves
// (voorstel.agenderen, organisatiebesluit: teammanager 4g); routing through PHO, college and raad
// needs voorstel.routeren (organisatiebesluit: gemeentesecretaris 1; the griffier, Gemeentewet art. 107a).
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import type { ApiInstance } from '../../server/routes.ts'
import { ProblemError } from '../../server/problem.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { auditActor } from '../toegang/actor.ts'
import { authorize } from '../toegang/authorize.ts'
import { HANDELING_NAMEN, alGeagendeerd, autoriseerStap, isOpsteller, magStap, magTekstWijzigen, mogelijkeStappen, voerStapUit } from './voorstel-route.ts'
import { createVoorstel, findVoorstel, getVoorstel, listVoorstellen, replaceTekst, takenVan } from './voorstel.repository.ts'
import { MijnTaken, NieuweTekst, NieuwVoorstel, StapVerzoek, Voorstel, VoorstelParams, VoorstelQuery, VoorstelSamenvatting } from './voorstel.schemas.ts'

const tags = ['besluitvorming']
const lezen = { toegang: { handeling: 'organisatie.lezen' } } as const
// The service authorises: the opsteller acts on their own voorstel without a mandate.
const ROUTEREN = { toegang: { handeling: 'voorstel.routeren', object: 'houder' } } as const

/** The persoon of a logged-in account of this organisatie; null for machine clients and guests of another organisatie. */
function eigenPersoon(request: FastifyRequest, organisatieId: string): string | null {
  const a = request.actor
  return a.soort === 'account' && a.organisatieId === organisatieId ? a.persoonId : null
}

async function dossier(request: FastifyRequest, organisatieId: string, voorstelId: string): Promise<Voorstel> {
  const v = await getVoorstel(request.db, organisatieId, voorstelId)
  const rij = { organisatie_id: organisatieId, eenheid_id: v.eenheid.id, opsteller_persoon_id: v.opsteller.id }
  const volgendeStappen: Voorstel['volgendeStappen'] = []
  for (const s of mogelijkeStappen(v.soort, v.status)) {
    if (alGeagendeerd(s.handeling, v.agendapunten)) continue // the step would be refused (409)
    if (await magStap(request.toegang, rij, s.handeling)) volgendeStappen.push({ ...s, omschrijving: HANDELING_NAMEN[s.handeling] })
  }
  const tekstWijzigen = v.status === 'concept' && await magTekstWijzigen(request.toegang, rij)
  return { ...v, volgendeStappen, tekstWijzigen }
}

export function voorstelRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/voorstellen', {
    config: lezen,
    schema: { tags, summary: 'Voorstellen (college, raad, DT) met hun status en wie aan zet is', params: OrganisatieParams, querystring: VoorstelQuery, response: { 200: Type.Object({ resultaten: Type.Array(VoorstelSamenvatting) }) } },
  }, async (request) => {
    const { organisatieId } = request.params
    const { status, mijn } = request.query
    const persoon = eigenPersoon(request, organisatieId)
    if (mijn && !persoon) return { resultaten: [] }
    return { resultaten: await listVoorstellen(request.db, organisatieId, { status, opstellerPersoonId: mijn ? persoon! : undefined }) }
  })

  api.post('/organisaties/:organisatieId/voorstellen', {
    // Any member may draft; the teammanager's approval comes before anything else (organisatiebesluit: teammanager 4g).
    config: lezen,
    schema: { tags, summary: 'Een voorstel opstellen (concept) met de eerste versie van de tekst; u bent de opsteller', params: OrganisatieParams, body: NieuwVoorstel, response: { 201: Voorstel } },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const persoon = eigenPersoon(request, organisatieId)
    if (!persoon) throw new ProblemError(403, 'Alleen een medewerker van deze organisatie, ingelogd met een eigen account, kan een voorstel opstellen.', undefined, 'geen_mandaat')
    const id = await request.db.transaction().execute((tx) => createVoorstel(tx, organisatieId, persoon, request.body, auditActor(request.actor)))
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/voorstellen/${id}`).send(await dossier(request, organisatieId, id))
  })

  api.get('/organisaties/:organisatieId/voorstellen/:voorstelId', {
    config: lezen,
    schema: { tags, summary: 'Het dossier van een voorstel: alle versies, de route als tijdlijn met eigenaren en data, en de stappen die u nu mag zetten', params: VoorstelParams, response: { 200: Voorstel } },
  }, async (request) => dossier(request, request.params.organisatieId, request.params.voorstelId))

  api.put('/organisaties/:organisatieId/voorstellen/:voorstelId/tekst', {
    config: ROUTEREN,
    schema: { tags, summary: 'De tekst vervangen door een nieuwe versie (alleen zolang het een concept is); eerdere versies blijven bewaard', params: VoorstelParams, body: NieuweTekst, response: { 200: Voorstel } },
  }, async (request) => {
    const { organisatieId, voorstelId } = request.params
    const v = await findVoorstel(request.db, organisatieId, voorstelId)
    // The same rule as magTekstWijzigen, with the mandate that is lacking in the 403.
    if (!isOpsteller(request.actor, v)) await authorize(request.toegang, 'voorstel.routeren', { organisatieId, eenheidId: v.eenheid_id })
    await request.db.transaction().execute((tx) => replaceTekst(tx, organisatieId, voorstelId, request.body.tekst, auditActor(request.actor)))
    return dossier(request, organisatieId, voorstelId)
  })

  api.post('/organisaties/:organisatieId/voorstellen/:voorstelId/stappen', {
    config: ROUTEREN,
    schema: {
      tags, summary: 'De volgende stap in de route zetten: indienen, goedkeuren, terugsturen, agenderen (eventueel in een vergadering), besluiten of terugtrekken',
      params: VoorstelParams, body: StapVerzoek, response: { 201: Voorstel },
    },
  }, async (request, reply) => {
    const { organisatieId, voorstelId } = request.params
    await autoriseerStap(request.toegang, await findVoorstel(request.db, organisatieId, voorstelId), request.body.handeling)
    await request.db.transaction().execute((tx) => voerStapUit(tx, organisatieId, voorstelId, request.body, auditActor(request.actor)))
    return reply.code(201).send(await dossier(request, organisatieId, voorstelId))
  })

  api.get('/organisaties/:organisatieId/mijn-taken', {
    config: lezen,
    schema: { tags, summary: 'Wat op u wacht: voorstellen waarvan u de functie bekleedt die aan zet is, en ongelezen meldingen', params: OrganisatieParams, response: { 200: MijnTaken } },
  }, async (request) => {
    const { organisatieId } = request.params
    const persoon = eigenPersoon(request, organisatieId)
    if (!persoon) return { voorstellen: [], notificaties: [] }
    return takenVan(request.db, organisatieId, persoon)
  })
}
