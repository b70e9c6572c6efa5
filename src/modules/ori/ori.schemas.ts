// The shapes of the VNG ORI API ("Open Raads-, Staten- en Bestuursinformatie", version
// 2.0.0-beta.4, ../shared/standards/ori/vng-ori-openapi.yaml): the components Vergadering,
// Agendapunt and Besluit with the properties Koers can fill, and their Paginated…List wrappers
// (next, previous, results). Property names, lengths and enums are the standard's.
import { Type, type TSchema } from 'typebox'
import { Uuid } from '../../server/api-schemas.ts'

const Url = Type.String({ format: 'uri', minLength: 1, description: 'URL-referentie naar dit object' })
const Id = Type.String({ minLength: 1, maxLength: 40, description: 'Unieke resource identifier' })
const Verwijzing = Type.Object({ id: Id, url: Url }, { description: 'VerwijzingNaarResource' })
const DateTime = Type.String({ format: 'date-time' })

export const OriGemeente = Type.Object({
  gemeentecode: Type.String({ minLength: 1, maxLength: 4, description: 'De code van de gemeente in Tabel 33 van de landelijke tabellen' }),
  gemeentenaam: Type.String({ minLength: 1 }),
})

export const OriVergadering = Type.Object({
  url: Url,
  id: Id,
  naam: Type.String({ maxLength: 100 }),
  vergaderingstype: Type.Union([Type.Literal('raadsvergadering'), Type.Literal('commissievergadering'), Type.Literal('presidium'), Type.Literal('statenvergadering'), Type.Literal('algemene_bestuursvergadering')]),
  status: Type.Union([Type.Literal('gepland'), Type.Literal('gehouden'), Type.Literal('geannuleerd')]),
  geplandeAanvangVergadering: DateTime,
  geplandeEindeVergadering: DateTime,
  geplandeVergaderdatum: Type.String({ format: 'date' }),
  vergaderdatum: Type.Optional(Type.String({ format: 'date' })),
  locatie: Type.Optional(Type.String({ maxLength: 100 })),
  georganiseerdDoorGremium: Type.Object({ gremiumidentificatie: Type.String({ minLength: 1, maxLength: 10 }), gremiumnaam: Type.String({ minLength: 1, maxLength: 100 }) }),
  gemeente: Type.Optional(OriGemeente),
  agendapunten: Type.Array(Url, { uniqueItems: true }),
})

export const OriAgendapunt = Type.Object({
  url: Url,
  id: Id,
  vergadering: Verwijzing,
  agendapuntTitel: Type.String({ minLength: 1, maxLength: 100 }),
  agendapuntOmschrijving: Type.Optional(Type.String()),
  agendapuntvolgnummer: Type.String({ maxLength: 3 }),
  agendapuntKenmerk: Type.String({ maxLength: 20 }),
  indicatorBehandeld: Type.Boolean(),
  gemeente: Type.Optional(OriGemeente),
})

export const OriBesluit = Type.Object({
  url: Url,
  id: Id,
  besluitresultaat: Type.String({ maxLength: 200 }),
  besluittoelichting: Type.Optional(Type.String({ maxLength: 200 })),
})

export function OriPagina<T extends TSchema>(item: T) {
  return Type.Object({
    next: Type.Union([Type.String({ format: 'uri' }), Type.Null()]),
    previous: Type.Union([Type.String({ format: 'uri' }), Type.Null()]),
    results: Type.Array(item),
  })
}

export const OriQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Paginanummer, vanaf 1 (100 per pagina), zoals in de ORI-API' })),
}, { additionalProperties: false })

export const OriParams = (naam: string) => Type.Object({ organisatieId: Uuid, [naam]: Uuid }, { additionalProperties: false })
