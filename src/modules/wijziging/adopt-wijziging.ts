// Vaststellen: applies a concept wijziging for good, atomically. One transaction holds the
// organisatie lock (so two wijzigingen of one organisatie never interleave), applies every actie,
// stores the diff as resultaat, marks the wijziging vastgesteld (read-only from then on) and records
// the audit event; if anything fails, none of it lands and the wijziging stays concept.
import { inTransaction, type Db } from '../../db/database.ts'
import { conflict } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { applyWijziging } from './apply-wijziging.ts'
import { controleerOrAdvies } from '../or/or-verzoek.repository.ts'
import { findWijziging, lockOrganisatie, markVastgesteld, toWijziging } from './wijziging.repository.ts'
import type { Wijziging } from './wijziging.schemas.ts'

export async function adoptWijziging(db: Db, organisatieId: string, wijzigingId: string, actor: string): Promise<Wijziging> {
  return inTransaction(db, async (tx) => {
    const organisatie = await lockOrganisatie(tx, organisatieId)
    const voor = await findWijziging(tx, organisatieId, wijzigingId, { forUpdate: true })
    if (voor.status !== 'concept') throw conflict(`Wijziging ${wijzigingId} is ${voor.status} en kan niet (opnieuw) worden vastgesteld.`)
    // WOR art. 25 lid 1e: where the organisatie says so, a reorganisation waits for the OR's advice.
    await controleerOrAdvies(tx, organisatieId, wijzigingId)
    const { diff, overschreven } = await applyWijziging(tx, organisatie, voor)
    const na = await markVastgesteld(tx, wijzigingId, diff)
    await recordAuditEvent(tx, {
      organisatieId,
      actor,
      handeling: 'wijziging.vaststellen',
      objectType: 'wijziging',
      objectId: wijzigingId,
      // Versions updated in place (they started on the ingangsdatum) keep their old values here.
      voor: { wijziging: toWijziging(voor), overschreven },
      na: toWijziging(na),
    })
    return toWijziging(na)
  })
}
