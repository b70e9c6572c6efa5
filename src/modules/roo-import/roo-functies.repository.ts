// SQL of the office-holders import: the bestuur eenheden, functies, personen and bezettingen it
// reads and writes. Every query is scoped to one organisatie_id: organisaties never see each other.
import { sql } from 'kysely'
import type { Tx } from '../../db/database.ts'
import type { Dienstverband, EenheidSoort } from '../../db/schema.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export interface OrganisatieOpTooi {
  id: string
  naam: string
  tooi_uri: string
  geldig_tot: string | null
}

export async function selectOrganisatiesOpTooi(tx: Tx, tooiUris: string[]): Promise<Map<string, OrganisatieOpTooi>> {
  if (tooiUris.length === 0) return new Map()
  const rows = await tx
    .selectFrom('organisatie')
    .select(['id', 'naam', 'tooi_uri', 'geldig_tot'])
    .where('tooi_uri', 'in', tooiUris)
    .execute()
  return new Map(rows.map((r) => [r.tooi_uri!, { ...r, tooi_uri: r.tooi_uri! }]))
}

export interface ImportBezetting {
  id: string
  naam: string
  roltype: string
  vervanging: 'loco' | 'waarnemer' | null
  geldig_van: string
}

/** Bezettingen of these roltypen that hold on or after the peildatum: what the file is compared with. */
export function selectBezettingen(tx: Tx, organisatieId: string, roltypen: readonly string[], peildatum: string): Promise<ImportBezetting[]> {
  return tx
    .selectFrom('bezetting as b')
    .innerJoin('persoon as p', 'p.id', 'b.persoon_id')
    .innerJoin('functie_versie as fv', (j) => j.onRef('fv.functie_id', '=', 'b.functie_id').on(geldigOp('fv', peildatum)))
    .innerJoin('roltype as r', 'r.id', 'fv.roltype_id')
    .select(['b.id', 'p.naam', 'r.code as roltype', 'b.vervanging', 'b.geldig_van'])
    .where('b.organisatie_id', '=', organisatieId)
    .where((eb) => eb.or([eb('b.geldig_tot', 'is', null), eb('b.geldig_tot', '>', peildatum)]))
    .where('r.code', 'in', [...roltypen])
    .orderBy('b.geldig_van')
    .orderBy('b.id')
    .execute()
}

export async function endBezettingen(tx: Tx, ids: string[], peildatum: string): Promise<void> {
  if (ids.length === 0) return
  await tx.updateTable('bezetting').set({ geldig_tot: peildatum }).where('id', 'in', ids).execute()
}

/** The eenheid of this soort (and, for the two bestuursorganen, with this word in its name) that exists on the peildatum. */
export async function findEenheid(
  tx: Tx,
  organisatieId: string,
  zoek: { soort: EenheidSoort; naamBevat?: string | undefined; voorkeursnaam: string },
  peildatum: string,
): Promise<string | undefined> {
  let q = tx
    .selectFrom('eenheid_versie as ev')
    .innerJoin('eenheid as e', 'e.id', 'ev.eenheid_id')
    .select('e.id')
    .where('ev.organisatie_id', '=', organisatieId)
    .where('ev.soort', '=', zoek.soort)
    .where(geldigOp('ev', peildatum))
  if (zoek.naamBevat) q = q.where('ev.naam', 'ilike', `%${zoek.naamBevat}%`)
  const row = await q
    .orderBy(sql`ev.naam = ${zoek.voorkeursnaam} desc`)
    .orderBy('e.aangemaakt_op')
    .orderBy('e.id')
    .limit(1)
    .executeTakeFirst()
  return row?.id
}

export async function createEenheid(
  tx: Tx,
  organisatieId: string,
  versie: { naam: string; soort: EenheidSoort; omschrijving: string },
  peildatum: string,
): Promise<string> {
  const { id } = await tx.insertInto('eenheid').values({ organisatie_id: organisatieId }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('eenheid_versie').values({ organisatie_id: organisatieId, eenheid_id: id, ...versie, geldig_van: peildatum }).execute()
  return id
}

export async function createHierarchischeLijn(tx: Tx, organisatieId: string, eenheidId: string, bovenEenheidId: string, peildatum: string): Promise<void> {
  await tx
    .insertInto('lijn')
    .values({ organisatie_id: organisatieId, soort: 'hierarchisch', eenheid_id: eenheidId, boven_eenheid_id: bovenEenheidId, geldig_van: peildatum })
    .execute()
}

/** Persons by naam as published; the same naam within one organisatie is one persoon. */
export async function findPersonen(tx: Tx, organisatieId: string, namen: string[]): Promise<Map<string, string>> {
  if (namen.length === 0) return new Map()
  const rows = await tx
    .selectFrom('persoon')
    .select(['id', 'naam'])
    .where('organisatie_id', '=', organisatieId)
    .where('naam', 'in', namen)
    .orderBy('aangemaakt_op', 'desc')
    .orderBy('id', 'desc')
    .execute()
  // Oldest last, so it wins: a later duplicate made by hand does not take over the history.
  return new Map(rows.map((r) => [r.naam, r.id]))
}

export async function createPersonen(tx: Tx, organisatieId: string, namen: string[]): Promise<{ id: string; naam: string }[]> {
  if (namen.length === 0) return []
  return tx.insertInto('persoon').values(namen.map((naam) => ({ organisatie_id: organisatieId, naam }))).returning(['id', 'naam']).execute()
}

/**
 * Open functies of this roltype that nobody holds from the peildatum on: the seat a departed
 * raadslid left is the seat the newcomer takes, so the raad keeps as many functies as it has seats.
 */
export async function findVacanteFuncties(tx: Tx, organisatieId: string, roltypeId: string, peildatum: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('functie as f')
    .innerJoin('functie_versie as fv', (j) => j.onRef('fv.functie_id', '=', 'f.id').on(geldigOp('fv', peildatum)))
    .select('f.id')
    .where('f.organisatie_id', '=', organisatieId)
    .where('fv.roltype_id', '=', roltypeId)
    .where('fv.geldig_tot', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(
        selectFrom('bezetting as b')
          .select('b.id')
          .whereRef('b.functie_id', '=', 'f.id')
          .where('b.vervanging', 'is', null)
          .where((eb) => eb.or([eb('b.geldig_tot', 'is', null), eb('b.geldig_tot', '>', peildatum)])),
      )),
    )
    .orderBy('f.aangemaakt_op')
    .orderBy('f.id')
    .execute()
  return rows.map((r) => r.id)
}

/** The burgemeester's functie on the peildatum, preferring the one somebody holds (for the loco). */
export async function findBezetteFunctie(tx: Tx, organisatieId: string, roltypeId: string, peildatum: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('functie as f')
    .innerJoin('functie_versie as fv', (j) => j.onRef('fv.functie_id', '=', 'f.id').on(geldigOp('fv', peildatum)))
    .select('f.id')
    .where('f.organisatie_id', '=', organisatieId)
    .where('fv.roltype_id', '=', roltypeId)
    .orderBy(
      sql`exists (select 1 from bezetting b where b.functie_id = f.id and b.vervanging is null and ${geldigOp('b', peildatum)}) desc`,
    )
    .orderBy('f.aangemaakt_op')
    .orderBy('f.id')
    .limit(1)
    .executeTakeFirst()
  return row?.id
}

export async function createFuncties(
  tx: Tx,
  organisatieId: string,
  aantal: number,
  versie: { eenheid_id: string; roltype_id: string; naam: string; leidinggevend: boolean },
  peildatum: string,
): Promise<string[]> {
  if (aantal === 0) return []
  const functies = await tx
    .insertInto('functie')
    .values(Array.from({ length: aantal }, () => ({ organisatie_id: organisatieId })))
    .returning('id')
    .execute()
  await tx
    .insertInto('functie_versie')
    .values(functies.map((f) => ({ organisatie_id: organisatieId, functie_id: f.id, ...versie, formatie_fte: 0, geldig_van: peildatum })))
    .execute()
  return functies.map((f) => f.id)
}

export interface NieuweBezetting {
  persoon_id: string
  functie_id: string
  dienstverband: Dienstverband
  vervanging: 'loco' | null
}

export async function createBezettingen(
  tx: Tx,
  organisatieId: string,
  bezettingen: NieuweBezetting[],
  peildatum: string,
): Promise<{ id: string; persoon_id: string; functie_id: string; vervanging: 'loco' | 'waarnemer' | null }[]> {
  if (bezettingen.length === 0) return []
  // ROO publishes no FTE: 0 here means "not known", for a beheerder to fill in (and is what a loco gets anyway).
  return tx
    .insertInto('bezetting')
    .values(bezettingen.map((b) => ({ organisatie_id: organisatieId, ...b, fte: 0, geldig_van: peildatum })))
    .returning(['id', 'persoon_id', 'functie_id', 'vervanging'])
    .execute()
}
