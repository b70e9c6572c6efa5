// WCAG contrast as the house style applies it: the formula, and the fallback when tokens fail.
import { describe, expect, it } from 'vitest'
import { AA_TEKST, KOERS_HUISSTIJL, contrast, leesbareTekst, palet } from './huisstijl.ts'

describe('contrast', () => {
  it('follows WCAG 2.1: black on white is 21:1, a colour on itself 1:1, #767676 on white just passes AA', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#1d3b5c', '#1d3b5c')).toBeCloseTo(1, 5)
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('keeps a readable wanted colour and otherwise falls back to black or white', () => {
    expect(leesbareTekst('#ffffff', '#1b1b1b')).toBe('#1b1b1b')
    expect(leesbareTekst('#ffffff', '#eeeeee')).toBe('#000000')
    expect(leesbareTekst('#1d3b5c', '#3a3a3a')).toBe('#ffffff')
  })

  it('gives every text colour of the Koers theme at least 4.5:1 on its fill', () => {
    const p = palet(KOERS_HUISSTIJL.tokens)
    for (const k of [p.wortel, p.niveau1, p.overig]) expect(contrast(k.tekst, k.vulling)).toBeGreaterThanOrEqual(AA_TEKST)
    expect(contrast(p.tekst, p.achtergrond)).toBeGreaterThanOrEqual(AA_TEKST)
  })
})
