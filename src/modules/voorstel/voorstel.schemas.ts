// Request and response schemas of voorstellen and their route (issue 6; seed 004 "Route van een voorstel").
import { Type, type Static } from 'typebox'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'

const Tekst = (max = 500) => Type.String({ minLength: 1, maxLength: max })

export const VoorstelSoort = Type.Union([Type.Literal('collegevoorstel'), Type.Literal('raadsvoorstel'), Type.Literal('dt_voorstel')])
export const VoorstelStatus = Type.Union([
  Type.Literal('concept'), Type.Literal('ter_goedkeuring'), Type.Literal('goedgekeurd'), Type.Literal('pho'), Type.Literal('college'),
  Type.Literal('voorbereidende_raad'), Type.Literal('besluitvormende_raad'), Type.Literal('besloten'), Type.Literal('teruggetrokken'),
])
export const Uitkomst = Type.Union([Type.Literal('aangenomen'), Type.Literal('geamendeerd_aangenomen'), Type.Literal('verworpen'), Type.Literal('aangehouden')])
export const VoorstelHandeling = Type.Union([
  Type.Literal('indienen'), Type.Literal('goedkeuren'), Type.Literal('terugsturen'), Type.Literal('agenderen_pho'), Type.Literal('agenderen_college'),
  Type.Literal('agenderen_voorbereidende_raad'), Type.Literal('agenderen_besluitvormende_raad'), Type.Literal('besluiten'), Type.Literal('terugtrekken'),
], { description: 'De stap in de route: indienen (opsteller), goedkeuren of terugsturen (teammanager, organisatiebesluit 4g), agenderen naar PHO, college of raad en besluiten (voorstel.routeren), terugtrekken (opsteller of voorstel.routeren)' })

export const VoorstelParams = Type.Object({ organisatieId: Uuid, voorstelId: Uuid }, { additionalProperties: false })

export const NieuwVoorstel = Type.Object({
  titel: Tekst(300),
  soort: VoorstelSoort,
  tekst: Tekst(200_000),
  portefeuilleId: Type.Optional(Type.String({ format: 'uuid', description: 'De portefeuille van de portefeuillehouder; verplicht voor een college- of raadsvoorstel' })),
  eenheidId: Type.Optional(Type.String({ format: 'uuid', description: 'Een eenheid waar de opsteller een functie heeft; standaard die van de eigen functie' })),
}, { additionalProperties: false })
export type NieuwVoorstel = Static<typeof NieuwVoorstel>

export const NieuweTekst = Type.Object({ tekst: Tekst(200_000) }, { additionalProperties: false })

export const StapVerzoek = Type.Object({
  handeling: VoorstelHandeling,
  uitkomst: Type.Optional(Uitkomst),
  opmerking: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: 'Verplicht bij terugsturen' })),
  vergaderingId: Type.Optional(Type.String({ format: 'uuid', description: 'Bij agenderen: de vergadering (van het PHO, college of de raad) waarin het voorstel een agendapunt wordt' })),
}, { additionalProperties: false })
export type StapVerzoek = Static<typeof StapVerzoek>

export const VoorstelQuery = Type.Object({
  status: Type.Optional(VoorstelStatus),
  mijn: Type.Optional(Type.Boolean({ description: 'Alleen voorstellen die ik heb opgesteld' })),
}, { additionalProperties: false })

const Ref = Type.Object({ id: Uuid, naam: Type.String() })
const Functie = Type.Object({ id: Uuid, naam: Type.String(), houders: Type.Array(Ref) }, { description: 'Een functie met wie haar vandaag bekleden' })
const NullableFunctie = Type.Union([Functie, Type.Null()])
const Door = Type.Object({ actor: Type.String(), naam: Type.Union([Type.String(), Type.Null()]) })

export const VoorstelSamenvatting = Type.Object({
  id: Uuid, titel: Type.String(), soort: VoorstelSoort, status: VoorstelStatus, uitkomst: Type.Union([Uitkomst, Type.Null()]),
  opsteller: Ref, eenheid: Ref,
  eigenaar: Type.Union([Ref, Type.Null()], { description: 'De functie die nu aan zet is' }),
  aangemaaktOp: Tijdstip, gewijzigdOp: Tijdstip,
})

export const Voorstel = Type.Object({
  ...VoorstelSamenvatting.properties,
  eigenaar: NullableFunctie,
  portefeuille: Type.Union([Type.Object({ id: Uuid, naam: Type.String(), portefeuillehouder: NullableFunctie }), Type.Null()]),
  versies: Type.Array(Type.Object({ versie: Type.Integer(), tekst: Type.String(), auteur: Door, aangemaaktOp: Tijdstip }), { description: 'Alle versies van de tekst, oudste eerst' }),
  stappen: Type.Array(Type.Object({
    id: Uuid, stap: VoorstelStatus, handeling: Type.String(), eigenaar: NullableFunctie,
    uitkomst: Type.Union([Uitkomst, Type.Null()]), opmerking: Type.Union([Type.String(), Type.Null()]), door: Door, tijdstip: Tijdstip,
  }), { description: 'De route als tijdlijn, oudste eerst; eigenaar is wie daarna aan zet was' }),
  agendapunten: Type.Array(Type.Object({
    id: Uuid, vergaderingId: Uuid, overleg: Type.String(), overlegSoort: Type.String(), begin: Tijdstip,
    vergaderingStatus: Type.String({ description: 'De status van de vergadering: gepland, agenda_gepubliceerd, geopend, gesloten of geannuleerd' }),
    status: Type.String(), uitkomst: Type.Union([Uitkomst, Type.Null()]),
  })),
  volgendeStappen: Type.Array(Type.Object({ handeling: VoorstelHandeling, naar: VoorstelStatus, omschrijving: Type.String() }), { description: 'De stappen die u nu mag zetten' }),
  tekstWijzigen: Type.Boolean({ description: 'Of u nu een nieuwe versie van de tekst mag vastleggen (PUT …/tekst): de opsteller of wie voorstel.routeren heeft, zolang het voorstel een concept is' }),
})
export type Voorstel = Static<typeof Voorstel>
export type VoorstelSamenvatting = Static<typeof VoorstelSamenvatting>

export const Notificatie = Type.Object({
  id: Uuid, soort: Type.String(), titel: Type.String(), link: Type.Union([Type.String(), Type.Null()]),
  objectType: Type.Union([Type.String(), Type.Null()]), objectId: Type.Union([Uuid, Type.Null()]), aangemaaktOp: Tijdstip,
})

export const MijnTaken = Type.Object({
  voorstellen: Type.Array(VoorstelSamenvatting, { description: 'Voorstellen waarvan u de functie bekleedt die nu aan zet is (of uw eigen concepten)' }),
  notificaties: Type.Array(Notificatie, { description: 'Ongelezen meldingen, nieuwste eerst' }),
})
