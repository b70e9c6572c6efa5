// Schemas shared by every module's routes: dates, paging, the problem+json body.
import { Type, type Static, type TSchema } from 'typebox'

export const API_VERSION = '1.0.0'

export const Uuid = Type.String({ format: 'uuid', description: 'Identificatie (UUID)' })
export const Datum = Type.String({ format: 'date', description: 'Datum (JJJJ-MM-DD)' })
export const NullableDatum = Type.Union([Datum, Type.Null()])
export const Tijdstip = Type.String({ format: 'date-time', description: 'Tijdstip in UTC (ISO 8601)' })

export const PeildatumQuery = {
  peildatum: Type.Optional(Type.String({ format: 'date', description: 'De datum waarop de organisatie wordt bekeken; standaard vandaag.' })),
}

export const PagineringQuery = {
  pagina: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Paginanummer, vanaf 1.' })),
  paginaGrootte: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Aantal resultaten per pagina (hoogstens 500).' })),
}

export const Paginering = Type.Object({
  pagina: Type.Integer(),
  paginaGrootte: Type.Integer(),
  totaal: Type.Integer({ description: 'Totaal aantal resultaten' }),
  aantalPaginas: Type.Integer(),
})
export type Paginering = Static<typeof Paginering>

export function Pagina<T extends TSchema>(item: T) {
  return Type.Object({ resultaten: Type.Array(item), paginering: Paginering })
}

export function paginering(pagina: number, paginaGrootte: number, totaal: number): Paginering {
  return { pagina, paginaGrootte, totaal, aantalPaginas: Math.max(1, Math.ceil(totaal / paginaGrootte)) }
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI die het soort probleem aanduidt' }),
    title: Type.String({ description: 'Korte omschrijving van het soort probleem' }),
    status: Type.Integer({ description: 'HTTP-statuscode' }),
    detail: Type.String({ description: 'Uitleg voor dit geval' }),
    instance: Type.Optional(Type.String({ description: 'Het verzoek waarop dit antwoord gaat' })),
    invalidParams: Type.Optional(
      Type.Array(
        Type.Object({
          name: Type.String({ description: 'Het veld, zoals verzonden (bijv. acties.2.eenheidId)' }),
          code: Type.String(),
          reason: Type.String({ description: 'Wat er mis is, in het Nederlands' }),
        }),
      ),
    ),
  },
  { description: 'Foutbericht volgens RFC 9457 (problem details)' },
)

/** Today as 'YYYY-MM-DD' in the Netherlands (a peildatum is a Dutch calendar date). */
export function vandaag(): string {
  return datumVan(new Date())
}

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one, and
// vandaag() runs on nearly every request.
const DATUM_IN = new Map<string, Intl.DateTimeFormat>()
/** The calendar date of a moment in a time zone (default the Netherlands), as 'YYYY-MM-DD'. */
export function datumVan(d: Date, tijdzone = 'Europe/Amsterdam'): string {
  let f = DATUM_IN.get(tijdzone)
  if (!f) DATUM_IN.set(tijdzone, f = new Intl.DateTimeFormat('en-CA', { timeZone: tijdzone, year: 'numeric', month: '2-digit', day: '2-digit' }))
  return f.format(d)
}

/** 'YYYY-MM-DD' plus a number of days (negative: earlier). */
export function plusDagen(datum: string, dagen: number): string {
  const t = new Date(`${datum}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + dagen)
  return t.toISOString().slice(0, 10)
}
