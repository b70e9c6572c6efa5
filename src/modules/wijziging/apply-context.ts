// The building blocks the acties are made of: finding what an actie works on as it stands *now* in
// the transaction (earlier acties of the same wijziging included), refusing what conflicts with that
// state (409, naming the field), and creating and ending eenheden and functies on the ingangsdatum.
import { createHash } from 'node:crypto'
import { conflict } from '../../server/problem.ts'
import type { EenheidSoort } from '../../db/schema.ts'
import type { OpheffingReden } from './wijziging.schemas.ts'
import {
  endRow, eenheidLijnenOp, eenheidVersieOp, functieLijnenOp, heeftOpenVersie, insertEenheid, insertEenheidVersie,
  insertHierarchischeLijn, isEindigbaar, latereRijen, namen, vooroudersOp, type EenheidVersie, type FunctieVersie, type Lijn, type Scope,
} from './structuur.repository.ts'

export interface ApplyContext extends Scope {
  /** sleutel → id of the eenheid an earlier actie created. */
  sleutels: Map<string, string>
  /** Eenheden this wijziging ended, and why (the diff cannot tell a bundle from a split by itself). */
  opheffingen: Map<string, OpheffingReden>
  /** 'eenheid:<id>' / 'functie:<id>' already checked for later changes. */
  gecontroleerd: Set<string>
}

/**
 * The id of an eenheid this wijziging creates: derived from the wijziging and the sleutel (a
 * name-based UUID, RFC 9562 version 5 layout), so the voorvertoning names the very ids the
 * vaststelling will create. A wijziging is applied at most once and its sleutels are unique.
 */
export function nieuwEenheidId(wijzigingId: string, sleutel: string): string {
  const h = createHash('sha1').update(`koers:wijziging:${wijzigingId}:${sleutel}`).digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

const param = (name: string, reason: string, code = 'conflict') => ({ name, code, reason })

/** The version of an eenheid valid on D now; 409 when an earlier actie of this wijziging ended it. */
export async function huidigeEenheid(ctx: ApplyContext, eenheidId: string, veld: string): Promise<EenheidVersie> {
  const v = await eenheidVersieOp(ctx, eenheidId)
  if (v) return v
  const reason = `eenheid ${eenheidId} bestaat op ${ctx.datum} niet meer: een eerdere actie van deze wijziging heeft haar beëindigd`
  throw conflict(`${veld}: ${reason}.`, [param(veld, reason, 'beeindigd')])
}

/**
 * The eenheid something is put under or into (by id, or by the sleutel of an eenheid created
 * earlier in this wijziging). It must exist on D and stay: an eenheid whose end is already planned
 * cannot receive new eenheden or functies that would outlive it.
 */
export async function doelEenheid(ctx: ApplyContext, id: string | undefined, sleutel: string | undefined, velden: [string, string]): Promise<string | null> {
  if (sleutel !== undefined) {
    const bekend = ctx.sleutels.get(sleutel)
    // validateActies guarantees the sleutel was defined by an earlier actie, which has run.
    if (!bekend) throw new Error(`sleutel ${sleutel} is niet aangemaakt`)
    return bekend
  }
  if (id === undefined) return null
  const v = await huidigeEenheid(ctx, id, velden[0])
  if (!(await heeftOpenVersie(ctx, id))) {
    const reason = `eenheid '${v.naam}' wordt na ${ctx.datum} beëindigd en kan niets meer opnemen`
    throw conflict(`${velden[0]}: ${reason}.`, [param(velden[0], reason, 'latere-wijziging')])
  }
  return id
}

/**
 * Refuses (409) when a changed eenheid or functie already has a version, lijn or bezetting that
 * starts after D: a later change is planned or applied, and this wijziging would have to be
 * rebased onto it. Koers does not guess how; the user adjusts the later one or the date.
 */
export async function assertGeenLatereWijzigingen(ctx: ApplyContext, veld: string, ids: { eenheden?: readonly string[]; functies?: readonly string[] }): Promise<void> {
  const eenheden = [...new Set(ids.eenheden ?? [])].filter((id) => !ctx.gecontroleerd.has(`eenheid:${id}`))
  const functies = [...new Set(ids.functies ?? [])].filter((id) => !ctx.gecontroleerd.has(`functie:${id}`))
  if (eenheden.length === 0 && functies.length === 0) return
  const rijen = await latereRijen(ctx, { eenheden, functies })
  if (rijen.length === 0) {
    for (const id of eenheden) ctx.gecontroleerd.add(`eenheid:${id}`)
    for (const id of functies) ctx.gecontroleerd.add(`functie:${id}`)
    return
  }
  const naamVan = await namen(ctx, { eenheden: rijen.filter((r) => r.object === 'eenheid').map((r) => r.id), functies: rijen.filter((r) => r.object === 'functie').map((r) => r.id) })
  const eerste = new Map<string, (typeof rijen)[number]>()
  for (const r of rijen) if (!eerste.has(`${r.object}:${r.id}`)) eerste.set(`${r.object}:${r.id}`, r)
  const WAT: Record<string, string> = { versie: 'een nieuwe versie', lijn: 'een lijn', functie: 'een functie die erin komt', bezetting: 'een bezetting' }
  const objecten = [...eerste.values()].map((r) => `${r.object} '${naamVan.get(r.id) ?? r.id}' (${r.id}) heeft al ${WAT[r.wat] ?? r.wat} vanaf ${r.geldigVan}`)
  const reason = `er is na ${ctx.datum} al een wijziging gepland of doorgevoerd: ${objecten.join('; ')}`
  throw conflict(`${veld}: ${reason}. Pas eerst die latere wijziging aan of kies een latere ingangsdatum.`, [param(veld, reason, 'latere-wijziging')])
}

/** A new eenheid from D: identity, first version and (if it has one) its hierarchical lijn. */
export async function maakEenheid(
  ctx: ApplyContext,
  sleutel: string,
  versie: { naam: string; soort: EenheidSoort; email?: string; telefoon?: string; bezoekadres?: string; omschrijving?: string },
  bovenId: string | null,
): Promise<string> {
  const id = nieuwEenheidId(ctx.wijzigingId, sleutel)
  await insertEenheid(ctx, id)
  await insertEenheidVersie(ctx, { eenheid_id: id, ...versie })
  if (bovenId) await insertHierarchischeLijn(ctx, id, bovenId, null)
  ctx.sleutels.set(sleutel, id)
  return id
}

/**
 * Refuses to end a committed row that starts on D: it would become zero-length. That happens when
 * another wijziging already changed the thing on the same date (renamed it, moved it, created it);
 * ending it on that same date would make that vastgesteld change never have existed, so Koers asks
 * the user to say what they mean instead of deleting rows. (Rows this wijziging inserted itself are
 * fine: see structuur.repository.ts.)
 */
function assertEindigbaar(ctx: ApplyContext, veld: string, wat: string, row: { id: string; geldig_van: string; geldig_tot: string | null }): void {
  if (isEindigbaar(ctx, row)) return
  const reason = `${wat} is al op ${ctx.datum} gewijzigd of begonnen en kan niet op dezelfde dag worden beëindigd`
  throw conflict(`${veld}: ${reason}.`, [param(veld, reason, 'zelfde-dag')])
}

/** Ends every lijn (hierarchical and functional) valid on D that has this eenheid at either end. */
export async function endEenheidLijnen(ctx: ApplyContext, eenheidId: string, naam: string, veld: string): Promise<void> {
  for (const l of await eenheidLijnenOp(ctx, [eenheidId])) await endLijn(ctx, l, veld, `een lijn van eenheid '${naam}'`)
}

/** Ends an eenheid on D: its version and its remaining lijnen. Functies and children are the caller's. */
export async function endEenheid(ctx: ApplyContext, v: EenheidVersie, reden: OpheffingReden, veld: string): Promise<void> {
  assertEindigbaar(ctx, veld, `eenheid '${v.naam}'`, v)
  await endEenheidLijnen(ctx, v.eenheid_id, v.naam, veld)
  await endRow(ctx, 'eenheid_versie', v)
  ctx.opheffingen.set(v.eenheid_id, reden)
}

/** Ends a functie on D: its version and the functie-lijnen at either end. */
export async function endFunctie(ctx: ApplyContext, v: FunctieVersie, veld: string): Promise<void> {
  assertEindigbaar(ctx, veld, `functie '${v.naam}'`, v)
  for (const l of await functieLijnenOp(ctx, [v.functie_id])) await endLijn(ctx, l, veld, `een lijn van functie '${v.naam}'`)
  await endRow(ctx, 'functie_versie', v)
}

/** 409 when hanging `eenheidId` under `bovenId` would close a loop: bovenId is (below) the eenheid. */
export async function assertGeenKringloop(ctx: ApplyContext, eenheidId: string, naam: string, bovenId: string, veld: string): Promise<void> {
  const voorouders = bovenId === eenheidId ? [eenheidId] : await vooroudersOp(ctx, bovenId)
  if (bovenId !== eenheidId && !voorouders.includes(eenheidId)) return
  const reason = `eenheid '${naam}' kan niet onder een eenheid hangen die (op ${ctx.datum}) zelf onder haar valt: dat gaf een kringloop`
  throw conflict(`${veld}: ${reason}.`, [{ name: veld, code: 'kringloop', reason }])
}

/** Ends a lijn on D (refused when it starts on D, see assertEindigbaar). */
export async function endLijn(ctx: ApplyContext, l: Lijn, veld: string, wat: string): Promise<void> {
  assertEindigbaar(ctx, veld, wat, l)
  await endRow(ctx, 'lijn', l)
}
