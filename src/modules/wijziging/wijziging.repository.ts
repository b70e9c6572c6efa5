// SQL for the wijziging rows themselves (not for what they change: see structuur.repository.ts).
import type { Selectable } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import type { WijzigingTable } from '../../db/schema.ts'
import { notFound } from '../../server/problem.ts'
import type { Actie } from './acties.schemas.ts'
import type { Wijziging, WijzigingDiff, WijzigingInvoer, WijzigingSamenvatting } from './wijziging.schemas.ts'

type Row = Selectable<WijzigingTable>
type Status = Wijziging['status']

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString()

export function toWijziging(r: Row): Wijziging {
  return {
    id: r.id,
    organisatieId: r.organisatie_id,
    titel: r.titel,
    toelichting: r.toelichting,
    ingangsdatum: r.ingangsdatum,
    status: r.status,
    acties: r.acties as Actie[],
    resultaat: (r.resultaat as WijzigingDiff | null) ?? null,
    vastgesteldOp: r.vastgesteld_op ? iso(r.vastgesteld_op) : null,
    aangemaaktOp: iso(r.aangemaakt_op),
    gewijzigdOp: iso(r.gewijzigd_op),
  }
}

export interface OrganisatieGeldigheid { id: string; geldig_van: string; geldig_tot: string | null }

export async function findOrganisatie(db: Db | Tx, organisatieId: string): Promise<OrganisatieGeldigheid> {
  const row = await db.selectFrom('organisatie').select(['id', 'geldig_van', 'geldig_tot']).where('id', '=', organisatieId).executeTakeFirst()
  if (!row) throw notFound('Organisatie', organisatieId)
  return row
}

/**
 * Takes the organisatie row lock until the transaction ends, so two wijzigingen of one organisatie
 * (or a vaststelling and a voorvertoning) never apply their acties interleaved: the second waits and
 * then sees the first one's result.
 */
export async function lockOrganisatie(tx: Tx, organisatieId: string): Promise<OrganisatieGeldigheid> {
  const row = await tx.selectFrom('organisatie').select(['id', 'geldig_van', 'geldig_tot']).where('id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!row) throw notFound('Organisatie', organisatieId)
  return row
}

export async function listWijzigingen(
  db: Db,
  organisatieId: string,
  filter: { status?: Status | undefined; offset: number; limit: number },
): Promise<{ totaal: number; resultaten: WijzigingSamenvatting[] }> {
  let q = db.selectFrom('wijziging').where('organisatie_id', '=', organisatieId)
  if (filter.status) q = q.where('status', '=', filter.status)
  const { totaal } = await q.select((eb) => eb.fn.countAll<number>().as('totaal')).executeTakeFirstOrThrow()
  const rows = await q
    .select(['id', 'titel', 'ingangsdatum', 'status', 'vastgesteld_op', 'aangemaakt_op', 'gewijzigd_op'])
    .select((eb) => eb.fn<number>('jsonb_array_length', ['acties']).as('aantal_acties'))
    .orderBy('ingangsdatum', 'desc')
    .orderBy('aangemaakt_op', 'desc')
    .orderBy('id')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute()
  return {
    totaal: Number(totaal),
    resultaten: rows.map((r) => ({
      id: r.id,
      titel: r.titel,
      ingangsdatum: r.ingangsdatum,
      status: r.status,
      aantalActies: Number(r.aantal_acties),
      vastgesteldOp: r.vastgesteld_op ? iso(r.vastgesteld_op) : null,
      aangemaaktOp: iso(r.aangemaakt_op),
      gewijzigdOp: iso(r.gewijzigd_op),
    })),
  }
}

/** The wijziging of this organisatie, or 404 (also when it belongs to another organisatie). */
export async function findWijziging(db: Db | Tx, organisatieId: string, wijzigingId: string, options: { forUpdate?: boolean } = {}): Promise<Row> {
  let q = db.selectFrom('wijziging').selectAll().where('id', '=', wijzigingId).where('organisatie_id', '=', organisatieId)
  if (options.forUpdate) q = q.forUpdate()
  const row = await q.executeTakeFirst()
  if (!row) throw notFound('Wijziging', wijzigingId)
  return row
}

export async function insertWijziging(tx: Tx, organisatieId: string, invoer: WijzigingInvoer): Promise<Row> {
  return tx
    .insertInto('wijziging')
    .values({
      organisatie_id: organisatieId,
      titel: invoer.titel,
      toelichting: invoer.toelichting ?? null,
      ingangsdatum: invoer.ingangsdatum,
      acties: JSON.stringify(invoer.acties),
      resultaat: null,
      vastgesteld_op: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function updateWijzigingInvoer(tx: Tx, id: string, invoer: WijzigingInvoer): Promise<Row> {
  return tx
    .updateTable('wijziging')
    .set({
      titel: invoer.titel,
      toelichting: invoer.toelichting ?? null,
      ingangsdatum: invoer.ingangsdatum,
      acties: JSON.stringify(invoer.acties),
      gewijzigd_op: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function markVastgesteld(tx: Tx, id: string, resultaat: WijzigingDiff): Promise<Row> {
  const nu = new Date()
  return tx
    .updateTable('wijziging')
    .set({ status: 'vastgesteld', resultaat: JSON.stringify(resultaat), vastgesteld_op: nu, gewijzigd_op: nu })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function markIngetrokken(tx: Tx, id: string): Promise<Row> {
  return tx
    .updateTable('wijziging')
    .set({ status: 'ingetrokken', gewijzigd_op: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
