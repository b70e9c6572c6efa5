import { describe, expect, it } from 'vitest'
import { netwerkIndeling } from './netwerk-indeling.ts'

const O = '00000000-0000-4000-8000-000000000001'
const E = '00000000-0000-4000-8000-000000000002'
const P = '00000000-0000-4000-8000-000000000003'

describe('netwerkIndeling', () => {
  it('puts personen, opgaven and eenheden in three columns and draws lines left to right', () => {
    const data = {
      knopen: [{ id: E, soort: 'eenheid' as const, naam: 'Team A' }, { id: O, soort: 'opgave' as const, naam: 'Wonen' }, { id: P, soort: 'persoon' as const, naam: 'Anna' }],
      verbindingen: [{ van: O, naar: E, soort: 'claim' as const, fte: 1 }, { van: P, naar: O, soort: 'toezegging' as const, fte: 0.5 }],
    }
    const a = netwerkIndeling(data)
    const x = (id: string) => a.knopen.find((k) => k.id === id)!.x
    expect(x(P)).toBeLessThan(x(O))
    expect(x(O)).toBeLessThan(x(E))
    expect(a.lijnen).toHaveLength(2)
    for (const l of a.lijnen) expect(l.x1).toBeLessThan(l.x2)
    expect(netwerkIndeling({ ...data, knopen: [...data.knopen].reverse() })).toEqual(a)
  })
})
