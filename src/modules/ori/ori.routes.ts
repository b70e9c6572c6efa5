// The public part of meetings, agenda items and decisions in the shapes of the VNG ORI API
// (../shared/standards/ori/vng-ori-openapi.yaml, 2.0.0-beta.4): /ori/vergaderingen, /ori/agendapunten
// and /ori/besluiten with their items, public (Woo; Gemeentewet art. 23: raad meetings are public).
// Only overleggen with openbaar = true ever appear. Mapping:
// - vergaderingstype: a besluitvormende raad → raadsvergadering; any other public overleg →
//   commissievergadering (the standard knows no other type for a gemeente);
// - status: gepland, agenda gepubliceerd and geopend → gepland; gesloten → gehouden; geannuleerd;
// - gremiumidentificatie (at most 10 characters): the first 10 hex digits of the overleg's id;
// - a Besluit is the decision on one agendapunt and has that agendapunt's id (the standard's Besluit
//   has no reference to its agendapunt); besluitresultaat is the uitkomst with the vote count.
import type { FastifyRequest } from 'fastify'
import { DateTime } from 'luxon'
import type { ApiInstance } from '../../server/routes.ts'
import { notFound } from '../../server/problem.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { oriAgendapunten, oriOrganisatie, oriVergaderingen } from './ori.repository.ts'
import { OriAgendapunt, OriBesluit, OriPagina, OriParams, OriQuery, OriVergadering } from './ori.schemas.ts'

const tags = ['ori']
const PUBLIEK = { toegang: { publiek: true } } as const
const PER_PAGINA = 100

const UITKOMST: Record<string, string> = {
  aangenomen: 'Aangenomen', geamendeerd_aangenomen: 'Geamendeerd aangenomen', verworpen: 'Verworpen', aangehouden: 'Aangehouden',
}

const kort = (tekst: string, max: number) => (tekst.length <= max ? tekst : `${tekst.slice(0, max - 1)}…`)

type Vergadering = Awaited<ReturnType<typeof oriVergaderingen>>[number]
type Agendapunt = Awaited<ReturnType<typeof oriAgendapunten>>[number]

/** The absolute base of the ORI resources of the organisatie, on the host the request came to. */
function basis(request: FastifyRequest, organisatieId: string) {
  return `${request.protocol}://${request.host}/api/v1/organisaties/${organisatieId}/ori`
}

async function gemeenteVan(request: FastifyRequest, organisatieId: string) {
  const org = await oriOrganisatie(request.db, organisatieId)
  if (!org) throw notFound('Organisatie', organisatieId)
  // Tabel 33 (gemeenten): four digits; Koers's organisatiecode is "gm" + those digits (TOOI).
  const code = /^gm(\d{4})$/i.exec(org.organisatiecode ?? '')?.[1] ?? /^(?:gm)?(\d{4})$/i.exec(org.cbs_code ?? '')?.[1]
  return org.soort === 'gemeente' && code ? { gemeente: { gemeentecode: code, gemeentenaam: org.naam } } : {}
}

const datum = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Amsterdam' }).toISODate()!

function vergaderingUit(b: string, v: Vergadering, gemeente: object) {
  const status = v.status === 'gesloten' ? 'gehouden' as const : v.status === 'geannuleerd' ? 'geannuleerd' as const : 'gepland' as const
  const locatie = v.locatie ?? v.overleg_locatie
  return {
    url: `${b}/vergaderingen/${v.id}`, id: v.id,
    naam: kort(v.overleg_naam, 100),
    vergaderingstype: v.overleg_soort === 'besluitvormende_raad' ? 'raadsvergadering' as const : 'commissievergadering' as const,
    status,
    geplandeAanvangVergadering: v.begin.toISOString(), geplandeEindeVergadering: v.eind.toISOString(), geplandeVergaderdatum: datum(v.begin),
    ...(status === 'gehouden' ? { vergaderdatum: datum(v.begin) } : {}),
    ...(locatie ? { locatie: kort(locatie, 100) } : {}),
    georganiseerdDoorGremium: { gremiumidentificatie: v.overleg_id.replace(/-/g, '').slice(0, 10), gremiumnaam: kort(v.overleg_naam, 100) },
    ...gemeente,
    agendapunten: v.agendapunten.map((id) => `${b}/agendapunten/${id}`),
  }
}

function agendapuntUit(b: string, a: Agendapunt, gemeente: object) {
  return {
    url: `${b}/agendapunten/${a.id}`, id: a.id,
    vergadering: { id: a.vergadering_id, url: `${b}/vergaderingen/${a.vergadering_id}` },
    agendapuntTitel: kort(a.titel, 100),
    ...(a.toelichting ? { agendapuntOmschrijving: a.toelichting } : {}),
    agendapuntvolgnummer: String(a.volgorde).slice(0, 3),
    agendapuntKenmerk: String(a.volgorde).slice(0, 20),
    indicatorBehandeld: a.status !== 'open',
    ...gemeente,
  }
}

function besluitUit(b: string, a: Agendapunt) {
  const stemmen = a.stemmen_voor !== null ? ` (${a.stemmen_voor} voor, ${a.stemmen_tegen ?? 0} tegen${a.onthoudingen ? `, ${a.onthoudingen} onthouding${a.onthoudingen === 1 ? '' : 'en'}` : ''})` : ''
  return {
    url: `${b}/besluiten/${a.id}`, id: a.id,
    besluitresultaat: kort(`${UITKOMST[a.uitkomst ?? ''] ?? 'Besloten'}${stemmen}`, 200),
    ...(a.besluit ? { besluittoelichting: kort(a.besluit, 200) } : {}),
  }
}

/** next/previous as the ORI API pages them (?page=n). */
function pagina<T>(request: FastifyRequest, page: number, results: T[], meer: boolean) {
  const url = (n: number) => `${request.protocol}://${request.host}${request.url.split('?')[0]}?page=${n}`
  return { next: meer ? url(page + 1) : null, previous: page > 1 ? url(page - 1) : null, results }
}

export function oriRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/ori/vergaderingen', {
    config: PUBLIEK,
    schema: { tags, summary: 'Openbare vergaderingen als ORI-Vergadering (PaginatedVergaderingList), nieuwste eerst', params: OrganisatieParams, querystring: OriQuery, response: { 200: OriPagina(OriVergadering) } },
  }, async (request) => {
    const { organisatieId } = request.params
    const page = request.query.page ?? 1
    const gemeente = await gemeenteVan(request, organisatieId)
    const rijen = await oriVergaderingen(request.db, organisatieId, { limiet: PER_PAGINA + 1, offset: (page - 1) * PER_PAGINA })
    const b = basis(request, organisatieId)
    return pagina(request, page, rijen.slice(0, PER_PAGINA).map((v) => vergaderingUit(b, v, gemeente)), rijen.length > PER_PAGINA)
  })

  api.get('/organisaties/:organisatieId/ori/vergaderingen/:vergaderingId', {
    config: PUBLIEK,
    schema: { tags, summary: 'Eén openbare vergadering als ORI-Vergadering', params: OriParams('vergaderingId'), response: { 200: OriVergadering } },
  }, async (request) => {
    const { organisatieId, vergaderingId } = request.params as { organisatieId: string; vergaderingId: string }
    const gemeente = await gemeenteVan(request, organisatieId)
    const [v] = await oriVergaderingen(request.db, organisatieId, { vergaderingId, limiet: 1, offset: 0 })
    if (!v) throw notFound('Openbare vergadering', vergaderingId)
    return vergaderingUit(basis(request, organisatieId), v, gemeente)
  })

  api.get('/organisaties/:organisatieId/ori/agendapunten', {
    config: PUBLIEK,
    schema: { tags, summary: 'Agendapunten van openbare vergaderingen met een gepubliceerde agenda als ORI-Agendapunt (PaginatedAgendapuntList)', params: OrganisatieParams, querystring: OriQuery, response: { 200: OriPagina(OriAgendapunt) } },
  }, async (request) => {
    const { organisatieId } = request.params
    const page = request.query.page ?? 1
    const gemeente = await gemeenteVan(request, organisatieId)
    const rijen = await oriAgendapunten(request.db, organisatieId, { limiet: PER_PAGINA + 1, offset: (page - 1) * PER_PAGINA })
    const b = basis(request, organisatieId)
    return pagina(request, page, rijen.slice(0, PER_PAGINA).map((a) => agendapuntUit(b, a, gemeente)), rijen.length > PER_PAGINA)
  })

  api.get('/organisaties/:organisatieId/ori/agendapunten/:agendapuntId', {
    config: PUBLIEK,
    schema: { tags, summary: 'Eén agendapunt van een openbare vergadering als ORI-Agendapunt', params: OriParams('agendapuntId'), response: { 200: OriAgendapunt } },
  }, async (request) => {
    const { organisatieId, agendapuntId } = request.params as { organisatieId: string; agendapuntId: string }
    const gemeente = await gemeenteVan(request, organisatieId)
    const [a] = await oriAgendapunten(request.db, organisatieId, { agendapuntId, limiet: 1, offset: 0 })
    if (!a) throw notFound('Openbaar agendapunt', agendapuntId)
    return agendapuntUit(basis(request, organisatieId), a, gemeente)
  })

  api.get('/organisaties/:organisatieId/ori/besluiten', {
    config: PUBLIEK,
    schema: { tags, summary: 'Besluiten over agendapunten van openbare vergaderingen als ORI-Besluit (PaginatedBesluitList); het id is dat van het agendapunt', params: OrganisatieParams, querystring: OriQuery, response: { 200: OriPagina(OriBesluit) } },
  }, async (request) => {
    const { organisatieId } = request.params
    const page = request.query.page ?? 1
    await gemeenteVan(request, organisatieId)
    const rijen = await oriAgendapunten(request.db, organisatieId, { alleenBesloten: true, limiet: PER_PAGINA + 1, offset: (page - 1) * PER_PAGINA })
    const b = basis(request, organisatieId)
    return pagina(request, page, rijen.slice(0, PER_PAGINA).map((a) => besluitUit(b, a)), rijen.length > PER_PAGINA)
  })

  api.get('/organisaties/:organisatieId/ori/besluiten/:besluitId', {
    config: PUBLIEK,
    schema: { tags, summary: 'Eén besluit over een agendapunt van een openbare vergadering als ORI-Besluit', params: OriParams('besluitId'), response: { 200: OriBesluit } },
  }, async (request) => {
    const { organisatieId, besluitId } = request.params as { organisatieId: string; besluitId: string }
    await gemeenteVan(request, organisatieId)
    const [a] = await oriAgendapunten(request.db, organisatieId, { agendapuntId: besluitId, alleenBesloten: true, limiet: 1, offset: 0 })
    if (!a) throw notFound('Openbaar besluit', besluitId)
    return besluitUit(basis(request, organisatieId), a)
  })
}
