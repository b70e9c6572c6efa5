// The wijziging form's state and how it becomes the API's WijzigingInvoer (and back, to edit a
// concept). Eenheden made in the same wijziging are referred to by their sleutel. Pure, so it is
// unit-tested (acties-formulier.test.ts).
import type { Actie, ActieSoort, EenheidSoort, Wijziging, WijzigingInvoer } from '../../api/types.ts'

/** A chosen eenheid or functie: an existing one (id) or an eenheid made earlier in this wijziging (sleutel). */
export interface Keuze { id?: string; sleutel?: string; naam: string }

export interface DeelConcept { naam: string; eenheidSoort: EenheidSoort | '' }

export interface ActieConcept {
  soort: ActieSoort
  sleutel: string
  naam: string
  eenheidSoort: EenheidSoort | ''
  eenheid: Keuze | null
  boven: Keuze | null
  eenheden: Keuze[]
  functie: Keuze | null
  delen: DeelConcept[]
  /** eenheidSplitsen: functieId → index of the deel it goes to. */
  functieNaarDeel: Record<string, number>
  /** eenheidSplitsen: id of an onderliggende eenheid → index of the deel it goes to. */
  onderNaarDeel: Record<string, number>
}

export interface WijzigingConcept { titel: string; toelichting: string; ingangsdatum: string; acties: ActieConcept[] }

export function nieuweActie(soort: ActieSoort, bestaandeSleutels: readonly string[]): ActieConcept {
  let n = 1
  while (bestaandeSleutels.includes(`nieuw-${n}`)) n++
  return {
    soort, sleutel: `nieuw-${n}`, naam: '', eenheidSoort: soort === 'eenheidAanmaken' || soort === 'eenhedenSamenvoegen' ? 'team' : '',
    eenheid: null, boven: null, eenheden: [], functie: null,
    delen: [{ naam: '', eenheidSoort: '' }, { naam: '', eenheidSoort: '' }], functieNaarDeel: {}, onderNaarDeel: {},
  }
}

/** Eenheden that acties before index `tot` create, which later acties may refer to. */
export function nieuweEenheden(acties: readonly ActieConcept[], tot: number): Keuze[] {
  const uit: Keuze[] = []
  for (const a of acties.slice(0, tot)) {
    if (a.soort === 'eenheidAanmaken' || a.soort === 'eenhedenSamenvoegen') uit.push({ sleutel: a.sleutel, naam: a.naam || `(nieuwe eenheid ${a.sleutel})` })
    if (a.soort === 'eenheidSplitsen') a.delen.forEach((d, i) => uit.push({ sleutel: `${a.sleutel}-${i + 1}`, naam: d.naam || `(deel ${i + 1})` }))
  }
  return uit
}

const boven = (k: Keuze | null) => (k?.id ? { bovenEenheidId: k.id } : k?.sleutel ? { bovenSleutel: k.sleutel } : {})

/**
 * The body for POST/PUT …/wijzigingen. Empty fields are sent as they are (empty string, missing
 * id): the server validates and names every wrong field, and the form shows those messages.
 */
export function naarInvoer(concept: WijzigingConcept): WijzigingInvoer {
  const acties = concept.acties.map((a): Actie => {
    switch (a.soort) {
      case 'eenheidAanmaken':
        return { soort: a.soort, sleutel: a.sleutel, naam: a.naam.trim(), eenheidSoort: a.eenheidSoort as EenheidSoort, ...boven(a.boven) }
      case 'eenheidHernoemen':
        return { soort: a.soort, eenheidId: a.eenheid?.id ?? '', naam: a.naam.trim() }
      case 'eenheidVerplaatsen':
        return { soort: a.soort, eenheidId: a.eenheid?.id ?? '', ...boven(a.boven) }
      case 'eenhedenSamenvoegen':
        return { soort: a.soort, eenheidIds: a.eenheden.flatMap((e) => (e.id ? [e.id] : [])), sleutel: a.sleutel, naam: a.naam.trim(), eenheidSoort: a.eenheidSoort as EenheidSoort, ...boven(a.boven) }
      case 'eenheidSplitsen':
        return {
          soort: a.soort,
          eenheidId: a.eenheid?.id ?? '',
          delen: a.delen.map((d, i) => {
            const functieIds = Object.entries(a.functieNaarDeel).filter(([, deel]) => deel === i).map(([id]) => id)
            const onder = Object.entries(a.onderNaarDeel).filter(([, deel]) => deel === i).map(([id]) => id)
            return { sleutel: `${a.sleutel}-${i + 1}`, naam: d.naam.trim(), ...(d.eenheidSoort ? { eenheidSoort: d.eenheidSoort } : {}), functieIds, ...(onder.length > 0 ? { onderliggendeEenheidIds: onder } : {}) }
          }),
        }
      case 'eenheidOpheffen':
        return { soort: a.soort, eenheidId: a.eenheid?.id ?? '' }
      case 'functieVerplaatsen':
        return { soort: a.soort, functieId: a.functie?.id ?? '', ...(a.eenheid?.id ? { eenheidId: a.eenheid.id } : a.eenheid?.sleutel ? { eenheidSleutel: a.eenheid.sleutel } : {}) }
    }
  })
  const toelichting = concept.toelichting.trim()
  return { titel: concept.titel.trim(), ...(toelichting ? { toelichting } : {}), ingangsdatum: concept.ingangsdatum, acties }
}

/** A saved concept back into the form, with names looked up for the ids (unknown ids keep the id as name). */
export function uitWijziging(w: Wijziging, naamVan: (id: string) => string): WijzigingConcept {
  const keuze = (id: string | undefined): Keuze | null => (id ? { id, naam: naamVan(id) } : null)
  const sleutelNamen = new Map<string, string>()
  const bovenKeuze = (a: { bovenEenheidId?: string; bovenSleutel?: string }): Keuze | null =>
    a.bovenEenheidId ? keuze(a.bovenEenheidId) : a.bovenSleutel ? { sleutel: a.bovenSleutel, naam: sleutelNamen.get(a.bovenSleutel) ?? a.bovenSleutel } : null
  const acties = w.acties.map((a): ActieConcept => {
    const c = nieuweActie(a.soort, [])
    switch (a.soort) {
      case 'eenheidAanmaken':
        sleutelNamen.set(a.sleutel, a.naam)
        return { ...c, sleutel: a.sleutel, naam: a.naam, eenheidSoort: a.eenheidSoort, boven: bovenKeuze(a) }
      case 'eenheidHernoemen':
        return { ...c, eenheid: keuze(a.eenheidId), naam: a.naam }
      case 'eenheidVerplaatsen':
        return { ...c, eenheid: keuze(a.eenheidId), boven: bovenKeuze(a) }
      case 'eenhedenSamenvoegen':
        sleutelNamen.set(a.sleutel, a.naam)
        return { ...c, sleutel: a.sleutel, naam: a.naam, eenheidSoort: a.eenheidSoort, eenheden: a.eenheidIds.map((id) => ({ id, naam: naamVan(id) })), boven: bovenKeuze(a) }
      case 'eenheidSplitsen': {
        const functieNaarDeel: Record<string, number> = {}
        const onderNaarDeel: Record<string, number> = {}
        a.delen.forEach((d, i) => {
          sleutelNamen.set(d.sleutel, d.naam)
          for (const f of d.functieIds) functieNaarDeel[f] = i
          for (const o of d.onderliggendeEenheidIds ?? []) onderNaarDeel[o] = i
        })
        const sleutel = a.delen[0]?.sleutel.replace(/-\d+$/, '') ?? c.sleutel
        return { ...c, sleutel, eenheid: keuze(a.eenheidId), delen: a.delen.map((d) => ({ naam: d.naam, eenheidSoort: d.eenheidSoort ?? '' })), functieNaarDeel, onderNaarDeel }
      }
      case 'eenheidOpheffen':
        return { ...c, eenheid: keuze(a.eenheidId) }
      case 'functieVerplaatsen':
        return { ...c, functie: keuze(a.functieId), eenheid: a.eenheidId ? keuze(a.eenheidId) : a.eenheidSleutel ? { sleutel: a.eenheidSleutel, naam: sleutelNamen.get(a.eenheidSleutel) ?? a.eenheidSleutel } : null }
    }
  })
  return { titel: w.titel, toelichting: w.toelichting ?? '', ingangsdatum: w.ingangsdatum, acties }
}

/** The field names the API can name for one actie, so each error lands next to its field. */
export function veldenVanActie(a: ActieConcept, i: number): string[] {
  const p = `acties.${i}`
  const velden = [p, `${p}.soort`]
  switch (a.soort) {
    case 'eenheidAanmaken': return [...velden, `${p}.naam`, `${p}.eenheidSoort`, `${p}.bovenEenheidId`, `${p}.bovenSleutel`, `${p}.sleutel`]
    case 'eenheidHernoemen': return [...velden, `${p}.eenheidId`, `${p}.naam`]
    case 'eenheidVerplaatsen': return [...velden, `${p}.eenheidId`, `${p}.bovenEenheidId`, `${p}.bovenSleutel`]
    case 'eenhedenSamenvoegen': return [...velden, `${p}.eenheidIds`, `${p}.naam`, `${p}.eenheidSoort`, `${p}.bovenEenheidId`, `${p}.bovenSleutel`, `${p}.sleutel`]
    case 'eenheidSplitsen': return [...velden, `${p}.eenheidId`, `${p}.delen`, ...a.delen.flatMap((_, d) => [`${p}.delen.${d}`, `${p}.delen.${d}.naam`])]
    case 'eenheidOpheffen': return [...velden, `${p}.eenheidId`]
    case 'functieVerplaatsen': return [...velden, `${p}.functieId`, `${p}.eenheidId`, `${p}.eenheidSleutel`]
  }
}

export function alleVelden(concept: WijzigingConcept): string[] {
  return ['titel', 'toelichting', 'ingangsdatum', 'acties', ...concept.acties.flatMap(veldenVanActie)]
}

/**
 * The form sends an empty id when nothing was picked, and the API then says the id "must be a
 * UUID". Pickers only ever produce valid ids, so for the user that means: pick one.
 */
export function metKiesMeldingen(velden: Record<string, string[]>): Record<string, string[]> {
  const uit: Record<string, string[]> = {}
  for (const [veld, redenen] of Object.entries(velden)) {
    const wat = /functieId$/.test(veld) ? 'functie' : /(eenheidId|EenheidId|eenheidIds)$/.test(veld) ? 'eenheid' : null
    uit[veld] = wat ? redenen.map((r) => (/uuid/i.test(r) ? `Kies een ${wat} uit de zoekresultaten.` : r)) : redenen
  }
  return uit
}
