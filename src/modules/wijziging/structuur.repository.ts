// SQL for what a wijziging changes: the dated rows of eenheden, functies, lijnen and bezettingen,
// read and written "on the ingangsdatum" D of one organisatie.
//
// How a change lands on a dated row (geldig_van inclusive, geldig_tot exclusive, null = open):
// - revise: the row valid on D is closed (geldig_tot = D) and a copy with the new values starts on
//   D, carrying the old row's geldig_tot (so a planned end stays planned; open stays open), with
//   wijziging_id = the applying wijziging. If the valid row already *starts* on D it is updated in
//   place instead, because a zero-length row is invalid; its previous values are kept in
//   `overschreven` for the audit event, so the change is still on record (Archiefwet).
// - end: the row valid on D gets geldig_tot = D. Nothing is ever deleted, with one exception that
//   is not history: a row that an earlier actie of this same application inserted (it starts on D
//   and has never been committed) is removed when a later actie ends it on D, e.g. a team re-hung
//   under a new afdeling by actie 1 and split by actie 2. Rows that start on D but were committed
//   before (another wijziging on the same date) cannot be ended on D: see isEindigbaar.
// Rows that start after D (a later change) are the caller's to refuse before writing; see
// latereRijen.
import { sql, type Selectable } from 'kysely'
import type { Tx } from '../../db/database.ts'
import type { BezettingTable, EenheidVersieTable, FunctieVersieTable, LijnTable } from '../../db/schema.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export type EenheidVersie = Selectable<EenheidVersieTable>
export type FunctieVersie = Selectable<FunctieVersieTable>
export type Lijn = Selectable<LijnTable>
export type Bezetting = Selectable<BezettingTable> & { persoon_naam: string }

/** Where reads and writes happen: one transaction, one organisatie, one date, one wijziging. */
export interface Scope {
  tx: Tx
  organisatieId: string
  datum: string
  wijzigingId: string
  /** Rows updated in place (their values before), for the audit event of the vaststelling. */
  overschreven: Array<{ tabel: VersieTabel; rij: unknown }>
  /** Ids of the version and lijn rows this application inserted (uncommitted until it ends). */
  ingevoegd: Set<string>
}

export type VersieTabel = 'eenheid_versie' | 'functie_versie' | 'lijn'

export async function eenheidVersieOp(s: Scope, eenheidId: string): Promise<EenheidVersie | undefined> {
  return s.tx.selectFrom('eenheid_versie as v').selectAll()
    .where('v.organisatie_id', '=', s.organisatieId).where('v.eenheid_id', '=', eenheidId).where(geldigOp('v', s.datum))
    .executeTakeFirst()
}

export async function eenheidVersiesOp(s: Scope, eenheidIds: readonly string[]): Promise<EenheidVersie[]> {
  if (eenheidIds.length === 0) return []
  return s.tx.selectFrom('eenheid_versie as v').selectAll()
    .where('v.organisatie_id', '=', s.organisatieId).where('v.eenheid_id', 'in', eenheidIds).where(geldigOp('v', s.datum))
    .execute()
}

/** True when the eenheid has an open-ended version: it is not planned to end at some later date. */
export async function heeftOpenVersie(s: Scope, eenheidId: string): Promise<boolean> {
  const row = await s.tx.selectFrom('eenheid_versie').select('id')
    .where('eenheid_id', '=', eenheidId).where('geldig_tot', 'is', null).executeTakeFirst()
  return row !== undefined
}

export async function functieVersieOp(s: Scope, functieId: string): Promise<FunctieVersie | undefined> {
  return s.tx.selectFrom('functie_versie as v').selectAll()
    .where('v.organisatie_id', '=', s.organisatieId).where('v.functie_id', '=', functieId).where(geldigOp('v', s.datum))
    .executeTakeFirst()
}

/** The functies that are in one of these eenheden on D. */
export async function functieVersiesIn(s: Scope, eenheidIds: readonly string[]): Promise<FunctieVersie[]> {
  if (eenheidIds.length === 0) return []
  return s.tx.selectFrom('functie_versie as v').selectAll()
    .where('v.organisatie_id', '=', s.organisatieId).where('v.eenheid_id', 'in', eenheidIds).where(geldigOp('v', s.datum))
    .orderBy('v.naam').orderBy('v.functie_id')
    .execute()
}

/** The hierarchical lijn from this eenheid to its parent on D, if it has one. */
export async function ouderLijnOp(s: Scope, eenheidId: string): Promise<Lijn | undefined> {
  return s.tx.selectFrom('lijn as l').selectAll()
    .where('l.organisatie_id', '=', s.organisatieId).where('l.soort', '=', 'hierarchisch')
    .where('l.eenheid_id', '=', eenheidId).where(geldigOp('l', s.datum))
    .executeTakeFirst()
}

/** Every eenheid-lijn (both soorten) valid on D with one of these eenheden at either end. */
export async function eenheidLijnenOp(s: Scope, eenheidIds: readonly string[]): Promise<Lijn[]> {
  if (eenheidIds.length === 0) return []
  return s.tx.selectFrom('lijn as l').selectAll()
    .where('l.organisatie_id', '=', s.organisatieId).where(geldigOp('l', s.datum))
    .where((eb) => eb.or([eb('l.eenheid_id', 'in', eenheidIds), eb('l.boven_eenheid_id', 'in', eenheidIds)]))
    .orderBy('l.geldig_van').orderBy('l.id')
    .execute()
}

/** Every functie-lijn valid on D with one of these functies at either end. */
export async function functieLijnenOp(s: Scope, functieIds: readonly string[]): Promise<Lijn[]> {
  if (functieIds.length === 0) return []
  return s.tx.selectFrom('lijn as l').selectAll()
    .where('l.organisatie_id', '=', s.organisatieId).where(geldigOp('l', s.datum))
    .where((eb) => eb.or([eb('l.functie_id', 'in', functieIds), eb('l.boven_functie_id', 'in', functieIds)]))
    .execute()
}

export async function bezettingenOp(s: Scope, functieIds: readonly string[]): Promise<Bezetting[]> {
  if (functieIds.length === 0) return []
  return s.tx.selectFrom('bezetting as b').innerJoin('persoon as p', 'p.id', 'b.persoon_id')
    .selectAll('b').select('p.naam as persoon_naam')
    .where('b.organisatie_id', '=', s.organisatieId).where('b.functie_id', 'in', functieIds).where(geldigOp('b', s.datum))
    .orderBy('p.naam')
    .execute()
}

/** The hierarchical ancestors of an eenheid on D, nearest first (bounded, so a bad cycle cannot hang). */
export async function vooroudersOp(s: Scope, eenheidId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive op (id, diepte) as (
      select l.boven_eenheid_id, 1 from lijn l
       where l.eenheid_id = ${eenheidId} and l.soort = 'hierarchisch' and ${geldigOp('l', s.datum)}
      union all
      select l.boven_eenheid_id, op.diepte + 1 from lijn l join op on l.eenheid_id = op.id
       where l.soort = 'hierarchisch' and ${geldigOp('l', s.datum)} and op.diepte < 1000
    )
    select id from op order by diepte`.execute(s.tx)
  return rows.map((r) => r.id)
}

export interface LatereRij { object: 'eenheid' | 'functie'; id: string; wat: string; geldigVan: string }

/**
 * Rows that start after D and concern these eenheden or functies: a later change that is already
 * planned or applied. For an eenheid: its versions, its lijnen (either end) and functies that move
 * into it; for a functie: its versions, its lijnen and its bezettingen.
 */
export async function latereRijen(s: Scope, ids: { eenheden: readonly string[]; functies: readonly string[] }): Promise<LatereRij[]> {
  const e = ids.eenheden.length > 0 ? [...ids.eenheden] : ['00000000-0000-0000-0000-000000000000']
  const f = ids.functies.length > 0 ? [...ids.functies] : ['00000000-0000-0000-0000-000000000000']
  const d = s.datum
  const { rows } = await sql<LatereRij>`
    select * from (
      select 'eenheid' as object, eenheid_id as id, 'versie' as wat, geldig_van from eenheid_versie where eenheid_id = any(${e}::uuid[]) and geldig_van > ${d}::date
      union all select 'eenheid', eenheid_id, 'lijn', geldig_van from lijn where eenheid_id = any(${e}::uuid[]) and geldig_van > ${d}::date
      union all select 'eenheid', boven_eenheid_id, 'lijn', geldig_van from lijn where boven_eenheid_id = any(${e}::uuid[]) and geldig_van > ${d}::date
      union all select 'eenheid', eenheid_id, 'functie', geldig_van from functie_versie where eenheid_id = any(${e}::uuid[]) and geldig_van > ${d}::date
      union all select 'functie', functie_id, 'versie', geldig_van from functie_versie where functie_id = any(${f}::uuid[]) and geldig_van > ${d}::date
      union all select 'functie', functie_id, 'lijn', geldig_van from lijn where functie_id = any(${f}::uuid[]) and geldig_van > ${d}::date
      union all select 'functie', boven_functie_id, 'lijn', geldig_van from lijn where boven_functie_id = any(${f}::uuid[]) and geldig_van > ${d}::date
      union all select 'functie', functie_id, 'bezetting', geldig_van from bezetting where functie_id = any(${f}::uuid[]) and geldig_van > ${d}::date
    ) r (object, id, wat, "geldigVan")
    order by "geldigVan", object, id`.execute(s.tx)
  return rows
}

/** Names for messages: the eenheid's or functie's latest version that starts on or before D, else its first. */
export async function namen(s: Scope, ids: { eenheden: readonly string[]; functies: readonly string[] }): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const d = s.datum
  if (ids.eenheden.length > 0) {
    const { rows } = await sql<{ id: string; naam: string }>`
      select distinct on (eenheid_id) eenheid_id as id, naam from eenheid_versie where eenheid_id = any(${[...ids.eenheden]}::uuid[])
      order by eenheid_id, (geldig_van <= ${d}::date) desc, abs(geldig_van - ${d}::date)`.execute(s.tx)
    for (const r of rows) out.set(r.id, r.naam)
  }
  if (ids.functies.length > 0) {
    const { rows } = await sql<{ id: string; naam: string }>`
      select distinct on (functie_id) functie_id as id, naam from functie_versie where functie_id = any(${[...ids.functies]}::uuid[])
      order by functie_id, (geldig_van <= ${d}::date) desc, abs(geldig_van - ${d}::date)`.execute(s.tx)
    for (const r of rows) out.set(r.id, r.naam)
  }
  return out
}

export async function insertEenheid(s: Scope, id: string): Promise<void> {
  await s.tx.insertInto('eenheid').values({ id, organisatie_id: s.organisatieId }).execute()
}

export async function insertEenheidVersie(
  s: Scope,
  v: Pick<EenheidVersie, 'eenheid_id' | 'naam' | 'soort'> & Partial<Pick<EenheidVersie, 'email' | 'telefoon' | 'bezoekadres' | 'omschrijving'>>,
): Promise<void> {
  const { id } = await s.tx.insertInto('eenheid_versie')
    .values({ ...v, organisatie_id: s.organisatieId, geldig_van: s.datum, geldig_tot: null, wijziging_id: s.wijzigingId })
    .returning('id').executeTakeFirstOrThrow()
  s.ingevoegd.add(id)
}

export async function insertHierarchischeLijn(s: Scope, eenheidId: string, bovenEenheidId: string, geldigTot: string | null): Promise<void> {
  const { id } = await s.tx.insertInto('lijn')
    .values({
      organisatie_id: s.organisatieId, soort: 'hierarchisch', eenheid_id: eenheidId, boven_eenheid_id: bovenEenheidId,
      functie_id: null, boven_functie_id: null, omschrijving: null, geldig_van: s.datum, geldig_tot: geldigTot, wijziging_id: s.wijzigingId,
    })
    .returning('id').executeTakeFirstOrThrow()
  s.ingevoegd.add(id)
}

export function reviseEenheidVersie(s: Scope, v: EenheidVersie, changes: Partial<Pick<EenheidVersie, 'naam' | 'soort'>>) {
  return revise(s, 'eenheid_versie', v, changes)
}
export function reviseFunctieVersie(s: Scope, v: FunctieVersie, changes: Partial<Pick<FunctieVersie, 'eenheid_id'>>) {
  return revise(s, 'functie_versie', v, changes)
}
export function reviseLijn(s: Scope, l: Lijn, changes: Partial<Pick<Lijn, 'eenheid_id' | 'boven_eenheid_id'>>) {
  return revise(s, 'lijn', l, changes)
}

interface DatedRow { id: string; geldig_van: string; geldig_tot: string | null }

// One implementation for the three versioned tables; the typed wrappers above fix which columns may
// change, so the casts below only bridge Kysely's per-table types.
async function revise(s: Scope, tabel: VersieTabel, row: DatedRow, changes: Record<string, unknown>): Promise<void> {
  const t = tabel as 'lijn'
  if (row.geldig_van === s.datum) {
    if (!s.ingevoegd.has(row.id)) s.overschreven.push({ tabel, rij: row })
    await s.tx.updateTable(t).set({ ...changes, wijziging_id: s.wijzigingId } as never).where('id', '=', row.id).execute()
    return
  }
  await s.tx.updateTable(t).set({ geldig_tot: s.datum }).where('id', '=', row.id).execute()
  const { id: _id, ...rest } = row as DatedRow & Record<string, unknown>
  const { id } = await s.tx.insertInto(t)
    .values({ ...rest, ...changes, geldig_van: s.datum, geldig_tot: row.geldig_tot, wijziging_id: s.wijzigingId } as never)
    .returning('id').executeTakeFirstOrThrow()
  s.ingevoegd.add(id)
}

/** Whether a row can end on D: it starts before D, or this application inserted it (see above). */
export function isEindigbaar(s: Scope, row: DatedRow): boolean {
  return row.geldig_van < s.datum || s.ingevoegd.has(row.id)
}

/** Ends a row on D. The caller first refuses rows that are not isEindigbaar. */
export async function endRow(s: Scope, tabel: VersieTabel, row: DatedRow): Promise<void> {
  if (row.geldig_van < s.datum) {
    await s.tx.updateTable(tabel as 'lijn').set({ geldig_tot: s.datum }).where('id', '=', row.id).execute()
  } else if (s.ingevoegd.has(row.id)) {
    await s.tx.deleteFrom(tabel as 'lijn').where('id', '=', row.id).execute()
    s.ingevoegd.delete(row.id)
  } else {
    throw new Error(`${tabel} ${row.id} begint op ${s.datum} en kan daar niet eindigen`)
  }
}
