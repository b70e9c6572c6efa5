// "Valid on the peildatum": geldig_van inclusive, geldig_tot exclusive, null = open-ended.
import { sql, type RawBuilder } from 'kysely'

export function geldigOp(alias: string, peildatum: string): RawBuilder<boolean> {
  const van = sql.ref(`${alias}.geldig_van`)
  const tot = sql.ref(`${alias}.geldig_tot`)
  return sql<boolean>`(${van} <= ${peildatum}::date and (${tot} is null or ${tot} > ${peildatum}::date))`
}
