// Staff turnover over the years, month by month: people join, leave, move between teams, temporary
// contracts end or become permanent, interim hires come and go. It acts on every functie whose beheer
// is 'simulatie'; the few posts a builder sets by hand (gemeentesecretaris, bestuur, …) are left alone.
// The rates are tuned so that on the last day about 10% of the medewerker formatie is vacant, ~8% of
// bezettingen are inhuur and ~10% tijdelijk (seed 002 and 003 name the reduction of external hiring
// as a goal, so inhuur is visible but modest).
import type { Dienstverband } from '../../db/schema.ts'
import type { OrgModel } from './model.ts'
import type { Namen } from './namen.ts'
import { plusMaanden, type Rng } from './prng.ts'
import type { BezettingRij, FunctieStaat } from './rijen.ts'

const VERTREK_PER_MAAND = 0.007 // ≈ 8% a year leave the organisation
const VERTREK_LEIDING_PER_MAAND = 0.005
const VULLEN_PER_MAAND = 0.12 // a vacancy stays open ~8 months on average (tight labour market, seed 003)
const INTERN_VULLEN = 0.25 // share of vacancies filled by someone already employed: mobility (seed 002)
const TIJDELIJK_WORDT_VAST = 0.6
const TIJDELIJK_VERLENGD = 0.25
/** Who fills a vacancy from outside: a first contract is usually temporary; interim hires bridge the search. */
const NIEUW: readonly (readonly [Dienstverband, number])[] = [['tijdelijk', 48], ['inhuur', 40], ['vast', 12]]

export class Personeel {
  constructor(private readonly m: OrgModel, private readonly rng: Rng, private readonly namen: Namen) {}

  /** A new person of a plausible age for the post (Groningen's average age is 49, seed 002). */
  nieuwePersoon(d: string, stagiair = false): string {
    const jaar = Number(d.slice(0, 4))
    const leeftijd = stagiair ? this.rng.int(19, 24) : this.rng.int(22, 61)
    const n = this.namen.volgende()
    return this.m.nieuwePersoon({ ...n, telefoon: null, geboortejaar: jaar - leeftijd })
  }

  /** The first staffing on the day the data starts: most posts filled, some contracts already running. */
  vulAan(d: string, bezet = 0.91): void {
    for (const f of this.beheerd()) {
      if (f.stage) {
        if (this.rng.kans(0.7)) this.bezetNieuw(d, f, 'stage', plusMaanden(d, this.rng.int(2, 8)))
        continue
      }
      if (!this.rng.kans(f.versie.leidinggevend ? 0.97 : bezet)) continue
      const soort = this.rng.kiesGewogen<Dienstverband>([['vast', 82], ['tijdelijk', 11], ['inhuur', 7]])
      const tot = soort === 'tijdelijk' ? plusMaanden(d, this.rng.int(2, 20)) : soort === 'inhuur' ? plusMaanden(d, this.rng.int(2, 10)) : null
      this.bezetNieuw(d, f, soort, tot)
    }
  }

  /** One month: contracts that ended, people leaving, vacancies filled. */
  tik(d: string): void {
    const functies = this.beheerd()
    for (const f of functies) {
      if (!this.m.functies.has(f.id)) continue
      const afgelopen = [...f.bezettingen].filter((b) => b.geldig_tot !== null && b.geldig_tot <= d)
      let huidig = this.m.actief(f, d).find((b) => b.vervanging === null)
      for (const b of afgelopen) {
        // A temporary contract that ends is mostly made permanent or extended once, from that day on.
        if (huidig || b.vervanging !== null || b.dienstverband !== 'tijdelijk' || b.geldig_tot !== d) continue
        const vervolg = this.rng.kiesGewogen([['vast', TIJDELIJK_WORDT_VAST], ['verlengd', TIJDELIJK_VERLENGD], ['weg', 1 - TIJDELIJK_WORDT_VAST - TIJDELIJK_VERLENGD]] as const)
        if (vervolg === 'vast') huidig = this.m.bezet(d, b.persoon_id, f.id, { fte: b.fte, dienstverband: 'vast' })
        if (vervolg === 'verlengd') huidig = this.m.bezet(d, b.persoon_id, f.id, { fte: b.fte, dienstverband: 'tijdelijk', tot: plusMaanden(d, 12) })
      }
      if (huidig && huidig.geldig_tot === null && this.rng.kans(f.versie.leidinggevend ? VERTREK_LEIDING_PER_MAAND : VERTREK_PER_MAAND)) {
        this.m.beeindig(d, huidig)
        huidig = undefined
      }
      if (!huidig && this.rng.kans(f.stage ? 0.5 : f.versie.leidinggevend ? 0.3 : VULLEN_PER_MAAND)) this.vul(d, f, functies)
    }
  }

  private beheerd(): FunctieStaat[] {
    return [...this.m.functies.values()].filter((f) => f.beheer === 'simulatie')
  }

  private vul(d: string, f: FunctieStaat, functies: FunctieStaat[]): void {
    if (f.stage) {
      this.bezetNieuw(d, f, 'stage', plusMaanden(d, this.rng.int(5, 10)))
      return
    }
    if (this.rng.kans(INTERN_VULLEN) && this.doorstroom(d, f, functies)) return
    const soort = f.versie.leidinggevend
      ? this.rng.kiesGewogen<Dienstverband>([['vast', 80], ['inhuur', 20]]) // an interim manager
      : this.rng.kiesGewogen(NIEUW)
    const tot = soort === 'tijdelijk' ? plusMaanden(d, 12) : soort === 'inhuur' ? plusMaanden(d, this.rng.int(9, 24)) : null
    this.bezetNieuw(d, f, soort, tot)
  }

  /** Someone in a permanent post elsewhere moves into f (their old post falls vacant). */
  private doorstroom(d: string, f: FunctieStaat, functies: FunctieStaat[]): boolean {
    const schaal = f.versie.schaal ?? 0
    for (let poging = 0; poging < 8; poging++) {
      const g = this.rng.kies(functies)
      if (g === f || g.stage || !this.m.functies.has(g.id) || g.versie.eenheid_id === f.versie.eenheid_id) continue
      const gs = g.versie.schaal ?? 0
      const past = f.versie.leidinggevend
        ? g.rol === 'medewerker' && gs >= schaal - 2 && gs <= schaal // promotion into a management post
        : g.rol === f.rol && !g.versie.leidinggevend && Math.abs(gs - schaal) <= 1
      if (!past) continue
      const b = this.m.actief(g, d).find((x) => x.vervanging === null)
      if (!b || b.dienstverband !== 'vast' || b.geldig_tot !== null || b.geldig_van === d) continue
      this.m.beeindig(d, b)
      this.m.bezet(d, b.persoon_id, f.id, { fte: this.fte(f, b), dienstverband: 'vast' })
      return true
    }
    return false
  }

  private bezetNieuw(d: string, f: FunctieStaat, dienstverband: Dienstverband, tot: string | null): BezettingRij {
    const persoon = this.nieuwePersoon(d, dienstverband === 'stage')
    return this.m.bezet(d, persoon, f.id, { fte: this.fte(f), dienstverband, tot })
  }

  /** Part-timers: a full post is often held at 0.6–0.9 fte; a part-time post at its formatie. */
  private fte(f: FunctieStaat, van?: BezettingRij): number {
    const formatie = f.versie.formatie_fte
    if (f.stage || formatie === 0) return 0.8
    if (van) return Math.min(formatie, van.fte)
    if (formatie >= 1 && !f.versie.leidinggevend && this.rng.kans(0.2)) return this.rng.kies([0.6, 0.7, 0.8, 0.8, 0.9])
    return formatie
  }
}
