// The layout as pure functions: no overlaps, every eenheid once, folded counts that add up,
// functional lines kept apart from hierarchical ones, labels that fit, and 20,000 eenheden.
import { describe, expect, it } from 'vitest'
import type { OrganogramLayout } from './organogram.schemas.ts'
import { HONINGRAAT } from './layout-honingraat.ts'
import { BINNEN_ZESHOEK, LETTER, berekenLayout } from './layout.ts'
import { renderSvg } from './render-svg.ts'
import { synthetischeBoom } from './synthetische-boom.ts'
import { brekeLabel, tekstBreedte } from './tekst.ts'
import { xmlProbleem } from './xml-welgevormd.ts'

const alles = 50 // more levels than any synthetic tree has: nothing folds
const boom300 = synthetischeBoom(300)
const boom2000 = synthetischeBoom(2000)

function overlappendeParen(layout: OrganogramLayout): string[] {
  const fout: string[] = []
  const k = layout.knopen
  for (let i = 0; i < k.length; i++) {
    for (let j = i + 1; j < k.length; j++) {
      const a = k[i]!, b = k[j]!
      if (layout.weergave === 'honingraat') {
        // Hexagons on one grid overlap only if their centres are closer than the grid step.
        if (Math.hypot(a.x - b.x, a.y - b.y) < HONINGRAAT.straal * Math.sqrt(3) - 0.5) fout.push(`${a.naam} / ${b.naam}`)
      } else if (Math.abs(a.x - b.x) < (a.breedte + b.breedte) / 2 && Math.abs(a.y - b.y) < (a.hoogte + b.hoogte) / 2) {
        fout.push(`${a.naam} / ${b.naam}`)
      }
    }
  }
  return fout
}

describe.each(['boom', 'honingraat'] as const)('layout %s', (weergave) => {
  it('places 300 eenheden without any two overlapping (all pairs), each once, inside the drawing', () => {
    const layout = berekenLayout(boom300.knopen, boom300.lijnen, { weergave, niveaus: alles })
    expect(layout.zichtbareEenheden).toBe(300)
    expect(new Set(layout.knopen.map((k) => k.id)).size).toBe(300)
    expect(overlappendeParen(layout)).toEqual([])
    for (const k of layout.knopen) {
      expect(k.x - k.breedte / 2).toBeGreaterThanOrEqual(LETTER.marge - 0.1)
      expect(k.y - k.hoogte / 2).toBeGreaterThanOrEqual(LETTER.marge - 0.1)
      expect(k.x + k.breedte / 2).toBeLessThanOrEqual(layout.breedte - LETTER.marge + 0.1)
      expect(k.y + k.hoogte / 2).toBeLessThanOrEqual(layout.hoogte - LETTER.marge + 0.1)
    }
  })

  it('folds a large tree to 3 levels by default, and the hidden counts add up to the whole', () => {
    const layout = berekenLayout(boom2000.knopen, boom2000.lijnen, { weergave })
    expect(layout.niveaus).toBe(3)
    expect(layout.totaalEenheden).toBe(2000)
    expect(Math.max(...layout.knopen.map((k) => k.diepte))).toBe(2)
    expect(layout.knopen.reduce((som, k) => som + 1 + k.verborgenOnderliggend, 0)).toBe(2000)
    expect(layout.knopen.filter((k) => k.verborgenOnderliggend > 0).every((k) => k.diepte === 2 && k.aantalOnderliggend > 0)).toBe(true)
    expect(overlappendeParen(layout)).toEqual([])
  })

  it('folds the eenheden asked for, and draws a subtree from its own top', () => {
    const directie = boom300.knopen.find((k) => k.soort === 'directie')!
    const dicht = berekenLayout(boom300.knopen, [], { weergave, niveaus: alles, ingeklapt: [directie.id] })
    const open = berekenLayout(boom300.knopen, [], { weergave, niveaus: alles, eenheidId: directie.id })
    const verborgen = dicht.knopen.find((k) => k.id === directie.id)!.verborgenOnderliggend
    expect(verborgen).toBe(open.totaalEenheden - 1)
    expect(dicht.zichtbareEenheden).toBe(300 - verborgen)
    expect(open.knopen[0]).toMatchObject({ id: directie.id, diepte: 0 })
    expect(open.knopen.every((k) => k.id === directie.id || k.diepte > 0)).toBe(true)
  })

  it('moves functional lines to the folded eenheid that hides their end, merging duplicates', () => {
    const k = boom300.knopen
    const directie = k.find((x) => x.soort === 'directie')!
    const onder = k.filter((x) => x.bovenEenheidId === directie.id).slice(0, 2)
    const doel = k.find((x) => x.soort === 'directie' && x.id !== directie.id)!
    const lijnen = onder.map((o) => ({ soort: 'functioneel' as const, eenheidId: o.id, bovenEenheidId: doel.id }))
    const layout = berekenLayout(k, lijnen, { weergave, niveaus: 2 })
    const functioneel = layout.lijnen.filter((l) => l.soort === 'functioneel')
    expect(functioneel).toEqual([expect.objectContaining({ vanId: directie.id, naarId: doel.id, aantal: 2 })])
    expect(functioneel[0]!.d).toMatch(/^M[\d.]+ [\d.]+Q/) // a curve, never the straight path of a hierarchical line
  })

  it('is deterministic', () => {
    const a = berekenLayout(boom300.knopen, boom300.lijnen, { weergave })
    const b = berekenLayout([...boom300.knopen], [...boom300.lijnen], { weergave })
    expect(a).toEqual(b)
  })

  it('lays out and renders 20,000 eenheden, all levels open', { timeout: 120_000 }, () => {
    const { knopen, lijnen } = synthetischeBoom(20_000)
    const layout = berekenLayout(knopen, lijnen, { weergave, niveaus: alles })
    expect(layout.zichtbareEenheden).toBe(20_000)
    const svg = renderSvg(layout, { organisatieNaam: 'Synthetisch', peildatum: '2025-01-01' })
    expect(svg.split('<a href=')).toHaveLength(20_001)
    expect(xmlProbleem(svg)).toBeNull()
  })
})

describe('honingraat', () => {
  it('puts the concerndirectie in the centre with the directies as the first ring around it', () => {
    const layout = berekenLayout(boom300.knopen, [], { weergave: 'honingraat', niveaus: 2 })
    const [midden, ...directies] = layout.knopen.sort((a, b) => a.diepte - b.diepte)
    expect(midden).toMatchObject({ soort: 'concerndirectie', diepte: 0 })
    const stap = HONINGRAAT.straal * Math.sqrt(3)
    const afstanden = directies.map((d) => Math.hypot(d.x - midden!.x, d.y - midden!.y) / stap)
    expect(Math.min(...afstanden)).toBeCloseTo(1, 1)
    // Centres lie on the hex grid: whole axial coordinates.
    for (const d of directies) {
      const r = (d.y - midden!.y) / (HONINGRAAT.straal * 1.5)
      const q = (d.x - midden!.x) / stap - r / 2
      expect(Math.abs(r - Math.round(r))).toBeLessThan(0.01)
      expect(Math.abs(q - Math.round(q))).toBeLessThan(0.01)
    }
  })
})

describe('labels', () => {
  it('wraps a long name over at most 3 lines that fit, ending in an ellipsis, and keeps the full name', () => {
    const naam = 'Afdeling Vergunningverlening, Toezicht en Handhaving Fysieke Leefomgeving en Omgevingswet Implementatie'
    const label = brekeLabel(naam, 168, LETTER.naam, 3)
    expect(label.regels).toHaveLength(3)
    expect(label.afgekapt).toBe(true)
    expect(label.regels[2]!.endsWith('…')).toBe(true)
    for (const r of label.regels) expect(tekstBreedte(r, LETTER.naam)).toBeLessThanOrEqual(168)
    const layout = berekenLayout([{ id: '00000000-0000-4000-8000-000000000001', naam, soort: 'afdeling', bovenEenheidId: null }], [], { weergave: 'boom' })
    expect(layout.knopen[0]).toMatchObject({ naam, afgekapt: true })
    expect(renderSvg(layout, { organisatieNaam: 'X', peildatum: '2025-01-01' })).toContain(`<title>${naam}</title>`)
  })

  it('breaks a word too long for a hexagon rather than letting it overflow', () => {
    const label = brekeLabel('Informatievoorzieningsmanagementondersteuning', BINNEN_ZESHOEK, LETTER.naamZeshoek, 3)
    for (const r of label.regels) expect(tekstBreedte(r, LETTER.naamZeshoek)).toBeLessThanOrEqual(BINNEN_ZESHOEK)
    expect(label.regels[0]).toMatch(/^Informatievoorzie\w*-$/) // cut with a hyphen
    expect(label.regels.map((r) => r.replace(/-$/, '')).join('')).toMatch(/^Informatievoorzieningsmanagement/)
  })

  it('never draws text below 11 px', () => {
    const svg = renderSvg(berekenLayout(boom2000.knopen, boom2000.lijnen, { weergave: 'boom' }), { organisatieNaam: 'X', peildatum: '2025-01-01' })
    const groottes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(Math.min(...groottes)).toBeGreaterThanOrEqual(11)
  })
})
