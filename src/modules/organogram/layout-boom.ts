// The classic top-down organogram. d3-hierarchy's tree() (Reingold–Tilford, ~20 ms for 20,000
// nodes here; ENGINEERING.md) places "items" with a separation equal to their half-widths plus a
// gap, so boxes never overlap. An item is one eenheid, or a stack: a parent's leaf children drawn
// as columns under it, as printed organograms do, so a directie with 30 teams stays narrow. A
// stack taller than one level hangs a chain of invisible items below it, one per level it reaches
// into, so the tree keeps those levels clear beside it while every level keeps the same height.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy'
import type { ZKnoop, ZichtbareBoom } from './zichtbaar.ts'

export const BOOM = {
  breedte: 184,
  hoogte: 78,
  /** Vertical room between levels, for the connectors. */
  niveauAfstand: 56,
  broerAfstand: 16,
  neefAfstand: 36,
  /** A parent with at least this many leaf children stacks them. */
  stapelVanaf: 3,
  stapelRijen: 8,
  /** Where the vertical spine of a stack runs, and where its boxes start. */
  stapelInspringing: 22,
  stapelRijAfstand: 12,
  stapelKolomAfstand: 18,
} as const

export interface Plaats { z: ZKnoop; x: number; y: number }
export interface Polylijn { van: ZKnoop; naar: ZKnoop; punten: number[] }
export interface Geometrie { plaatsen: Plaats[]; hierarchisch: Polylijn[] }

/** From the top of one level to the top of the next. */
const NIVEAU = BOOM.hoogte + BOOM.niveauAfstand

interface Item {
  knoop: ZKnoop | null // null: the virtual root above several roots, or a stack
  stapel: ZKnoop[] | null
  breedte: number
  hoogte: number
  kinderen: Item[]
}

function stapelMaat(n: number) {
  const kolommen = Math.ceil(n / BOOM.stapelRijen)
  const rijen = Math.ceil(n / kolommen)
  return {
    kolommen,
    rijen,
    breedte: kolommen * (BOOM.stapelInspringing + BOOM.breedte) + (kolommen - 1) * BOOM.stapelKolomAfstand,
    hoogte: rijen * BOOM.hoogte + (rijen - 1) * BOOM.stapelRijAfstand,
  }
}

function item(z: ZKnoop): Item {
  const bladeren = z.kinderen.filter((k) => k.kinderen.length === 0)
  const stapelen = bladeren.length >= BOOM.stapelVanaf
  const kinderen: Item[] = []
  if (stapelen) {
    const maat = stapelMaat(bladeren.length)
    let keten: Item[] = []
    for (let i = Math.ceil((maat.hoogte - BOOM.hoogte) / NIVEAU); i > 0; i--) {
      keten = [{ knoop: null, stapel: null, breedte: maat.breedte, hoogte: 0, kinderen: keten }]
    }
    kinderen.push({ knoop: null, stapel: bladeren, breedte: maat.breedte, hoogte: maat.hoogte, kinderen: keten })
  }
  for (const k of z.kinderen) if (!stapelen || k.kinderen.length > 0) kinderen.push(item(k))
  return { knoop: z, stapel: null, breedte: BOOM.breedte, hoogte: BOOM.hoogte, kinderen }
}

export function boomGeometrie(boom: ZichtbareBoom): Geometrie {
  const virtueel = boom.wortels.length !== 1
  const wortelItem: Item = virtueel
    ? { knoop: null, stapel: null, breedte: 0, hoogte: 0, kinderen: boom.wortels.map(item) }
    : item(boom.wortels[0]!)
  const root = hierarchy(wortelItem, (i) => i.kinderen)
  const gelegd = tree<Item>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.breedte + b.data.breedte) / 2 + (a.parent === b.parent ? BOOM.broerAfstand : BOOM.neefAfstand))(root)

  const nodes = gelegd.descendants()
  const band = (n: HierarchyPointNode<Item>) => n.depth - (virtueel ? 1 : 0)

  const plaatsen: Plaats[] = []
  const hierarchisch: Polylijn[] = []
  const positie = new Map<ZKnoop, Plaats>()
  for (const n of nodes) {
    if (band(n) < 0) continue
    const top = band(n) * NIVEAU
    const ouder = n.parent && n.parent.data.knoop ? positie.get(n.parent.data.knoop) : undefined
    const midden = top - BOOM.niveauAfstand / 2
    if (n.data.knoop) {
      const p = { z: n.data.knoop, x: n.x, y: top + BOOM.hoogte / 2 }
      plaatsen.push(p)
      positie.set(p.z, p)
      if (ouder) hierarchisch.push({ van: p.z, naar: ouder.z, punten: [ouder.x, ouder.y + BOOM.hoogte / 2, ouder.x, midden, p.x, midden, p.x, top] })
    } else if (n.data.stapel && ouder) {
      const maat = stapelMaat(n.data.stapel.length)
      const links = n.x - n.data.breedte / 2
      n.data.stapel.forEach((z, i) => {
        const kolom = Math.floor(i / maat.rijen)
        const rij = i % maat.rijen
        const kolomLinks = links + kolom * (BOOM.stapelInspringing + BOOM.breedte + BOOM.stapelKolomAfstand)
        const ruggengraat = kolomLinks + BOOM.stapelInspringing / 2
        const p = { z, x: kolomLinks + BOOM.stapelInspringing + BOOM.breedte / 2, y: top + rij * (BOOM.hoogte + BOOM.stapelRijAfstand) + BOOM.hoogte / 2 }
        plaatsen.push(p)
        positie.set(z, p)
        hierarchisch.push({
          van: z,
          naar: ouder.z,
          punten: [ouder.x, ouder.y + BOOM.hoogte / 2, ouder.x, midden, ruggengraat, midden, ruggengraat, p.y, p.x - BOOM.breedte / 2, p.y],
        })
      })
    }
  }
  return { plaatsen, hierarchisch }
}
