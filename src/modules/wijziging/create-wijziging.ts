// A new wijziging starts as concept. Its acties are checked against the organisation now (400
// naming the field), so a draft with a bad reference is rejected early; conflicts between acties
// and the state they meet show up in the voorvertoning and at vaststelling.
import { inTransaction, type Db } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { validateActies } from './validate-acties.ts'
import { findOrganisatie, insertWijziging, toWijziging } from './wijziging.repository.ts'
import type { Wijziging, WijzigingInvoer } from './wijziging.schemas.ts'

export async function createWijziging(db: Db, organisatieId: string, invoer: WijzigingInvoer, actor: string): Promise<Wijziging> {
  return inTransaction(db, async (tx) => {
    const organisatie = await findOrganisatie(tx, organisatieId)
    await validateActies(tx, organisatie, invoer.ingangsdatum, invoer.acties)
    const wijziging = toWijziging(await insertWijziging(tx, organisatieId, invoer))
    await recordAuditEvent(tx, { organisatieId, actor, handeling: 'wijziging.aanmaken', objectType: 'wijziging', objectId: wijziging.id, na: wijziging })
    return wijziging
  })
}
