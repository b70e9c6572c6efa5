// What the public organisation page shows, assembled from the organisation at the peildatum: the
// tree of eenheden, each with what it does, where it hangs, who leads it (by functie; by name only
// for public office holders) and its own contact details (Woo art. 3.3 lid 1d and 1e; Regeling
// actieve openbaarmaking 2.2.2 lid 3: every unit with its own contact details described separately).
import type { Db } from '../../db/database.ts'
import type { EenheidSoort } from '../../db/schema.ts'
import { boomOp, getEenheid, lijnenOp } from '../organisatie/eenheid.repository.ts'
import type { Eenheid } from '../organisatie/eenheid.schemas.ts'
import type { Organisatie } from '../organisatie/organisatie.schemas.ts'
import { isPubliekAmbt } from './publieke-ambten.ts'
import { ambtenOp, eenhedenMetContact, functieSoortenVan, portefeuillesOp, type AmbtRij, type EenheidContactRij } from './publiek.repository.ts'

export interface Ambt {
  functie: string
  leidinggevend: boolean
  /** A public office (publieke-ambten.ts): its holders are named, or it is shown as not filled. */
  publiek: boolean
  /** Holders by name (public office holders only), regular holders first. */
  houders: { naam: string; vervanging: 'loco' | 'waarnemer' | null }[]
  portefeuilles: string[]
}

export interface PubliekeEenheid {
  id: string
  naam: string
  soort: EenheidSoort
  afkorting: string | null
  omschrijving: string | null
  diepte: number
  boven: { id: string; naam: string } | null
  functioneelAangestuurdDoor: { id: string; naam: string }[]
  contact: Pick<EenheidContactRij, 'email' | 'telefoon' | 'bezoekadres' | 'postadres' | 'website'>
  ambten: Ambt[]
}

export interface PubliekeOrganisatie {
  organisatie: Organisatie
  peildatum: string
  /** Depth-first, siblings by name: the order of the organogram's text alternative. */
  eenheden: PubliekeEenheid[]
}

/** Groups rows per functie, keeping the query's order (leading functie first). */
function groepeerAmbten(rows: AmbtRij[], portefeuilles: Map<string, string[]>): Map<string, Ambt[]> {
  const perFunctie = new Map<string, Ambt & { eenheidId: string }>()
  for (const r of rows) {
    let ambt = perFunctie.get(r.functieId)
    if (!ambt) {
      ambt = { eenheidId: r.eenheidId, functie: r.functie, leidinggevend: r.leidinggevend, publiek: isPubliekAmbt(r.roltype), houders: [], portefeuilles: portefeuilles.get(r.functieId) ?? [] }
      perFunctie.set(r.functieId, ambt)
    }
    if (r.persoon) ambt.houders.push({ naam: r.persoon, vervanging: r.vervanging })
  }
  const perEenheid = new Map<string, Ambt[]>()
  for (const { eenheidId, ...ambt } of perFunctie.values()) {
    ambt.houders.sort((a, b) => Number(a.vervanging !== null) - Number(b.vervanging !== null))
    perEenheid.set(eenheidId, [...(perEenheid.get(eenheidId) ?? []), ambt])
  }
  return perEenheid
}

export async function loadPubliekeOrganisatie(db: Db, organisatie: Organisatie, peildatum: string): Promise<PubliekeOrganisatie> {
  const [boom, details, ambten, portefeuilles, functioneel] = await Promise.all([
    boomOp(db, organisatie.id, peildatum),
    eenhedenMetContact(db, organisatie.id, peildatum),
    ambtenOp(db, organisatie.id, peildatum),
    portefeuillesOp(db, organisatie.id, peildatum),
    lijnenOp(db, organisatie.id, peildatum, 'functioneel'),
  ])
  const namen = new Map(boom.map((k) => [k.id, k.naam]))
  const aangestuurdDoor = new Map<string, { id: string; naam: string }[]>()
  for (const l of functioneel) {
    if (!l.eenheidId || !l.bovenEenheidId || !namen.has(l.bovenEenheidId)) continue
    aangestuurdDoor.set(l.eenheidId, [...(aangestuurdDoor.get(l.eenheidId) ?? []), { id: l.bovenEenheidId, naam: namen.get(l.bovenEenheidId)! }])
  }
  const ambtenPerEenheid = groepeerAmbten(ambten, portefeuilles)
  const eenheden = boom.map((k): PubliekeEenheid => {
    const d = details.get(k.id)
    const bovenNaam = k.bovenEenheidId ? namen.get(k.bovenEenheidId) : undefined
    return {
      id: k.id,
      naam: k.naam,
      soort: k.soort,
      afkorting: d?.afkorting ?? null,
      omschrijving: d?.omschrijving ?? null,
      diepte: k.diepte,
      boven: k.bovenEenheidId && bovenNaam ? { id: k.bovenEenheidId, naam: bovenNaam } : null,
      functioneelAangestuurdDoor: aangestuurdDoor.get(k.id) ?? [],
      contact: { email: d?.email ?? null, telefoon: d?.telefoon ?? null, bezoekadres: d?.bezoekadres ?? null, postadres: d?.postadres ?? null, website: d?.website ?? null },
      ambten: ambtenPerEenheid.get(k.id) ?? [],
    }
  })
  return { organisatie, peildatum, eenheden }
}

export interface PubliekeEenheidPagina {
  eenheid: Eenheid
  ambten: Ambt[]
  functieSoorten: { naam: string; aantal: number }[]
}

/** One eenheid's public page. Throws the organisatie module's 404 problems for an unknown eenheid or one that does not exist on the peildatum. */
export async function loadPubliekeEenheid(db: Db, organisatieId: string, eenheidId: string, peildatum: string): Promise<PubliekeEenheidPagina> {
  const eenheid = await getEenheid(db, organisatieId, eenheidId, peildatum)
  const [ambten, portefeuilles, functieSoorten] = await Promise.all([
    ambtenOp(db, organisatieId, peildatum, eenheidId),
    portefeuillesOp(db, organisatieId, peildatum),
    functieSoortenVan(db, eenheidId, peildatum),
  ])
  return { eenheid, ambten: groepeerAmbten(ambten, portefeuilles).get(eenheidId) ?? [], functieSoorten }
}
