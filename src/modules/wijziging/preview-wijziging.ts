// The voorvertoning: what vaststellen would change, computed by actually applying the wijziging in
// a transaction and then rolling it back (by throwing a sentinel), so preview and vaststelling can
// never disagree. A vastgesteld wijziging shows what it did: its stored resultaat.
import { inTransaction, type Db } from '../../db/database.ts'
import { conflict } from '../../server/problem.ts'
import { applyWijziging } from './apply-wijziging.ts'
import { findWijziging, lockOrganisatie } from './wijziging.repository.ts'
import type { WijzigingDiff } from './wijziging.schemas.ts'

const ingetrokken = (id: string) => conflict(`Wijziging ${id} is ingetrokken en wordt nooit toegepast; er is niets te tonen.`)

class Terugdraaien extends Error {
  constructor(readonly diff: WijzigingDiff) {
    super('voorvertoning: terugdraaien')
  }
}

export async function previewWijziging(db: Db, organisatieId: string, wijzigingId: string): Promise<WijzigingDiff> {
  // Settled wijzigingen need no lock; a concept is re-read under the lock below.
  const w = await findWijziging(db, organisatieId, wijzigingId)
  if (w.status === 'vastgesteld') return w.resultaat as WijzigingDiff
  if (w.status === 'ingetrokken') throw ingetrokken(wijzigingId)
  try {
    await inTransaction(db, async (tx) => {
      // The same lock as vaststellen: a concurrent vaststelling cannot change the state mid-preview.
      const organisatie = await lockOrganisatie(tx, organisatieId)
      const actueel = await findWijziging(tx, organisatieId, wijzigingId)
      if (actueel.status === 'vastgesteld') throw new Terugdraaien(actueel.resultaat as WijzigingDiff)
      if (actueel.status === 'ingetrokken') throw ingetrokken(wijzigingId)
      const { diff } = await applyWijziging(tx, organisatie, actueel)
      throw new Terugdraaien(diff)
    })
  } catch (e) {
    if (e instanceof Terugdraaien) return e.diff
    throw e
  }
  throw new Error('unreachable: the preview transaction always rolls back')
}
