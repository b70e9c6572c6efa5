// Request and response schemas of overleggen and vergaderingen (issue 6).
import { Type } from 'typebox'
import { Datum, NullableDatum, Tijdstip, Uuid } from '../../server/api-schemas.ts'

const Tekst = (max = 500) => Type.String({ minLength: 1, maxLength: max })
export const Rol = Type.Union([Type.Literal('voorzitter'), Type.Literal('lid'), Type.Literal('adviseur')])
export const Uitkomst = Type.Union([Type.Literal('aangenomen'), Type.Literal('geamendeerd_aangenomen'), Type.Literal('verworpen'), Type.Literal('aangehouden')])

export const NieuwOverleg = Type.Object({
  naam: Tekst(200),
  soort: Type.Unsafe<'mt'>(Type.String({ enum: ['mt', 'dt', 'pho', 'strategisch_pho', 'college', 'voorbereidende_raad', 'besluitvormende_raad', 'or', 'overig'] })),
  modus: Type.Union([Type.Literal('adviserend'), Type.Literal('besluitvormend')]),
  besluitregel: Type.Optional(Type.Union([Type.Literal('meerderheid'), Type.Literal('meerderheid_voorzitter_beslist')])),
  quorum: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  rrule: Type.Optional(Type.String({ pattern: '^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,+-]+)*$', maxLength: 300, description: 'De cadans als RRULE (RFC 5545), bijv. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU' })),
  eersteBegin: Type.Optional(Tijdstip),
  duurMinuten: Type.Optional(Type.Integer({ minimum: 5, maximum: 1440 })),
  locatie: Type.Optional(Type.String({ maxLength: 300 })),
  openbaar: Type.Optional(Type.Boolean()),
  portefeuilleId: Type.Optional(Uuid),
  geldigVan: Datum,
  samenstelling: Type.Array(Type.Object({ rol: Rol, roltype: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })), functieId: Type.Optional(Uuid) }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false })

export const Deelnemer = Type.Object({ persoonId: Uuid, naam: Type.String(), rol: Rol, functieId: Uuid, functieNaam: Type.String(), roltype: Type.String(), vervanging: Type.Union([Type.Literal('loco'), Type.Literal('waarnemer'), Type.Null()]) })

export const OverlegUit = Type.Object({
  id: Uuid, naam: Type.String(), soort: Type.String(), modus: Type.String(), besluitregel: Type.String(), quorum: Type.Union([Type.Integer(), Type.Null()]),
  rrule: Type.Union([Type.String(), Type.Null()]), eersteBegin: Type.Union([Tijdstip, Type.Null()]), duurMinuten: Type.Integer(), locatie: Type.Union([Type.String(), Type.Null()]),
  openbaar: Type.Boolean(), portefeuilleId: Type.Union([Uuid, Type.Null()]), geldigVan: Datum, geldigTot: NullableDatum,
  samenstelling: Type.Array(Type.Object({ rol: Rol, roltype: Type.Union([Type.String(), Type.Null()]), functieId: Type.Union([Uuid, Type.Null()]) })),
  deelnemers: Type.Array(Deelnemer, { description: 'Wie er op de peildatum zitting in heeft, afgeleid uit de organisatie' }),
})

export const OverlegParams = Type.Object({ organisatieId: Uuid, overlegId: Uuid })
export const VergaderingParams = Type.Object({ organisatieId: Uuid, vergaderingId: Uuid })
export const AgendapuntParams = Type.Object({ organisatieId: Uuid, agendapuntId: Uuid })

export const NieuweVergadering = Type.Object({ begin: Tijdstip, eind: Type.Optional(Tijdstip), locatie: Type.Optional(Type.String({ maxLength: 300 })) }, { additionalProperties: false })
export const Planning = Type.Object({ tot: Datum }, { additionalProperties: false })
export const VergaderingWijziging = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('agenda_gepubliceerd'), Type.Literal('geopend'), Type.Literal('gesloten'), Type.Literal('geannuleerd')])),
  notulen: Type.Optional(Type.String({ maxLength: 100_000 })),
}, { additionalProperties: false, minProperties: 1 })
const Document = Type.Object({ titel: Tekst(300), url: Type.String({ format: 'uri', maxLength: 2000 }) }, { additionalProperties: false })
export const NieuwAgendapunt = Type.Object({
  titel: Tekst(300), soort: Type.Union([Type.Literal('informatie'), Type.Literal('bespreking'), Type.Literal('besluitvorming')]),
  voorstelId: Type.Optional(Uuid), toelichting: Type.Optional(Type.String({ maxLength: 5000 })),
  informanten: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'Personen die de voorzitter voor dit punt uitnodigt (organisatiebesluit, structurele overleggen 3)' })),
  documenten: Type.Optional(Type.Array(Document, { maxItems: 50, description: 'De stukken bij dit punt' })),
}, { additionalProperties: false })
export const AgendapuntWijziging = Type.Object({
  titel: Type.Optional(Tekst(300)), toelichting: Type.Optional(Type.String({ maxLength: 5000 })),
  informanten: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'De informanten van het punt, in hun geheel (vervangt de lijst; [] haalt ze weg). Wie er nieuw bij komt, krijgt een melding.' })),
}, { additionalProperties: false, minProperties: 1 })
export const Aanwezigheid = Type.Object({
  aanwezigen: Type.Array(Type.Object({ persoonId: Uuid, aanwezig: Type.Boolean(), vervangerPersoonId: Type.Optional(Uuid) }, { additionalProperties: false }), { maxItems: 200 }),
}, { additionalProperties: false })
export const Stemmen = Type.Object({
  stemmen: Type.Array(Type.Object({ persoonId: Uuid, keuze: Type.Union([Type.Literal('voor'), Type.Literal('tegen'), Type.Literal('onthouding')]) }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
}, { additionalProperties: false })
export const Besluit = Type.Object({
  besluit: Tekst(5000),
  uitkomst: Type.Optional(Uitkomst),
}, { additionalProperties: false })

export const AgendapuntUit = Type.Object({
  id: Uuid, volgorde: Type.Integer(), titel: Type.String(), soort: Type.String(), voorstelId: Type.Union([Uuid, Type.Null()]),
  toelichting: Type.Union([Type.String(), Type.Null()]), informanten: Type.Array(Uuid),
  informantNamen: Type.Array(Type.Object({ persoonId: Uuid, naam: Type.String() }), { description: 'De informanten met hun naam, in dezelfde volgorde als informanten' }),
  documenten: Type.Array(Document), status: Type.String(), besluit: Type.Union([Type.String(), Type.Null()]),
  uitkomst: Type.Union([Uitkomst, Type.Null()]), stemmen: Type.Array(Type.Object({ persoonId: Uuid, naam: Type.String(), keuze: Type.String() })),
  uitslag: Type.Union([Type.Object({ voor: Type.Integer(), tegen: Type.Integer(), onthoudingen: Type.Integer(), doorslagVoorzitter: Type.Boolean() }), Type.Null()]),
  beslotenOp: Type.Union([Tijdstip, Type.Null()]),
})

export const VergaderingUit = Type.Object({
  id: Uuid, overlegId: Uuid, overlegNaam: Type.String(), overlegSoort: Type.String(), begin: Tijdstip, eind: Tijdstip, locatie: Type.Union([Type.String(), Type.Null()]),
  bron: Type.String(), status: Type.String(), notulen: Type.Union([Type.String(), Type.Null()]),
  deelnemers: Type.Array(Deelnemer),
  aanwezigheid: Type.Array(Type.Object({ persoonId: Uuid, naam: Type.String(), aanwezig: Type.Boolean(), vervangerPersoonId: Type.Union([Uuid, Type.Null()]), vervangerNaam: Type.Union([Type.String(), Type.Null()]) })),
  agenda: Type.Array(AgendapuntUit),
  waarschuwingen: Type.Array(Type.Object({ code: Type.String(), tekst: Type.String(), agendapuntId: Type.Union([Uuid, Type.Null()]) }), { description: 'Aanwezigheidsregels die (nog) niet gehaald worden' }),
  magBeheren: Type.Boolean({ description: 'Of wie vraagt deze vergadering mag beheren: met het mandaat vergadering.beheren, of als voorzitter van het overleg volgens de functies van vandaag' }),
})
export const VergaderingKort = Type.Object({
  id: Uuid, overlegId: Uuid, overlegNaam: Type.String(), overlegSoort: Type.String(),
  overlegPortefeuilleId: Type.Union([Uuid, Type.Null()], { description: 'De portefeuille van het overleg (een PHO hoort bij een portefeuille)' }),
  begin: Tijdstip, eind: Tijdstip, status: Type.String(), bron: Type.String(),
})
export const VergaderingenQuery = Type.Object({ van: Type.Optional(Datum), tot: Type.Optional(Datum), overlegId: Type.Optional(Uuid) }, { additionalProperties: false })
