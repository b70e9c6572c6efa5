// Request and response schemas of capaciteitsclaims and the capacity views (issue 5).
import { Type, type Static } from 'typebox'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'
import { KWARTAAL_PATROON } from './kwartaal.ts'

export const Kwartaal = Type.String({ pattern: KWARTAAL_PATROON, description: 'Kwartaal als JJJJ-Qn, bijv. 2027-Q1' })
const Fte = Type.Number({ minimum: 0.01, maximum: 100, multipleOf: 0.01 })

export const NieuweClaims = Type.Object({
  eenheidId: Uuid,
  kwartalen: Type.Array(Type.Object({ kwartaal: Kwartaal, fte: Fte }, { additionalProperties: false }), { minItems: 1, maxItems: 20, description: 'FTE per kwartaal' }),
  profiel: Type.Optional(Type.String({ maxLength: 300, description: 'Het gevraagde profiel, bijv. "beleidsadviseur ruimte"' })),
  toelichting: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false })

export const Beantwoording = Type.Object({
  besluit: Type.Union([Type.Literal('toegekend'), Type.Literal('deels'), Type.Literal('afgewezen')]),
  toegekendFte: Type.Optional(Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.01, description: 'Verplicht bij deels: minder dan gevraagd' })),
  reden: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'Verplicht bij afgewezen' })),
  toezeggingen: Type.Optional(Type.Array(Type.Object({ persoonId: Uuid, fte: Fte }, { additionalProperties: false }), { maxItems: 50, description: 'De medewerkers die het team inzet; samen hoogstens de toegekende FTE' })),
}, { additionalProperties: false })
export type Beantwoording = Static<typeof Beantwoording>

export const ClaimParams = Type.Object({ organisatieId: Uuid, claimId: Uuid })
export const ClaimsQuery = Type.Object({
  opgaveId: Type.Optional(Uuid), eenheidId: Type.Optional(Uuid), kwartaal: Type.Optional(Kwartaal), status: Type.Optional(Type.String({ maxLength: 20 })),
}, { additionalProperties: false })

export const Claim = Type.Object({
  id: Uuid, opgaveId: Uuid, opgaveNaam: Type.String(), opgavePrioriteit: Type.Union([Type.Integer(), Type.Null()]),
  eenheidId: Uuid, eenheidNaam: Type.String(), kwartaal: Kwartaal, fte: Type.Number(), profiel: Type.Union([Type.String(), Type.Null()]),
  toelichting: Type.Union([Type.String(), Type.Null()]), status: Type.String(), toegekendFte: Type.Number(), reden: Type.Union([Type.String(), Type.Null()]),
  beantwoordOp: Type.Union([Tijdstip, Type.Null()]),
  toezeggingen: Type.Array(Type.Object({ persoonId: Uuid, naam: Type.String(), fte: Type.Number() })),
  capaciteit: Type.Object({
    bezettingFte: Type.Number({ description: 'FTE van de bezetting van de eenheid op de eerste dag van het kwartaal' }),
    toegekendFte: Type.Number({ description: 'Al toegekend aan alle opgaven in dat kwartaal' }),
    gevraagdOpenFte: Type.Number({ description: 'Nog onbeantwoord gevraagd door alle opgaven in dat kwartaal' }),
    beschikbaarFte: Type.Number({ description: 'bezetting − toegekend' }),
  }),
  bovenCapaciteit: Type.Boolean({ description: 'Toegekend plus openstaand gevraagd is meer dan de bezetting (of, na beantwoording: toegekend is meer dan de bezetting)' }),
})
export type Claim = Static<typeof Claim>

export const HeatmapQuery = Type.Object({ van: Kwartaal, tot: Kwartaal, eenheidId: Type.Optional(Uuid) }, { additionalProperties: false })
export const Cel = Type.Object({ kwartaal: Kwartaal, bezettingFte: Type.Number(), gevraagdFte: Type.Number(), toegekendFte: Type.Number(), beschikbaarFte: Type.Number(), overbelast: Type.Boolean(), conflict: Type.Boolean() })
export const Heatmap = Type.Object({
  kwartalen: Type.Array(Kwartaal),
  eenheden: Type.Array(Type.Object({ eenheidId: Uuid, naam: Type.String(), cellen: Type.Array(Cel) })),
})
export const Conflicten = Type.Object({
  resultaten: Type.Array(Type.Object({
    eenheidId: Uuid, eenheidNaam: Type.String(), kwartaal: Kwartaal, bezettingFte: Type.Number(), gevraagdFte: Type.Number(), tekortFte: Type.Number(),
    claims: Type.Array(Type.Object({ claimId: Uuid, opgaveId: Uuid, opgaveNaam: Type.String(), prioriteit: Type.Union([Type.Integer(), Type.Null()]), fte: Type.Number(), status: Type.String() }), { description: 'Op prioriteit van de opgave, hoogste eerst' }),
  })),
})
export const Netwerk = Type.Object({
  knopen: Type.Array(Type.Object({ id: Uuid, soort: Type.Union([Type.Literal('opgave'), Type.Literal('eenheid'), Type.Literal('persoon')]), naam: Type.String() })),
  verbindingen: Type.Array(Type.Object({ van: Uuid, naar: Type.String(), soort: Type.Union([Type.Literal('claim'), Type.Literal('toezegging'), Type.Literal('kernteam')]), fte: Type.Union([Type.Number(), Type.Null()]) })),
})
export const Toezeggingen = Type.Object({
  persoonId: Uuid,
  toezeggingen: Type.Array(Type.Object({ claimId: Uuid, opgaveId: Uuid, opgaveNaam: Type.String(), eenheidNaam: Type.String(), kwartaal: Kwartaal, fte: Type.Number() })),
  kernteams: Type.Array(Type.Object({ opgaveId: Uuid, opgaveNaam: Type.String(), rol: Type.String() })),
})
