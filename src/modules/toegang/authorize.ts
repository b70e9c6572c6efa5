// The one authorisation function (issue 4): authorize(actor, handeling, object). Every route names
// its handeling (server/toegang-hook.ts checks it before validation), and services call authorize
// again with the object they resolved, e.g. the eenheid of the functie a bezetting is for.
import { uitCache, type Db } from '../../db/database.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { ProblemError } from '../../server/problem.ts'
import type { Actor } from './actor.ts'
import { HANDELINGEN, type Handeling } from './handelingen.ts'
import { eenheidEnBoven, functiesVan, rechtenVan, type EigenFunctie, type Recht } from './rechten.ts'

export interface ToegangObject {
  organisatieId: string
  /** The eenheid the object belongs to; absent for an object of the whole organisatie. */
  eenheidId?: string | null
  /** Functies whose holders may act on this object whatever their mandates: the ambtelijk
   *  opdrachtgever and opgavemanager of an opgave, for instance. */
  houders?: readonly string[]
}

/** Per request: the actor, the owner connection for the rights lookup, and memoised rights. */
export interface ToegangContext {
  actor: Actor
  db: Db
  rechten?: Map<string, Promise<Recht[]>>
  functies?: Promise<EigenFunctie[]>
}

// Functies, rights and the eenheden above one are read once per request, and kept in the process's
// read cache (src/db/lees-cache.ts) for today: every write empties it, so a new bezetting, mandaat or
// line counts from the next request on.

/** The functies the actor holds today (none for anonymous and machine clients). */
export function eigenFuncties(ctx: ToegangContext): Promise<EigenFunctie[]> {
  const actor = ctx.actor
  if (actor.soort !== 'account' || !actor.persoonId) return Promise.resolve([])
  const persoonId = actor.persoonId
  ctx.functies ??= uitCache(ctx.db, 'functies', `${persoonId}|${vandaag()}`, () => functiesVan(ctx.db, persoonId))
  return ctx.functies
}

function rechtenMemo(ctx: ToegangContext, organisatieId: string): Promise<Recht[]> {
  ctx.rechten ??= new Map()
  let r = ctx.rechten.get(organisatieId)
  if (!r) {
    const actor = ctx.actor
    const lees = () => rechtenVan(ctx.db, actor, organisatieId, undefined, eigenFuncties(ctx))
    // An account's rights follow from its row (cached sessions are emptied when it changes) and its functies.
    r = actor.soort === 'account' ? uitCache(ctx.db, 'rechten', `${actor.accountId}|${organisatieId}|${vandaag()}`, lees) : lees()
    ctx.rechten.set(organisatieId, r)
  }
  return r
}

export async function isToegestaan(ctx: ToegangContext, handeling: Handeling, object: ToegangObject): Promise<boolean> {
  if (object.houders?.length && ctx.actor.soort === 'account' && ctx.actor.organisatieId === object.organisatieId) {
    const eigen = new Set((await eigenFuncties(ctx)).map((f) => f.functie_id))
    if (object.houders.some((f) => eigen.has(f))) return true
  }
  const rechten = (await rechtenMemo(ctx, object.organisatieId)).filter((r) => r.handeling === handeling)
  if (rechten.length === 0) return false
  if (rechten.some((r) => r.scope === 'organisatie')) return true
  if (!object.eenheidId) return false
  if (rechten.some((r) => r.scope === 'eigen_eenheid' && r.eenheidId === object.eenheidId)) return true
  const subboom = rechten.filter((r) => r.scope === 'subboom')
  if (subboom.length === 0) return false
  const { organisatieId, eenheidId } = object
  const boven = new Set(await uitCache(ctx.db, 'boven', `${organisatieId}|${eenheidId}|${vandaag()}`, () => eenheidEnBoven(ctx.db, organisatieId, eenheidId)))
  return subboom.some((r) => r.eenheidId !== null && boven.has(r.eenheidId))
}

/** Whether the actor may perform the handeling on at least one object in the organisatie. */
export async function heeftHandeling(ctx: ToegangContext, handeling: Handeling, organisatieId: string): Promise<boolean> {
  return (await rechtenMemo(ctx, organisatieId)).some((r) => r.handeling === handeling)
}

export function weigering(actor: Actor, handeling: Handeling): ProblemError {
  if (actor.soort === 'anoniem') return new ProblemError(401, 'U bent niet ingelogd. Log in om dit te doen.', undefined, 'niet_ingelogd')
  return new ProblemError(403, `U hebt geen mandaat voor deze handeling: ${HANDELINGEN[handeling].toLowerCase()}.`, undefined, 'geen_mandaat')
}

/** Throws 401 (anonymous) or 403 (no mandate for this object) unless the actor may do it. */
export async function authorize(ctx: ToegangContext, handeling: Handeling, object: ToegangObject): Promise<void> {
  if (!(await isToegestaan(ctx, handeling, object))) throw weigering(ctx.actor, handeling)
}

/** The handelingen the actor may perform on the object: what the web app shows as actions. */
export async function toegestaneHandelingen(ctx: ToegangContext, object: ToegangObject): Promise<Handeling[]> {
  const uit: Handeling[] = []
  for (const h of Object.keys(HANDELINGEN) as Handeling[]) if (await isToegestaan(ctx, h, object)) uit.push(h)
  return uit
}
