// The public pages: no login, server-rendered HTML that works without JavaScript (issue 3).
//   GET /organisatie                      organogram, its text version, every eenheid with contact
//   GET /organisatie/eenheden/:eenheidId  one eenheid
//   GET /organisatie/logo/:organisatieId   the organisatie's logo (huisstijl), for the page header
//   GET /toegankelijkheidsverklaring      the accessibility statement (Bdto)
// Not part of the JSON API, so hidden from the OpenAPI document. Errors are Dutch HTML pages.
import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { uitCache, type Db } from '../../db/database.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { ProblemError } from '../../server/problem.ts'
import { getHuisstijl } from '../organogram/huisstijl.repository.ts'
import { logoInVak } from '../organogram/logo.ts'
import { renderOrganogramSvg } from '../organogram/render-organogram.ts'
import type { Organisatie } from '../organisatie/organisatie.schemas.ts'
import { eenheidPagina } from './eenheid-pagina.ts'
import { foutTitel, foutpagina } from './foutpagina.ts'
import { html, type SafeHtml } from './html.ts'
import { loadPubliekeEenheid, loadPubliekeOrganisatie } from './load-publieke-organisatie.ts'
import { organisatiePagina, type OrganogramWeergave } from './organisatie-pagina.ts'
import { findOrganisatie, organisatieVanEenheid } from './publiek.repository.ts'
import { pagina, type PaginaOpties } from './publiek-pagina.ts'
import { kleurenUitHuisstijl } from './publiek-stijl.ts'
import { eenheidHref } from './eenheid-weergave.ts'
import { toegankelijkheidsverklaringPagina } from './toegankelijkheidsverklaring-pagina.ts'

interface PubliekQuery { organisatie?: string; peildatum?: string }

class PaginaFout extends Error {
  constructor(readonly status: number, readonly uitleg: string) {
    super(uitleg)
  }
}

/** '' or absent means today (an empty date field submits ''); anything else must be a real calendar date. */
function leesPeildatum(waarde: string | undefined): { peildatum: string; gekozen: boolean } {
  if (waarde === undefined || waarde === '') return { peildatum: vandaag(), gekozen: false }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde)
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!d || d.toISOString().slice(0, 10) !== waarde) {
    throw new PaginaFout(400, 'De datum moet een bestaande datum zijn, geschreven als jaar-maand-dag, bijvoorbeeld 2024-01-31.')
  }
  return { peildatum: waarde, gekozen: true }
}

function tekst(waarde: unknown): string | undefined {
  return typeof waarde === 'string' ? waarde : undefined
}

async function organisatieOf404(db: Db, ref: string | undefined): Promise<Organisatie> {
  if (ref !== undefined && (ref === '' || ref.length > 100)) throw new PaginaFout(404, 'Deze organisatie bestaat niet in Koers.')
  const org = await findOrganisatie(db, ref)
  if (!org) throw new PaginaFout(404, ref === undefined ? 'Er is nog geen organisatie gepubliceerd.' : 'Deze organisatie bestaat niet in Koers.')
  return org
}

type Huisstijl = Pick<PaginaOpties, 'kleuren' | 'lettertype' | 'logo'>

/**
 * The organisatie's house style on its pages (issue 3): its colours where they are usable
 * (publiek-stijl.ts), its font name, and its logo (served by GET /organisatie/logo/:id, sized
 * here so the header does not shift when it loads). Without one, Koers's neutral theme.
 */
async function huisstijlVan(db: Db, organisatieId: string): Promise<Huisstijl> {
  const h = await getHuisstijl(db, organisatieId)
  if (h.standaard) return {}
  const vak = h.logo ? logoInVak(h.logo, 160, 48) : null
  return {
    kleuren: kleurenUitHuisstijl(h.tokens),
    lettertype: h.tokens.lettertype,
    logo: vak ? { src: `/organisatie/logo/${organisatieId}`, breedte: Math.round(vak.breedte), hoogte: Math.round(vak.hoogte) } : null,
  }
}

/**
 * The organogram module draws a standalone SVG document; inline it without its XML prologue. Its
 * nodes link to the eenheid pages, keeping a chosen peildatum.
 */
async function organogram(db: Db, organisatieId: string, peildatum: string, peildatumQuery: string, eenheidId?: string): Promise<OrganogramWeergave> {
  const svg = await renderOrganogramSvg(db, organisatieId, { peildatum, weergave: 'boom', eenheidId, link: (id) => eenheidHref(id, peildatumQuery) })
  const api = `/api/v1/organisaties/${organisatieId}/organogram?peildatum=${peildatum}${eenheidId ? `&eenheidId=${eenheidId}` : ''}&download=true`
  return {
    svg: svg
      .replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '')
      // Inline, its nodes are links in the page: an img role would hide them (its children are
      // presentational, axe-core nested-interactive), so the drawing is a labelled group of links.
      .replace(/^<svg([^>]*?) role="img"/, '<svg$1 role="group"'),
    downloads: [
      { label: 'Organogram downloaden als SVG (vectorafbeelding)', href: `${api}&formaat=svg` },
      { label: 'Organogram downloaden als PDF (A3 liggend, om af te drukken)', href: `${api}&formaat=pdf&papier=A3` },
    ],
  }
}

/**
 * No script may run on these pages: default-src 'none' forbids every script, and the one inline
 * style block is allowed by its hash (CSP Level 3, 'hash-source'). The organogram's inline SVG
 * styles itself through presentation attributes, which CSP does not govern.
 */
function beveiligingsHeaders(reply: FastifyReply, styleHash: string) {
  reply
    .header('Content-Security-Policy', `default-src 'none'; style-src ${styleHash}; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'same-origin')
}

function stuur(request: FastifyRequest, reply: FastifyReply, status: number, opties: PaginaOpties) {
  const { body, styleHash } = pagina(opties)
  return verstuur(request, reply, status, { body, styleHash, gzip: null })
}

interface Gemaakt { body: string; styleHash: string; gzip: Buffer | null }

function verstuur(request: FastifyRequest, reply: FastifyReply, status: number, { body, styleHash, gzip }: Gemaakt) {
  beveiligingsHeaders(reply, styleHash)
  reply.code(status).type('text/html; charset=utf-8').header('Vary', 'Accept-Encoding')
  reply.header('Cache-Control', status === 200 ? 'public, max-age=60' : 'no-store')
  // The pages are text and repeat a lot: gzip makes them about a seventh of their size.
  if (body.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('Content-Encoding', 'gzip').send(gzip ?? gzipSync(body))
  }
  return reply.send(body)
}

function contactBlok(org: Organisatie): SafeHtml {
  const regels = [
    org.email ? html`<li class="utrecht-unordered-list__item">E-mail: <a class="utrecht-link utrecht-link--html-a" href="mailto:${org.email}">${org.email}</a></li>` : '',
    org.telefoon ? html`<li class="utrecht-unordered-list__item">Telefoon: ${org.telefoon}</li>` : '',
    org.postadres ? html`<li class="utrecht-unordered-list__item">Post: ${org.postadres}</li>` : '',
    org.bezoekadres ? html`<li class="utrecht-unordered-list__item">Bezoekadres: ${org.bezoekadres}</li>` : '',
  ]
  return html`<p class="utrecht-paragraph">Contact over toegankelijkheid: <strong>${org.naam}</strong></p><ul class="utrecht-unordered-list">${regels}</ul>`
}

export async function publiekRoutes(app: FastifyInstance, options: { db: Db }) {
  const { db } = options
  const route = { schema: { hide: true } }

  /**
   * A public page from the process's read cache (src/db/lees-cache.ts), built and compressed once
   * until the next write: it depends only on the URL, today and public data, never on who asks.
   * Residents' and journalists' traffic lands here. A page that fails (404) is not kept.
   */
  const openbaar = async (request: FastifyRequest, reply: FastifyReply, maak: () => Promise<PaginaOpties>) => {
    const gemaakt = await uitCache(db, 'publieke pagina', `${request.url}\n${vandaag()}`, async (): Promise<Gemaakt> => {
      const { body, styleHash } = pagina(await maak())
      return { body, styleHash, gzip: body.length > 1024 ? gzipSync(body) : null }
    }, 100) // a page of a large organisatie is a few hundred kB
    return verstuur(request, reply, 200, gemaakt)
  }

  app.setErrorHandler((error, request, reply) => {
    const fout = error instanceof PaginaFout ? error : error instanceof ProblemError ? new PaginaFout(error.status, error.detail) : null
    if (!fout) request.log.error(error)
    const status = fout?.status ?? 500
    const uitleg = fout?.uitleg ?? 'De pagina kon niet worden gemaakt. De fout is vastgelegd; probeer het later opnieuw.'
    return stuur(request, reply, status, { titel: foutTitel(status), inhoud: foutpagina(status, uitleg) })
  })

  // Under /organisatie even an unknown address gets a Dutch HTML page rather than a JSON problem.
  await app.register(async (organisatie) => {
    organisatie.setNotFoundHandler((request, reply) =>
      stuur(request, reply, 404, { titel: foutTitel(404), inhoud: foutpagina(404, 'Deze pagina bestaat niet. Misschien is het adres veranderd of verkeerd overgenomen.') }))

    organisatie.get('/', route, async (request, reply) => openbaar(request, reply, async () => {
      const query = request.query as PubliekQuery
      const ref = tekst(query.organisatie)
      const { peildatum, gekozen } = leesPeildatum(tekst(query.peildatum))
      const org = await organisatieOf404(db, ref)
      const pq = gekozen ? `?peildatum=${peildatum}` : ''
      const [data, svg, huisstijl] = await Promise.all([loadPubliekeOrganisatie(db, org, peildatum), organogram(db, org.id, peildatum, pq), huisstijlVan(db, org.id)])
      const inhoud = organisatiePagina({ data, peildatumGekozen: gekozen, organisatieRef: ref, organogram: svg })
      return {
        titel: 'Organisatie', organisatieNaam: org.naam, inhoud, huidig: 'organisatie', ...huisstijl,
        organisatieQuery: ref ? `?organisatie=${encodeURIComponent(ref)}` : undefined,
      }
    }))

    // The logo in the header. An SVG logo was checked for scripts when it was stored
    // (organogram/logo.ts); opened on its own it still runs none, by its own CSP.
    organisatie.get('/logo/:organisatieId', route, async (request, reply) => {
      const { organisatieId } = request.params as { organisatieId: string }
      const org = await organisatieOf404(db, organisatieId)
      const { logo } = await getHuisstijl(db, org.id)
      if (!logo) throw new PaginaFout(404, 'Deze organisatie heeft geen logo.')
      return reply
        .type(logo.mediatype)
        .header('Cache-Control', 'public, max-age=3600')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('X-Content-Type-Options', 'nosniff')
        .send(Buffer.from(logo.data))
    })

    organisatie.get('/eenheden/:eenheidId', route, async (request, reply) => openbaar(request, reply, async () => {
      const { eenheidId } = request.params as { eenheidId: string }
      const { peildatum, gekozen } = leesPeildatum(tekst((request.query as PubliekQuery).peildatum))
      const organisatieId = await organisatieVanEenheid(db, eenheidId)
      if (!organisatieId) throw new PaginaFout(404, 'Dit onderdeel van de organisatie bestaat niet (meer) in Koers.')
      const org = await organisatieOf404(db, organisatieId)
      const pq = gekozen ? `?peildatum=${peildatum}` : ''
      const [data, huisstijl] = await Promise.all([loadPubliekeEenheid(db, org.id, eenheidId, peildatum), huisstijlVan(db, org.id)])
      // Only an eenheid with eenheden below it gets its own (partial) organogram.
      const svg = data.eenheid.onderliggendeEenheden.length > 0 ? await organogram(db, org.id, peildatum, pq, eenheidId) : null
      const inhoud = eenheidPagina({ data, organisatieNaam: org.naam, peildatumQuery: pq, organogram: svg })
      return {
        titel: data.eenheid.naam, organisatieNaam: org.naam, inhoud, huidig: 'organisatie', ...huisstijl,
        organisatieQuery: `?organisatie=${encodeURIComponent(org.organisatiecode ?? org.id)}`,
      }
    }))
  }, { prefix: '/organisatie' })

  app.get('/toegankelijkheidsverklaring', route, async (request, reply) => {
    const org = await organisatieOf404(db, tekst((request.query as PubliekQuery).organisatie))
    return stuur(request, reply, 200, {
      titel: 'Toegankelijkheidsverklaring', organisatieNaam: org.naam, inhoud: toegankelijkheidsverklaringPagina(contactBlok(org)),
      huidig: 'toegankelijkheid', ...(await huisstijlVan(db, org.id)),
    })
  })
}
