// Placeholder until the demo generator lands: only the organisatie row.
import type { Db } from '../../db/database.ts'

export interface DemoResult { organisatieId: string }

export async function seedDemo(db: Db): Promise<DemoResult> {
  const existing = await db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirst()
  if (existing) return { organisatieId: existing.id }
  const row = await db.insertInto('organisatie').values({ naam: 'Gemeente Voorbeeld', soort: 'gemeente', demo: true, geldig_van: '2015-01-01' }).returning('id').executeTakeFirstOrThrow()
  return { organisatieId: row.id }
}
