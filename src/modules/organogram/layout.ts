// The organogram layout: pure functions from the flat tree and the functional lines to positioned
// boxes or hexagons, wrapped labels and line paths. The SVG, PNG and PDF renderers and the web app
// (formaat=json) all draw from this one result, so every output shows the same organogram.
import type { LayoutKnoop, LayoutLijn, OrganogramLayout, Weergave } from './organogram.schemas.ts'
import { BOOM, boomGeometrie, type Geometrie, type Plaats } from './layout-boom.ts'
import { HONINGRAAT, honingraatGeometrie } from './layout-honingraat.ts'
import { brekeLabel } from './tekst.ts'
import { zichtbareBoom, zichtbareFunctioneleLijnen, type OrganogramKnoop, type OrganogramLijnInvoer, type ZichtbaarOpties } from './zichtbaar.ts'

export type { OrganogramKnoop, OrganogramLijnInvoer } from './zichtbaar.ts'

export interface LayoutOpties extends ZichtbaarOpties {
  weergave: Weergave
}

/** Type sizes in drawing units (px). Nothing is drawn smaller than 11 px. */
export const LETTER = { naam: 12, naamZeshoek: 11, regel: 15, teller: 11, marge: 32 } as const

/** Names in hexagons are a size smaller: the cells are narrower than the boxes of the tree. */
export const naamGrootte = (vorm: LayoutKnoop['vorm']) => (vorm === 'zeshoek' ? LETTER.naamZeshoek : LETTER.naam)

/** Usable text width across the middle band of a hexagon of radius 72 (124.7 wide there). */
export const BINNEN_ZESHOEK = 108

interface Vak { breedte: number; hoogte: number; vorm: LayoutKnoop['vorm']; tekstBreedte: number; maxRegels: number }

function vakVoor(weergave: Weergave): Vak {
  return weergave === 'boom'
    ? { breedte: BOOM.breedte, hoogte: BOOM.hoogte, vorm: 'rechthoek', tekstBreedte: BOOM.breedte - 16, maxRegels: 3 }
    : { breedte: HONINGRAAT.straal * Math.sqrt(3), hoogte: HONINGRAAT.straal * 2, vorm: 'zeshoek', tekstBreedte: BINNEN_ZESHOEK, maxRegels: 3 }
}

export function berekenLayout(knopen: readonly OrganogramKnoop[], lijnen: readonly OrganogramLijnInvoer[], opties: LayoutOpties): OrganogramLayout {
  const boom = zichtbareBoom(knopen, opties)
  const geometrie: Geometrie = opties.weergave === 'boom' ? boomGeometrie(boom) : honingraatGeometrie(boom)
  const vak = vakVoor(opties.weergave)

  // Move the drawing so its top-left corner sits at (marge, marge).
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  for (const p of geometrie.plaatsen) {
    minX = Math.min(minX, p.x - vak.breedte / 2)
    maxX = Math.max(maxX, p.x + vak.breedte / 2)
    minY = Math.min(minY, p.y - vak.hoogte / 2)
    maxY = Math.max(maxY, p.y + vak.hoogte / 2)
  }
  if (geometrie.plaatsen.length === 0) minX = minY = maxX = maxY = 0
  const dx = LETTER.marge - minX
  const dy = LETTER.marge - minY
  const r = (n: number) => Math.round(n * 10) / 10

  const uit: LayoutKnoop[] = geometrie.plaatsen.map(({ z, x, y }) => {
    const label = brekeLabel(z.knoop.naam, vak.tekstBreedte, naamGrootte(vak.vorm), vak.maxRegels, z.diepte === 0 ? 'vet' : 'regulier')
    return {
      id: z.knoop.id,
      naam: z.knoop.naam,
      soort: z.knoop.soort,
      diepte: z.diepte,
      bovenEenheidId: z.ouder?.knoop.id ?? null,
      x: r(x + dx),
      y: r(y + dy),
      breedte: r(vak.breedte),
      hoogte: r(vak.hoogte),
      vorm: vak.vorm,
      regels: label.regels,
      afgekapt: label.afgekapt,
      aantalOnderliggend: z.aantalOnderliggend,
      verborgenOnderliggend: z.verborgen,
    }
  })

  const pad = (punten: number[]) => {
    let d = `M${r(punten[0]! + dx)} ${r(punten[1]! + dy)}`
    for (let i = 2; i < punten.length; i += 2) d += `L${r(punten[i]! + dx)} ${r(punten[i + 1]! + dy)}`
    return d
  }
  const lijnUit: LayoutLijn[] = geometrie.hierarchisch.map((l) => ({ soort: 'hierarchisch', vanId: l.van.knoop.id, naarId: l.naar.knoop.id, d: pad(l.punten), aantal: 1 }))

  const plaatsPer = new Map(geometrie.plaatsen.map((p) => [p.z, p]))
  for (const f of zichtbareFunctioneleLijnen(boom, lijnen)) {
    const a = plaatsPer.get(f.van)
    const b = plaatsPer.get(f.naar)
    if (!a || !b) continue
    lijnUit.push({ soort: 'functioneel', vanId: f.van.knoop.id, naarId: f.naar.knoop.id, d: boog(a, b, vak, dx, dy), aantal: f.aantal })
  }

  return {
    weergave: opties.weergave,
    breedte: r(maxX - minX + 2 * LETTER.marge),
    hoogte: r(maxY - minY + 2 * LETTER.marge),
    niveaus: boom.niveaus,
    totaalEenheden: boom.totaal,
    zichtbareEenheden: uit.length,
    knopen: uit,
    lijnen: lijnUit,
  }
}

/**
 * A functional line as a gentle curve from the edge of one shape to the edge of the other, bent
 * to one side so it never runs on top of a straight hierarchical line between the same shapes.
 */
function boog(a: Plaats, b: Plaats, vak: Vak, dx: number, dy: number): string {
  const ax = a.x + dx, ay = a.y + dy, bx = b.x + dx, by = b.y + dy
  const lengte = Math.hypot(bx - ax, by - ay) || 1
  const buig = Math.min(0.2 * lengte, 120)
  const cx = (ax + bx) / 2 + ((by - ay) / lengte) * buig
  const cy = (ay + by) / 2 - ((bx - ax) / lengte) * buig
  const rand = (x: number, y: number, naarX: number, naarY: number) => {
    const ux = naarX - x, uy = naarY - y
    const len = Math.hypot(ux, uy) || 1
    let t: number
    if (vak.vorm === 'rechthoek') {
      const hx = vak.breedte / 2 + 2, hy = vak.hoogte / 2 + 2
      t = Math.min(ux === 0 ? Infinity : hx / Math.abs(ux), uy === 0 ? Infinity : hy / Math.abs(uy))
      t = Math.min(t, 1)
    } else t = Math.min((HONINGRAAT.straal * 0.92) / len, 1)
    return [x + ux * t, y + uy * t] as const
  }
  const [sx, sy] = rand(ax, ay, cx, cy)
  const [ex, ey] = rand(bx, by, cx, cy)
  const r = (n: number) => Math.round(n * 10) / 10
  return `M${r(sx)} ${r(sy)}Q${r(cx)} ${r(cy)} ${r(ex)} ${r(ey)}`
}
