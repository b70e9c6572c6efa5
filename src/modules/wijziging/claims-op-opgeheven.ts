// Part of the diff of a wijziging (issue 5): the lopende capaciteitsclaims of opgaven on eenheden the
// wijziging ends, for quarters that end after the ingangsdatum. They must find another eenheid.
import type { Tx } from '../../db/database.ts'
import { kwartaalEinde } from '../opgave/kwartaal.ts'
import type { WijzigingDiff } from './wijziging.schemas.ts'

export async function claimsOpOpgeheven(tx: Tx, organisatieId: string, diff: WijzigingDiff): Promise<NonNullable<WijzigingDiff['capaciteitsclaims']>> {
  const ids = diff.eenheden.opgeheven.map((e) => e.id)
  if (ids.length === 0) return []
  const claims = await tx.selectFrom('capaciteitsclaim as c').innerJoin('opgave as o', 'o.id', 'c.opgave_id')
    .select(['c.id', 'c.opgave_id', 'o.naam', 'c.eenheid_id', 'c.kwartaal', 'c.fte', 'c.status'])
    .where('c.organisatie_id', '=', organisatieId).where('c.eenheid_id', 'in', ids).where('c.status', 'in', ['aangevraagd', 'toegekend', 'deels'])
    .orderBy('c.kwartaal').orderBy('o.naam').execute()
  const naam = new Map(diff.eenheden.opgeheven.map((e) => [e.id, e.naam]))
  return claims.filter((c) => kwartaalEinde(c.kwartaal) > diff.ingangsdatum).map((c) => ({
    id: c.id, opgaveId: c.opgave_id, opgaveNaam: c.naam, eenheidId: c.eenheid_id, eenheidNaam: naam.get(c.eenheid_id) ?? '?', kwartaal: c.kwartaal, fte: c.fte, status: c.status,
  }))
}
