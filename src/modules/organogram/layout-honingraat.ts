// The honeycomb: hexagons around the concerndirectie, after Hengelo's honingraatstructuur
// (seed 001), which replaced the sector organogram with a flat structure of cells. Cells live on
// an axial hex grid (q, r), pointy-top (redblobgames.com/grids/hexagons), so two cells never
// overlap by construction. Each eenheid is the centre of a cluster holding its subtree; the
// clusters of its children are placed around it, nearest first, each near its own angle (children
// in name order go round clockwise from the top). Everything is deterministic: same tree, same drawing.
import type { Geometrie, Plaats, Polylijn } from './layout-boom.ts'
import type { ZKnoop, ZichtbareBoom } from './zichtbaar.ts'

export const HONINGRAAT = {
  /** Circumradius of a cell on the grid; a hexagon is drawn a little smaller, leaving a gap. */
  straal: 72,
  tussenruimte: 3,
} as const

const RICHTINGEN: ReadonlyArray<readonly [number, number]> = [[1, 0], [1, -1], [0, -1], [-1, 0], [-1, 1], [0, 1]]
const WORTEL3 = Math.sqrt(3)

// Cells as one small integer (a V8 Smi, below 2^30), so sets stay fast at 20,000 cells; a
// honeycomb of 20,000 cells reaches about 100 cells from the centre, far inside ±4096.
const sleutel = (q: number, r: number) => (q + 4096) * 8192 + (r + 4096)

interface Cel { q: number; r: number; z: ZKnoop }
interface Cluster { cellen: Cel[] }

/**
 * The cluster's cells sorted six ways, by how far they reach in each of six directions. Testing a
 * spot, the cells facing the parent are checked first: a taken spot is found after a few cells
 * instead of thousands (20,000 cells: 7 s without this, well under a second with it).
 */
function volgordes(cellen: Cel[]): Cel[][] {
  const x = cellen.map((c) => WORTEL3 * (c.q + c.r / 2))
  const y = cellen.map((c) => 1.5 * c.r)
  return [0, 1, 2, 3, 4, 5].map((i) => {
    const cos = Math.cos((i * Math.PI) / 3)
    const sin = Math.sin((i * Math.PI) / 3)
    const index = cellen.map((_, j) => j)
    const bereik = index.map((j) => x[j]! * cos + y[j]! * sin)
    return index.sort((a, b) => bereik[b]! - bereik[a]!).map((j) => cellen[j]!)
  })
}

/** Ring k around the origin, in angular order; cached because every cluster walks the same rings. */
const ringen: Array<Array<{ q: number; r: number; hoek: number }>> = []
function ring(k: number) {
  let cached = ringen[k]
  if (cached) return cached
  const cellen: Array<{ q: number; r: number; hoek: number }> = []
  let q = RICHTINGEN[4]![0] * k
  let r = RICHTINGEN[4]![1] * k
  for (let zijde = 0; zijde < 6; zijde++) {
    for (let stap = 0; stap < k; stap++) {
      const x = WORTEL3 * (q + r / 2)
      const y = 1.5 * r
      cellen.push({ q, r, hoek: Math.atan2(y, x) })
      q += RICHTINGEN[zijde]![0]
      r += RICHTINGEN[zijde]![1]
    }
  }
  cellen.sort((a, b) => a.hoek - b.hoek)
  ringen[k] = cached = cellen
  return cached
}

const hoekVerschil = (a: number, b: number) => {
  const d = Math.abs(a - b) % (2 * Math.PI)
  return d > Math.PI ? 2 * Math.PI - d : d
}

/** The candidates of ring k, closest to the preferred angle first. */
function* kandidaten(k: number, hoek: number) {
  const cellen = ring(k)
  let beste = 0
  for (let i = 1; i < cellen.length; i++) if (hoekVerschil(cellen[i]!.hoek, hoek) < hoekVerschil(cellen[beste]!.hoek, hoek)) beste = i
  yield cellen[beste]!
  for (let s = 1; s <= cellen.length / 2; s++) {
    const rechts = cellen[(beste + s) % cellen.length]!
    const links = cellen[(beste - s + cellen.length) % cellen.length]!
    const [eerst, dan] = hoekVerschil(rechts.hoek, hoek) <= hoekVerschil(links.hoek, hoek) ? [rechts, links] : [links, rechts]
    yield eerst
    if (dan !== eerst) yield dan
  }
}

/**
 * The cluster of z: z at (0, 0), the clusters of its children around it. Sibling clusters of more
 * than one cell keep one empty cell between them and their neighbours, so the groups stay visible.
 */
function cluster(z: ZKnoop, extra: ZKnoop[]): Cluster {
  const kinderen = [...z.kinderen, ...extra]
  const cellen: Cel[] = [{ q: 0, r: 0, z }]
  if (kinderen.length === 0) return { cellen }
  const bezet = new Set<number>([sleutel(0, 0)])
  const naastAlle = new Set<number>() // neighbours of every placed sibling cluster
  const naastGroot = new Set<number>() // neighbours of placed clusters of more than one cell
  const subs = kinderen.map((k, i) => ({ c: cluster(k, []), hoek: -Math.PI / 2 + (2 * Math.PI * i) / kinderen.length }))
  const volgorde = subs.map((_, i) => i).sort((a, b) => subs[b]!.c.cellen.length - subs[a]!.c.cellen.length || a - b)
  for (const i of volgorde) {
    const { c, hoek } = subs[i]!
    const groot = c.cellen.length > 1
    const gesorteerd = groot ? volgordes(c.cellen) : [c.cellen]
    const vrij = (dq: number, dr: number) => {
      // Direction from the candidate back to the parent, as one of the six sort orders.
      const terug = Math.atan2(-1.5 * dr, -WORTEL3 * (dq + dr / 2))
      const orde = groot ? gesorteerd[((Math.round(terug / (Math.PI / 3)) % 6) + 6) % 6]! : gesorteerd[0]!
      for (const cel of orde) {
        const s = sleutel(cel.q + dq, cel.r + dr)
        if (bezet.has(s) || (groot ? naastAlle.has(s) : naastGroot.has(s))) return false
      }
      return true
    }
    let plek: { q: number; r: number } | undefined
    for (let k = 1; !plek; k++) {
      for (const kandidaat of kandidaten(k, hoek)) {
        if (vrij(kandidaat.q, kandidaat.r)) { plek = kandidaat; break }
      }
    }
    for (const cel of c.cellen) {
      const q = cel.q + plek.q
      const r = cel.r + plek.r
      cellen.push({ q, r, z: cel.z })
      bezet.add(sleutel(q, r))
      for (const [dq, dr] of RICHTINGEN) {
        const s = sleutel(q + dq, r + dr)
        naastAlle.add(s)
        if (groot) naastGroot.add(s)
      }
    }
  }
  return { cellen }
}

export function honingraatGeometrie(boom: ZichtbareBoom): Geometrie {
  if (boom.wortels.length === 0) return { plaatsen: [], hierarchisch: [] }
  // The centre is the concerndirectie; other roots (bestuursorganen, a loose eenheid) go round it.
  const midden =
    boom.wortels.find((w) => w.knoop.soort === 'concerndirectie') ??
    boom.wortels.reduce((a, b) => (b.kinderen.length > a.kinderen.length ? b : a))
  const { cellen } = cluster(midden, boom.wortels.filter((w) => w !== midden))
  const R = HONINGRAAT.straal
  const plaatsen: Plaats[] = cellen.map((c) => ({ z: c.z, x: R * WORTEL3 * (c.q + c.r / 2), y: R * 1.5 * c.r }))
  const perZ = new Map(plaatsen.map((p) => [p.z, p]))
  const hierarchisch: Polylijn[] = []
  for (const p of plaatsen) {
    const ouder = p.z.ouder ? perZ.get(p.z.ouder) : undefined
    if (ouder) hierarchisch.push({ van: p.z, naar: ouder.z, punten: [ouder.x, ouder.y, p.x, p.y] })
  }
  return { plaatsen, hierarchisch }
}

/** The six corners of a drawn hexagon (pointy-top) around (x, y). */
export function zeshoekPunten(x: number, y: number, straal = HONINGRAAT.straal - HONINGRAAT.tussenruimte): number[] {
  const punten: number[] = []
  for (let i = 0; i < 6; i++) {
    const hoek = (Math.PI / 180) * (60 * i - 30)
    punten.push(x + straal * Math.cos(hoek), y + straal * Math.sin(hoek))
  }
  return punten
}
