// Zoom and pan of the organogram picture: a scale and an offset, changed by buttons, keys, the
// wheel and dragging. Pure, so it is unit-tested (viewport.test.ts).

export interface Viewport { schaal: number; x: number; y: number }

export const MIN_SCHAAL = 0.1
export const MAX_SCHAAL = 4
export const ZOOMSTAP = 1.25
export const SCHUIFSTAP = 80

export type ViewportActie =
  | { type: 'zoom'; factor: number; rond?: { x: number; y: number } }
  | { type: 'schuif'; dx: number; dy: number }
  | { type: 'passend'; inhoud: { breedte: number; hoogte: number }; venster: { breedte: number; hoogte: number } }
  | { type: 'ware-grootte' }

const begrens = (s: number) => Math.min(MAX_SCHAAL, Math.max(MIN_SCHAAL, s))

export function viewportReducer(v: Viewport, actie: ViewportActie): Viewport {
  switch (actie.type) {
    case 'zoom': {
      const schaal = begrens(v.schaal * actie.factor)
      const rond = actie.rond ?? { x: 0, y: 0 }
      // Keep the point under the cursor (or the window's corner) where it is.
      const k = schaal / v.schaal
      return { schaal, x: rond.x - (rond.x - v.x) * k, y: rond.y - (rond.y - v.y) * k }
    }
    case 'schuif':
      return { ...v, x: v.x + actie.dx, y: v.y + actie.dy }
    case 'passend': {
      const { inhoud, venster } = actie
      if (inhoud.breedte <= 0 || inhoud.hoogte <= 0) return v
      const schaal = begrens(Math.min(venster.breedte / inhoud.breedte, venster.hoogte / inhoud.hoogte, 1))
      return { schaal, x: (venster.breedte - inhoud.breedte * schaal) / 2, y: Math.max(0, (venster.hoogte - inhoud.hoogte * schaal) / 2) }
    }
    case 'ware-grootte':
      return { schaal: 1, x: 0, y: 0 }
  }
}

/** The action for a key on the focused picture, or null for keys it leaves alone. */
export function toetsActie(toets: string, venster?: { breedte: number; hoogte: number }): ViewportActie | null {
  const midden = venster ? { x: venster.breedte / 2, y: venster.hoogte / 2 } : undefined
  switch (toets) {
    case 'ArrowLeft': return { type: 'schuif', dx: SCHUIFSTAP, dy: 0 }
    case 'ArrowRight': return { type: 'schuif', dx: -SCHUIFSTAP, dy: 0 }
    case 'ArrowUp': return { type: 'schuif', dx: 0, dy: SCHUIFSTAP }
    case 'ArrowDown': return { type: 'schuif', dx: 0, dy: -SCHUIFSTAP }
    case '+': case '=': return { type: 'zoom', factor: ZOOMSTAP, ...(midden ? { rond: midden } : {}) }
    case '-': case '_': return { type: 'zoom', factor: 1 / ZOOMSTAP, ...(midden ? { rond: midden } : {}) }
    case '1': return { type: 'ware-grootte' }
    default: return null
  }
}

/** The organogram's URL state: weergave, niveaus and the eenheden drawn collapsed. */
export interface OrganogramKeuze { weergave: 'boom' | 'honingraat'; niveaus: number | null; ingeklapt: string[] }

export function organogramKeuzeUit(search: string): OrganogramKeuze {
  const q = new URLSearchParams(search)
  const niveaus = Number(q.get('niveaus'))
  return {
    weergave: q.get('weergave') === 'honingraat' ? 'honingraat' : 'boom',
    niveaus: Number.isInteger(niveaus) && niveaus >= 1 && niveaus <= 50 ? niveaus : null,
    ingeklapt: (q.get('ingeklapt') ?? '').split(',').filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
  }
}

export function wisselIngeklapt(ingeklapt: readonly string[], id: string): string[] {
  return ingeklapt.includes(id) ? ingeklapt.filter((x) => x !== id) : [...ingeklapt, id]
}
