import { describe, expect, it } from 'vitest'
import { isKwartaal, kwartaalKort, kwartaalLabel, kwartaalPlus, kwartaalVan, kwartalenTussen } from './kwartaal.ts'

describe('kwartaal', () => {
  it('reads a date as its quarter', () => {
    expect(kwartaalVan('2027-01-01')).toBe('2027-Q1')
    expect(kwartaalVan('2027-06-30')).toBe('2027-Q2')
    expect(kwartaalVan('2027-12-31')).toBe('2027-Q4')
  })
  it('counts quarters across years', () => {
    expect(kwartaalPlus('2027-Q4', 1)).toBe('2028-Q1')
    expect(kwartaalPlus('2027-Q1', -1)).toBe('2026-Q4')
    expect(kwartalenTussen('2026-Q3', '2027-Q2')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'])
    expect(kwartalenTussen('2027-Q2', '2027-Q1')).toEqual([])
  })
  it('writes quarters in Dutch and checks the notation', () => {
    expect(kwartaalLabel('2027-Q3')).toBe('3e kwartaal 2027')
    expect(kwartaalKort('2027-Q3')).toBe('K3 2027')
    expect(isKwartaal('2027-Q5')).toBe(false)
    expect(isKwartaal('2027-Q4')).toBe(true)
  })
})
