// Reminders of an approaching OR deadline (issue 6): the SQL that finds the verzoeken waiting for one
// and the persons to tell. Whether a termijn was reminded of is read from the audit trail: the reminder
// records the audit event HERINNERING (with the termijn) in the same transaction as its notifications,
// so that append-only event is the record that it was sent. Runs on the owner connection for every
// organisatie at once (the installation, not a user, sends them).
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { geldigOp } from '../organisatie/geldig.ts'

type Conn = Db | Tx

/** The audit handeling of a reminder; its `na.termijn` is the termijn it was about. */
export const HERINNERING = 'or.termijn_herinneren'

const alHerinnerd = sql<boolean>`exists (select 1 from audit_event e where e.object_type = 'or_verzoek' and e.object_id = v.id::text
  and e.handeling = ${HERINNERING} and e.na->>'termijn' = v.termijn::text)`

/** Verzoeken still waiting for the OR's answer whose termijn lies in [van, tot] and that were not yet
 *  reminded of that termijn, oldest termijn first. */
export async function termijnenZonderHerinnering(db: Conn, van: string, tot: string, limiet: number) {
  return db.selectFrom('or_verzoek as v').select(['v.id', 'v.termijn'])
    .where('v.status', '=', 'ingediend').where('v.termijn', '>=', van).where('v.termijn', '<=', tot)
    .where(sql<boolean>`not ${alHerinnerd}`)
    .orderBy('v.termijn').orderBy('v.id').limit(limiet).execute()
}

/** Locks the verzoek (concurrent rounds queue here) and returns it when it still waits for a reminder
 *  of this termijn: not answered meanwhile, termijn not moved, not reminded by another round. */
export async function lockVoorHerinnering(tx: Tx, verzoekId: string, termijn: string) {
  const v = await tx.selectFrom('or_verzoek as v').select(['v.id', 'v.organisatie_id', 'v.soort', 'v.wor_grondslag', 'v.onderwerp', 'v.termijn', 'v.status'])
    .where('v.id', '=', verzoekId).forUpdate().executeTakeFirst()
  if (!v || v.status !== 'ingediend' || v.termijn !== termijn) return null
  // A statement after the lock sees what the round that held it committed.
  const al = await tx.selectFrom('or_verzoek as v').select(alHerinnerd.as('al')).where('v.id', '=', verzoekId).executeTakeFirstOrThrow()
  return al.al ? null : v
}

/** Who waits for the OR's answer on the bestuurder's side: the persons holding, on the peildatum, a
 *  functie whose roltype has the mandate or.beheren (by default the gemeentesecretaris, seed 004
 *  gemeentesecretaris 10: bestuurder in de zin van de WOR; a loco too). Only they file verzoeken. */
export async function bestuurderszijde(db: Conn, organisatieId: string, peildatum: string): Promise<string[]> {
  const r = await db.selectFrom('mandaat as m')
    .innerJoin('functie_versie as f', (j) => j.onRef('f.roltype_id', '=', 'm.roltype_id').on('f.organisatie_id', '=', organisatieId))
    .innerJoin('bezetting as b', (j) => j.onRef('b.functie_id', '=', 'f.functie_id').on('b.organisatie_id', '=', organisatieId))
    .select('b.persoon_id').distinct()
    .where('m.organisatie_id', '=', organisatieId).where('m.handeling', '=', 'or.beheren')
    .where(geldigOp('m', peildatum)).where(geldigOp('f', peildatum)).where(geldigOp('b', peildatum))
    .orderBy('b.persoon_id').execute()
  return r.map((x) => x.persoon_id)
}
