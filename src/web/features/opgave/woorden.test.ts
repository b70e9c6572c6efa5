import { describe, expect, it } from 'vitest'
import { belasting, verplaats, voortgangPercentage } from './woorden.ts'

describe('verplaats', () => {
  it('moves an item one place and leaves the ends alone', () => {
    expect(verplaats(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(verplaats(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(verplaats(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(verplaats(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})

describe('voortgangPercentage', () => {
  it('measures from the nulwaarde towards the streefwaarde', () => {
    expect(voortgangPercentage(100, 200, 150)).toBe(50)
    expect(voortgangPercentage(null, 40, 10)).toBe(25)
    expect(voortgangPercentage(50, 10, 30)).toBe(50)
    expect(voortgangPercentage(50, 10, null)).toBeNull()
  })
})

describe('belasting', () => {
  it('grades a cell, conflict and overload always on top', () => {
    const cel = { bezettingFte: 10, gevraagdFte: 0, toegekendFte: 0, overbelast: false, conflict: false }
    expect(belasting(cel)).toBe('leeg')
    expect(belasting({ ...cel, gevraagdFte: 3 })).toBe('ruim')
    expect(belasting({ ...cel, gevraagdFte: 7 })).toBe('krap')
    expect(belasting({ ...cel, gevraagdFte: 9.5 })).toBe('vol')
    expect(belasting({ ...cel, gevraagdFte: 12, conflict: true })).toBe('over')
  })
})
