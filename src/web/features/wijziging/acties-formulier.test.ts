import { describe, expect, it } from 'vitest'
import type { Wijziging } from '../../api/types.ts'
import { alleVelden, metKiesMeldingen, naarInvoer, nieuweActie, nieuweEenheden, uitWijziging, type WijzigingConcept } from './acties-formulier.ts'

const A = '11111111-1111-4111-8111-111111111111'
const B = '22222222-2222-4222-8222-222222222222'
const F = '33333333-3333-4333-8333-333333333333'

const concept = (acties: WijzigingConcept['acties']): WijzigingConcept => ({ titel: ' Herinrichting ', toelichting: '', ingangsdatum: '2027-01-01', acties })

describe('naarInvoer', () => {
  it('makes the API body, referring to a new eenheid by its sleutel', () => {
    const aanmaken = { ...nieuweActie('eenheidAanmaken', []), naam: 'Team Data', boven: { id: A, naam: 'Domein' } }
    const verplaatsen = { ...nieuweActie('functieVerplaatsen', ['nieuw-1']), functie: { id: F, naam: 'Adviseur' }, eenheid: { sleutel: 'nieuw-1', naam: 'Team Data' } }
    expect(naarInvoer(concept([aanmaken, verplaatsen]))).toEqual({
      titel: 'Herinrichting',
      ingangsdatum: '2027-01-01',
      acties: [
        { soort: 'eenheidAanmaken', sleutel: 'nieuw-1', naam: 'Team Data', eenheidSoort: 'team', bovenEenheidId: A },
        { soort: 'functieVerplaatsen', functieId: F, eenheidSleutel: 'nieuw-1' },
      ],
    })
  })

  it('assigns functies and onderliggende eenheden to the delen of a split', () => {
    const splitsen = {
      ...nieuweActie('eenheidSplitsen', []),
      eenheid: { id: A, naam: 'Wijkteams' },
      delen: [{ naam: 'Noord', eenheidSoort: '' as const }, { naam: 'Zuid', eenheidSoort: 'team' as const }],
      functieNaarDeel: { [F]: 1 },
      onderNaarDeel: { [B]: 0 },
    }
    expect(naarInvoer(concept([splitsen])).acties[0]).toEqual({
      soort: 'eenheidSplitsen', eenheidId: A,
      delen: [
        { sleutel: 'nieuw-1-1', naam: 'Noord', functieIds: [], onderliggendeEenheidIds: [B] },
        { sleutel: 'nieuw-1-2', naam: 'Zuid', eenheidSoort: 'team', functieIds: [F] },
      ],
    })
  })

  it('sends what is missing as empty, so the server names the field', () => {
    expect(naarInvoer(concept([nieuweActie('eenheidOpheffen', [])])).acties[0]).toEqual({ soort: 'eenheidOpheffen', eenheidId: '' })
  })
})

describe('the form around it', () => {
  it('gives new eenheden fresh sleutels and lists them for later acties only', () => {
    const eerste = nieuweActie('eenheidAanmaken', [])
    const tweede = nieuweActie('eenhedenSamenvoegen', [eerste.sleutel])
    expect(tweede.sleutel).toBe('nieuw-2')
    const acties = [{ ...eerste, naam: 'Team Data' }, tweede]
    expect(nieuweEenheden(acties, 1)).toEqual([{ sleutel: 'nieuw-1', naam: 'Team Data' }])
    expect(nieuweEenheden(acties, 0)).toEqual([])
  })

  it('knows every field name the API can report for each actie', () => {
    const velden = alleVelden(concept([nieuweActie('eenheidHernoemen', []), nieuweActie('eenheidSplitsen', [])]))
    expect(velden).toEqual(expect.arrayContaining(['titel', 'ingangsdatum', 'acties.0.eenheidId', 'acties.0.naam', 'acties.1.delen', 'acties.1.delen.1.naam']))
  })

  it('reads a saved concept back into the form with names for its ids', () => {
    const w = {
      id: B, organisatieId: A, titel: 'T', toelichting: null, ingangsdatum: '2027-01-01', status: 'concept',
      acties: [
        { soort: 'eenheidAanmaken', sleutel: 'data', naam: 'Team Data', eenheidSoort: 'team', bovenEenheidId: A },
        { soort: 'functieVerplaatsen', functieId: F, eenheidSleutel: 'data' },
      ],
      resultaat: null, vastgesteldOp: null, aangemaaktOp: '', gewijzigdOp: '',
    } as Wijziging
    const terug = uitWijziging(w, (id) => (id === A ? 'Domein' : 'Adviseur'))
    expect(terug.acties[0]!.boven).toEqual({ id: A, naam: 'Domein' })
    expect(terug.acties[1]!.eenheid).toEqual({ sleutel: 'data', naam: 'Team Data' })
    expect(naarInvoer(terug).acties).toEqual(w.acties)
  })
})

describe('metKiesMeldingen', () => {
  it('turns "must be a UUID" on an empty picker into "pick one", and leaves other messages alone', () => {
    expect(metKiesMeldingen({
      'acties.0.eenheidId': ['Moet het formaat UUID hebben.'],
      'acties.1.functieId': ['Moet het formaat UUID hebben.'],
      'acties.1.naam': ['Mag niet leeg zijn.'],
      'acties.2.eenheidIds': ['Moet minstens 2 elementen bevatten.'],
    })).toEqual({
      'acties.0.eenheidId': ['Kies een eenheid uit de zoekresultaten.'],
      'acties.1.functieId': ['Kies een functie uit de zoekresultaten.'],
      'acties.1.naam': ['Mag niet leeg zijn.'],
      'acties.2.eenheidIds': ['Moet minstens 2 elementen bevatten.'],
    })
  })
})
