// Overleggen and their meetings: the only SQL for overleg, overleg_samenstelling and vergadering.
import type { Static } from 'typebox'
import type { Selectable } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import type { DB } from '../../db/schema.ts'
import { conflict, invalid, notFound } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { cadansTijden } from './cadans.ts'
import type { NieuwOverleg } from './overleg.schemas.ts'
import { deelnemersPerOverleg } from './samenstelling.ts'

type Conn = Db | Tx

export async function createOverleg(tx: Tx, organisatieId: string, o: Static<typeof NieuwOverleg>, actor: string): Promise<string> {
  if ((o.rrule === undefined) !== (o.eersteBegin === undefined)) throw invalid(o.rrule === undefined ? 'rrule' : 'eersteBegin', 'hoort bij een cadans: geef rrule en eersteBegin samen', 'samen')
  const codes = new Set((await tx.selectFrom('roltype').select('code').where('organisatie_id', '=', organisatieId).execute()).map((r) => r.code))
  for (const [i, s] of o.samenstelling.entries()) {
    if ((s.roltype === undefined) === (s.functieId === undefined)) throw invalid(`samenstelling.${i}`, 'noemt precies één van roltype en functieId', 'een_van')
    if (s.roltype !== undefined && !codes.has(s.roltype)) throw invalid(`samenstelling.${i}.roltype`, `is geen roltype van deze organisatie: ${s.roltype}`, 'onbekend')
    if (s.functieId !== undefined) {
      const f = await tx.selectFrom('functie').select('id').where('id', '=', s.functieId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
      if (!f) throw invalid(`samenstelling.${i}.functieId`, 'is geen functie van deze organisatie', 'onbekend')
    }
  }
  if (!o.samenstelling.some((s) => s.rol === 'voorzitter')) throw invalid('samenstelling', 'heeft een voorzitter nodig', 'voorzitter')
  const rij = await tx.insertInto('overleg').values({
    organisatie_id: organisatieId, naam: o.naam, soort: o.soort, modus: o.modus, besluitregel: o.besluitregel ?? 'meerderheid', quorum: o.quorum ?? null,
    rrule: o.rrule ?? null, eerste_begin: o.eersteBegin ? new Date(o.eersteBegin) : null, duur_minuten: o.duurMinuten ?? 120, locatie: o.locatie ?? null,
    openbaar: o.openbaar ?? false, portefeuille_id: o.portefeuilleId ?? null, geldig_van: o.geldigVan,
  }).returningAll().executeTakeFirstOrThrow()
  await tx.insertInto('overleg_samenstelling').values(o.samenstelling.map((s) => ({ organisatie_id: organisatieId, overleg_id: rij.id, rol: s.rol, roltype_code: s.roltype ?? null, functie_id: s.functieId ?? null }))).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'overleg.aanmaken', objectType: 'overleg', objectId: rij.id, na: o })
  return rij.id
}

export async function getOverleg(db: Conn, organisatieId: string, overlegId: string, peildatum = vandaag()) {
  const o = await db.selectFrom('overleg').selectAll().where('id', '=', overlegId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!o) throw notFound('Overleg', overlegId)
  return (await metSamenstelling(db, organisatieId, [o], peildatum))[0]!
}

/** All overleggen of the organisatie: three queries, whatever their number. */
export async function listOverleggen(db: Conn, organisatieId: string, peildatum = vandaag()) {
  const rijen = await db.selectFrom('overleg').selectAll().where('organisatie_id', '=', organisatieId).orderBy('naam').execute()
  return metSamenstelling(db, organisatieId, rijen, peildatum)
}

async function metSamenstelling(db: Conn, organisatieId: string, rijen: Selectable<DB['overleg']>[], peildatum: string) {
  const ids = rijen.map((o) => o.id)
  const [samenstellingen, deelnemers] = await Promise.all([
    ids.length === 0 ? [] : db.selectFrom('overleg_samenstelling').select(['overleg_id', 'rol', 'roltype_code', 'functie_id']).where('overleg_id', 'in', ids).execute(),
    deelnemersPerOverleg(db, organisatieId, ids, peildatum),
  ])
  return rijen.map((o) => ({
    id: o.id, naam: o.naam, soort: o.soort, modus: o.modus, besluitregel: o.besluitregel, quorum: o.quorum, rrule: o.rrule,
    eersteBegin: o.eerste_begin?.toISOString() ?? null, duurMinuten: o.duur_minuten, locatie: o.locatie, openbaar: o.openbaar,
    portefeuilleId: o.portefeuille_id, geldigVan: o.geldig_van, geldigTot: o.geldig_tot,
    samenstelling: samenstellingen.filter((s) => s.overleg_id === o.id).map((s) => ({ rol: s.rol, roltype: s.roltype_code, functieId: s.functie_id })),
    deelnemers: deelnemers.get(o.id) ?? [],
  }))
}

/** Generates the meetings of the cadence up to `tot` that do not exist yet (idempotent). */
export async function planVergaderingen(tx: Tx, organisatieId: string, overlegId: string, tot: string, actor: string): Promise<number> {
  const o = await tx.selectFrom('overleg').selectAll().where('id', '=', overlegId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!o) throw notFound('Overleg', overlegId)
  if (!o.rrule || !o.eerste_begin) throw conflict('Dit overleg heeft geen cadans; plan zijn vergaderingen ad hoc.')
  const grens = `${Number(vandaag().slice(0, 4)) + 3}${vandaag().slice(4)}`
  if (tot > grens) throw invalid('tot', `ligt te ver vooruit: plan hoogstens drie jaar vooruit (tot ${grens})`, 'bereik')
  const tijden = cadansTijden(o.rrule, o.eerste_begin, o.tijdzone, new Date(`${tot}T23:59:59Z`)).filter((t) => t.getTime() >= Date.now() - 24 * 3600_000)
  if (tijden.length === 0) return 0
  const nieuw = await tx.insertInto('vergadering').values(tijden.map((begin) => ({
    organisatie_id: organisatieId, overleg_id: overlegId, begin, eind: new Date(begin.getTime() + o.duur_minuten * 60_000), locatie: o.locatie, bron: 'cadans' as const,
  }))).onConflict((oc) => oc.columns(['overleg_id', 'begin']).where('bron', '=', 'cadans').doNothing()).returning('id').execute()
  if (nieuw.length > 0) await recordAuditEvent(tx, { organisatieId, actor, handeling: 'vergadering.plannen', objectType: 'overleg', objectId: overlegId, na: { tot, aantal: nieuw.length } })
  return nieuw.length
}

export async function createVergadering(tx: Tx, organisatieId: string, overlegId: string, v: { begin: string; eind?: string | undefined; locatie?: string | undefined }, actor: string) {
  const o = await tx.selectFrom('overleg').select(['duur_minuten', 'locatie']).where('id', '=', overlegId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!o) throw notFound('Overleg', overlegId)
  const begin = new Date(v.begin)
  const eind = v.eind ? new Date(v.eind) : new Date(begin.getTime() + o.duur_minuten * 60_000)
  if (eind <= begin) throw invalid('eind', 'moet na het begin liggen', 'volgorde')
  const rij = await tx.insertInto('vergadering').values({ organisatie_id: organisatieId, overleg_id: overlegId, begin, eind, locatie: v.locatie ?? o.locatie, bron: 'adhoc' }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'vergadering.aanmaken', objectType: 'vergadering', objectId: rij.id, na: rij })
  return rij.id
}

export async function listVergaderingen(db: Conn, organisatieId: string, f: { van?: string | undefined; tot?: string | undefined; overlegId?: string | undefined }) {
  let q = db.selectFrom('vergadering as v').innerJoin('overleg as o', 'o.id', 'v.overleg_id')
    .select(['v.id', 'v.overleg_id', 'o.naam', 'o.soort', 'o.portefeuille_id', 'v.begin', 'v.eind', 'v.status', 'v.bron']).where('v.organisatie_id', '=', organisatieId)
  if (f.van) q = q.where('v.begin', '>=', new Date(`${f.van}T00:00:00Z`))
  if (f.tot) q = q.where('v.begin', '<', new Date(`${f.tot}T23:59:59Z`))
  if (f.overlegId) q = q.where('v.overleg_id', '=', f.overlegId)
  return (await q.orderBy('v.begin').limit(500).execute()).map((v) => ({ id: v.id, overlegId: v.overleg_id, overlegNaam: v.naam, overlegSoort: v.soort, overlegPortefeuilleId: v.portefeuille_id, begin: v.begin.toISOString(), eind: v.eind.toISOString(), status: v.status, bron: v.bron }))
}

export async function vergaderingMetOverleg(db: Conn, organisatieId: string, vergaderingId: string) {
  const v = await db.selectFrom('vergadering as v').innerJoin('overleg as o', 'o.id', 'v.overleg_id')
    .select(['v.id', 'v.overleg_id', 'v.begin', 'v.eind', 'v.locatie', 'v.bron', 'v.status', 'v.notulen', 'o.naam', 'o.soort', 'o.modus', 'o.besluitregel', 'o.quorum', 'o.tijdzone'])
    .where('v.id', '=', vergaderingId).where('v.organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!v) throw notFound('Vergadering', vergaderingId)
  return v
}

