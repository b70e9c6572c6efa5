import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, PeildatumQuery, PagineringQuery, Uuid } from '../../server/api-schemas.ts'
import { EenheidSoort } from '../wijziging/acties.schemas.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])

export const EenheidKort = Type.Object({
  id: Uuid,
  naam: Type.String(),
  soort: EenheidSoort,
  bovenEenheidId: Type.Union([Uuid, Type.Null()], { description: 'De hiërarchisch bovenliggende eenheid op de peildatum' }),
})
export type EenheidKort = Static<typeof EenheidKort>

export const BoomKnoop = Type.Object({
  ...EenheidKort.properties,
  diepte: Type.Integer({ description: 'Afstand tot de wortel (0 = wortel)' }),
  aantalOnderliggend: Type.Integer({ description: 'Aantal direct onderliggende eenheden' }),
})
export type BoomKnoop = Static<typeof BoomKnoop>

export const Lijn = Type.Object({
  id: Uuid,
  soort: Type.Union([Type.Literal('hierarchisch'), Type.Literal('functioneel')]),
  eenheidId: Type.Union([Uuid, Type.Null()]),
  bovenEenheidId: Type.Union([Uuid, Type.Null()]),
  functieId: Type.Union([Uuid, Type.Null()]),
  bovenFunctieId: Type.Union([Uuid, Type.Null()]),
  omschrijving: Tekst,
  geldigVan: Datum,
  geldigTot: NullableDatum,
})
export type Lijn = Static<typeof Lijn>

export const Boom = Type.Object({
  peildatum: Datum,
  eenheden: Type.Array(BoomKnoop, { description: 'Alle eenheden op de peildatum, diepte-eerst geordend' }),
  functioneleLijnen: Type.Array(Lijn, { description: 'Functionele lijnen tussen eenheden en tussen functies op de peildatum' }),
})

export const Contact = Type.Object({
  email: Tekst,
  telefoon: Tekst,
  bezoekadres: Tekst,
  postadres: Tekst,
  website: Tekst,
})

export const EenheidVersie = Type.Object({
  naam: Type.String(),
  soort: EenheidSoort,
  geldigVan: Datum,
  geldigTot: NullableDatum,
  wijzigingId: Type.Union([Uuid, Type.Null()]),
})

export const Eenheid = Type.Object({
  id: Uuid,
  organisatieId: Uuid,
  peildatum: Datum,
  naam: Type.String(),
  soort: EenheidSoort,
  afkorting: Tekst,
  omschrijving: Tekst,
  contact: Contact,
  geldigVan: Datum,
  geldigTot: NullableDatum,
  bovenEenheid: Type.Union([Type.Object({ id: Uuid, naam: Type.String() }), Type.Null()]),
  onderliggendeEenheden: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), soort: EenheidSoort })),
  functioneleLijnen: Type.Object({
    uitgaand: Type.Array(Type.Object({ lijnId: Uuid, eenheidId: Uuid, naam: Type.String(), omschrijving: Tekst }), { description: 'Eenheden die deze eenheid functioneel aansturen' }),
    inkomend: Type.Array(Type.Object({ lijnId: Uuid, eenheidId: Uuid, naam: Type.String(), omschrijving: Tekst }), { description: 'Eenheden die deze eenheid functioneel aanstuurt' }),
  }),
  leidinggevendeFunctieId: Type.Union([Uuid, Type.Null()]),
})
export type Eenheid = Static<typeof Eenheid>

export const EenheidGeschiedenis = Type.Object({
  id: Uuid,
  versies: Type.Array(EenheidVersie),
  lijnen: Type.Array(Lijn),
  wijzigingen: Type.Array(Type.Object({ id: Uuid, titel: Type.String(), ingangsdatum: Datum, status: Type.String() })),
})

export const EenheidParams = Type.Object({ organisatieId: Uuid, eenheidId: Uuid }, { additionalProperties: false })
export const PeildatumOnly = Type.Object({ ...PeildatumQuery }, { additionalProperties: false })
export const EenhedenQuery = Type.Object(
  {
    ...PeildatumQuery,
    ...PagineringQuery,
    zoek: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Deel van de naam' })),
    soort: Type.Optional(EenheidSoort),
  },
  { additionalProperties: false },
)

export const FormatieCijfers = Type.Object({
  aantalFuncties: Type.Integer(),
  formatieFte: Type.Number({ description: 'Som van de formatie (FTE) van de functies' }),
  bezettingFte: Type.Number({ description: 'Som van de FTE van de bezettingen' }),
  vacatureFte: Type.Number({ description: 'Per functie de formatie die niet bezet is, opgeteld' }),
  vacatures: Type.Integer({ description: 'Functies met formatie en zonder bezetting' }),
  aantalBezettingen: Type.Integer(),
  perDienstverband: Type.Object({ vast: Type.Number(), tijdelijk: Type.Number(), inhuur: Type.Number(), stage: Type.Number(), bestuurlijk: Type.Number() }, { description: 'Bezetting in FTE per dienstverband' }),
})
export type FormatieCijfers = Static<typeof FormatieCijfers>

export const Formatie = Type.Object({
  eenheidId: Uuid,
  peildatum: Datum,
  eigen: FormatieCijfers,
  inclusiefOnderliggend: FormatieCijfers,
  aantalEenhedenInSubboom: Type.Integer(),
})
