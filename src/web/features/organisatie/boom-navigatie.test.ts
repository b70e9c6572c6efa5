import { describe, expect, it } from 'vitest'
import { beginStand, boomReducer, maakBoomModel, zichtbareKnopen, type BoomStand } from './boom-navigatie.ts'

// cd ─┬─ staf
//     ├─ domein ─┬─ financien
//     │          └─ hrm
//     └─ fysiek ── wegen
// college (second root, no children)
const model = maakBoomModel([
  { id: 'college', naam: 'College', bovenEenheidId: null },
  { id: 'cd', naam: 'Concerndirectie', bovenEenheidId: null },
  { id: 'staf', naam: 'Concernstaf', bovenEenheidId: 'cd' },
  { id: 'domein', naam: 'Domein Bedrijfsvoering', bovenEenheidId: 'cd' },
  { id: 'financien', naam: 'Financiën', bovenEenheidId: 'domein' },
  { id: 'hrm', naam: 'HRM', bovenEenheidId: 'domein' },
  { id: 'fysiek', naam: 'Domein Fysiek', bovenEenheidId: 'cd' },
  { id: 'wegen', naam: 'Wegen', bovenEenheidId: 'fysiek' },
])
const druk = (stand: BoomStand, ...toetsen: string[]) => toetsen.reduce((s, toets) => boomReducer(model, s, { type: 'toets', toets }), stand)

describe('maakBoomModel', () => {
  it('builds roots, children and levels', () => {
    expect(model.wortels).toEqual(['college', 'cd'])
    expect(model.knopen.get('domein')!.kinderen).toEqual(['financien', 'hrm'])
    expect(model.knopen.get('hrm')!.niveau).toBe(3)
  })

  it('treats an eenheid whose parent is missing as a root and survives a cycle', () => {
    const m = maakBoomModel([{ id: 'a', naam: 'A', bovenEenheidId: 'b' }, { id: 'b', naam: 'B', bovenEenheidId: 'a' }, { id: 'c', naam: 'C', bovenEenheidId: 'weg' }])
    expect(m.wortels).toEqual(['c'])
  })
})

describe('keyboard', () => {
  const start = beginStand(model)

  it('starts with the roots open and the first root focused', () => {
    expect(start.focus).toBe('college')
    expect(zichtbareKnopen(model, start.open)).toEqual(['college', 'cd', 'staf', 'domein', 'fysiek'])
  })

  it('moves down and up through visible eenheden and stops at the ends', () => {
    expect(druk(start, 'ArrowDown', 'ArrowDown').focus).toBe('staf')
    expect(druk(start, 'ArrowUp').focus).toBe('college')
    expect(druk(start, 'End').focus).toBe('fysiek')
    expect(druk(start, 'End', 'ArrowDown').focus).toBe('fysiek')
    expect(druk(start, 'End', 'Home').focus).toBe('college')
  })

  it('opens with ArrowRight, then enters the first child; ArrowLeft closes, then goes to the parent', () => {
    const opDomein = druk(start, 'ArrowDown', 'ArrowDown', 'ArrowDown')
    expect(opDomein.focus).toBe('domein')
    const open = druk(opDomein, 'ArrowRight')
    expect(open.open.has('domein')).toBe(true)
    expect(open.focus).toBe('domein')
    expect(druk(open, 'ArrowRight').focus).toBe('financien')
    expect(druk(open, 'ArrowRight', 'ArrowLeft').focus).toBe('domein')
    const dicht = druk(open, 'ArrowLeft')
    expect(dicht.open.has('domein')).toBe(false)
    expect(druk(dicht, 'ArrowLeft').focus).toBe('cd')
  })

  it('toggles with Space and leaves a leaf alone', () => {
    const opCd = druk(start, 'ArrowDown')
    expect(druk(opCd, ' ').open.has('cd')).toBe(false)
    expect(druk(opCd, ' ', ' ').open.has('cd')).toBe(true)
    expect(druk(start, ' ')).toEqual(start)
  })

  it('opens all siblings with * and jumps by first letter (type-ahead, wrapping)', () => {
    const opDomein = druk(start, 'ArrowDown', 'ArrowDown', 'ArrowDown')
    const alles = druk(opDomein, '*')
    expect([...alles.open].sort()).toEqual(['cd', 'domein', 'fysiek'])
    expect(druk(start, 'd').focus).toBe('domein')
    expect(druk(start, 'd', 'd').focus).toBe('fysiek')
    expect(druk(start, 'c').focus).toBe('cd')
    expect(druk(start, 'c', 'c', 'c').focus).toBe('college')
  })
})

describe('other actions', () => {
  it('reveals an eenheid deep in the tree and focuses it', () => {
    const stand = boomReducer(model, { open: new Set(), focus: 'college' }, { type: 'toon', id: 'wegen' })
    expect(stand.focus).toBe('wegen')
    expect(zichtbareKnopen(model, stand.open)).toContain('wegen')
  })

  it('opens and closes everything; closing moves the focus to its root', () => {
    const open = boomReducer(model, beginStand(model), { type: 'allesOpen' })
    expect(zichtbareKnopen(model, open.open)).toHaveLength(8)
    const dicht = boomReducer(model, { ...open, focus: 'hrm' }, { type: 'allesDicht' })
    expect(dicht.focus).toBe('cd')
    expect(zichtbareKnopen(model, dicht.open)).toEqual(['college', 'cd'])
  })

  it('toggles with a click and ignores unknown ids', () => {
    const s = boomReducer(model, beginStand(model), { type: 'wissel', id: 'domein' })
    expect(s.open.has('domein')).toBe(true)
    expect(boomReducer(model, s, { type: 'focus', id: 'onbekend' })).toBe(s)
  })
})
