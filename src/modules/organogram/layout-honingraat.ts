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

/** A cluster: its cells relative to its own eenheid at (0, 0), in typed arrays to spare the GC. */
interface Cluster {
  q: Int32Array
  r: Int32Array
  z: ZKnoop[]
  /** Cells sorted by reach in each of six directions, made when first needed. */
  orden: Array<Orde | undefined>
  /** Furthest cell from (0, 0), in hex steps. */
  straal: number
}

const hexAfstand = (q: number, r: number) => (Math.abs(q) + Math.abs(r) + Math.abs(q + r)) / 2

function celSet(c: Cluster): Set<number> {
  const set = new Set<number>()
  for (let j = 0; j < c.q.length; j++) set.add(sleutel(c.q[j]!, c.r[j]!))
  return set
}

interface Orde { index: Int32Array; bereik: Float64Array }

/**
 * The cells sorted by how far they reach in direction i (i × 60°). To test a spot against a
 * neighbour that lies at reach P in that direction, the cells of about the same reach are checked
 * first, moving outwards: a taken spot is found after a few cells instead of thousands
 * (20,000 cells: 7 s checking cells in plain order, a fraction of a second like this).
 */
function orde(c: Cluster, i: number): Orde {
  const bestaand = c.orden[i]
  if (bestaand) return bestaand
  const cos = Math.cos((i * Math.PI) / 3)
  const sin = Math.sin((i * Math.PI) / 3)
  const n = c.q.length
  const ruw = new Float64Array(n)
  const index = new Int32Array(n)
  for (let j = 0; j < n; j++) {
    ruw[j] = WORTEL3 * (c.q[j]! + c.r[j]! / 2) * cos + 1.5 * c.r[j]! * sin
    index[j] = j
  }
  index.sort((a, b) => ruw[a]! - ruw[b]!)
  const nieuw = { index, bereik: Float64Array.from(index, (j) => ruw[j]!) }
  c.orden[i] = nieuw
  return nieuw
}

interface Ring { q: Int32Array; r: Int32Array; hoek: Float64Array }

/** Ring k around the origin, sorted by angle; cached because every cluster walks the same rings. */
const ringen: Ring[] = []
function ring(k: number): Ring {
  const cached = ringen[k]
  if (cached) return cached
  const cellen: Array<{ q: number; r: number; hoek: number }> = []
  let q = RICHTINGEN[4]![0] * k
  let r = RICHTINGEN[4]![1] * k
  for (let zijde = 0; zijde < 6; zijde++) {
    for (let stap = 0; stap < k; stap++) {
      cellen.push({ q, r, hoek: Math.atan2(1.5 * r, WORTEL3 * (q + r / 2)) })
      q += RICHTINGEN[zijde]![0]
      r += RICHTINGEN[zijde]![1]
    }
  }
  cellen.sort((a, b) => a.hoek - b.hoek)
  const nieuw = { q: Int32Array.from(cellen, (c) => c.q), r: Int32Array.from(cellen, (c) => c.r), hoek: Float64Array.from(cellen, (c) => c.hoek) }
  ringen[k] = nieuw
  return nieuw
}

const hoekVerschil = (a: number, b: number) => {
  const d = Math.abs(a - b) % (2 * Math.PI)
  return d > Math.PI ? 2 * Math.PI - d : d
}

/**
 * The first free cell of ring k scaled by `stap` (every stap-th cell along the way out), trying
 * those closest to the preferred angle first; -1 if none.
 */
function zoekInRing(k: number, stap: number, hoek: number, vrij: (q: number, r: number) => boolean): number {
  const { q, r, hoek: h } = ring(k)
  const n = q.length
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (h[mid]! < hoek) lo = mid + 1
    else hi = mid
  }
  let beste = lo % n
  const vorige = (lo - 1 + n) % n
  if (hoekVerschil(h[vorige]!, hoek) < hoekVerschil(h[beste]!, hoek)) beste = vorige
  if (vrij(q[beste]! * stap, r[beste]! * stap)) return beste
  for (let s = 1; s <= n / 2; s++) {
    const a = (beste + s) % n
    const b = (beste - s + n) % n
    const eerst = hoekVerschil(h[a]!, hoek) <= hoekVerschil(h[b]!, hoek) ? a : b
    const dan = eerst === a ? b : a
    if (vrij(q[eerst]! * stap, r[eerst]! * stap)) return eerst
    if (dan !== eerst && vrij(q[dan]! * stap, r[dan]! * stap)) return dan
  }
  return -1
}

/**
 * The cluster of z: z at (0, 0), the clusters of its children around it, the largest first, each
 * near its own angle. Sibling clusters of more than one cell keep one empty cell between them and
 * their neighbours, so the groups stay visible.
 */
function cluster(z: ZKnoop, extra: ZKnoop[]): Cluster {
  const kinderen = extra.length > 0 ? [...z.kinderen, ...extra] : z.kinderen
  if (kinderen.length === 0) return { q: new Int32Array(1), r: new Int32Array(1), z: [z], orden: [], straal: 0 }
  const subs = kinderen.map((k, i) => ({ c: cluster(k, []), hoek: -Math.PI / 2 + (2 * Math.PI * i) / kinderen.length }))
  const totaal = subs.reduce((n, s) => n + s.c.q.length, 1)
  const uit: Cluster = { q: new Int32Array(totaal), r: new Int32Array(totaal), z: new Array<ZKnoop>(totaal), orden: [], straal: 0 }
  uit.z[0] = z
  let gevuld = 1
  const bezet = new Set<number>([sleutel(0, 0)])
  const naastAlle = new Set<number>() // neighbours of every placed sibling cluster
  const naastGroot = new Set<number>() // neighbours of placed clusters of more than one cell
  // Single cells come last and only get pickier, so a ring they found full stays full.
  let bladRing = 1
  const volgorde = subs.map((_, i) => i).sort((a, b) => subs[b]!.c.q.length - subs[a]!.c.q.length || a - b)
  // Placed sibling clusters as discs (centre, radius), for quick tests before any cell is checked.
  const geplaatst: Array<{ q: number; r: number; straal: number }> = [{ q: 0, r: 0, straal: 0 }]
  for (const i of volgorde) {
    const { c, hoek } = subs[i]!
    const groot = c.q.length > 1
    const eigen = groot ? celSet(c) : undefined
    const vrij = (dq: number, dr: number) => {
      if (!eigen) {
        const s = sleutel(dq, dr)
        return !bezet.has(s) && !naastGroot.has(s)
      }
      // Only discs that reach this cluster can collide. If one's centre cell falls inside the
      // cluster it collides for sure (O(1)); otherwise check cells, those facing it first.
      let naaste: { q: number; r: number } | undefined
      let krapste = Infinity
      for (const g of geplaatst) {
        const marge = hexAfstand(g.q - dq, g.r - dr) - c.straal - g.straal - 1
        if (marge > 0) continue
        if (eigen.has(sleutel(g.q - dq, g.r - dr))) return false
        if (marge < krapste) { krapste = marge; naaste = g }
      }
      if (!naaste) return true
      if (c.q.length < 48) {
        // Small clusters: checking every cell costs less than sorting them.
        for (let j = 0; j < c.q.length; j++) {
          const s = sleutel(c.q[j]! + dq, c.r[j]! + dr)
          if (bezet.has(s) || naastAlle.has(s)) return false
        }
        return true
      }
      const x = WORTEL3 * (naaste.q - dq + (naaste.r - dr) / 2)
      const y = 1.5 * (naaste.r - dr)
      const richting = ((Math.round(Math.atan2(y, x) / (Math.PI / 3)) % 6) + 6) % 6
      const { index, bereik } = orde(c, richting)
      const doel = x * Math.cos((richting * Math.PI) / 3) + y * Math.sin((richting * Math.PI) / 3)
      let lo = 0
      let hi = bereik.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (bereik[mid]! < doel) lo = mid + 1
        else hi = mid
      }
      for (let a = lo, b = lo - 1; a < index.length || b >= 0; a++, b--) {
        if (a < index.length) {
          const s = sleutel(c.q[index[a]!]! + dq, c.r[index[a]!]! + dr)
          if (bezet.has(s) || naastAlle.has(s)) return false
        }
        if (b >= 0) {
          const s = sleutel(c.q[index[b]!]! + dq, c.r[index[b]!]! + dr)
          if (bezet.has(s) || naastAlle.has(s)) return false
        }
      }
      return true
    }
    // A big cluster lands far out, after trying every spot of every ring on the way: it tries only
    // every stap-th ring and spot instead (at most stap - 1 cells of extra gap), 25-50× fewer tries.
    const stap = Math.max(1, Math.floor(c.straal / 5))
    let k = groot ? 1 : bladRing
    let plek = -1
    for (; plek < 0; k++) {
      plek = zoekInRing(k, stap, hoek, vrij)
      if (plek < 0 && !groot) bladRing = k + 1
    }
    const gekozen = ring(k - 1)
    const pq = gekozen.q[plek]! * stap
    const pr = gekozen.r[plek]! * stap
    geplaatst.push({ q: pq, r: pr, straal: c.straal })
    uit.straal = Math.max(uit.straal, hexAfstand(pq, pr) + c.straal)
    for (let j = 0; j < c.q.length; j++) {
      const q = c.q[j]! + pq
      const r = c.r[j]! + pr
      uit.q[gevuld] = q
      uit.r[gevuld] = r
      uit.z[gevuld++] = c.z[j]!
      bezet.add(sleutel(q, r))
      for (let d = 0; d < 6; d++) {
        const s = sleutel(q + RICHTINGEN[d]![0], r + RICHTINGEN[d]![1])
        naastAlle.add(s)
        if (groot) naastGroot.add(s)
      }
    }
  }
  return uit
}

export function honingraatGeometrie(boom: ZichtbareBoom): Geometrie {
  if (boom.wortels.length === 0) return { plaatsen: [], hierarchisch: [] }
  // The centre is the concerndirectie; other roots (bestuursorganen, a loose eenheid) go round it.
  const midden =
    boom.wortels.find((w) => w.knoop.soort === 'concerndirectie') ??
    boom.wortels.reduce((a, b) => (b.kinderen.length > a.kinderen.length ? b : a))
  const c = cluster(midden, boom.wortels.filter((w) => w !== midden))
  const R = HONINGRAAT.straal
  const plaatsen: Plaats[] = c.z.map((z, j) => ({ z, x: R * WORTEL3 * (c.q[j]! + c.r[j]! / 2), y: R * 1.5 * c.r[j]! }))
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
