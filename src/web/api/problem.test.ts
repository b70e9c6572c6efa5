import { describe, expect, it } from 'vitest'
import { dichtstbijzijndVeld, veldFoutenUit, veldId, zin } from './problem.ts'
import type { Probleem } from './types.ts'

const probleem = (invalidParams?: Probleem['invalidParams']): Probleem => ({
  type: 'https://koers.example/problemen/ongeldige-invoer', title: 'Ongeldige invoer', status: 400,
  detail: 'Er zijn fouten in de inhoud van het verzoek.', ...(invalidParams ? { invalidParams } : {}),
})

describe('veldFoutenUit', () => {
  const velden = ['titel', 'ingangsdatum', 'acties.0.eenheidId', 'acties.1.naam', 'acties.1', 'acties.2.delen']

  it('puts each invalid param next to the field it names, as a sentence', () => {
    const fouten = veldFoutenUit(probleem([
      { name: 'titel', code: 'minLength', reason: 'mag niet leeg zijn' },
      { name: 'acties.1.naam', code: 'minLength', reason: 'mag niet leeg zijn' },
      { name: 'acties.0.eenheidId', code: 'format', reason: 'moet het formaat UUID hebben' },
    ]), velden)
    expect(fouten.velden).toEqual({
      titel: ['Mag niet leeg zijn.'],
      'acties.1.naam': ['Mag niet leeg zijn.'],
      'acties.0.eenheidId': ['Moet het formaat UUID hebben.'],
    })
    expect(fouten.algemeen).toEqual([])
  })

  it('falls back to the nearest known parent field, then to a general message', () => {
    const fouten = veldFoutenUit(probleem([
      { name: 'acties.2.delen.1.functieIds', code: 'uniqueItems', reason: 'bevat dubbele waarden' },
      { name: 'acties.7.soort', code: 'enum', reason: 'is onbekend' },
    ]), velden)
    expect(fouten.velden).toEqual({ 'acties.2.delen': ['Bevat dubbele waarden.'] })
    expect(fouten.algemeen).toEqual(['acties.7.soort: Is onbekend.'])
  })

  it('shows the detail when the problem names no field (e.g. a 409)', () => {
    const fouten = veldFoutenUit({ ...probleem(), status: 409, detail: 'Deze wijziging is al vastgesteld.' }, velden)
    expect(fouten).toEqual({ velden: {}, algemeen: ['Deze wijziging is al vastgesteld.'] })
  })

  it('has nothing to show without a problem', () => {
    expect(veldFoutenUit(null, velden)).toEqual({ velden: {}, algemeen: [] })
  })
})

describe('helpers', () => {
  it('finds the nearest field and makes ids and sentences', () => {
    expect(dichtstbijzijndVeld('acties.1.naam', new Set(['acties.1']))).toBe('acties.1')
    expect(dichtstbijzijndVeld('x.y', new Set(['acties']))).toBeNull()
    expect(veldId('acties.1.naam')).toBe('veld-acties-1-naam')
    expect(zin('mag niet leeg zijn')).toBe('Mag niet leeg zijn.')
    expect(zin('Klaar!')).toBe('Klaar!')
  })
})
