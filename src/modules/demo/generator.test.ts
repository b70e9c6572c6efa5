// The benchmark generator at small sizes: the same invariants as the demo, the requested size, a
// tree of the requested depth, yearly reorganisations, turnover, and determinism per seed.
import { sql, type RawBuilder } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import { openDatabase, type Database, type Db } from '../../db/database.ts'
import { migrate } from '../../db/migrate.ts'
import { DEMO_EIND } from './demo-data.ts'
import { generateOrganisatie, type GeneratorOpties } from './generator.ts'
import { controleerInvarianten } from './invarianten.ts'
import { actiesFouten, geldig, rijen, tabellen } from './test-hulp.ts'

const KLEIN: GeneratorOpties = { naam: 'Gemeente Proefdorp', organisatiecode: 'gm9990', eenheden: 50, personen: 300, jaren: 5, seed: 7 }
const P = DEMO_EIND

let database: Database
let db: Db
let org: string
beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  org = (await generateOrganisatie(db, KLEIN)).organisatieId
})

const een = async <T>(q: RawBuilder<T>) => (await rijen(db, q))[0]!
/** Depth per eenheid on P, from the roots down (bestuur included: the raad is a root too). */
const diepte = (o: string) => sql<{ soort: string; niveau: number }>`with recursive t as (
    select e.eenheid_id, e.soort, 1 as niveau from eenheid_versie e where e.organisatie_id = ${o} and ${geldig('e', P)}
      and not exists (select 1 from lijn l where l.eenheid_id = e.eenheid_id and l.soort = 'hierarchisch' and ${geldig('l', P)})
    union all
    select e.eenheid_id, e.soort, t.niveau + 1 from t join lijn l on l.boven_eenheid_id = t.eenheid_id and l.soort = 'hierarchisch' and ${geldig('l', P)}
    join eenheid_versie e on e.eenheid_id = l.eenheid_id and ${geldig('e', P)})
  select soort, niveau from t`

describe('generateOrganisatie (50 eenheden, 300 personen, 5 jaar)', () => {
  it('holds every invariant of the dated model', async () => {
    expect(Object.entries(await controleerInvarianten(db, org)).filter(([, n]) => n > 0)).toEqual([])
  })

  it('has about the requested size today', async () => {
    const t = await een(sql<{ ambtelijk: number; personen: number; teams: number }>`select
      (select count(*)::int from eenheid_versie e where organisatie_id = ${org} and soort not in ('bestuursorgaan', 'fractie', 'griffie') and ${geldig('e', P)}) as ambtelijk,
      (select count(distinct persoon_id)::int from bezetting b where organisatie_id = ${org} and ${geldig('b', P)}) as personen,
      (select count(*)::int from eenheid_versie e where organisatie_id = ${org} and soort = 'team' and ${geldig('e', P)}) as teams`)
    expect(t.ambtelijk).toBeGreaterThanOrEqual(35)
    expect(t.ambtelijk).toBeLessThanOrEqual(55)
    expect(t.personen).toBeGreaterThan(250)
    expect(t.personen).toBeLessThan(360)
    expect(t.teams).toBeGreaterThan(15)
    const niveaus = await rijen(db, diepte(org))
    expect(Math.max(...niveaus.filter((n) => n.soort !== 'fractie').map((n) => n.niveau))).toBeGreaterThanOrEqual(4)
    expect(niveaus.filter((n) => n.soort === 'concerndirectie')).toEqual([{ soort: 'concerndirectie', niveau: 1 }])
  })

  it('reorganises every year as a vastgestelde wijziging with schema-valid acties', async () => {
    const w = await db.selectFrom('wijziging').selectAll().where('organisatie_id', '=', org).orderBy('ingangsdatum').execute()
    expect(w.map((x) => x.ingangsdatum)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01'])
    expect(w.every((x) => x.status === 'vastgesteld' && x.vastgesteld_op !== null)).toBe(true)
    for (const x of w) expect(actiesFouten(x.acties), x.titel).toEqual([])
    expect(w.flatMap((x) => x.acties as unknown[]).length).toBeGreaterThan(0)
  })

  it('leads domeinen through their concerndirecteur and steers teammanagers from the concernmanager', async () => {
    const l = await rijen(db, sql<{ ouder: string; hierarchisch: string | null; functioneel: string | null; soort: string }>`
      select o.soort as ouder, e.soort,
        (select r.code from lijn l join functie_versie b on b.functie_id = l.boven_functie_id and ${geldig('b', P)} join roltype r on r.id = b.roltype_id
          where l.functie_id = f.functie_id and l.soort = 'hierarchisch' and ${geldig('l', P)}) as hierarchisch,
        (select r.code from lijn l join functie_versie b on b.functie_id = l.boven_functie_id and ${geldig('b', P)} join roltype r on r.id = b.roltype_id
          where l.functie_id = f.functie_id and l.soort = 'functioneel' and ${geldig('l', P)}) as functioneel
      from functie_versie f join eenheid_versie e on e.eenheid_id = f.eenheid_id and ${geldig('e', P)}
      join lijn h on h.eenheid_id = e.eenheid_id and h.soort = 'hierarchisch' and ${geldig('h', P)}
      join eenheid_versie o on o.eenheid_id = h.boven_eenheid_id and ${geldig('o', P)}
      where f.organisatie_id = ${org} and f.leidinggevend and ${geldig('f', P)} and e.soort not in ('fractie', 'griffie')`)
    expect(l.filter((x) => x.ouder === 'domein').every((x) => x.hierarchisch === 'concerndirecteur')).toBe(true)
    expect(l.filter((x) => x.ouder !== 'domein').every((x) => x.hierarchisch === null)).toBe(true)
    expect(l.filter((x) => x.soort === 'team').every((x) => x.functioneel === 'concernmanager')).toBe(true)
    expect(l.filter((x) => x.soort !== 'team').every((x) => x.functioneel === null)).toBe(true)
  })

  it('has turnover: people who left, and more people over the years than in post today', async () => {
    const t = await een(sql<{ totaal: number; nu: number; beeindigd: number }>`select
      (select count(*)::int from persoon where organisatie_id = ${org}) as totaal,
      (select count(distinct persoon_id)::int from bezetting b where organisatie_id = ${org} and ${geldig('b', P)}) as nu,
      (select count(*)::int from bezetting where organisatie_id = ${org} and geldig_tot <= ${P}::date) as beeindigd`)
    expect(t.totaal).toBeGreaterThan(t.nu * 1.2)
    expect(t.beeindigd).toBeGreaterThan(100)
  })
})

describe('generateOrganisatie determinism and depth', () => {
  const vers: Database[] = []
  afterAll(async () => { for (const d of vers) await d.close() })
  const nieuw = async () => {
    const d = await openDatabase({})
    vers.push(d)
    await migrate(d.db)
    return d.db
  }

  it('gives identical data, ids included, for the same options, and different data for another seed', async () => {
    const [a, b, c] = [await nieuw(), await nieuw(), await nieuw()]
    const ida = (await generateOrganisatie(a, KLEIN)).organisatieId
    expect((await generateOrganisatie(b, KLEIN)).organisatieId).toBe(ida)
    expect(ida).toBe(org)
    expect(await tabellen(b)).toEqual(await tabellen(a))
    await generateOrganisatie(c, { ...KLEIN, seed: 8 })
    const personen = async (x: Db) => (await x.selectFrom('persoon').select('naam').orderBy('naam').execute()).map((p) => p.naam)
    expect(await personen(c)).not.toEqual(await personen(a))
  }, 60_000)

  it('builds a 6-level tree of about the requested size for a larger organisatie', async () => {
    const x = await nieuw()
    const { organisatieId } = await generateOrganisatie(x, { naam: 'Gemeente Middelstad', organisatiecode: 'gm9991', eenheden: 600, personen: 2000, jaren: 2, seed: 1 })
    const niveaus = (await diepte(organisatieId).execute(x)).rows.filter((n) => !['bestuursorgaan', 'fractie', 'griffie'].includes(n.soort))
    expect(Math.max(...niveaus.map((n) => n.niveau))).toBe(6)
    expect(niveaus.length).toBeGreaterThan(540)
    expect(niveaus.length).toBeLessThan(660)
    expect(Object.entries(await controleerInvarianten(x, organisatieId)).filter(([, n]) => n > 0)).toEqual([])
  }, 60_000)
})
