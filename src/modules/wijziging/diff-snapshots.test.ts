// The diff as a pure function of two snapshots: what counts as which change, and which single
// reason a person gets when several apply.
import { describe, expect, it } from 'vitest'
import { diffSnapshots } from './diff-snapshots.ts'
import { nieuwEenheidId } from './apply-context.ts'
import type { Snapshot } from './snapshot.ts'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const [ROOT, A, B, C, F1, F2, F3, P1, P2, P3] = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(id) as [string, string, string, string, string, string, string, string, string, string]

const voor: Snapshot = {
  datum: '2025-01-01',
  eenheden: [
    { id: ROOT, naam: 'Directie', soort: 'directie', bovenId: null },
    { id: A, naam: 'Team A', soort: 'team', bovenId: ROOT },
    { id: B, naam: 'Team B', soort: 'team', bovenId: ROOT },
  ],
  functies: [
    { id: F1, naam: 'Medewerker A', eenheidId: A },
    { id: F2, naam: 'Medewerker B', eenheidId: B },
    { id: F3, naam: 'Adviseur B', eenheidId: B },
  ],
  bezettingen: [
    { id: id(31), persoonId: P1, persoonNaam: 'Piet', functieId: F1 },
    { id: id(32), persoonId: P2, persoonNaam: 'Aad', functieId: F2 },
    { id: id(33), persoonId: P3, persoonNaam: 'Mies', functieId: F3 },
  ],
}

describe('diffSnapshots', () => {
  it('is empty for identical snapshots', () => {
    expect(diffSnapshots(voor, voor, new Map())).toEqual({
      ingangsdatum: '2025-01-01',
      eenheden: { aangemaakt: [], opgeheven: [], hernoemd: [], verplaatst: [] },
      functies: { verplaatst: [], opgeheven: [] },
      personen: [],
    })
  })

  it('reports a renamed and moved eenheid in both lists, gives its people the move, and a functie that left an ended eenheid a functieVerplaatst', () => {
    const na: Snapshot = {
      ...voor,
      eenheden: [
        { id: ROOT, naam: 'Directie', soort: 'directie', bovenId: null },
        { id: A, naam: 'Team Alfa', soort: 'team', bovenId: C },
        { id: C, naam: 'Afdeling C', soort: 'afdeling', bovenId: ROOT },
      ],
      functies: [
        { id: F1, naam: 'Medewerker A', eenheidId: A },
        { id: F2, naam: 'Medewerker B', eenheidId: C },
      ],
      bezettingen: voor.bezettingen.filter((b) => b.functieId !== F3),
    }
    const diff = diffSnapshots(voor, na, new Map([[B, 'opgeheven']]))
    expect(diff.eenheden).toEqual({
      aangemaakt: [{ id: C, naam: 'Afdeling C', soort: 'afdeling', boven: { id: ROOT, naam: 'Directie' } }],
      opgeheven: [{ id: B, naam: 'Team B', reden: 'opgeheven' }],
      hernoemd: [{ id: A, van: 'Team A', naar: 'Team Alfa' }],
      verplaatst: [{ id: A, naam: 'Team Alfa', van: { id: ROOT, naam: 'Directie' }, naar: { id: C, naam: 'Afdeling C' } }],
    })
    expect(diff.functies).toEqual({
      verplaatst: [{ id: F2, naam: 'Medewerker B', vanEenheid: { id: B, naam: 'Team B' }, naarEenheid: { id: C, naam: 'Afdeling C' } }],
      opgeheven: [{ id: F3, naam: 'Adviseur B', eenheid: { id: B, naam: 'Team B' } }],
    })
    expect(diff.personen.map((p) => [p.naam, p.reden])).toEqual([['Aad', 'functieVerplaatst'], ['Mies', 'functieOpgeheven'], ['Piet', 'eenheidVerplaatst']])
  })

  it('names bundling and splitting as the reason when the old eenheid ended that way', () => {
    const na: Snapshot = {
      ...voor,
      eenheden: [voor.eenheden[0]!, { id: C, naam: 'Team AB', soort: 'team', bovenId: ROOT }],
      functies: voor.functies.map((f) => ({ ...f, eenheidId: C })),
    }
    const diff = diffSnapshots(voor, na, new Map([[A, 'samengevoegd'], [B, 'gesplitst']]))
    expect(diff.personen.map((p) => [p.naam, p.reden])).toEqual([['Aad', 'eenheidGesplitst'], ['Mies', 'eenheidGesplitst'], ['Piet', 'eenheidSamengevoegd']])
  })
})

describe('nieuwEenheidId', () => {
  it('is a stable version-5 style UUID per wijziging and sleutel', () => {
    const a = nieuwEenheidId(id(1), 'team-x')
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(nieuwEenheidId(id(1), 'team-x')).toBe(a)
    expect(nieuwEenheidId(id(1), 'team-y')).not.toBe(a)
    expect(nieuwEenheidId(id(2), 'team-x')).not.toBe(a)
  })
})
