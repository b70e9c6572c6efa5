// The version of an organisatie's data: its latest audit volgnummer. Every write records an audit
// event in its own transaction (ENGINEERING.md 8), so an unchanged number means unchanged data, and
// expensive aggregates can be cached against it (formatie, capacity per quarter).
import type { Db, Tx } from '../../db/database.ts'

export async function dataVersie(db: Db | Tx, organisatieId: string): Promise<number | null> {
  const r = await db.selectFrom('audit_event').select((eb) => eb.fn.max('volgnummer').as('versie')).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  return r?.versie === null || r?.versie === undefined ? null : Number(r.versie)
}
