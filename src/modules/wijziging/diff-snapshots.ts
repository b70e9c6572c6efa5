// The diff of a wijziging: the organisation on its ingangsdatum before vs after the acties ran.
// Pure: it only compares two snapshots (plus why eenheden ended, which a snapshot cannot tell: a
// bundling and a decoupling both look like "old eenheden gone, new ones there").
import type { EenheidRef, OpheffingReden, PersoonReden, WijzigingDiff } from './wijziging.schemas.ts'
import type { Snapshot, SnapshotEenheid, SnapshotFunctie } from './snapshot.ts'

const byNaam = <T extends { id: string; naam: string }>(a: T, b: T) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function diffSnapshots(voor: Snapshot, na: Snapshot, opheffingen: ReadonlyMap<string, OpheffingReden>): WijzigingDiff {
  const eVoor = new Map(voor.eenheden.map((e) => [e.id, e]))
  const eNa = new Map(na.eenheden.map((e) => [e.id, e]))
  const fVoor = new Map(voor.functies.map((f) => [f.id, f]))
  const fNa = new Map(na.functies.map((f) => [f.id, f]))
  const ref = (eenheden: Map<string, SnapshotEenheid>, id: string | null): EenheidRef | null => {
    if (id === null) return null
    return { id, naam: eenheden.get(id)?.naam ?? eVoor.get(id)?.naam ?? eNa.get(id)?.naam ?? id }
  }
  const refVan = (id: string) => ref(eVoor, id)!
  const refNaar = (id: string) => ref(eNa, id)!

  const diff: WijzigingDiff = {
    ingangsdatum: na.datum,
    eenheden: { aangemaakt: [], opgeheven: [], hernoemd: [], verplaatst: [] },
    functies: { verplaatst: [], opgeheven: [] },
    personen: [],
  }

  for (const e of na.eenheden) {
    const oud = eVoor.get(e.id)
    if (!oud) {
      diff.eenheden.aangemaakt.push({ id: e.id, naam: e.naam, soort: e.soort, boven: ref(eNa, e.bovenId) })
      continue
    }
    if (oud.naam !== e.naam) diff.eenheden.hernoemd.push({ id: e.id, van: oud.naam, naar: e.naam })
    if (oud.bovenId !== e.bovenId) diff.eenheden.verplaatst.push({ id: e.id, naam: e.naam, van: ref(eVoor, oud.bovenId), naar: ref(eNa, e.bovenId) })
  }
  for (const e of voor.eenheden) {
    if (!eNa.has(e.id)) diff.eenheden.opgeheven.push({ id: e.id, naam: e.naam, reden: opheffingen.get(e.id) ?? 'opgeheven' })
  }
  for (const f of na.functies) {
    const oud = fVoor.get(f.id)
    if (oud && oud.eenheidId !== f.eenheidId) {
      diff.functies.verplaatst.push({ id: f.id, naam: f.naam, vanEenheid: refVan(oud.eenheidId), naarEenheid: refNaar(f.eenheidId) })
    }
  }
  for (const f of voor.functies) {
    if (!fNa.has(f.id)) diff.functies.opgeheven.push({ id: f.id, naam: f.naam, eenheid: refVan(f.eenheidId) })
  }

  const hernoemd = new Set(diff.eenheden.hernoemd.map((e) => e.id))
  const verplaatst = new Set(diff.eenheden.verplaatst.map((e) => e.id))
  const gezien = new Set<string>()
  for (const b of voor.bezettingen) {
    const functie = fVoor.get(b.functieId)
    if (!functie) continue
    const reden = persoonReden(functie, fNa.get(b.functieId), opheffingen, hernoemd, verplaatst)
    const key = `${b.persoonId}|${b.functieId}`
    if (!reden || gezien.has(key)) continue
    gezien.add(key)
    diff.personen.push({ id: b.persoonId, naam: b.persoonNaam, functie: { id: functie.id, naam: functie.naam }, reden })
  }

  diff.eenheden.aangemaakt.sort(byNaam)
  diff.eenheden.opgeheven.sort(byNaam)
  diff.eenheden.hernoemd.sort((a, b) => byNaam({ id: a.id, naam: a.van }, { id: b.id, naam: b.van }))
  diff.eenheden.verplaatst.sort(byNaam)
  diff.functies.verplaatst.sort(byNaam)
  diff.functies.opgeheven.sort(byNaam)
  diff.personen.sort((a, b) => byNaam(a, b) || byNaam(a.functie, b.functie))
  return diff
}

/**
 * Why someone holding this functie notices the wijziging, most drastic reason first: their functie
 * ends; their eenheid is bundled or decoupled (their functie went to the new eenheid); their functie
 * moves (also out of an eenheid that is then ended); their eenheid moves; their eenheid is renamed.
 * An eenheid that is simply ended takes its functies with it, so its people get functieOpgeheven.
 * Undefined: they do not notice it.
 */
function persoonReden(
  voor: SnapshotFunctie,
  na: SnapshotFunctie | undefined,
  opheffingen: ReadonlyMap<string, OpheffingReden>,
  hernoemd: ReadonlySet<string>,
  verplaatst: ReadonlySet<string>,
): PersoonReden | undefined {
  if (!na) return 'functieOpgeheven'
  const eenheidEinde = opheffingen.get(voor.eenheidId)
  if (eenheidEinde === 'samengevoegd') return 'eenheidSamengevoegd'
  if (eenheidEinde === 'gesplitst') return 'eenheidGesplitst'
  if (na.eenheidId !== voor.eenheidId) return 'functieVerplaatst'
  if (verplaatst.has(voor.eenheidId)) return 'eenheidVerplaatst'
  if (hernoemd.has(voor.eenheidId)) return 'eenheidHernoemd'
  return undefined
}
