import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, Uuid } from '../../server/api-schemas.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])

export const Organisatie = Type.Object({
  id: Uuid,
  naam: Type.String(),
  soort: Type.Union([Type.Literal('gemeente'), Type.Literal('gemeenschappelijke_regeling'), Type.Literal('overig')]),
  organisatiecode: Tekst,
  tooiUri: Tekst,
  cbsCode: Tekst,
  oin: Tekst,
  kvk: Tekst,
  afkorting: Tekst,
  website: Tekst,
  email: Tekst,
  telefoon: Tekst,
  bezoekadres: Tekst,
  postadres: Tekst,
  geldigVan: Datum,
  geldigTot: NullableDatum,
})
export type Organisatie = Static<typeof Organisatie>

export const OrganisatieParams = Type.Object({ organisatieId: Uuid }, { additionalProperties: false })
