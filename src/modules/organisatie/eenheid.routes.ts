import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { Datum, Pagina, paginering, vandaag } from '../../server/api-schemas.ts'
import { OrganisatieParams } from './organisatie.schemas.ts'
import { Boom, BoomKnoop, Eenheid, EenheidGeschiedenis, EenheidKort, EenheidParams, EenhedenQuery, Formatie, Lijn, PeildatumOnly } from './eenheid.schemas.ts'
import { boomOp, eenheidGeschiedenis, getEenheid, lijnenOp, listEenheden, subboomOp } from './eenheid.repository.ts'
import { formatieVan } from './formatie.repository.ts'

export function eenheidRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/boom', {
    config: { toegang: { handeling: 'organisatie.lezen' }, leesCache: { max: 50 } },
    schema: {
      tags: ['eenheden'],
      summary: 'De hele organisatie op een peildatum: eenheden (diepte-eerst) en functionele lijnen',
      params: OrganisatieParams,
      querystring: PeildatumOnly,
      response: { 200: Boom },
    },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    const { organisatieId } = request.params
    const [eenheden, functioneleLijnen] = await Promise.all([
      boomOp(request.db, organisatieId, peildatum),
      lijnenOp(request.db, organisatieId, peildatum, 'functioneel'),
    ])
    return { peildatum, eenheden, functioneleLijnen }
  })

  api.get('/organisaties/:organisatieId/eenheden', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['eenheden'],
      summary: 'Eenheden op een peildatum, te filteren op naam en soort',
      params: OrganisatieParams,
      querystring: EenhedenQuery,
      response: { 200: Pagina(EenheidKort) },
    },
  }, async (request) => {
    const { peildatum = vandaag(), pagina = 1, paginaGrootte = 50, zoek, soort } = request.query
    const r = await listEenheden(request.db, request.params.organisatieId, peildatum, { zoek, soort, offset: (pagina - 1) * paginaGrootte, limit: paginaGrootte })
    return { resultaten: r.resultaten, paginering: paginering(pagina, paginaGrootte, r.totaal) }
  })

  api.get('/organisaties/:organisatieId/eenheden/:eenheidId', {
    config: { toegang: { handeling: 'organisatie.lezen' }, leesCache: { max: 10_000 } },
    schema: {
      tags: ['eenheden'],
      summary: 'Eén eenheid op een peildatum: naam, soort, contactgegevens, bovenliggende en onderliggende eenheden, functionele lijnen',
      params: EenheidParams,
      querystring: PeildatumOnly,
      response: { 200: Eenheid },
    },
  }, async (request) => getEenheid(request.db, request.params.organisatieId, request.params.eenheidId, request.query.peildatum ?? vandaag()))

  api.get('/organisaties/:organisatieId/eenheden/:eenheidId/subboom', {
    config: { toegang: { handeling: 'organisatie.lezen' }, leesCache: { max: 500 } },
    schema: {
      tags: ['eenheden'],
      summary: 'De eenheid en alles wat er hiërarchisch onder valt, op een peildatum',
      params: EenheidParams,
      querystring: PeildatumOnly,
      response: { 200: Type.Object({ peildatum: Datum, eenheden: Type.Array(BoomKnoop) }) },
    },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    return { peildatum, eenheden: await subboomOp(request.db, request.params.organisatieId, request.params.eenheidId, peildatum) }
  })

  api.get('/organisaties/:organisatieId/eenheden/:eenheidId/formatie', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['eenheden'],
      summary: 'Formatie tegenover bezetting in FTE, van de eenheid zelf en inclusief onderliggende eenheden, met vacatures',
      params: EenheidParams,
      querystring: PeildatumOnly,
      response: { 200: Formatie },
    },
  }, async (request) => formatieVan(request.db, request.params.organisatieId, request.params.eenheidId, request.query.peildatum ?? vandaag()))

  api.get('/organisaties/:organisatieId/eenheden/:eenheidId/geschiedenis', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['eenheden'],
      summary: 'Alle versies en lijnen die de eenheid ooit had, met de wijzigingen die ze maakten',
      params: EenheidParams,
      response: { 200: EenheidGeschiedenis },
    },
  }, async (request) => eenheidGeschiedenis(request.db, request.params.organisatieId, request.params.eenheidId))

  api.get('/organisaties/:organisatieId/lijnen', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['eenheden'],
      summary: 'Hiërarchische en functionele lijnen op een peildatum',
      params: OrganisatieParams,
      querystring: Type.Object({
        peildatum: Type.Optional(Type.String({ format: 'date' })),
        soort: Type.Optional(Type.Union([Type.Literal('hierarchisch'), Type.Literal('functioneel')])),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ peildatum: Datum, lijnen: Type.Array(Lijn) }) },
    },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    return { peildatum, lijnen: await lijnenOp(request.db, request.params.organisatieId, peildatum, request.query.soort) }
  })
}
