import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, PagineringQuery, PeildatumQuery, Uuid } from '../../server/api-schemas.ts'
import { DienstverbandSchema, VervangingSchema } from './functie.schemas.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])

export const Bezetting = Type.Object({
  id: Uuid,
  persoonId: Uuid,
  functieId: Uuid,
  functieNaam: Type.String({ description: 'Naam van de functie aan het begin van de bezetting' }),
  eenheid: Type.Object({ id: Uuid, naam: Type.String() }),
  fte: Type.Number(),
  dienstverband: DienstverbandSchema,
  vervanging: VervangingSchema,
  geldigVan: Datum,
  geldigTot: NullableDatum,
})
export type Bezetting = Static<typeof Bezetting>

export const PersoonKort = Type.Object({
  id: Uuid,
  naam: Type.String(),
  functies: Type.Array(Type.Object({ functieId: Uuid, naam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String(), vervanging: VervangingSchema }), { description: 'Functies op de peildatum' }),
})

export const Persoon = Type.Object({
  id: Uuid,
  organisatieId: Uuid,
  naam: Type.String(),
  voornaam: Tekst,
  tussenvoegsel: Tekst,
  achternaam: Tekst,
  email: Tekst,
  telefoon: Tekst,
  peildatum: Datum,
  huidig: Type.Array(Bezetting, { description: 'Bezettingen op de peildatum' }),
  eerder: Type.Array(Bezetting, { description: 'Bezettingen die voor de peildatum eindigden' }),
  later: Type.Array(Bezetting, { description: 'Bezettingen die na de peildatum beginnen' }),
})

export const PersoonParams = Type.Object({ organisatieId: Uuid, persoonId: Uuid }, { additionalProperties: false })
export const BezettingParams = Type.Object({ organisatieId: Uuid, bezettingId: Uuid }, { additionalProperties: false })
export const PersonenQuery = Type.Object(
  { ...PeildatumQuery, ...PagineringQuery, zoek: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Deel van de naam' })) },
  { additionalProperties: false },
)

const Naam = Type.String({ minLength: 1, maxLength: 200 })
export const NieuwePersoon = Type.Object(
  {
    naam: Naam,
    voornaam: Type.Optional(Type.String({ maxLength: 100 })),
    tussenvoegsel: Type.Optional(Type.String({ maxLength: 30 })),
    achternaam: Type.Optional(Type.String({ maxLength: 100 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    telefoon: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
)
export const PersoonWijziging = Type.Partial(NieuwePersoon, { additionalProperties: false, minProperties: 1 })

export const NieuweBezetting = Type.Object(
  {
    persoonId: Uuid,
    functieId: Uuid,
    fte: Type.Number({ minimum: 0, maximum: 1.5 }),
    dienstverband: DienstverbandSchema,
    vervanging: Type.Optional(Type.Union([Type.Literal('loco'), Type.Literal('waarnemer')])),
    geldigVan: Datum,
    geldigTot: Type.Optional(Datum),
  },
  { additionalProperties: false },
)
export const BezettingBeeindigen = Type.Object(
  { geldigTot: Datum },
  { additionalProperties: false, description: 'Beëindigt een bezetting: de eerste dag dat zij niet meer geldt' },
)
