// Every write appends an audit event in the same transaction as the write itself, so the trail can
// never miss a change that landed, nor record one that did not (Archiefwet; ENGINEERING.md 8).
import type { Tx } from '../../db/database.ts'

export interface AuditInput {
  organisatieId: string | null
  /** Who did it: 'systeem', 'cli', 'import:roo', or (from the toegang module on) an account. */
  actor: string
  /** What was done, as handeling: 'wijziging.vaststellen', 'persoon.aanmaken', … */
  handeling: string
  objectType: string
  objectId: string | null
  voor?: unknown
  na?: unknown
}

export async function recordAuditEvent(tx: Tx, event: AuditInput): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      organisatie_id: event.organisatieId,
      actor: event.actor,
      handeling: event.handeling,
      object_type: event.objectType,
      object_id: event.objectId,
      voor: event.voor === undefined ? null : JSON.stringify(event.voor),
      na: event.na === undefined ? null : JSON.stringify(event.na),
    })
    .execute()
}
