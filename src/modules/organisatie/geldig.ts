// "Valid on the peildatum": geldig_van inclusive, geldig_tot exclusive, null = open-ended.
import { sql, type RawBuilder } from 'kysely'

export function geldigOp(alias: string, peildatum: string): RawBuilder<boolean> {
  const van = sql.ref(`${alias}.geldig_van`)
  const tot = sql.ref(`${alias}.geldig_tot`)
  return sql<boolean>`(${van} <= ${peildatum}::date and (${tot} is null or ${tot} > ${peildatum}::date))`
}

/**
 * A recursive CTE member `sub(id)`: the eenheid and every eenheid hierarchically below it on the
 * peildatum. Use as `with recursive ${subboomCte(...)} select … from sub`. `union` (not `union all`)
 * stops at a cycle should bad data ever contain one.
 */
export function subboomCte(organisatieId: string, eenheidId: string, peildatum: string): RawBuilder<unknown> {
  return sql`sub(id) as (
      select ${eenheidId}::uuid
      union
      select l.eenheid_id from lijn l join sub on l.boven_eenheid_id = sub.id
      where l.soort = 'hierarchisch' and l.organisatie_id = ${organisatieId} and ${geldigOp('l', peildatum)}
    )`
}
