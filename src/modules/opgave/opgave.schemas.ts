// Request and response schemas of opgaven (issue 5).
import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, Tijdstip, Uuid } from '../../server/api-schemas.ts'

const Tekst = (max = 500) => Type.String({ minLength: 1, maxLength: max })
export const OpgaveSoort = Type.Union([Type.Literal('programma'), Type.Literal('project'), Type.Literal('maatschappelijke_opgave')])
export const Domein = Type.Union([Type.Literal('fysiek'), Type.Literal('sociaal'), Type.Literal('economie'), Type.Literal('bedrijfsvoering')])
export const OpgaveStatus = Type.Union([Type.Literal('verkenning'), Type.Literal('actief'), Type.Literal('afgerond'), Type.Literal('gestopt')])
export const Oordeel = Type.Union([Type.Literal('op_koers'), Type.Literal('risico'), Type.Literal('uit_koers')])
export const PartnerSoort = Type.Union([Type.Literal('burgers'), Type.Literal('bedrijf'), Type.Literal('instelling'), Type.Literal('organisatie')])

export const OpgaveParams = Type.Object({ organisatieId: Uuid, opgaveId: Uuid })
export const ActieParams = Type.Object({ organisatieId: Uuid, opgaveId: Uuid, actieId: Uuid })

const NieuwDoel = Type.Object({
  omschrijving: Tekst(), indicator: Tekst(200), meeteenheid: Tekst(50),
  nulwaarde: Type.Optional(Type.Number()), streefwaarde: Type.Number(), streefdatum: Datum,
}, { additionalProperties: false })
const NieuweActie = Type.Object({ omschrijving: Tekst(), eigenaarFunctieId: Uuid, deadline: Datum }, { additionalProperties: false })
const NieuwKernteamlid = Type.Object({ persoonId: Uuid, rol: Tekst(100) }, { additionalProperties: false })
const NieuwePartner = Type.Object({ naam: Tekst(200), soort: PartnerSoort, rol: Type.Optional(Type.String({ maxLength: 300 })) }, { additionalProperties: false })

export const NieuweOpgave = Type.Object({
  naam: Tekst(200),
  soort: OpgaveSoort,
  maatschappelijkDoel: Tekst(2000),
  domein: Domein,
  portefeuilleId: Type.Optional(Uuid),
  ambtelijkOpdrachtgeverId: Uuid,
  opgavemanagerId: Type.Optional(Uuid),
  status: Type.Optional(OpgaveStatus),
  startdatum: Datum,
  einddatum: Type.Optional(Datum),
  kernteam: Type.Optional(Type.Array(NieuwKernteamlid, { maxItems: 50 })),
  partners: Type.Optional(Type.Array(NieuwePartner, { maxItems: 50 })),
  doelen: Type.Optional(Type.Array(NieuwDoel, { maxItems: 30 })),
  acties: Type.Optional(Type.Array(NieuweActie, { maxItems: 100 })),
}, { additionalProperties: false })
export type NieuweOpgave = Static<typeof NieuweOpgave>

export const OpgaveWijziging = Type.Object({
  naam: Type.Optional(Tekst(200)),
  maatschappelijkDoel: Type.Optional(Tekst(2000)),
  status: Type.Optional(OpgaveStatus),
  opgavemanagerId: Type.Optional(Uuid),
  portefeuilleId: Type.Optional(Uuid),
  einddatum: Type.Optional(Datum),
}, { additionalProperties: false, minProperties: 1 })

export const NieuweMeting = Type.Object({ doelId: Uuid, peildatum: Datum, waarde: Type.Number(), toelichting: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false })
export const NieuweRapportage = Type.Object({ periode: Tekst(50), oordeel: Oordeel, toelichting: Tekst(4000) }, { additionalProperties: false })
export const ActieStatus = Type.Object({ status: Type.Union([Type.Literal('open'), Type.Literal('gereed'), Type.Literal('vervallen')]) }, { additionalProperties: false })
export { NieuweActie, NieuwKernteamlid }
export const Prioriteiten = Type.Object({
  volgorde: Type.Array(Uuid, { minItems: 1, maxItems: 1000, uniqueItems: true, description: 'Opgaven van hoogste naar laagste prioriteit; niet genoemde opgaven verliezen hun prioriteit' }),
}, { additionalProperties: false })

const Ref = Type.Object({ id: Uuid, naam: Type.String() })
const FunctieMetHouder = Type.Object({ id: Uuid, naam: Type.String(), eenheidNaam: Type.Union([Type.String(), Type.Null()]), houders: Type.Array(Ref) })

export const OpgaveSamenvatting = Type.Object({
  id: Uuid, naam: Type.String(), soort: OpgaveSoort, domein: Domein, status: OpgaveStatus,
  prioriteit: Type.Union([Type.Integer(), Type.Null()]), startdatum: Datum, einddatum: NullableDatum,
  oordeel: Type.Union([Oordeel, Type.Null()], { description: 'Het oordeel van de laatste voortgangsrapportage' }),
  gevraagdFte: Type.Number(), toegekendFte: Type.Number(),
})

export const Opgave = Type.Object({
  ...OpgaveSamenvatting.properties,
  maatschappelijkDoel: Type.String(),
  bestuurlijkOpdrachtgever: Type.Union([Type.Object({ portefeuilleId: Uuid, portefeuille: Type.String(), houders: Type.Array(Ref) }), Type.Null()]),
  ambtelijkOpdrachtgever: FunctieMetHouder,
  opgavemanager: Type.Union([FunctieMetHouder, Type.Null()]),
  kernteam: Type.Array(Type.Object({ id: Uuid, persoonId: Uuid, naam: Type.String(), rol: Type.String() })),
  partners: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), soort: PartnerSoort, rol: Type.Union([Type.String(), Type.Null()]) })),
  doelen: Type.Array(Type.Object({
    id: Uuid, omschrijving: Type.String(), indicator: Type.String(), meeteenheid: Type.String(), nulwaarde: Type.Union([Type.Number(), Type.Null()]),
    streefwaarde: Type.Number(), streefdatum: Datum,
    metingen: Type.Array(Type.Object({ id: Uuid, peildatum: Datum, waarde: Type.Number(), toelichting: Type.Union([Type.String(), Type.Null()]) })),
  })),
  acties: Type.Array(Type.Object({ id: Uuid, omschrijving: Type.String(), eigenaar: FunctieMetHouder, deadline: Datum, status: Type.String(), verlopen: Type.Boolean() })),
  voortgang: Type.Array(Type.Object({ id: Uuid, periode: Type.String(), oordeel: Oordeel, toelichting: Type.String(), rapporteur: Type.String(), aangemaaktOp: Tijdstip }), { description: 'Alle voortgangsrapportages, nieuwste eerst' }),
})
export type Opgave = Static<typeof Opgave>
