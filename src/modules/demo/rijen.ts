// The rows the demo engine builds in memory, shaped exactly like the insert of their table
// (src/db/schema.ts), plus the engine's view of what exists "now" while it builds.
import type { Dienstverband, EenheidSoort, LijnSoort } from '../../db/schema.ts'

interface Gedateerd {
  id: string
  organisatie_id: string
  geldig_van: string
  geldig_tot: string | null
}

export interface EenheidVersieRij extends Gedateerd {
  eenheid_id: string
  naam: string
  soort: EenheidSoort
  afkorting: string | null
  omschrijving: string | null
  email: string | null
  telefoon: string | null
  bezoekadres: string | null
  postadres: string | null
  website: string | null
  wijziging_id: string | null
}

export interface FunctieVersieRij extends Gedateerd {
  functie_id: string
  eenheid_id: string
  roltype_id: string
  naam: string
  schaal: number | null
  formatie_fte: number
  aandachtsgebied: string | null
  leidinggevend: boolean
  wijziging_id: string | null
}

export interface LijnRij extends Gedateerd {
  soort: LijnSoort
  eenheid_id: string | null
  boven_eenheid_id: string | null
  functie_id: string | null
  boven_functie_id: string | null
  omschrijving: string | null
  wijziging_id: string | null
}

export interface PersoonRij {
  id: string
  organisatie_id: string
  naam: string
  voornaam: string | null
  tussenvoegsel: string | null
  achternaam: string | null
  email: string | null
  telefoon: string | null
  geboortejaar: number | null
}

export interface BezettingRij extends Gedateerd {
  persoon_id: string
  functie_id: string
  fte: number
  dienstverband: Dienstverband
  vervanging: 'loco' | 'waarnemer' | null
  wijziging_id: string | null
}

export interface PortefeuilleRij extends Gedateerd {
  naam: string
  functie_id: string
}

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
