// The version of an organisatie's structure: raised by a trigger on every write to eenheid_versie,
// lijn, functie_versie or bezetting (migration 0008), in the writing transaction. Aggregates that
// depend only on those tables (formatie, bezetting per quarter) are cached against it, so writes
// elsewhere (answering a capaciteitsclaim, an agendapunt) leave the caches warm. Read it before
// computing: a version read after the data could label old data with a newer number.
import type { Db, Tx } from '../../db/database.ts'

export async function structuurVersie(db: Db | Tx, organisatieId: string): Promise<number> {
  const r = await db.selectFrom('structuurversie').select('versie').where('organisatie_id', '=', organisatieId).executeTakeFirst()
  return r ? Number(r.versie) : 0
}
