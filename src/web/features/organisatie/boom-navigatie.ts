// The organisation tree as a WAI-ARIA tree: which eenheden are open and which one has the focus,
// and how the keys move them (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/).
// Pure, so the keyboard behaviour is unit-tested (boom-navigatie.test.ts).

export interface BoomKnoopModel { id: string; naam: string; ouder: string | null; kinderen: string[]; niveau: number }
export interface BoomModel { knopen: ReadonlyMap<string, BoomKnoopModel>; wortels: string[] }
export interface BoomStand { open: ReadonlySet<string>; focus: string | null }

export type BoomActie =
  | { type: 'toets'; toets: string }
  | { type: 'wissel'; id: string }
  | { type: 'focus'; id: string }
  | { type: 'allesOpen' }
  | { type: 'allesDicht' }
  /** Opens everything above an eenheid and gives it the focus (e.g. after a search). */
  | { type: 'toon'; id: string }
  | { type: 'model'; model: BoomModel }

/** Builds the tree from the API's eenheden (any order); an eenheid whose parent is absent is a root. */
export function maakBoomModel(eenheden: readonly { id: string; naam: string; bovenEenheidId: string | null }[]): BoomModel {
  const knopen = new Map<string, BoomKnoopModel>()
  for (const e of eenheden) knopen.set(e.id, { id: e.id, naam: e.naam, ouder: null, kinderen: [], niveau: 1 })
  const wortels: string[] = []
  for (const e of eenheden) {
    const knoop = knopen.get(e.id)!
    const ouder = e.bovenEenheidId !== null && e.bovenEenheidId !== e.id ? knopen.get(e.bovenEenheidId) : undefined
    if (ouder) {
      knoop.ouder = ouder.id
      ouder.kinderen.push(e.id)
    } else wortels.push(e.id)
  }
  const zetNiveau = (id: string, niveau: number, gezien: Set<string>) => {
    if (gezien.has(id)) return // a cycle in the data must not hang the page
    gezien.add(id)
    const knoop = knopen.get(id)!
    knoop.niveau = niveau
    for (const kind of knoop.kinderen) zetNiveau(kind, niveau + 1, gezien)
  }
  const gezien = new Set<string>()
  for (const w of wortels) zetNiveau(w, 1, gezien)
  return { knopen, wortels }
}

/** Start: the roots are open (the first two levels are visible), the first root has the focus. */
export function beginStand(model: BoomModel): BoomStand {
  return { open: new Set(model.wortels.filter((w) => model.knopen.get(w)!.kinderen.length > 0)), focus: model.wortels[0] ?? null }
}

/** The eenheden a user sees, in reading order. */
export function zichtbareKnopen(model: BoomModel, open: ReadonlySet<string>): string[] {
  const uit: string[] = []
  const loop = (ids: readonly string[]) => {
    for (const id of ids) {
      uit.push(id)
      if (open.has(id)) loop(model.knopen.get(id)?.kinderen ?? [])
    }
  }
  loop(model.wortels)
  return uit
}

function metOpen(open: ReadonlySet<string>, id: string, waarde: boolean): ReadonlySet<string> {
  if (open.has(id) === waarde) return open
  const nieuw = new Set(open)
  if (waarde) nieuw.add(id)
  else nieuw.delete(id)
  return nieuw
}

export function boomReducer(model: BoomModel, stand: BoomStand, actie: BoomActie): BoomStand {
  switch (actie.type) {
    case 'model':
      return stand
    case 'focus':
      return model.knopen.has(actie.id) ? { ...stand, focus: actie.id } : stand
    case 'wissel': {
      const knoop = model.knopen.get(actie.id)
      if (!knoop || knoop.kinderen.length === 0) return { ...stand, focus: actie.id }
      return { open: metOpen(stand.open, actie.id, !stand.open.has(actie.id)), focus: actie.id }
    }
    case 'allesOpen':
      return { ...stand, open: new Set([...model.knopen.values()].filter((k) => k.kinderen.length > 0).map((k) => k.id)) }
    case 'allesDicht':
      return { open: new Set(), focus: stand.focus === null ? null : wortelVan(model, stand.focus) }
    case 'toon': {
      if (!model.knopen.has(actie.id)) return stand
      const open = new Set(stand.open)
      for (let ouder = model.knopen.get(actie.id)!.ouder; ouder !== null; ouder = model.knopen.get(ouder)?.ouder ?? null) open.add(ouder)
      return { open, focus: actie.id }
    }
    case 'toets':
      return toets(model, stand, actie.toets)
  }
}

function wortelVan(model: BoomModel, id: string): string {
  let huidig = id
  for (let stap = 0; stap < model.knopen.size; stap++) {
    const ouder = model.knopen.get(huidig)?.ouder
    if (!ouder) break
    huidig = ouder
  }
  return huidig
}

function toets(model: BoomModel, stand: BoomStand, toets: string): BoomStand {
  const zichtbaar = zichtbareKnopen(model, stand.open)
  if (zichtbaar.length === 0) return stand
  const focus = stand.focus !== null && zichtbaar.includes(stand.focus) ? stand.focus : zichtbaar[0]!
  const index = zichtbaar.indexOf(focus)
  const knoop = model.knopen.get(focus)!
  const heeftKinderen = knoop.kinderen.length > 0
  const isOpen = stand.open.has(focus)
  switch (toets) {
    case 'ArrowDown':
      return { ...stand, focus: zichtbaar[Math.min(index + 1, zichtbaar.length - 1)]! }
    case 'ArrowUp':
      return { ...stand, focus: zichtbaar[Math.max(index - 1, 0)]! }
    case 'Home':
      return { ...stand, focus: zichtbaar[0]! }
    case 'End':
      return { ...stand, focus: zichtbaar[zichtbaar.length - 1]! }
    case 'ArrowRight':
      if (!heeftKinderen) return { ...stand, focus }
      return isOpen ? { ...stand, focus: knoop.kinderen[0]! } : { open: metOpen(stand.open, focus, true), focus }
    case 'ArrowLeft':
      if (heeftKinderen && isOpen) return { open: metOpen(stand.open, focus, false), focus }
      return { ...stand, focus: knoop.ouder ?? focus }
    case ' ':
      return heeftKinderen ? { open: metOpen(stand.open, focus, !isOpen), focus } : { ...stand, focus }
    case '*': {
      // Opens all siblings of the focused eenheid (APG).
      const broers = knoop.ouder === null ? model.wortels : model.knopen.get(knoop.ouder)!.kinderen
      const open = new Set(stand.open)
      for (const b of broers) if (model.knopen.get(b)!.kinderen.length > 0) open.add(b)
      return { open, focus }
    }
    default:
      if (toets.length === 1 && /\S/.test(toets)) return { ...stand, focus: volgendeMetLetter(model, zichtbaar, index, toets) ?? focus }
      return { ...stand, focus }
  }
}

/** Type-ahead: the next visible eenheid whose name starts with the letter, wrapping around. */
function volgendeMetLetter(model: BoomModel, zichtbaar: string[], index: number, letter: string): string | null {
  const l = letter.toLocaleLowerCase('nl')
  for (let stap = 1; stap <= zichtbaar.length; stap++) {
    const id = zichtbaar[(index + stap) % zichtbaar.length]!
    if (model.knopen.get(id)!.naam.toLocaleLowerCase('nl').startsWith(l)) return id
  }
  return null
}

/** The keys the tree handles itself (the component prevents their default scrolling). */
export const BOOM_TOETSEN = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', ' ', '*'])
