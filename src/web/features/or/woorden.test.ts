import { describe, expect, it } from 'vitest'
import { dagenTot, termijnInWoorden } from './woorden.ts'

describe('the termijn of a verzoek aan de OR in words', () => {
  it('counts the days to the termijn, across a month end and a leap day', () => {
    expect(dagenTot('2028-03-01', '2028-02-28')).toBe(2)
    expect(dagenTot('2026-12-01', '2026-11-22')).toBe(9)
    expect(dagenTot('2026-11-20', '2026-11-22')).toBe(-2)
  })

  it('says how long the OR still has, or how long ago the termijn passed, only while it has not answered', () => {
    const op = (termijn: string, status: 'ingediend' | 'beantwoord' = 'ingediend') => termijnInWoorden({ termijn, status }, '2026-11-22')
    expect(op('2026-12-01')).toBe('Nog 9 dagen')
    expect(op('2026-11-23')).toBe('Termijn verloopt morgen')
    expect(op('2026-11-22')).toBe('Termijn verloopt vandaag')
    expect(op('2026-11-21')).toBe('Termijn gisteren verstreken')
    expect(op('2026-11-12')).toBe('Termijn 10 dagen geleden verstreken')
    expect(op('2026-11-12', 'beantwoord')).toBeNull()
  })
})
