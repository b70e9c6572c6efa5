// The contract of the wijzigingen API: the wijziging itself, what a client sends to make or
// replace one, and the diff (voorvertoning / resultaat) that says who and what a wijziging changes.
import { Type, type Static } from 'typebox'
import { Datum, PagineringQuery, Tijdstip, Uuid } from '../../server/api-schemas.ts'
import { Acties, EenheidSoort } from './acties.schemas.ts'

/** A string out of a fixed list (an OpenAPI enum), typed as the union of its values. */
const Keuze = <const T extends readonly string[]>(waarden: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...waarden], description })

export const WIJZIGING_STATUSSEN = ['concept', 'vastgesteld', 'ingetrokken'] as const
export const WijzigingStatus = Keuze(WIJZIGING_STATUSSEN, 'concept: nog niet toegepast; vastgesteld: toegepast en alleen-lezen; ingetrokken: nooit toegepast')

export const EenheidRef = Type.Object({ id: Uuid, naam: Type.String() }, { description: 'Een eenheid, met haar naam op de ingangsdatum' })
export type EenheidRef = Static<typeof EenheidRef>
const NullableEenheidRef = Type.Union([EenheidRef, Type.Null()])
const FunctieRef = Type.Object({ id: Uuid, naam: Type.String() })

export const OPHEFFING_REDENEN = ['opgeheven', 'samengevoegd', 'gesplitst'] as const
export type OpheffingReden = (typeof OPHEFFING_REDENEN)[number]

export const PERSOON_REDENEN = [
  'functieOpgeheven', 'eenheidSamengevoegd', 'eenheidGesplitst', 'functieVerplaatst', 'eenheidVerplaatst', 'eenheidHernoemd',
] as const
export type PersoonReden = (typeof PERSOON_REDENEN)[number]

/** What a wijziging changes on its ingangsdatum: the organisation on that date before vs after. */
export const WijzigingDiff = Type.Object(
  {
    ingangsdatum: Datum,
    eenheden: Type.Object({
      aangemaakt: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), soort: EenheidSoort, boven: NullableEenheidRef })),
      opgeheven: Type.Array(
        Type.Object({
          id: Uuid,
          naam: Type.String(),
          reden: Keuze(OPHEFFING_REDENEN, 'opgeheven, samengevoegd (gebundeld) of gesplitst (ontkoppeld)'),
        }),
      ),
      hernoemd: Type.Array(Type.Object({ id: Uuid, van: Type.String(), naar: Type.String() })),
      verplaatst: Type.Array(
        Type.Object({ id: Uuid, naam: Type.String(), van: NullableEenheidRef, naar: NullableEenheidRef }, { description: 'Een andere hiërarchisch bovenliggende eenheid' }),
      ),
    }),
    functies: Type.Object({
      verplaatst: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), vanEenheid: EenheidRef, naarEenheid: EenheidRef })),
      opgeheven: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), eenheid: EenheidRef })),
    }),
    personen: Type.Array(
      Type.Object(
        {
          id: Uuid,
          naam: Type.String(),
          functie: FunctieRef,
          reden: Keuze(PERSOON_REDENEN, 'De belangrijkste reden waarom deze persoon de wijziging merkt'),
        },
        { description: 'Iemand wiens functie verplaatst of vervalt, of wiens eenheid verandert' },
      ),
    ),
    capaciteitsclaims: Type.Optional(Type.Array(
      Type.Object({
        id: Uuid, opgaveId: Uuid, opgaveNaam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String(), kwartaal: Type.String(), fte: Type.Number(), status: Type.String(),
      }),
      { description: 'Lopende capaciteitsclaims van opgaven op eenheden die opgeheven worden, voor kwartalen die na de ingangsdatum eindigen: zij moeten een andere eenheid vinden' },
    )),
  },
  { description: 'Wie en wat verandert op de ingangsdatum' },
)
export type WijzigingDiff = Static<typeof WijzigingDiff>

export const Wijziging = Type.Object({
  id: Uuid,
  organisatieId: Uuid,
  titel: Type.String(),
  toelichting: Type.Union([Type.String(), Type.Null()]),
  ingangsdatum: Datum,
  status: WijzigingStatus,
  acties: Acties,
  resultaat: Type.Union([WijzigingDiff, Type.Null()], { description: 'Wat de vaststelling veranderde; leeg zolang de wijziging niet is vastgesteld' }),
  vastgesteldOp: Type.Union([Tijdstip, Type.Null()]),
  aangemaaktOp: Tijdstip,
  gewijzigdOp: Tijdstip,
})
export type Wijziging = Static<typeof Wijziging>

export const WijzigingSamenvatting = Type.Object({
  id: Uuid,
  titel: Type.String(),
  ingangsdatum: Datum,
  status: WijzigingStatus,
  aantalActies: Type.Integer(),
  vastgesteldOp: Type.Union([Tijdstip, Type.Null()]),
  aangemaaktOp: Tijdstip,
  gewijzigdOp: Tijdstip,
})
export type WijzigingSamenvatting = Static<typeof WijzigingSamenvatting>

export const WijzigingInvoer = Type.Object(
  {
    titel: Type.String({ minLength: 1, maxLength: 300 }),
    toelichting: Type.Optional(Type.String({ maxLength: 20000 })),
    ingangsdatum: Datum,
    acties: Acties,
  },
  { additionalProperties: false, description: 'Een wijziging in concept: alles wat zij op de ingangsdatum zal doen' },
)
export type WijzigingInvoer = Static<typeof WijzigingInvoer>

export const WijzigingenParams = Type.Object({ organisatieId: Uuid }, { additionalProperties: false })
export const WijzigingParams = Type.Object({ organisatieId: Uuid, wijzigingId: Uuid }, { additionalProperties: false })

export const WijzigingenQuery = Type.Object(
  { ...PagineringQuery, status: Type.Optional(WijzigingStatus) },
  { additionalProperties: false },
)
