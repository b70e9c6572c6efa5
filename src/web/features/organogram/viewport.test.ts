import { describe, expect, it } from 'vitest'
import { MAX_SCHAAL, MIN_SCHAAL, organogramKeuzeUit, toetsActie, viewportReducer, wisselIngeklapt } from './viewport.ts'

const start = { schaal: 1, x: 0, y: 0 }

describe('viewportReducer', () => {
  it('zooms around a point, keeping that point in place', () => {
    const v = viewportReducer(start, { type: 'zoom', factor: 2, rond: { x: 100, y: 50 } })
    expect(v).toEqual({ schaal: 2, x: -100, y: -50 })
    // the content point (100, 50) is still drawn at (100, 50)
    expect(100 * v.schaal + v.x).toBe(100)
  })

  it('keeps the scale between its limits', () => {
    expect(viewportReducer(start, { type: 'zoom', factor: 100 }).schaal).toBe(MAX_SCHAAL)
    expect(viewportReducer(start, { type: 'zoom', factor: 0.0001 }).schaal).toBe(MIN_SCHAAL)
  })

  it('pans, fits a large picture into the window (never enlarging), and resets', () => {
    expect(viewportReducer(start, { type: 'schuif', dx: 10, dy: -5 })).toEqual({ schaal: 1, x: 10, y: -5 })
    const passend = viewportReducer(start, { type: 'passend', inhoud: { breedte: 2000, hoogte: 1000 }, venster: { breedte: 1000, hoogte: 800 } })
    expect(passend).toEqual({ schaal: 0.5, x: 0, y: 150 })
    expect(viewportReducer(start, { type: 'passend', inhoud: { breedte: 200, hoogte: 100 }, venster: { breedte: 1000, hoogte: 800 } }).schaal).toBe(1)
    expect(viewportReducer(passend, { type: 'ware-grootte' })).toEqual(start)
  })
})

describe('toetsActie', () => {
  it('maps arrows to panning and +/- to zooming around the middle', () => {
    expect(toetsActie('ArrowLeft')).toEqual({ type: 'schuif', dx: 80, dy: 0 })
    expect(toetsActie('ArrowDown')).toEqual({ type: 'schuif', dx: 0, dy: -80 })
    expect(toetsActie('+', { breedte: 800, hoogte: 600 })).toEqual({ type: 'zoom', factor: 1.25, rond: { x: 400, y: 300 } })
    expect(toetsActie('-')).toEqual({ type: 'zoom', factor: 0.8 })
    expect(toetsActie('Tab')).toBeNull()
  })
})

describe('organogram URL state', () => {
  const id = '11111111-1111-4111-8111-111111111111'
  it('reads weergave, niveaus and ingeklapt, ignoring nonsense', () => {
    expect(organogramKeuzeUit(`?weergave=honingraat&niveaus=3&ingeklapt=${id},kapot`)).toEqual({ weergave: 'honingraat', niveaus: 3, ingeklapt: [id] })
    expect(organogramKeuzeUit('?weergave=cirkel&niveaus=0')).toEqual({ weergave: 'boom', niveaus: null, ingeklapt: [] })
  })

  it('toggles an eenheid in and out of the collapsed set', () => {
    expect(wisselIngeklapt([], id)).toEqual([id])
    expect(wisselIngeklapt([id], id)).toEqual([])
  })
})
