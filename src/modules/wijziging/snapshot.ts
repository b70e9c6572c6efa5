// The organisation on one date, reduced to what a wijziging can change: which eenheden exist, what
// they are called and under which eenheid they hang; which functies exist and in which eenheid; who
// holds which functie. Taken before and after the acties run, it is what the diff compares, and in
// tests it proves that a wijziging changed exactly what it says and nothing else.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import type { EenheidSoort } from '../../db/schema.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export interface SnapshotEenheid { id: string; naam: string; soort: EenheidSoort; bovenId: string | null }
export interface SnapshotFunctie { id: string; naam: string; eenheidId: string }
export interface SnapshotBezetting { id: string; persoonId: string; persoonNaam: string; functieId: string }

/** Sorted by id, so two snapshots of the same organisation compare equal with a deep equality. */
export interface Snapshot {
  datum: string
  eenheden: SnapshotEenheid[]
  functies: SnapshotFunctie[]
  bezettingen: SnapshotBezetting[]
}

export async function takeSnapshot(db: Db | Tx, organisatieId: string, datum: string): Promise<Snapshot> {
  const eenheden = await db
    .selectFrom('eenheid_versie as v')
    .leftJoin('lijn as l', (join) =>
      join.onRef('l.eenheid_id', '=', 'v.eenheid_id').on('l.soort', '=', 'hierarchisch').on(geldigOp('l', datum)))
    .select(['v.eenheid_id as id', 'v.naam', 'v.soort', 'l.boven_eenheid_id as bovenId'])
    .where('v.organisatie_id', '=', organisatieId)
    .where(geldigOp('v', datum))
    .orderBy(sql`v.eenheid_id::text`)
    .execute()
  const functies = await db
    .selectFrom('functie_versie as v')
    .select(['v.functie_id as id', 'v.naam', 'v.eenheid_id as eenheidId'])
    .where('v.organisatie_id', '=', organisatieId)
    .where(geldigOp('v', datum))
    .orderBy(sql`v.functie_id::text`)
    .execute()
  const bezettingen = await db
    .selectFrom('bezetting as b')
    .innerJoin('persoon as p', 'p.id', 'b.persoon_id')
    .select(['b.id', 'b.persoon_id as persoonId', 'p.naam as persoonNaam', 'b.functie_id as functieId'])
    .where('b.organisatie_id', '=', organisatieId)
    .where(geldigOp('b', datum))
    .orderBy(sql`b.id::text`)
    .execute()
  return { datum, eenheden, functies, bezettingen }
}
