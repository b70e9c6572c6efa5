import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { Datum, Uuid, vandaag } from '../../server/api-schemas.ts'
import { OrganisatieParams } from './organisatie.schemas.ts'
import { PeildatumOnly } from './eenheid.schemas.ts'
import { Portefeuille, Roltype, RoltypeSamenvatting, Zoekresultaten } from './roltype.schemas.ts'
import { getRoltype, listPortefeuilles, listRoltypen, zoek } from './roltype.repository.ts'

export function roltypeRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/roltypen', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: { tags: ['roltypen'], summary: 'Roltypen van de organisatie', params: OrganisatieParams, querystring: PeildatumOnly, response: { 200: Type.Object({ resultaten: Type.Array(RoltypeSamenvatting) }) } },
  }, async (request) => ({ resultaten: await listRoltypen(request.db, request.params.organisatieId, request.query.peildatum ?? vandaag()) }))

  api.get('/organisaties/:organisatieId/roltypen/:roltypeId', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['roltypen'],
      summary: 'Eén roltype met zijn genummerde taken en wie het bekleedt',
      params: Type.Object({ organisatieId: Uuid, roltypeId: Uuid }, { additionalProperties: false }),
      querystring: PeildatumOnly,
      response: { 200: Roltype },
    },
  }, async (request) => getRoltype(request.db, request.params.organisatieId, request.params.roltypeId, request.query.peildatum ?? vandaag()))

  api.get('/organisaties/:organisatieId/portefeuilles', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: { tags: ['bestuur'], summary: 'Portefeuilles van het college met hun portefeuillehouder op de peildatum', params: OrganisatieParams, querystring: PeildatumOnly, response: { 200: Type.Object({ peildatum: Datum, resultaten: Type.Array(Portefeuille) }) } },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    return { peildatum, resultaten: await listPortefeuilles(request.db, request.params.organisatieId, peildatum) }
  })

  api.get('/organisaties/:organisatieId/zoekresultaten', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['organisaties'],
      summary: 'Zoeken op naam van eenheid, functie of persoon',
      params: OrganisatieParams,
      querystring: Type.Object({
        zoekterm: Type.String({ minLength: 2, maxLength: 200 }),
        peildatum: Type.Optional(Type.String({ format: 'date' })),
        limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      }, { additionalProperties: false }),
      response: { 200: Zoekresultaten },
    },
  }, async (request) => zoek(request.db, request.params.organisatieId, request.query.zoekterm.trim(), request.query.peildatum ?? vandaag(), request.query.limiet ?? 20))
}
