// The four organisation queries every later module leans on, on a generated organisation of
// 20,000 personen and 2,000 eenheden with 10 years of history, on PostgreSQL and on PGlite.
import { sql } from 'kysely'
import type { Db } from '../src/db/database.ts'
import { vandaag } from '../src/server/api-schemas.ts'
import { boomOp, subboomOp } from '../src/modules/organisatie/eenheid.repository.ts'
import { formatieVan } from '../src/modules/organisatie/formatie.repository.ts'
import { ketensVanPersoon } from '../src/modules/organisatie/keten.ts'
import { geldigOp } from '../src/modules/organisatie/geldig.ts'
import { time } from './stats.ts'

export interface Doelen { top: string; subboom: string; persoon: string }

/** Picks the eenheden and persoon the queries run on: the root with the largest subtree, a mid-level eenheid, and a medewerker at the deepest level. */
export async function kiesDoelen(db: Db, organisatieId: string, peildatum: string): Promise<Doelen> {
  const boom = await boomOp(db, organisatieId, peildatum)
  const top = boom.find((k) => k.diepte === 0 && k.aantalOnderliggend > 0) ?? boom[0]!
  const midden = boom.filter((k) => k.diepte === 2).sort((a, b) => b.aantalOnderliggend - a.aantalOnderliggend)[0] ?? top
  const diepste = Math.max(...boom.map((k) => k.diepte))
  const diep = boom.filter((k) => k.diepte === diepste).map((k) => k.id)
  const persoon = await sql<{ persoon_id: string }>`
    select b.persoon_id from bezetting b
    join functie_versie f on f.functie_id = b.functie_id and ${geldigOp('f', peildatum)}
    where f.eenheid_id = any(${diep}::uuid[]) and ${geldigOp('b', peildatum)} and not f.leidinggevend
    order by b.persoon_id limit 1`.execute(db)
  return { top: top.id, subboom: midden.id, persoon: persoon.rows[0]!.persoon_id }
}

export async function benchQueries(db: Db, organisatieId: string, runs: number) {
  const peildatum = vandaag()
  const doelen = await kiesDoelen(db, organisatieId, peildatum)
  const subboomGrootte = (await subboomOp(db, organisatieId, doelen.subboom, peildatum)).length
  return {
    doelen,
    subboomGrootte,
    resultaten: [
      await time('hele boom op peildatum', runs, () => boomOp(db, organisatieId, peildatum)),
      await time(`subboom (${subboomGrootte} eenheden)`, runs, () => subboomOp(db, organisatieId, doelen.subboom, peildatum)),
      await time('keten boven een persoon', runs, () => ketensVanPersoon(db, organisatieId, doelen.persoon, peildatum)),
      await time('formatie vs bezetting van de top (hele subboom)', runs, () => formatieVan(db, organisatieId, doelen.top, peildatum)),
      // The same without its version-checked cache: what the first read after a change costs.
      await time('idem, zonder cache (eerste lezing na een wijziging)', Math.min(runs, 50), () => formatieVan(db, organisatieId, doelen.top, peildatum, { cache: false })),
    ],
  }
}
