// Replaces a concept wijziging as a whole (PUT). Only a concept can change: a vastgesteld wijziging
// is history and an ingetrokken one is closed (409).
import { inTransaction, type Db } from '../../db/database.ts'
import { conflict } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { validateActies } from './validate-acties.ts'
import { findOrganisatie, findWijziging, toWijziging, updateWijzigingInvoer } from './wijziging.repository.ts'
import type { Wijziging, WijzigingInvoer } from './wijziging.schemas.ts'

export async function replaceWijziging(db: Db, organisatieId: string, wijzigingId: string, invoer: WijzigingInvoer, actor: string): Promise<Wijziging> {
  return inTransaction(db, async (tx) => {
    const organisatie = await findOrganisatie(tx, organisatieId)
    const voor = await findWijziging(tx, organisatieId, wijzigingId, { forUpdate: true })
    if (voor.status !== 'concept') throw conflict(`Wijziging ${wijzigingId} is ${voor.status} en kan niet meer worden gewijzigd.`)
    await validateActies(tx, organisatie, invoer.ingangsdatum, invoer.acties)
    const na = toWijziging(await updateWijzigingInvoer(tx, wijzigingId, invoer))
    await recordAuditEvent(tx, { organisatieId, actor, handeling: 'wijziging.wijzigen', objectType: 'wijziging', objectId: wijzigingId, voor: toWijziging(voor), na })
    return na
  })
}
