import type { ApiInstance } from '../../server/routes.ts'
import { Pagina, paginering, vandaag } from '../../server/api-schemas.ts'
import { inTransaction } from '../../db/database.ts'
import { OrganisatieParams } from './organisatie.schemas.ts'
import { PeildatumOnly } from './eenheid.schemas.ts'
import { Functie, FunctieKort, FunctieParams, FunctiesQuery, Keten, NieuweFunctie } from './functie.schemas.ts'
import { createFunctie, getFunctie, listFuncties } from './functie.repository.ts'
import { ketenVanFunctie } from './keten.ts'

export function functieRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/functies', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['functies'],
      summary: 'Functies op een peildatum met hun bezetting; te filteren op eenheid, roltype, vacature en naam',
      params: OrganisatieParams,
      querystring: FunctiesQuery,
      response: { 200: Pagina(FunctieKort) },
    },
  }, async (request) => {
    const { peildatum = vandaag(), pagina = 1, paginaGrootte = 50, eenheidId, roltype, vacant, zoek } = request.query
    const r = await listFuncties(request.db, request.params.organisatieId, peildatum, { eenheidId, roltype, vacant, zoek, offset: (pagina - 1) * paginaGrootte, limit: paginaGrootte })
    return { resultaten: r.resultaten, paginering: paginering(pagina, paginaGrootte, r.totaal) }
  })

  api.post('/organisaties/:organisatieId/functies', {
    config: { toegang: { handeling: 'functie.beheren', object: 'dienst' } },
    schema: {
      tags: ['functies'],
      summary: 'Een nieuwe functie (formatie) in een eenheid, vanaf een datum',
      params: OrganisatieParams,
      body: NieuweFunctie,
      response: { 201: Functie },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const id = await inTransaction(request.db, (tx) => createFunctie(tx, organisatieId, request.body, request.toegang))
    const functie = await getFunctie(request.db, organisatieId, id, request.body.geldigVan)
    return reply.code(201).header('Location', `/api/v1/organisaties/${organisatieId}/functies/${id}`).send(functie)
  })

  api.get('/organisaties/:organisatieId/functies/:functieId', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['functies'],
      summary: 'Eén functie op een peildatum: roltype, eenheid, schaal, formatie, bezetting en versies',
      params: FunctieParams,
      querystring: PeildatumOnly,
      response: { 200: Functie },
    },
  }, async (request) => getFunctie(request.db, request.params.organisatieId, request.params.functieId, request.query.peildatum ?? vandaag()))

  api.get('/organisaties/:organisatieId/functies/:functieId/keten', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['functies'],
      summary: 'De hiërarchische en de functionele keten boven een functie ("wie is mijn leidinggevende", "wie stuurt ons functioneel aan")',
      params: FunctieParams,
      querystring: PeildatumOnly,
      response: { 200: Keten },
    },
  }, async (request) => ketenVanFunctie(request.db, request.params.organisatieId, request.params.functieId, request.query.peildatum ?? vandaag()))
}
