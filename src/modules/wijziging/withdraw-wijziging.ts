// Intrekken: a concept that will never be applied. It is kept with status ingetrokken, never
// deleted (Archiefwet); a vastgesteld wijziging cannot be withdrawn (undo it with a new wijziging).
import { inTransaction, type Db } from '../../db/database.ts'
import { conflict } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { findWijziging, markIngetrokken, toWijziging } from './wijziging.repository.ts'
import type { Wijziging } from './wijziging.schemas.ts'

export async function withdrawWijziging(db: Db, organisatieId: string, wijzigingId: string, actor: string): Promise<Wijziging> {
  return inTransaction(db, async (tx) => {
    const voor = await findWijziging(tx, organisatieId, wijzigingId, { forUpdate: true })
    if (voor.status !== 'concept') throw conflict(`Wijziging ${wijzigingId} is ${voor.status} en kan niet worden ingetrokken.`)
    const na = toWijziging(await markIngetrokken(tx, wijzigingId))
    await recordAuditEvent(tx, { organisatieId, actor, handeling: 'wijziging.intrekken', objectType: 'wijziging', objectId: wijzigingId, voor: toWijziging(voor), na })
    return na
  })
}
