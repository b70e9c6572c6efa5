import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { Datum, Uuid, vandaag } from '../../server/api-schemas.ts'
import { OrganisatieParams } from './organisatie.schemas.ts'
import { PeildatumOnly } from './eenheid.schemas.ts'
import { VervangingSchema } from './functie.schemas.ts'
import { getRoltype, listPortefeuilles, listRoltypen, zoek } from './roltype.repository.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])
const Categorie = Type.Union([Type.Literal('ambtelijk'), Type.Literal('bestuurlijk')])
const RoltypeSamenvatting = Type.Object({
  id: Uuid, code: Type.String(), naam: Type.String(), omschrijving: Tekst, categorie: Categorie, leidinggevend: Type.Boolean(),
  aantalTaken: Type.Integer(), aantalFuncties: Type.Integer({ description: 'Functies met dit roltype op de peildatum' }),
})
const Roltype = Type.Object({
  id: Uuid, code: Type.String(), naam: Type.String(), omschrijving: Tekst, categorie: Categorie, leidinggevend: Type.Boolean(), bron: Tekst, peildatum: Datum,
  taken: Type.Array(Type.Object({ nummer: Type.String({ description: 'Zoals genummerd in de bron, bijv. 4g' }), tekst: Type.String() })),
  functies: Type.Array(Type.Object({
    functieId: Uuid, functieNaam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String(),
    persoonId: Type.Union([Uuid, Type.Null()]), persoonNaam: Tekst, vervanging: VervangingSchema,
  }), { description: 'Functies met dit roltype en wie ze op de peildatum bekleedt (leeg = vacature)' }),
})
const Portefeuille = Type.Object({
  id: Uuid, naam: Type.String(), functieId: Uuid, functieNaam: Type.String(),
  portefeuillehouder: Type.Union([Type.Object({ persoonId: Uuid, naam: Type.String() }), Type.Null()]),
})
const Zoekresultaten = Type.Object({
  zoekterm: Type.String(),
  peildatum: Datum,
  eenheden: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), soort: Type.String() })),
  functies: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String() })),
  personen: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), functie: Tekst, eenheidNaam: Tekst })),
})

export function roltypeRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/roltypen', {
    schema: { tags: ['roltypen'], summary: 'Roltypen van de organisatie', params: OrganisatieParams, querystring: PeildatumOnly, response: { 200: Type.Object({ resultaten: Type.Array(RoltypeSamenvatting) }) } },
  }, async (request) => ({ resultaten: await listRoltypen(api.db, request.params.organisatieId, request.query.peildatum ?? vandaag()) }))

  api.get('/organisaties/:organisatieId/roltypen/:roltypeId', {
    schema: {
      tags: ['roltypen'],
      summary: 'Eén roltype met zijn genummerde taken en wie het bekleedt',
      params: Type.Object({ organisatieId: Uuid, roltypeId: Uuid }, { additionalProperties: false }),
      querystring: PeildatumOnly,
      response: { 200: Roltype },
    },
  }, async (request) => getRoltype(api.db, request.params.organisatieId, request.params.roltypeId, request.query.peildatum ?? vandaag()))

  api.get('/organisaties/:organisatieId/portefeuilles', {
    schema: { tags: ['bestuur'], summary: 'Portefeuilles van het college met hun portefeuillehouder op de peildatum', params: OrganisatieParams, querystring: PeildatumOnly, response: { 200: Type.Object({ peildatum: Datum, resultaten: Type.Array(Portefeuille) }) } },
  }, async (request) => {
    const peildatum = request.query.peildatum ?? vandaag()
    return { peildatum, resultaten: await listPortefeuilles(api.db, request.params.organisatieId, peildatum) }
  })

  api.get('/organisaties/:organisatieId/zoekresultaten', {
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
  }, async (request) => zoek(api.db, request.params.organisatieId, request.query.zoekterm.trim(), request.query.peildatum ?? vandaag(), request.query.limiet ?? 20))
}
