// Personen and their bezetting (org:Membership). Bezettingen are never deleted: they end.
import { auditActor } from '../toegang/actor.ts'
import { authorize, type ToegangContext } from '../toegang/authorize.ts'
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { ProblemError, conflict, invalid, notFound } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { geldigOp } from './geldig.ts'
import type { Bezetting } from './persoon.schemas.ts'

interface BezettingRij {
  id: string; persoon_id: string; functie_id: string; fte: number; dienstverband: Bezetting['dienstverband']
  vervanging: Bezetting['vervanging']; geldig_van: string; geldig_tot: string | null; functie_naam: string; eenheid_id: string; eenheid_naam: string
}

/** Bezettingen with the functie and eenheid as they were when the bezetting began. */
async function bezettingen(db: Db | Tx, where: { persoonId?: string; bezettingId?: string }): Promise<Bezetting[]> {
  const rows = await sql<BezettingRij>`
    select b.id, b.persoon_id, b.functie_id, b.fte, b.dienstverband, b.vervanging, b.geldig_van, b.geldig_tot,
      fv.naam as functie_naam, fv.eenheid_id, ev.naam as eenheid_naam
    from bezetting b
    join lateral (
      select * from functie_versie fv where fv.functie_id = b.functie_id
      order by (fv.geldig_van <= b.geldig_van and (fv.geldig_tot is null or fv.geldig_tot > b.geldig_van)) desc, fv.geldig_van limit 1
    ) fv on true
    join lateral (
      select * from eenheid_versie ev where ev.eenheid_id = fv.eenheid_id
      order by (ev.geldig_van <= greatest(b.geldig_van, fv.geldig_van) and (ev.geldig_tot is null or ev.geldig_tot > greatest(b.geldig_van, fv.geldig_van))) desc, ev.geldig_van desc limit 1
    ) ev on true
    where (${where.persoonId ?? null}::uuid is null or b.persoon_id = ${where.persoonId ?? null}::uuid)
      and (${where.bezettingId ?? null}::uuid is null or b.id = ${where.bezettingId ?? null}::uuid)
    order by b.geldig_van desc, fv.naam`.execute(db)
  return rows.rows.map((r) => ({
    id: r.id, persoonId: r.persoon_id, functieId: r.functie_id, functieNaam: r.functie_naam, eenheid: { id: r.eenheid_id, naam: r.eenheid_naam },
    fte: r.fte, dienstverband: r.dienstverband, vervanging: r.vervanging, geldigVan: r.geldig_van, geldigTot: r.geldig_tot,
  }))
}

export async function getPersoon(db: Db, organisatieId: string, persoonId: string, peildatum: string) {
  const p = await db.selectFrom('persoon').selectAll().where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!p) throw notFound('Persoon', persoonId)
  const alle = await bezettingen(db, { persoonId })
  return {
    id: p.id, organisatieId, naam: p.naam, voornaam: p.voornaam, tussenvoegsel: p.tussenvoegsel, achternaam: p.achternaam,
    email: p.email, telefoon: p.telefoon, peildatum,
    huidig: alle.filter((b) => b.geldigVan <= peildatum && (b.geldigTot === null || b.geldigTot > peildatum)),
    eerder: alle.filter((b) => b.geldigTot !== null && b.geldigTot <= peildatum),
    later: alle.filter((b) => b.geldigVan > peildatum),
  }
}

export async function listPersonen(db: Db, organisatieId: string, peildatum: string, filter: { zoek?: string | undefined; offset: number; limit: number }) {
  const zoek = filter.zoek ? `%${filter.zoek}%` : null
  // Without a search term: the people holding a functie on the peildatum. With one: anyone by that name.
  const rows = await sql<{ id: string; naam: string; totaal: number }>`
    select p.id, p.naam, count(*) over () as totaal from persoon p
    where p.organisatie_id = ${organisatieId}
      and (${zoek}::text is not null or exists (select 1 from bezetting b where b.persoon_id = p.id and ${geldigOp('b', peildatum)}))
      and (${zoek}::text is null or p.naam ilike ${zoek})
    order by p.achternaam nulls last, p.naam, p.id
    offset ${filter.offset} limit ${filter.limit}`.execute(db)
  const ids = rows.rows.map((r) => r.id)
  const functies = ids.length
    ? await sql<{ persoon_id: string; functie_id: string; naam: string; eenheid_id: string; eenheid_naam: string; vervanging: 'loco' | 'waarnemer' | null }>`
        select b.persoon_id, b.functie_id, fv.naam, fv.eenheid_id, ev.naam as eenheid_naam, b.vervanging
        from bezetting b
        join functie_versie fv on fv.functie_id = b.functie_id and ${geldigOp('fv', peildatum)}
        join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id and ${geldigOp('ev', peildatum)}
        where b.persoon_id = any(${ids}::uuid[]) and ${geldigOp('b', peildatum)}
        order by b.vervanging nulls first, fv.naam`.execute(db)
    : { rows: [] }
  return {
    totaal: Number(rows.rows[0]?.totaal ?? 0),
    resultaten: rows.rows.map((r) => ({
      id: r.id,
      naam: r.naam,
      functies: functies.rows.filter((f) => f.persoon_id === r.id).map((f) => ({ functieId: f.functie_id, naam: f.naam, eenheidId: f.eenheid_id, eenheidNaam: f.eenheid_naam, vervanging: f.vervanging })),
    })),
  }
}

export interface PersoonInput { naam?: string | undefined; voornaam?: string | undefined; tussenvoegsel?: string | undefined; achternaam?: string | undefined; email?: string | undefined; telefoon?: string | undefined }

export async function createPersoon(tx: Tx, organisatieId: string, input: PersoonInput & { naam: string }, actor: string) {
  const values = { organisatie_id: organisatieId, naam: input.naam, voornaam: input.voornaam ?? null, tussenvoegsel: input.tussenvoegsel ?? null, achternaam: input.achternaam ?? null, email: input.email ?? null, telefoon: input.telefoon ?? null }
  const row = await tx.insertInto('persoon').values(values).returning('id').executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'persoon.aanmaken', objectType: 'persoon', objectId: row.id, na: values })
  return row.id
}

export async function updatePersoon(tx: Tx, organisatieId: string, persoonId: string, input: PersoonInput, actor: string) {
  const voor = await tx.selectFrom('persoon').selectAll().where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Persoon', persoonId)
  const na = await tx.updateTable('persoon').set({ ...input, gewijzigd_op: new Date() }).where('id', '=', persoonId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'persoon.wijzigen', objectType: 'persoon', objectId: persoonId, voor, na })
}

export interface BezettingInput {
  persoonId: string; functieId: string; fte: number; dienstverband: Bezetting['dienstverband']
  vervanging?: 'loco' | 'waarnemer' | undefined; geldigVan: string; geldigTot?: string | undefined
}

export async function createBezetting(tx: Tx, organisatieId: string, input: BezettingInput, toegang: ToegangContext): Promise<string> {
  const actor = auditActor(toegang.actor)
  const fouten = []
  if (input.geldigTot !== undefined && input.geldigTot <= input.geldigVan) fouten.push({ name: 'geldigTot', code: 'volgorde', reason: 'moet na geldigVan liggen' })
  const persoon = await tx.selectFrom('persoon').select('id').where('id', '=', input.persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!persoon) fouten.push({ name: 'persoonId', code: 'onbekend', reason: 'is geen persoon van deze organisatie' })
  const functie = await tx.selectFrom('functie_versie as f').select(['f.functie_id', 'f.eenheid_id']).where('f.functie_id', '=', input.functieId).where('f.organisatie_id', '=', organisatieId).where(geldigOp('f', input.geldigVan)).executeTakeFirst()
  if (!functie) fouten.push({ name: 'functieId', code: 'onbekend', reason: `is geen functie van deze organisatie op ${input.geldigVan}` })
  if (fouten.length > 0) throw new ProblemError(400, fouten.map((f) => `${f.name} ${f.reason}`).join('; '), fouten, 'ongeldige-invoer')
  // organisatiebesluit, teammanager 1 en 2: the teammanager staffs their own team.
  await authorize({ ...toegang, db: tx }, 'bezetting.beheren', { organisatieId, eenheidId: functie!.eenheid_id })
  const overlap = await tx.selectFrom('bezetting').select('id').where('persoon_id', '=', input.persoonId).where('functie_id', '=', input.functieId)
    .where((eb) => eb.or([eb('geldig_tot', 'is', null), eb('geldig_tot', '>', input.geldigVan)]))
    .where((eb) => (input.geldigTot ? eb('geldig_van', '<', input.geldigTot) : eb.lit(true)))
    .executeTakeFirst()
  if (overlap) throw conflict(`Deze persoon heeft deze functie al in die periode (bezetting ${overlap.id}).`, [{ name: 'geldigVan', code: 'overlap', reason: 'overlapt een bestaande bezetting' }])
  const values = {
    organisatie_id: organisatieId, persoon_id: input.persoonId, functie_id: input.functieId, fte: input.fte, dienstverband: input.dienstverband,
    vervanging: input.vervanging ?? null, geldig_van: input.geldigVan, geldig_tot: input.geldigTot ?? null,
  }
  const row = await tx.insertInto('bezetting').values(values).returning('id').executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'bezetting.aanmaken', objectType: 'bezetting', objectId: row.id, na: values })
  return row.id
}

export async function endBezetting(tx: Tx, organisatieId: string, bezettingId: string, geldigTot: string, toegang: ToegangContext) {
  const actor = auditActor(toegang.actor)
  const voor = await tx.selectFrom('bezetting').selectAll().where('id', '=', bezettingId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Bezetting', bezettingId)
  // The eenheid the functie was in on the last day of the bezetting.
  const plek = await tx.selectFrom('functie_versie').select('eenheid_id').where('functie_id', '=', voor.functie_id).where('geldig_van', '<', geldigTot).orderBy('geldig_van', 'desc').limit(1).executeTakeFirst()
  await authorize({ ...toegang, db: tx }, 'bezetting.beheren', { organisatieId, eenheidId: plek?.eenheid_id ?? null })
  if (geldigTot <= voor.geldig_van) throw invalid('geldigTot', `moet na het begin van de bezetting (${voor.geldig_van}) liggen`, 'volgorde')
  if (voor.geldig_tot !== null && voor.geldig_tot <= geldigTot) throw conflict(`Deze bezetting eindigt al op ${voor.geldig_tot}.`)
  const na = await tx.updateTable('bezetting').set({ geldig_tot: geldigTot }).where('id', '=', bezettingId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'bezetting.beeindigen', objectType: 'bezetting', objectId: bezettingId, voor, na })
}

export async function getBezetting(db: Db | Tx, organisatieId: string, bezettingId: string): Promise<Bezetting> {
  const b = (await bezettingen(db, { bezettingId }))[0]
  const eigen = b && (await db.selectFrom('bezetting').select('id').where('id', '=', bezettingId).where('organisatie_id', '=', organisatieId).executeTakeFirst())
  if (!b || !eigen) throw notFound('Bezetting', bezettingId)
  return b
}
