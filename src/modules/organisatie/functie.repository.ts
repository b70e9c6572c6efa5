// Reads and writes of functies (posts) at a peildatum.
import { auditActor } from '../toegang/actor.ts'
import { authorize, type ToegangContext } from '../toegang/authorize.ts'
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { ProblemError, invalid, notFound } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { assertEenheidOp } from './eenheid.repository.ts'
import { geldigOp } from './geldig.ts'
import type { Functie, FunctieKort, Houder } from './functie.schemas.ts'

interface FunctieRij {
  id: string; naam: string; schaal: number | null; formatie_fte: number; aandachtsgebied: string | null; leidinggevend: boolean
  roltype_id: string; roltype_code: string; roltype_naam: string; eenheid_id: string; eenheid_naam: string
}

const functieSelect = (organisatieId: string, peildatum: string) => sql`
  select fv.functie_id as id, fv.naam, fv.schaal, fv.formatie_fte, fv.aandachtsgebied, fv.leidinggevend,
    r.id as roltype_id, r.code as roltype_code, r.naam as roltype_naam, fv.eenheid_id, ev.naam as eenheid_naam
  from functie_versie fv
  join roltype r on r.id = fv.roltype_id
  join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id and ${geldigOp('ev', peildatum)}
  where fv.organisatie_id = ${organisatieId} and ${geldigOp('fv', peildatum)}`

/** Bezetting on the peildatum of the given functies, by functie id. */
export async function houdersVan(db: Db | Tx, functieIds: string[], peildatum: string): Promise<Map<string, Houder[]>> {
  const map = new Map<string, Houder[]>()
  if (functieIds.length === 0) return map
  const rows = await db
    .selectFrom('bezetting as b')
    .innerJoin('persoon as p', 'p.id', 'b.persoon_id')
    .select(['b.id', 'b.functie_id', 'b.persoon_id', 'p.naam', 'b.fte', 'b.dienstverband', 'b.vervanging', 'b.geldig_van', 'b.geldig_tot'])
    .where('b.functie_id', 'in', functieIds)
    .where(geldigOp('b', peildatum))
    .orderBy('b.vervanging', 'desc')
    .orderBy('p.naam')
    .execute()
  for (const r of rows) {
    const list = map.get(r.functie_id) ?? []
    // Regular holders first, then loco/waarnemer (nulls sort last in desc order → reversed here).
    list.push({ bezettingId: r.id, persoonId: r.persoon_id, naam: r.naam, fte: r.fte, dienstverband: r.dienstverband, vervanging: r.vervanging, geldigVan: r.geldig_van, geldigTot: r.geldig_tot })
    map.set(r.functie_id, list)
  }
  for (const list of map.values()) list.sort((a, b) => Number(a.vervanging !== null) - Number(b.vervanging !== null) || a.naam.localeCompare(b.naam, 'nl'))
  return map
}

function toFunctieKort(r: FunctieRij, houders: Houder[]): FunctieKort {
  return {
    id: r.id, naam: r.naam, schaal: r.schaal, formatieFte: r.formatie_fte, aandachtsgebied: r.aandachtsgebied, leidinggevend: r.leidinggevend,
    roltype: { id: r.roltype_id, code: r.roltype_code, naam: r.roltype_naam },
    eenheid: { id: r.eenheid_id, naam: r.eenheid_naam },
    houders,
  }
}

/** Functies valid on the peildatum, by id, with their holders. Unknown or invalid ids are absent. */
export async function functiesOp(db: Db, organisatieId: string, functieIds: string[], peildatum: string): Promise<Map<string, FunctieKort>> {
  const out = new Map<string, FunctieKort>()
  if (functieIds.length === 0) return out
  const rows = await sql<FunctieRij>`${functieSelect(organisatieId, peildatum)} and fv.functie_id = any(${functieIds}::uuid[])`.execute(db)
  const houders = await houdersVan(db, rows.rows.map((r) => r.id), peildatum)
  for (const r of rows.rows) out.set(r.id, toFunctieKort(r, houders.get(r.id) ?? []))
  return out
}

export async function listFuncties(
  db: Db,
  organisatieId: string,
  peildatum: string,
  filter: { eenheidId?: string | undefined; roltype?: string | undefined; vacant?: boolean | undefined; zoek?: string | undefined; offset: number; limit: number },
) {
  if (filter.eenheidId) await assertEenheidOp(db, organisatieId, filter.eenheidId, peildatum)
  const zoek = filter.zoek ? `%${filter.zoek}%` : null
  const result = await sql<FunctieRij & { totaal: number }>`
    select * , count(*) over () as totaal from (${functieSelect(organisatieId, peildatum)}) f
    where (${filter.eenheidId ?? null}::uuid is null or f.eenheid_id = ${filter.eenheidId ?? null}::uuid)
      and (${filter.roltype ?? null}::text is null or f.roltype_code = ${filter.roltype ?? null})
      and (${zoek}::text is null or f.naam ilike ${zoek})
      and (${filter.vacant ?? null}::boolean is null or (f.formatie_fte > 0 and not exists (
            select 1 from bezetting b where b.functie_id = f.id and ${geldigOp('b', peildatum)})) = ${filter.vacant ?? null}::boolean)
    order by f.eenheid_naam, f.leidinggevend desc, f.naam, f.id
    offset ${filter.offset} limit ${filter.limit}`.execute(db)
  const houders = await houdersVan(db, result.rows.map((r) => r.id), peildatum)
  return {
    totaal: Number(result.rows[0]?.totaal ?? 0),
    resultaten: result.rows.map((r) => toFunctieKort(r, houders.get(r.id) ?? [])),
  }
}

export async function getFunctie(db: Db, organisatieId: string, functieId: string, peildatum: string): Promise<Functie> {
  const versies = await db.selectFrom('functie_versie').selectAll().where('functie_id', '=', functieId).where('organisatie_id', '=', organisatieId).orderBy('geldig_van').execute()
  if (versies.length === 0) throw notFound('Functie', functieId)
  const kort = (await functiesOp(db, organisatieId, [functieId], peildatum)).get(functieId)
  if (!kort) {
    throw new ProblemError(404, `Functie ${functieId} bestaat niet op ${peildatum}; zij bestaat van ${versies[0]!.geldig_van}${versies.at(-1)!.geldig_tot ? ` tot ${versies.at(-1)!.geldig_tot}` : ''}.`, undefined, 'niet-op-peildatum')
  }
  const huidig = versies.find((v) => v.geldig_van <= peildatum && (v.geldig_tot === null || v.geldig_tot > peildatum))!
  const portefeuilles = await db.selectFrom('portefeuille as p').select(['p.id', 'p.naam']).where('p.functie_id', '=', functieId).where(geldigOp('p', peildatum)).orderBy('p.naam').execute()
  const bezet = kort.houders.reduce((s, h) => s + h.fte, 0)
  return {
    ...kort,
    peildatum,
    geldigVan: huidig.geldig_van,
    geldigTot: huidig.geldig_tot,
    vacatureFte: Math.max(0, Math.round((kort.formatieFte - bezet) * 100) / 100),
    portefeuilles,
    versies: versies.map((v) => ({ eenheidId: v.eenheid_id, naam: v.naam, schaal: v.schaal, formatieFte: v.formatie_fte, geldigVan: v.geldig_van, geldigTot: v.geldig_tot, wijzigingId: v.wijziging_id })),
  }
}

export interface NieuweFunctieInput {
  eenheidId: string; roltype: string; naam: string; schaal?: number | undefined; formatieFte: number
  aandachtsgebied?: string | undefined; leidinggevend?: boolean | undefined; geldigVan: string
}

/** A new post in an eenheid (a formatie change outside a reorganisation). */
export async function createFunctie(tx: Tx, organisatieId: string, input: NieuweFunctieInput, toegang: ToegangContext): Promise<string> {
  const actor = auditActor(toegang.actor)
  const roltype = await tx.selectFrom('roltype').select('id').where('organisatie_id', '=', organisatieId).where('code', '=', input.roltype).executeTakeFirst()
  if (!roltype) throw invalid('roltype', `is geen roltype van deze organisatie: ${input.roltype}`, 'onbekend')
  const eenheid = await tx.selectFrom('eenheid_versie as v').select('v.eenheid_id').where('v.eenheid_id', '=', input.eenheidId).where('v.organisatie_id', '=', organisatieId).where(geldigOp('v', input.geldigVan)).executeTakeFirst()
  if (!eenheid) throw invalid('eenheidId', `bestaat niet op ${input.geldigVan} in deze organisatie`, 'onbekend')
  await authorize({ ...toegang, db: tx }, 'functie.beheren', { organisatieId, eenheidId: input.eenheidId })
  const functie = await tx.insertInto('functie').values({ organisatie_id: organisatieId }).returning('id').executeTakeFirstOrThrow()
  const versie = {
    organisatie_id: organisatieId, functie_id: functie.id, eenheid_id: input.eenheidId, roltype_id: roltype.id, naam: input.naam,
    schaal: input.schaal ?? null, formatie_fte: input.formatieFte, aandachtsgebied: input.aandachtsgebied ?? null,
    leidinggevend: input.leidinggevend ?? false, geldig_van: input.geldigVan, geldig_tot: null,
  }
  await tx.insertInto('functie_versie').values(versie).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'functie.aanmaken', objectType: 'functie', objectId: functie.id, na: versie })
  return functie.id
}
