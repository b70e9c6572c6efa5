// HTTP for capaciteitsclaims and the capacity views (issue 5). An opgave claims (opgave.beheren or
// its opdrachtgever/manager); the eenheid's teammanager answers (capaciteit.toezeggen, seed 004
// teammanager 4f, scope: the claim's eenheid).
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { notFound } from '../../server/problem.ts'
import { auditActor } from '../toegang/actor.ts'
import { authorize } from '../toegang/authorize.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { PersoonParams } from '../organisatie/persoon.schemas.ts'
import { answerClaim, conflicten, createClaims, eenheidVanClaim, heatmap, listClaims, netwerk, toezeggingenVan, withdrawClaim } from './capaciteit.repository.ts'
import { Beantwoording, Claim, ClaimParams, ClaimsQuery, Conflicten, Heatmap, HeatmapQuery, Kwartaal, NieuweClaims, Netwerk, Toezeggingen } from './capaciteit.schemas.ts'
import { OpgaveParams } from './opgave.schemas.ts'
import { magOpgaveBeheren } from './opgave.routes.ts'
import { kwartaalVan } from './kwartaal.ts'
import { vandaag } from '../../server/api-schemas.ts'

const tags = ['opgaven']
const lezen = { toegang: { handeling: 'organisatie.lezen' } } as const

export function capaciteitRoutes(api: ApiInstance) {
  api.post('/organisaties/:organisatieId/opgaven/:opgaveId/capaciteitsclaims', {
    config: { toegang: { handeling: 'opgave.beheren', object: 'houder' } },
    schema: { tags, summary: 'Capaciteit vragen aan een eenheid: FTE per kwartaal, eventueel met een profiel', params: OpgaveParams, body: NieuweClaims, response: { 201: Type.Object({ resultaten: Type.Array(Claim) }) } },
  }, async (request, reply) => {
    const { organisatieId, opgaveId } = request.params
    await magOpgaveBeheren(request, organisatieId, opgaveId)
    const ids = await request.db.transaction().execute((tx) => createClaims(tx, organisatieId, opgaveId, request.body, auditActor(request.actor)))
    const alle = await listClaims(request.db, organisatieId, { opgaveId })
    return reply.code(201).send({ resultaten: alle.filter((c) => ids.includes(c.id)) })
  })

  api.get('/organisaties/:organisatieId/capaciteitsclaims', {
    config: lezen,
    schema: { tags, summary: 'Capaciteitsclaims, met de capaciteit van de eenheid in dat kwartaal en of de claim erboven uitkomt', params: OrganisatieParams, querystring: ClaimsQuery, response: { 200: Type.Object({ resultaten: Type.Array(Claim) }) } },
  }, async (request) => ({ resultaten: await listClaims(request.db, request.params.organisatieId, request.query) }))

  api.get('/organisaties/:organisatieId/capaciteitsclaims/:claimId', {
    config: lezen,
    schema: { tags, summary: 'Eén capaciteitsclaim', params: ClaimParams, response: { 200: Claim } },
  }, async (request) => {
    const [c] = await listClaims(request.db, request.params.organisatieId, { claimId: request.params.claimId })
    if (!c) throw notFound('Capaciteitsclaim', request.params.claimId)
    return c
  })

  api.post('/organisaties/:organisatieId/capaciteitsclaims/:claimId/beantwoording', {
    config: { toegang: { handeling: 'capaciteit.toezeggen', object: 'dienst' } },
    schema: {
      tags, summary: 'De claim beantwoorden: toegekend, deels (met de FTE) of afgewezen (met reden), en de medewerkers toezeggen',
      description: 'Alleen de teammanager van de eenheid (organisatiebesluit, teammanager 4f). De toegezegde medewerkers hebben samen nooit meer FTE dan is toegekend.',
      params: ClaimParams, body: Beantwoording, response: { 200: Claim },
    },
  }, async (request) => {
    const { organisatieId, claimId } = request.params
    const c = await eenheidVanClaim(request.db, organisatieId, claimId)
    if (!c) throw notFound('Capaciteitsclaim', claimId)
    await authorize(request.toegang, 'capaciteit.toezeggen', { organisatieId, eenheidId: c.eenheid_id })
    await request.db.transaction().execute((tx) => answerClaim(tx, organisatieId, claimId, request.body, auditActor(request.actor)))
    return (await listClaims(request.db, organisatieId, { claimId }))[0]!
  })

  api.post('/organisaties/:organisatieId/capaciteitsclaims/:claimId/intrekking', {
    config: { toegang: { handeling: 'opgave.beheren', object: 'houder' } },
    schema: { tags, summary: 'Een claim intrekken; toezeggingen vervallen (en blijven bewaard)', params: ClaimParams, response: { 200: Claim } },
  }, async (request) => {
    const { organisatieId, claimId } = request.params
    const c = await eenheidVanClaim(request.db, organisatieId, claimId)
    if (!c) throw notFound('Capaciteitsclaim', claimId)
    await magOpgaveBeheren(request, organisatieId, c.opgave_id)
    await request.db.transaction().execute((tx) => withdrawClaim(tx, organisatieId, claimId, auditActor(request.actor)))
    return (await listClaims(request.db, organisatieId, { claimId }))[0]!
  })

  api.get('/organisaties/:organisatieId/capaciteit', {
    config: lezen,
    schema: { tags, summary: 'Heatmap eenheid × kwartaal: bezetting, gevraagd, toegekend, beschikbaar; eenheden met claims in de periode', params: OrganisatieParams, querystring: HeatmapQuery, response: { 200: Heatmap } },
  }, async (request) => heatmap(request.db, request.params.organisatieId, request.query.van, request.query.tot, request.query.eenheidId))

  api.get('/organisaties/:organisatieId/capaciteitsconflicten', {
    config: lezen,
    schema: { tags, summary: 'Eenheden en kwartalen waar de opgaven samen meer vragen dan er is, met de claims op prioriteit', params: OrganisatieParams, querystring: Type.Object({ van: Kwartaal, tot: Kwartaal }, { additionalProperties: false }), response: { 200: Conflicten } },
  }, async (request) => conflicten(request.db, request.params.organisatieId, request.query.van, request.query.tot))

  api.get('/organisaties/:organisatieId/samenwerking', {
    config: lezen,
    schema: { tags, summary: 'Wie werkt samen: opgaven, de eenheden die capaciteit leveren en de toegezegde personen en kernteamleden', params: OrganisatieParams, querystring: Type.Object({ kwartaal: Type.Optional(Kwartaal) }, { additionalProperties: false }), response: { 200: Netwerk } },
  }, async (request) => netwerk(request.db, request.params.organisatieId, request.query.kwartaal ?? kwartaalVan(vandaag())))

  api.get('/organisaties/:organisatieId/personen/:persoonId/toezeggingen', {
    config: lezen,
    schema: { tags, summary: 'Waar iemand is toegezegd (per kwartaal) en in welke kernteams', params: PersoonParams, response: { 200: Toezeggingen } },
  }, async (request) => toezeggingenVan(request.db, request.params.organisatieId, request.params.persoonId))
}
