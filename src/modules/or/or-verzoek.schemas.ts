// Request and response schemas of verzoeken aan de ondernemingsraad (issue 6): advies (WOR art. 25),
// instemming (WOR art. 27) and informatie (WOR art. 31).
import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, Uuid } from '../../server/api-schemas.ts'

export const OrSoort = Type.Union([Type.Literal('advies'), Type.Literal('instemming'), Type.Literal('informatie')])
export const OrStatus = Type.Union([Type.Literal('ingediend'), Type.Literal('beantwoord'), Type.Literal('besloten'), Type.Literal('ingetrokken')])
export const OrStandpunt = Type.Union([
  Type.Literal('positief'), Type.Literal('negatief'), Type.Literal('voorwaardelijk'), Type.Literal('instemming'), Type.Literal('geen_instemming'),
], { description: 'Advies: positief, negatief of voorwaardelijk; instemming: instemming of geen_instemming' })
const WorGrondslag = Type.String({
  pattern: '^art\\. [0-9]+[a-z]? lid [0-9]+[a-z]?$', maxLength: 40,
  description: 'Artikel, lid en letter van de WOR, bijv. ‘art. 25 lid 1e’ (advies) of ‘art. 27 lid 1d’ (instemming)',
})

export const OrVerzoekParams = Type.Object({ organisatieId: Uuid, verzoekId: Uuid }, { additionalProperties: false })

export const NieuwOrVerzoek = Type.Object({
  soort: OrSoort,
  worGrondslag: Type.Optional(WorGrondslag),
  onderwerp: Type.String({ minLength: 1, maxLength: 300 }),
  toelichting: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000 })),
  wijzigingId: Type.Optional(Type.String({ format: 'uuid', description: 'De reorganisatie (wijziging) waarover het verzoek gaat' })),
  ingediendOp: Type.Optional(Type.String({ format: 'date', description: 'Standaard vandaag' })),
  termijn: Type.String({ format: 'date', description: 'Uiterste datum voor het antwoord van de OR' }),
}, { additionalProperties: false })
export type NieuwOrVerzoek = Static<typeof NieuwOrVerzoek>

export const OrAntwoord = Type.Object({
  standpunt: Type.Optional(OrStandpunt),
  antwoord: Type.String({ minLength: 1, maxLength: 20_000, description: 'De tekst van het advies of antwoord van de OR' }),
  beantwoordOp: Type.Optional(Type.String({ format: 'date', description: 'Standaard vandaag' })),
}, { additionalProperties: false })
export type OrAntwoord = Static<typeof OrAntwoord>

export const OrBesluit = Type.Object({
  besluit: Type.String({ minLength: 1, maxLength: 20_000 }),
  afwijkend: Type.Boolean({ description: 'Of het besluit afwijkt van het advies, of zonder instemming wordt genomen' }),
  motivering: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000, description: 'Verplicht bij een afwijkend besluit (WOR art. 25 lid 5; zonder instemming art. 27 lid 4)' })),
  beslotenOp: Type.Optional(Type.String({ format: 'date', description: 'Standaard vandaag' })),
}, { additionalProperties: false })
export type OrBesluit = Static<typeof OrBesluit>

export const OrVerzoekWijziging = Type.Object({
  termijn: Type.Optional(Type.String({ format: 'date', description: 'Een nieuwe termijn, afgesproken met de OR; een verplaatste termijn wordt opnieuw herinnerd' })),
  status: Type.Optional(Type.Literal('ingetrokken', { description: 'Het verzoek intrekken, bijvoorbeeld omdat de reorganisatie niet doorgaat' })),
}, { additionalProperties: false, minProperties: 1 })
export type OrVerzoekWijziging = Static<typeof OrVerzoekWijziging>

export const OrVerzoekQuery = Type.Object({
  status: Type.Optional(OrStatus),
  soort: Type.Optional(OrSoort),
  wijzigingId: Type.Optional(Uuid),
}, { additionalProperties: false })

export const OrVerzoek = Type.Object({
  id: Uuid, soort: OrSoort, worGrondslag: Type.Union([Type.String(), Type.Null()]), onderwerp: Type.String(), toelichting: Type.Union([Type.String(), Type.Null()]),
  wijziging: Type.Union([Type.Object({ id: Uuid, titel: Type.String(), status: Type.String() }), Type.Null()]),
  status: OrStatus, ingediendOp: Datum, termijn: Datum,
  termijnVerstreken: Type.Boolean({ description: 'De termijn is voorbij en de OR heeft nog niet geantwoord' }),
  orStandpunt: Type.Union([OrStandpunt, Type.Null()]), orAntwoord: Type.Union([Type.String(), Type.Null()]), beantwoordOp: NullableDatum,
  besluit: Type.Union([Type.String(), Type.Null()]), afwijkend: Type.Union([Type.Boolean(), Type.Null()]), motivering: Type.Union([Type.String(), Type.Null()]), beslotenOp: NullableDatum,
})
export type OrVerzoek = Static<typeof OrVerzoek>

export const OrInstelling = Type.Object({
  wijzigingWachtOpOr: Type.Boolean({ description: 'Een wijziging (reorganisatie) kan pas worden vastgesteld als de OR op het gekoppelde adviesverzoek heeft geantwoord (WOR art. 25 lid 1e)' }),
}, { additionalProperties: false })
