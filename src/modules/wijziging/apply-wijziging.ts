// The one code path that applies a wijziging, shared by the voorvertoning (which then rolls back)
// and the vaststelling (which commits): so the preview is exactly what will happen.
//   1. check the acties against the organisation as it stands (400, all problems at once);
//   2. snapshot the organisation on the ingangsdatum D;
//   3. apply the acties in order (409 on the first that conflicts; the caller's transaction then
//      leaves nothing applied);
//   4. snapshot again and diff.
// The caller holds the organisatie lock (lockOrganisatie) for the whole transaction.
import type { Selectable } from 'kysely'
import type { Tx } from '../../db/database.ts'
import type { WijzigingTable } from '../../db/schema.ts'
import type { Actie } from './acties.schemas.ts'
import { applyActie } from './apply-acties.ts'
import type { ApplyContext } from './apply-context.ts'
import { diffSnapshots } from './diff-snapshots.ts'
import { claimsOpOpgeheven } from './claims-op-opgeheven.ts'
import { takeSnapshot, type Snapshot } from './snapshot.ts'
import { validateActies } from './validate-acties.ts'
import type { OrganisatieGeldigheid } from './wijziging.repository.ts'
import type { WijzigingDiff } from './wijziging.schemas.ts'

export interface ApplyResultaat {
  diff: WijzigingDiff
  voor: Snapshot
  na: Snapshot
  /** Version rows that started on D and were updated in place, with their values before. */
  overschreven: ApplyContext['overschreven']
}

export async function applyWijziging(tx: Tx, organisatie: OrganisatieGeldigheid, wijziging: Selectable<WijzigingTable>): Promise<ApplyResultaat> {
  const acties = wijziging.acties as Actie[]
  const datum = wijziging.ingangsdatum
  await validateActies(tx, organisatie, datum, acties)
  const voor = await takeSnapshot(tx, organisatie.id, datum)
  const ctx: ApplyContext = {
    tx,
    organisatieId: organisatie.id,
    datum,
    wijzigingId: wijziging.id,
    overschreven: [],
    ingevoegd: new Set(),
    sleutels: new Map(),
    opheffingen: new Map(),
    gecontroleerd: new Set(),
  }
  for (const [i, actie] of acties.entries()) await applyActie(ctx, actie, `acties.${i}`)
  const na = await takeSnapshot(tx, organisatie.id, datum)
  const diff = diffSnapshots(voor, na, ctx.opheffingen)
  const claims = await claimsOpOpgeheven(tx, organisatie.id, diff)
  if (claims.length > 0) diff.capaciteitsclaims = claims
  return { diff, voor, na, overschreven: ctx.overschreven }
}
