import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, PagineringQuery, PeildatumQuery, Uuid } from '../../server/api-schemas.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])
export const DienstverbandSchema = Type.Unsafe<'vast' | 'tijdelijk' | 'inhuur' | 'stage' | 'bestuurlijk'>({
  type: 'string', enum: ['vast', 'tijdelijk', 'inhuur', 'stage', 'bestuurlijk'], description: 'Soort dienstverband; bestuurlijk voor ambtsdragers',
})
export const VervangingSchema = Type.Union([Type.Literal('loco'), Type.Literal('waarnemer'), Type.Null()], { description: 'Gezet als deze persoon de functie als loco of waarnemer vervult' })

export const Houder = Type.Object({
  bezettingId: Uuid,
  persoonId: Uuid,
  naam: Type.String(),
  fte: Type.Number(),
  dienstverband: DienstverbandSchema,
  vervanging: VervangingSchema,
  geldigVan: Datum,
  geldigTot: NullableDatum,
})
export type Houder = Static<typeof Houder>

export const RoltypeKort = Type.Object({ id: Uuid, code: Type.String(), naam: Type.String() })

export const FunctieKort = Type.Object({
  id: Uuid,
  naam: Type.String(),
  roltype: RoltypeKort,
  eenheid: Type.Object({ id: Uuid, naam: Type.String() }),
  schaal: Type.Union([Type.Integer(), Type.Null()]),
  formatieFte: Type.Number(),
  aandachtsgebied: Tekst,
  leidinggevend: Type.Boolean({ description: 'Deze functie geeft leiding aan haar eenheid' }),
  houders: Type.Array(Houder, { description: 'Bezetting op de peildatum, loco en waarnemer gemarkeerd' }),
})
export type FunctieKort = Static<typeof FunctieKort>

export const Functie = Type.Object({
  ...FunctieKort.properties,
  peildatum: Datum,
  geldigVan: Datum,
  geldigTot: NullableDatum,
  vacatureFte: Type.Number(),
  portefeuilles: Type.Array(Type.Object({ id: Uuid, naam: Type.String() })),
  versies: Type.Array(Type.Object({ eenheidId: Uuid, naam: Type.String(), schaal: Type.Union([Type.Integer(), Type.Null()]), formatieFte: Type.Number(), geldigVan: Datum, geldigTot: NullableDatum, wijzigingId: Type.Union([Uuid, Type.Null()]) })),
})
export type Functie = Static<typeof Functie>

export const FunctieParams = Type.Object({ organisatieId: Uuid, functieId: Uuid }, { additionalProperties: false })
export const FunctiesQuery = Type.Object(
  {
    ...PeildatumQuery,
    ...PagineringQuery,
    eenheidId: Type.Optional(Uuid),
    roltype: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: 'Code van het roltype, bijv. teammanager' })),
    vacant: Type.Optional(Type.Boolean({ description: 'Alleen functies met formatie en zonder bezetting' })),
    zoek: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
)

export const NieuweFunctie = Type.Object(
  {
    eenheidId: Uuid,
    roltype: Type.String({ minLength: 1, maxLength: 60, description: 'Code van het roltype' }),
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    schaal: Type.Optional(Type.Integer({ minimum: 1, maximum: 18 })),
    formatieFte: Type.Number({ minimum: 0, maximum: 10 }),
    aandachtsgebied: Type.Optional(Type.String({ maxLength: 100 })),
    leidinggevend: Type.Optional(Type.Boolean()),
    geldigVan: Datum,
  },
  { additionalProperties: false },
)

const KetenFunctie = Type.Object({ ...FunctieKort.properties })
export const Keten = Type.Object({
  peildatum: Datum,
  functie: KetenFunctie,
  hierarchisch: Type.Array(KetenFunctie, { description: 'Van de direct leidinggevende omhoog' }),
  functioneel: Type.Array(
    Type.Object({
      ...FunctieKort.properties,
      via: Type.Object({ soort: Type.Union([Type.Literal('functie'), Type.Literal('eenheid')]), id: Uuid, naam: Type.String() }, { description: 'De functie of eenheid waarvan de functionele lijn uitgaat' }),
    }),
    { description: 'Wie deze functie, haar eenheid of haar leidinggevenden functioneel aanstuurt' },
  ),
})
export type Keten = Static<typeof Keten>
