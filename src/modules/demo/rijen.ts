// The rows the demo engine builds in memory, shaped exactly like the insert of their table
// (src/db/schema.ts), plus the engine's view of what exists "now" while it builds.
import type { Selectable } from 'kysely'
import type { BezettingTable, EenheidVersieTable, FunctieVersieTable, LijnTable, PersoonTable, PortefeuilleTable } from '../../db/schema.ts'

// Derived from the table types, so a column added to a migration (and to schema.ts) cannot be
// forgotten here.
export type EenheidVersieRij = Selectable<EenheidVersieTable>
export type FunctieVersieRij = Selectable<FunctieVersieTable>
export type LijnRij = Selectable<LijnTable>
export type PersoonRij = Omit<Selectable<PersoonTable>, 'aangemaakt_op' | 'gewijzigd_op'>
export type BezettingRij = Selectable<BezettingTable>
export type PortefeuilleRij = Selectable<PortefeuilleTable>

export interface WijzigingRij {
  id: string
  organisatie_id: string
  titel: string
  toelichting: string | null
  ingangsdatum: string
  status: 'concept' | 'vastgesteld' | 'ingetrokken'
  /** JSON text of the acties (src/modules/wijziging/acties.schemas.ts). */
  acties: string
  resultaat: string | null
  vastgesteld_op: Date | null
  aangemaakt_op: Date
  gewijzigd_op: Date
}

/** An eenheid that exists now, with what hangs on it now. */
export interface EenheidStaat {
  id: string
  versie: EenheidVersieRij
  ouderLijn: LijnRij | null
  kinderen: Set<string>
  functies: Set<string>
  /** Open functional lines from or to this eenheid. */
  lijnen: Set<LijnRij>
}

/** A functie that exists now. */
export interface FunctieStaat {
  id: string
  versie: FunctieVersieRij
  rol: string
  beheer: 'simulatie' | 'script'
  stage: boolean
  /** Bezettingen that have not ended yet (some have a known end date in the future). */
  bezettingen: Set<BezettingRij>
  lijnen: Set<LijnRij>
  portefeuilles: Set<PortefeuilleRij>
}
