// Which eenheden an organogram draws: the (sub)tree cut off at `niveaus` levels and at the
// eenheden the reader folded in. A folded eenheid keeps a count of what it hides, so a drawing of
// 2,000 eenheden stays readable and still tells how much lies below ("+N onderliggende eenheden").
import type { EenheidSoort } from '../../db/schema.ts'

/** One eenheid of the flat tree, as boomOp/subboomOp give it (BoomKnoop fits). */
export interface OrganogramKnoop {
  id: string
  naam: string
  soort: EenheidSoort
  bovenEenheidId: string | null
}

/** A line between eenheden (Lijn fits); only eenheid pairs of soort functioneel are drawn. */
export interface OrganogramLijnInvoer {
  soort: 'hierarchisch' | 'functioneel'
  eenheidId: string | null
  bovenEenheidId: string | null
  omschrijving?: string | null
}

export interface ZichtbaarOpties {
  /** Levels shown, counted from the top drawn; undefined = the default for the tree's size. */
  niveaus?: number | undefined
  /** Draw only this eenheid and what lies below it. */
  eenheidId?: string | undefined
  /** Eenheden drawn folded in. */
  ingeklapt?: readonly string[] | undefined
}

export interface ZKnoop {
  knoop: OrganogramKnoop
  diepte: number
  kinderen: ZKnoop[]
  /** Direct children on the peildatum, drawn or not. */
  aantalOnderliggend: number
  /** Eenheden below this one that are not drawn because it is folded in (0 = open). */
  verborgen: number
  ouder: ZKnoop | null
}

export interface ZichtbareBoom {
  wortels: ZKnoop[]
  /** Every drawn eenheid, depth-first. */
  knopen: ZKnoop[]
  totaal: number
  niveaus: number | null
  /** Every eenheid in the (sub)tree → the drawn eenheid that stands for it (itself, or the folded ancestor). */
  zichtbaarVoor: Map<string, ZKnoop>
}

/** Above this many eenheden the drawing shows 3 levels unless asked otherwise. */
export const GROTE_BOOM = 120
export const STANDAARD_NIVEAUS = 3

export function zichtbareBoom(knopen: readonly OrganogramKnoop[], opties: ZichtbaarOpties = {}): ZichtbareBoom {
  const perId = new Map(knopen.map((k) => [k.id, k]))
  const kinderen = new Map<string, OrganogramKnoop[]>()
  const wortelKnopen: OrganogramKnoop[] = []
  for (const k of knopen) {
    if (k.bovenEenheidId !== null && perId.has(k.bovenEenheidId) && k.bovenEenheidId !== k.id) {
      const lijst = kinderen.get(k.bovenEenheidId)
      if (lijst) lijst.push(k)
      else kinderen.set(k.bovenEenheidId, [k])
    } else wortelKnopen.push(k)
  }
  let wortels = wortelKnopen
  if (opties.eenheidId !== undefined) {
    const start = perId.get(opties.eenheidId)
    if (!start) throw new Error(`Eenheid ${opties.eenheidId} komt niet voor in de boom`)
    wortels = [start]
  }

  // Walk the whole (sub)tree once, depth-first, to number it and count descendants.
  const volgorde: Array<{ knoop: OrganogramKnoop; diepte: number; ouder: number }> = []
  const gezien = new Set<string>()
  const stapel: Array<[OrganogramKnoop, number, number]> = wortels.map((w) => [w, 0, -1] as [OrganogramKnoop, number, number]).reverse()
  while (stapel.length > 0) {
    const [knoop, diepte, ouder] = stapel.pop()!
    if (gezien.has(knoop.id)) continue // a cycle in the data must not hang the drawing
    gezien.add(knoop.id)
    const index = volgorde.length
    volgorde.push({ knoop, diepte, ouder })
    const kids = kinderen.get(knoop.id) ?? []
    for (let i = kids.length - 1; i >= 0; i--) stapel.push([kids[i]!, diepte + 1, index])
  }
  const totaal = volgorde.length
  const nakomelingen = new Int32Array(totaal)
  for (let i = totaal - 1; i >= 0; i--) {
    const o = volgorde[i]!.ouder
    if (o >= 0) nakomelingen[o]! += nakomelingen[i]! + 1
  }

  const niveaus = opties.niveaus ?? (totaal > GROTE_BOOM ? STANDAARD_NIVEAUS : null)
  const ingeklapt = new Set(opties.ingeklapt ?? [])
  const zKnopen: Array<ZKnoop | undefined> = new Array(totaal)
  const zichtbaarVoor = new Map<string, ZKnoop>()
  const result: ZKnoop[] = []
  const zWortels: ZKnoop[] = []
  for (let i = 0; i < totaal; i++) {
    const { knoop, diepte, ouder } = volgorde[i]!
    const ouderZ = ouder >= 0 ? zKnopen[ouder] : undefined
    if (ouder >= 0 && (!ouderZ || ouderZ.verborgen > 0)) {
      // Hidden: stands for the drawn ancestor that hides it.
      const vertegenwoordiger = zichtbaarVoor.get(volgorde[ouder]!.knoop.id)!
      zichtbaarVoor.set(knoop.id, vertegenwoordiger)
      continue
    }
    const aantalOnderliggend = (kinderen.get(knoop.id) ?? []).length
    const dicht = aantalOnderliggend > 0 && ((niveaus !== null && diepte >= niveaus - 1) || ingeklapt.has(knoop.id))
    const z: ZKnoop = { knoop, diepte, kinderen: [], aantalOnderliggend, verborgen: dicht ? nakomelingen[i]! : 0, ouder: ouderZ ?? null }
    zKnopen[i] = z
    zichtbaarVoor.set(knoop.id, z)
    result.push(z)
    if (ouderZ) ouderZ.kinderen.push(z)
    else zWortels.push(z)
  }
  return { wortels: zWortels, knopen: result, totaal, niveaus, zichtbaarVoor }
}

/** The functional lines between drawn eenheden: hidden ends move to their folded ancestor, duplicates merge. */
export function zichtbareFunctioneleLijnen(boom: ZichtbareBoom, lijnen: readonly OrganogramLijnInvoer[]) {
  const samen = new Map<string, { van: ZKnoop; naar: ZKnoop; aantal: number }>()
  for (const l of lijnen) {
    if (l.soort !== 'functioneel' || l.eenheidId === null || l.bovenEenheidId === null) continue
    const van = boom.zichtbaarVoor.get(l.eenheidId)
    const naar = boom.zichtbaarVoor.get(l.bovenEenheidId)
    if (!van || !naar || van === naar) continue
    const sleutel = `${van.knoop.id}>${naar.knoop.id}`
    const bestaand = samen.get(sleutel)
    if (bestaand) bestaand.aantal++
    else samen.set(sleutel, { van, naar, aantal: 1 })
  }
  return [...samen.values()]
}
