// The structural operations of the demo engine (see model-basis.ts for the invariants it keeps):
// eenheden created, renamed, moved, bundled, split and ended; functies created, moved and ended; and
// the rule that keeps the lines of leidinggevende functies in step with the tree.
import { ModelBasis, type EenheidGegevens, type FunctieGegevens } from './model-basis.ts'
import type { EenheidVersieRij, FunctieStaat, FunctieVersieRij, LijnRij } from './rijen.ts'

export type { EenheidGegevens, FunctieGegevens, WijzigingGegevens } from './model-basis.ts'

export class OrgModel extends ModelBasis {
  // ---- eenheden -----------------------------------------------------------------------------------

  nieuweEenheid(d: string, gegevens: EenheidGegevens, ouder?: string | null): string {
    this.op(d)
    const id = this.ids.uuid()
    this.eenheidRijen.push({ id, organisatie_id: this.organisatieId })
    const versie: EenheidVersieRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, eenheid_id: id, naam: gegevens.naam, soort: gegevens.soort,
      afkorting: gegevens.afkorting ?? null, omschrijving: gegevens.omschrijving ?? null, email: gegevens.email ?? null,
      telefoon: gegevens.telefoon ?? null, bezoekadres: gegevens.bezoekadres ?? null, postadres: gegevens.postadres ?? null,
      website: gegevens.website ?? null, geldig_van: d, geldig_tot: null, wijziging_id: this.wijzigingId,
    }
    this.eenheidVersies.push(versie)
    this.eenheden.set(id, { id, versie, ouderLijn: null, kinderen: new Set(), functies: new Set(), lijnen: new Set() })
    if (ouder) this.hangOnder(d, id, ouder)
    if (this.w && this.stil === 0) {
      const sleutel = this.sleutelVoor(gegevens.naam)
      this.w.sleutels.set(id, sleutel)
      this.actie({
        soort: 'eenheidAanmaken', sleutel, naam: gegevens.naam, eenheidSoort: gegevens.soort, ...this.boven(ouder),
        email: gegevens.email ?? undefined, telefoon: gegevens.telefoon ?? undefined,
        bezoekadres: gegevens.bezoekadres ?? undefined, omschrijving: gegevens.omschrijving ?? undefined,
      })
    }
    return id
  }

  /** The hierarchical line eenheid → ouder from d, replacing the current one. */
  private hangOnder(d: string, id: string, ouder: string): void {
    const e = this.eenheid(id)
    this.eenheid(ouder)
    for (let o: string | null = ouder; o; o = this.ouder(o)) {
      if (o === id) throw new Error(`Verplaatsen van ${e.versie.naam} onder ${this.eenheid(ouder).versie.naam} zou een kring maken`)
    }
    if (e.ouderLijn) {
      this.eenheden.get(e.ouderLijn.boven_eenheid_id!)?.kinderen.delete(id)
      this.sluit(e.ouderLijn, d)
    }
    e.ouderLijn = this.nieuweLijn(d, 'hierarchisch', { eenheid_id: id, boven_eenheid_id: ouder })
    this.eenheid(ouder).kinderen.add(id)
  }

  verplaatsEenheid(d: string, id: string, ouder: string): void {
    this.op(d)
    if (this.ouder(id) === ouder) return
    this.hangOnder(d, id, ouder)
    this.actie({ soort: 'eenheidVerplaatsen', eenheidId: id, ...this.boven(ouder) })
  }

  hernoemEenheid(d: string, id: string, naam: string, extra: Partial<EenheidGegevens> = {}): void {
    this.op(d)
    const e = this.eenheid(id)
    e.versie = this.volgendeVersie<EenheidVersieRij>(e.versie, d, { ...extra, naam }, this.eenheidVersies)
    this.actie({ soort: 'eenheidHernoemen', eenheidId: id, naam })
  }

  /** A new version with other details (contact, omschrijving); not an actie of a wijziging. */
  wijzigEenheid(d: string, id: string, wijziging: Partial<EenheidGegevens>): void {
    this.op(d)
    const e = this.eenheid(id)
    e.versie = this.volgendeVersie<EenheidVersieRij>(e.versie, d, wijziging, this.eenheidVersies)
  }

  hefEenheidOp(d: string, id: string): void {
    this.op(d)
    const e = this.eenheid(id)
    if (e.functies.size > 0 || e.kinderen.size > 0) {
      throw new Error(`${e.versie.naam} kan niet worden opgeheven: er zijn nog ${e.functies.size} functies en ${e.kinderen.size} onderliggende eenheden`)
    }
    if (e.ouderLijn) {
      this.eenheden.get(e.ouderLijn.boven_eenheid_id!)?.kinderen.delete(id)
      this.sluit(e.ouderLijn, d)
    }
    for (const l of [...e.lijnen]) this.sluitLijn(d, l)
    this.sluit(e.versie, d)
    this.eenheden.delete(id)
    this.leiding.delete(id)
    this.actie({ soort: 'eenheidOpheffen', eenheidId: id })
  }

  /** Bundles eenheden into a new one: their functies, sub-eenheden and functional lines go along. */
  voegSamen(d: string, ids: string[], gegevens: EenheidGegevens, ouder: string): string {
    this.op(d)
    const eerste = this.eenheid(ids[0]!).versie
    this.stil++
    let nieuw: string
    try {
      nieuw = this.nieuweEenheid(d, { ...contactVan(eerste), ...gegevens }, ouder)
      for (const id of ids) this.leegNaar(d, id, nieuw, [...this.eenheid(id).functies], [...this.eenheid(id).kinderen])
      for (const id of ids) this.hefEenheidOp(d, id)
    } finally {
      this.stil--
    }
    if (this.w && this.stil === 0) {
      const sleutel = this.sleutelVoor(gegevens.naam)
      this.w.sleutels.set(nieuw, sleutel)
      this.actie({ soort: 'eenhedenSamenvoegen', eenheidIds: ids, sleutel, naam: gegevens.naam, eenheidSoort: gegevens.soort, ...this.boven(ouder) })
    }
    return nieuw
  }

  /** Splits an eenheid into delen; every functie and sub-eenheid must go to exactly one deel. */
  splits(d: string, id: string, delen: (EenheidGegevens & { functies: string[]; kinderen?: string[] })[]): string[] {
    this.op(d)
    const e = this.eenheid(id)
    const toegewezen = delen.flatMap((deel) => [...deel.functies, ...(deel.kinderen ?? [])])
    const aanwezig = [...e.functies, ...e.kinderen]
    if (toegewezen.length !== aanwezig.length || new Set(toegewezen).size !== toegewezen.length || !aanwezig.every((x) => toegewezen.includes(x))) {
      throw new Error(`Splitsen van ${e.versie.naam}: elke functie en onderliggende eenheid moet naar precies één deel`)
    }
    const ouder = this.ouder(id)
    const nieuw: string[] = []
    const sleutels: string[] = []
    this.stil++
    try {
      for (const deel of delen) {
        const deelId = this.nieuweEenheid(d, { ...contactVan(e.versie), ...deel }, ouder)
        this.leegNaar(d, id, deelId, deel.functies, deel.kinderen ?? [])
        nieuw.push(deelId)
      }
      this.hefEenheidOp(d, id)
    } finally {
      this.stil--
    }
    if (this.w && this.stil === 0) {
      for (const deelId of nieuw) {
        const sleutel = this.sleutelVoor(this.eenheid(deelId).versie.naam)
        this.w.sleutels.set(deelId, sleutel)
        sleutels.push(sleutel)
      }
      this.actie({
        soort: 'eenheidSplitsen', eenheidId: id,
        delen: delen.map((deel, i) => ({
          sleutel: sleutels[i]!, naam: deel.naam, eenheidSoort: deel.soort, functieIds: deel.functies,
          ...(deel.kinderen?.length ? { onderliggendeEenheidIds: deel.kinderen } : {}),
        })),
      })
    }
    return nieuw
  }

  /** Moves the given functies and sub-eenheden of `van` to `naar`, and copies its functional lines. */
  private leegNaar(d: string, van: string, naar: string, functies: string[], kinderen: string[]): void {
    for (const f of functies) this.verplaatsFunctie(d, f, naar)
    for (const k of kinderen) this.hangOnder(d, k, naar)
    for (const l of this.eenheid(van).lijnen) {
      if (l.soort !== 'functioneel') continue
      const [a, b] = l.eenheid_id === van ? [naar, l.boven_eenheid_id!] : [l.eenheid_id!, naar]
      const bestaat = [...this.eenheid(naar).lijnen].some((x) => x.soort === 'functioneel' && x.eenheid_id === a && x.boven_eenheid_id === b)
      if (a !== b && !bestaat && this.eenheden.has(a) && this.eenheden.has(b)) this.eenheidLijn(d, a, b, l.omschrijving)
    }
  }

  // ---- functies -----------------------------------------------------------------------------------

  nieuweFunctie(d: string, g: FunctieGegevens): string {
    this.op(d)
    const e = this.eenheid(g.eenheid)
    const roltypeId = this.roltypen.get(g.rol)
    if (!roltypeId) throw new Error(`Onbekend roltype ${g.rol}`)
    const id = this.ids.uuid()
    this.functieRijen.push({ id, organisatie_id: this.organisatieId })
    const versie: FunctieVersieRij = {
      id: this.ids.uuid(), organisatie_id: this.organisatieId, functie_id: id, eenheid_id: e.id, roltype_id: roltypeId,
      naam: g.naam, schaal: g.schaal, formatie_fte: g.formatie, aandachtsgebied: g.aandachtsgebied ?? null,
      leidinggevend: g.leidinggevend ?? false, geldig_van: d, geldig_tot: null, wijziging_id: this.wijzigingId,
    }
    this.functieVersies.push(versie)
    this.functies.set(id, {
      id, versie, rol: g.rol, beheer: g.beheer ?? 'simulatie', stage: g.stage ?? false,
      bezettingen: new Set(), lijnen: new Set(), portefeuilles: new Set(),
    })
    e.functies.add(id)
    return id
  }

  /** Moves a functie (with its bezetting) to another eenheid, optionally changing other details. */
  verplaatsFunctie(d: string, id: string, eenheid: string, wijziging: Partial<Pick<FunctieVersieRij, 'naam' | 'aandachtsgebied' | 'leidinggevend' | 'schaal'>> = {}): void {
    this.op(d)
    const f = this.functie(id)
    const van = f.versie.eenheid_id
    this.eenheid(eenheid).functies.add(id)
    if (van !== eenheid) this.eenheden.get(van)?.functies.delete(id)
    f.versie = this.volgendeVersie<FunctieVersieRij>(f.versie, d, { ...wijziging, eenheid_id: eenheid }, this.functieVersies)
    if (van !== eenheid) {
      const sleutel = this.w?.sleutels.get(eenheid)
      this.actie({ soort: 'functieVerplaatsen', functieId: id, ...(sleutel ? { eenheidSleutel: sleutel } : { eenheidId: eenheid }) })
    }
  }

  wijzigFunctie(d: string, id: string, wijziging: Partial<Pick<FunctieVersieRij, 'naam' | 'aandachtsgebied' | 'leidinggevend' | 'schaal' | 'formatie_fte'>>): void {
    this.op(d)
    const f = this.functie(id)
    f.versie = this.volgendeVersie<FunctieVersieRij>(f.versie, d, wijziging, this.functieVersies)
  }

  /** Ends a functie; its bezettingen, portefeuilles and lines end with it. Returns the persons it freed. */
  hefFunctieOp(d: string, id: string): string[] {
    this.op(d)
    const f = this.functie(id)
    const vrij = [...f.bezettingen].filter((b) => b.vervanging === null && (b.geldig_tot === null || b.geldig_tot > d)).map((b) => b.persoon_id)
    for (const b of [...f.bezettingen]) this.beeindig(d, b)
    for (const p of f.portefeuilles) this.sluit(p, d)
    for (const l of [...f.lijnen]) this.sluitLijn(d, l)
    this.sluit(f.versie, d)
    this.eenheden.get(f.versie.eenheid_id)?.functies.delete(id)
    this.functies.delete(id)
    return vrij
  }


  /**
   * Keeps the functie-lijnen of leidinggevende functies in step with the eenheid tree. The rule:
   * leiding follows the tree — a functie answers to the leidinggevend functie of its eenheid, and a
   * leidinggevend functie to the one of the nearest eenheid above. An eenheid above without a
   * leidinggevend functie of its own but with an entry in `leiding` (a domein: its concerndirecteur)
   * is made explicit with one hierarchisch functie-lijn to that functie. Every teammanager of a team
   * also has a functioneel lijn to the concernmanager (seed 004: "De concernmanager stuurt de
   * teammanagers functioneel aan"; "legt functioneel verantwoording af aan de concernmanager").
   */
  synchroniseerLijnen(d: string): void {
    this.op(d)
    for (const f of this.functies.values()) {
      if (!f.versie.leidinggevend) continue
      const e = this.eenheid(f.versie.eenheid_id)
      const ouder = e.ouderLijn?.boven_eenheid_id
      const hierarchisch = ouder ? this.leiding.get(ouder) ?? null : null
      const functioneel = this.concernmanager && f.rol === 'teammanager' && e.versie.soort === 'team' ? this.concernmanager : null
      this.zetLijn(d, f, 'hierarchisch', hierarchisch === f.id ? null : hierarchisch)
      this.zetLijn(d, f, 'functioneel', functioneel === f.id ? null : functioneel)
    }
  }

  private zetLijn(d: string, f: FunctieStaat, soort: LijnRij['soort'], boven: string | null): void {
    let heeft = false
    for (const l of [...f.lijnen]) {
      if (l.functie_id !== f.id || l.soort !== soort) continue
      if (l.boven_functie_id === boven && !heeft) heeft = true
      else this.sluitLijn(d, l)
    }
    if (boven && !heeft && this.functies.has(boven)) this.functieLijn(d, soort, f.id, boven)
  }

}

function contactVan(v: EenheidVersieRij): Partial<EenheidGegevens> {
  return { email: v.email, telefoon: v.telefoon, bezoekadres: v.bezoekadres, postadres: v.postadres, website: v.website }
}
