// The API's types, taken from the server's TypeBox schemas (type-only imports: no server code ends
// up in the bundle), so the app cannot drift from the contract.
import type { Static } from 'typebox'
import type { Paginering, ProblemSchema } from '../../server/api-schemas.ts'
import type { Organisatie as OrganisatieSchema } from '../../modules/organisatie/organisatie.schemas.ts'
import type { Boom as BoomSchema, Eenheid as EenheidSchema, EenheidGeschiedenis as GeschiedenisSchema, Formatie as FormatieSchema } from '../../modules/organisatie/eenheid.schemas.ts'
import type { Functie as FunctieSchema, FunctieKort as FunctieKortSchema, Keten as KetenSchema } from '../../modules/organisatie/functie.schemas.ts'
import type { Bezetting as BezettingSchema, Persoon as PersoonSchema } from '../../modules/organisatie/persoon.schemas.ts'
import type { Wijziging as WijzigingSchema, WijzigingDiff as DiffSchema, WijzigingInvoer as InvoerSchema, WijzigingSamenvatting as SamenvattingSchema } from '../../modules/wijziging/wijziging.schemas.ts'
import type { Actie as ActieSchema } from '../../modules/wijziging/acties.schemas.ts'
import type { EenheidSoort as EenheidSoortType } from '../../db/schema.ts'

export interface Pagina<T> { resultaten: T[]; paginering: Paginering }
export type Probleem = Static<typeof ProblemSchema>
export type Organisatie = Static<typeof OrganisatieSchema>
export type Boom = Static<typeof BoomSchema>
export type BoomKnoop = Boom['eenheden'][number]
export type Lijn = Boom['functioneleLijnen'][number]
export type Eenheid = Static<typeof EenheidSchema>
export type EenheidGeschiedenis = Static<typeof GeschiedenisSchema>
export type Formatie = Static<typeof FormatieSchema>
export type FormatieCijfers = Formatie['eigen']
export type FunctieKort = Static<typeof FunctieKortSchema>
export type Functie = Static<typeof FunctieSchema>
export type Houder = FunctieKort['houders'][number]
export type Keten = Static<typeof KetenSchema>
export type Persoon = Static<typeof PersoonSchema>
export type Bezetting = Static<typeof BezettingSchema>
export type Wijziging = Static<typeof WijzigingSchema>
export type WijzigingSamenvatting = Static<typeof SamenvattingSchema>
export type WijzigingDiff = Static<typeof DiffSchema>
export type WijzigingInvoer = Static<typeof InvoerSchema>
export type Actie = Static<typeof ActieSchema>
export type ActieSoort = Actie['soort']
export type EenheidSoort = EenheidSoortType
export type Vervanging = Houder['vervanging']
export type Dienstverband = Houder['dienstverband']

// roltype.routes.ts declares these response schemas inline without exporting them, so they are
// written out here, field for field. When that file exports them, replace these with Static<…>.
export interface RoltypeSamenvatting {
  id: string; code: string; naam: string; omschrijving: string | null; categorie: 'ambtelijk' | 'bestuurlijk'
  leidinggevend: boolean; aantalTaken: number; aantalFuncties: number
}
export interface Roltype {
  id: string; code: string; naam: string; omschrijving: string | null; categorie: 'ambtelijk' | 'bestuurlijk'
  leidinggevend: boolean; bron: string | null; peildatum: string
  taken: { nummer: string; tekst: string }[]
  functies: { functieId: string; functieNaam: string; eenheidId: string; eenheidNaam: string; persoonId: string | null; persoonNaam: string | null; vervanging: Vervanging }[]
}
export interface Zoekresultaten {
  zoekterm: string; peildatum: string
  eenheden: { id: string; naam: string; soort: string }[]
  functies: { id: string; naam: string; eenheidId: string; eenheidNaam: string }[]
  personen: { id: string; naam: string; functie: string | null; eenheidNaam: string | null }[]
}
