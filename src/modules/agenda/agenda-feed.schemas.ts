// Request and response schemas of calendar feeds (issue 6).
import { Type } from 'typebox'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'

export const AgendaFeedParams = Type.Object({ organisatieId: Uuid, feedId: Uuid }, { additionalProperties: false })

export const NieuweAgendaFeed = Type.Object({
  overlegId: Type.Optional(Type.String({ format: 'uuid', description: 'Een feed met de vergaderingen van dit overleg' })),
  voorMijzelf: Type.Optional(Type.Literal(true, { description: 'Een feed met alle overleggen waaraan u vandaag deelneemt' })),
}, { additionalProperties: false, description: 'Geef overlegId of voorMijzelf: true' })

export const AgendaFeed = Type.Object({
  id: Uuid,
  soort: Type.Union([Type.Literal('overleg'), Type.Literal('persoon')]),
  overlegId: Type.Union([Uuid, Type.Null()]),
  persoonId: Type.Union([Uuid, Type.Null()]),
  naam: Type.String({ description: 'Het overleg, of "Mijn overleggen"' }),
  aangemaaktOp: Tijdstip,
  ingetrokkenOp: Type.Union([Tijdstip, Type.Null()]),
})

export const NieuweAgendaFeedAntwoord = Type.Object({
  ...AgendaFeed.properties,
  url: Type.String({ format: 'uri', description: 'Het geheime adres van de feed (text/calendar, RFC 5545). Alleen nu zichtbaar: Koers bewaart alleen een hash.' }),
})
