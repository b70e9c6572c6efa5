// The engine behind the demo organisation and the benchmark generator: an in-memory organisation
// that is built forward in time, one dated operation after another, and that keeps the invariants of
// the dated model (0001_organisatie.sql) by construction:
//  - at most one version of an eenheid or functie at a time (a change closes the current version on
//    the date and opens the next one on that same date);
//  - one hierarchical parent per eenheid at a time, and no cycles (a move is refused when the new
//    parent lies below the eenheid);
//  - a functie only lives in an eenheid that exists (an eenheid is only opgeheven when empty);
//  - a bezetting, portefeuille or lijn only lives while the things it joins exist (ending a functie
//    or eenheid closes them on the same date).
// Operations must come in date order (checked), which is what makes "the current state" a valid
// basis for each of these checks. At the end all rows are written in bulk (opslaan.ts).
// This file holds the rows, versioning, the wijziging context, lines and bezettingen; model.ts the
// structural operations on eenheden and functies.
import type { Dienstverband } from '../../db/schema.ts'
import type { Actie } from '../wijziging/acties.schemas.ts'
import type { Rng } from './prng.ts'
import type {
  BezettingRij, EenheidStaat, EenheidVersieRij, FunctieStaat, FunctieVersieRij, LijnRij, PersoonRij, PortefeuilleRij, WijzigingRij,
} from './rijen.ts'

export type EenheidGegevens = Pick<EenheidVersieRij, 'naam' | 'soort'> & Partial<Pick<EenheidVersieRij,
  'afkorting' | 'omschrijving' | 'email' | 'telefoon' | 'bezoekadres' | 'postadres' | 'website'>>

export interface FunctieGegevens {
  eenheid: string
  rol: string
  naam: string
  schaal: number | null
  formatie: number
  aandachtsgebied?: string | null
  leidinggevend?: boolean
  /** 'simulatie': the staff simulation fills and empties it; 'script': only the builder does. */
  beheer?: 'simulatie' | 'script'
  stage?: boolean
}

export interface WijzigingGegevens {
  titel: string
  toelichting: string
  /** When the college (or gemeentesecretaris) decided it: an ISO timestamp. */
  vastgesteldOp: string
}

type Gedateerd = { id: string; geldig_van: string; geldig_tot: string | null; wijziging_id: string | null }

export abstract class ModelBasis {
  readonly eenheidRijen: { id: string; organisatie_id: string }[] = []
  readonly eenheidVersies: EenheidVersieRij[] = []
  readonly functieRijen: { id: string; organisatie_id: string }[] = []
  readonly functieVersies: FunctieVersieRij[] = []
  readonly lijnen: LijnRij[] = []
  readonly personen: PersoonRij[] = []
  readonly bezettingen: BezettingRij[] = []
  readonly portefeuilles: PortefeuilleRij[] = []
  readonly wijzigingen: WijzigingRij[] = []
  /** Rows closed on the day they opened: they never took effect and are not written. */
  readonly vervallen = new Set<object>()

  /** The eenheden and functies that exist now (at `nu`). */
  readonly eenheden = new Map<string, EenheidStaat>()
  readonly functies = new Map<string, FunctieStaat>()
  /**
   * Eenheden without a leidinggevend functie of their own that are led from elsewhere: a domein is led
   * by its concerndirecteur, who sits in the concerndirectie (seed 000). See synchroniseerLijnen.
   */
  readonly leiding = new Map<string, string>()
  /** seed 004: "De concernmanager stuurt de teammanagers functioneel aan". */
  concernmanager: string | null = null
  nu = '0001-01-01'

  protected w: { rij: WijzigingRij; acties: Actie[]; sleutels: Map<string, string> } | null = null
  /** > 0 while a compound operation (samenvoegen, splitsen) runs: its parts log no acties of their own. */
  protected stil = 0

  constructor(readonly organisatieId: string, protected readonly roltypen: Map<string, string>, protected readonly ids: Rng) {}

  protected op(d: string): void {
    if (d < this.nu) throw new Error(`Bewerking op ${d} komt na ${this.nu}: het model wordt in datumvolgorde opgebouwd`)
    this.nu = d
  }

  protected get wijzigingId(): string | null {
    return this.w?.rij.id ?? null
  }

  protected actie(a: Actie): void {
    if (this.w && this.stil === 0) this.w.acties.push(a)
  }

  /** Closes a dated row on d; a row that would be empty is dropped instead. */
  protected sluit(rij: { geldig_van: string; geldig_tot: string | null }, d: string): void {
    if (rij.geldig_tot !== null && rij.geldig_tot <= d) return
    if (rij.geldig_van >= d) this.vervallen.add(rij)
    else rij.geldig_tot = d
  }

  /** The next version of a dated row from d on (or the current one changed, if it started on d). */
  protected volgendeVersie<T extends Gedateerd>(huidig: T, d: string, wijziging: Partial<T>, lijst: T[]): T {
    if (huidig.geldig_van === d) {
      Object.assign(huidig, wijziging)
      if (this.w) huidig.wijziging_id = this.w.rij.id
      return huidig
    }
    huidig.geldig_tot = d
    const volgende = { ...huidig, ...wijziging, id: this.ids.uuid(), geldig_van: d, geldig_tot: null, wijziging_id: this.wijzigingId }
    lijst.push(volgende)
    return volgende
  }

  eenheid(id: string): EenheidStaat {
    const e = this.eenheden.get(id)
    if (!e) throw new Error(`Eenheid ${id} bestaat niet op ${this.nu}`)
    return e
  }

  functie(id: string): FunctieStaat {
    const f = this.functies.get(id)
    if (!f) throw new Error(`Functie ${id} bestaat niet op ${this.nu}`)
    return f
  }

  ouder(id: string): string | null {
    return this.eenheid(id).ouderLijn?.boven_eenheid_id ?? null
  }

  // ---- wijzigingen --------------------------------------------------------------------------------

  /** Runs `stappen` as one vastgestelde wijziging with ingangsdatum d: rows it creates carry its id. */
  wijziging(d: string, gegevens: WijzigingGegevens, stappen: () => void): string {
    if (this.w) throw new Error('Wijzigingen kunnen niet genest worden')
    this.op(d)
    const rij: WijzigingRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, titel: gegevens.titel, toelichting: gegevens.toelichting,
      ingangsdatum: d, status: 'vastgesteld', acties: '[]', resultaat: null, vastgesteld_op: new Date(gegevens.vastgesteldOp),
      aangemaakt_op: new Date(gegevens.vastgesteldOp), gewijzigd_op: new Date(gegevens.vastgesteldOp),
    }
    this.w = { rij, acties: [], sleutels: new Map() }
    try {
      stappen()
      this.synchroniseerLijnen(d)
      rij.acties = JSON.stringify(this.w.acties)
    } finally {
      this.w = null
    }
    this.wijzigingen.push(rij)
    return rij.id
  }

  /** A planned wijziging that is not applied (status concept): only its acties are stored. */
  conceptWijziging(d: string, gegevens: Omit<WijzigingGegevens, 'vastgesteldOp'> & { aangemaaktOp: string }, acties: Actie[]): string {
    const rij: WijzigingRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, titel: gegevens.titel, toelichting: gegevens.toelichting,
      ingangsdatum: d, status: 'concept', acties: JSON.stringify(acties), resultaat: null, vastgesteld_op: null,
      aangemaakt_op: new Date(gegevens.aangemaaktOp), gewijzigd_op: new Date(gegevens.aangemaaktOp),
    }
    this.wijzigingen.push(rij)
    return rij.id
  }

  protected sleutelVoor(naam: string): string {
    const basis = naam.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'eenheid'
    const bezet = new Set(this.w?.sleutels.values())
    let sleutel = basis
    for (let i = 2; bezet.has(sleutel); i++) sleutel = `${basis}-${i}`
    return sleutel
  }

  protected boven(ouder: string | null | undefined): { bovenEenheidId?: string; bovenSleutel?: string } {
    if (!ouder) return {}
    const sleutel = this.w?.sleutels.get(ouder)
    return sleutel ? { bovenSleutel: sleutel } : { bovenEenheidId: ouder }
  }

  // ---- lijnen -------------------------------------------------------------------------------------

  protected nieuweLijn(d: string, soort: LijnRij['soort'], eind: Partial<LijnRij>, omschrijving: string | null = null): LijnRij {
    const lijn: LijnRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, soort, eenheid_id: null, boven_eenheid_id: null,
      functie_id: null, boven_functie_id: null, omschrijving, geldig_van: d, geldig_tot: null, wijziging_id: this.wijzigingId, ...eind,
    }
    this.lijnen.push(lijn)
    return lijn
  }

  /** A functional line between eenheden (hierarchical ones go through the parent: verplaatsEenheid). */
  eenheidLijn(d: string, eenheid: string, boven: string, omschrijving: string | null = null): LijnRij {
    this.op(d)
    const lijn = this.nieuweLijn(d, 'functioneel', { eenheid_id: eenheid, boven_eenheid_id: boven }, omschrijving)
    this.eenheid(eenheid).lijnen.add(lijn)
    this.eenheid(boven).lijnen.add(lijn)
    return lijn
  }

  functieLijn(d: string, soort: LijnRij['soort'], functie: string, boven: string, omschrijving: string | null = null): LijnRij {
    this.op(d)
    const lijn = this.nieuweLijn(d, soort, { functie_id: functie, boven_functie_id: boven }, omschrijving)
    this.functie(functie).lijnen.add(lijn)
    this.functie(boven).lijnen.add(lijn)
    return lijn
  }

  sluitLijn(d: string, lijn: LijnRij): void {
    this.sluit(lijn, d)
    for (const id of [lijn.eenheid_id, lijn.boven_eenheid_id]) if (id) this.eenheden.get(id)?.lijnen.delete(lijn)
    for (const id of [lijn.functie_id, lijn.boven_functie_id]) if (id) this.functies.get(id)?.lijnen.delete(lijn)
  }
  // ---- personen, bezettingen, portefeuilles -------------------------------------------------------

  nieuwePersoon(p: Omit<PersoonRij, 'id' | 'organisatie_id'>): string {
    const id = this.ids.uuid()
    this.personen.push({ id, organisatie_id: this.organisatieId, ...p })
    return id
  }

  bezet(d: string, persoon: string, functie: string, g: { fte: number; dienstverband: Dienstverband; vervanging?: 'loco' | 'waarnemer' | null; tot?: string | null }): BezettingRij {
    this.op(d)
    const f = this.functie(functie)
    if (g.tot && g.tot <= d) throw new Error(`Bezetting eindigt (${g.tot}) niet na haar begin (${d})`)
    const rij: BezettingRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, persoon_id: persoon, functie_id: functie, fte: g.fte,
      dienstverband: g.dienstverband, vervanging: g.vervanging ?? null, geldig_van: d, geldig_tot: g.tot ?? null, wijziging_id: this.wijzigingId,
    }
    this.bezettingen.push(rij)
    f.bezettingen.add(rij)
    return rij
  }

  beeindig(d: string, rij: BezettingRij): void {
    this.op(d)
    this.sluit(rij, d)
    this.functies.get(rij.functie_id)?.bezettingen.delete(rij)
  }

  /** The bezettingen of a functie on d; those that ended by then are dropped from the state. */
  actief(f: FunctieStaat, d: string): BezettingRij[] {
    const uit: BezettingRij[] = []
    for (const b of f.bezettingen) {
      if (b.geldig_tot !== null && b.geldig_tot <= d) f.bezettingen.delete(b)
      else uit.push(b)
    }
    return uit
  }

  portefeuille(d: string, functie: string, naam: string): PortefeuilleRij {
    this.op(d)
    const rij: PortefeuilleRij = { id: this.ids.uuid(), organisatie_id: this.organisatieId, naam, functie_id: functie, geldig_van: d, geldig_tot: null }
    this.portefeuilles.push(rij)
    this.functie(functie).portefeuilles.add(rij)
    return rij
  }

  sluitPortefeuille(d: string, rij: PortefeuilleRij): void {
    this.op(d)
    this.sluit(rij, d)
    this.functies.get(rij.functie_id)?.portefeuilles.delete(rij)
  }

  /** Keeps derived lines in step after structural change; runs at the end of every wijziging. */
  abstract synchroniseerLijnen(d: string): void
}
