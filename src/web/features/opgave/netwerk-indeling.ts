// The deterministic layout of the "Wie werkt samen" picture: three columns (personen, opgaven,
// eenheden), each sorted by name, one row per node; lines between the nodes they connect. Pure, so
// the same data always gives the same picture (netwerk-indeling.test.ts).
import type { Netwerk } from '../../api/types.ts'

export const KOLOM_BREEDTE = 260
const RIJ = 48
const BOVEN = 56
const KOLOMMEN = [{ soort: 'persoon', titel: 'Personen' }, { soort: 'opgave', titel: 'Opgaven' }, { soort: 'eenheid', titel: 'Eenheden' }] as const

export interface Knoop { id: string; soort: 'opgave' | 'eenheid' | 'persoon'; label: string; x: number; y: number; breedte: number }
export interface Lijn { x1: number; y1: number; x2: number; y2: number; soort: 'claim' | 'toezegging' | 'kernteam' }

const afgekort = (naam: string) => (naam.length > 30 ? `${naam.slice(0, 29)}…` : naam)

export function netwerkIndeling(data: Netwerk) {
  const knopen: Knoop[] = []
  const kolommen = KOLOMMEN.map((k, i) => ({ titel: k.titel, x: KOLOM_BREEDTE / 2 + i * (KOLOM_BREEDTE + 40) }))
  KOLOMMEN.forEach((kolom, i) => {
    data.knopen.filter((k) => k.soort === kolom.soort).sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id))
      .forEach((k, rij) => knopen.push({ id: k.id, soort: k.soort, label: afgekort(k.naam), x: kolommen[i]!.x, y: BOVEN + rij * RIJ, breedte: KOLOM_BREEDTE - 20 }))
  })
  const plek = new Map(knopen.map((k) => [k.id, k]))
  const lijnen: Lijn[] = data.verbindingen.flatMap((v) => {
    const a = plek.get(v.van)
    const b = plek.get(v.naar)
    if (!a || !b) return []
    const [links, rechts] = a.x <= b.x ? [a, b] : [b, a]
    return [{ x1: links.x + links.breedte / 2, y1: links.y, x2: rechts.x - rechts.breedte / 2, y2: rechts.y, soort: v.soort }]
  })
  const rijen = Math.max(1, ...KOLOMMEN.map((k) => data.knopen.filter((x) => x.soort === k.soort).length))
  return { knopen, lijnen, kolommen, breedte: KOLOMMEN.length * KOLOM_BREEDTE + 80, hoogte: BOVEN + rijen * RIJ }
}
