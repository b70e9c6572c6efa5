// The invariants of the dated organisation model, checked in SQL over all rows of one organisatie.
// Each check counts violations, so a caller can assert "all zero" and see which rule broke. Used by
// the demo and generator tests; cheap enough to run after any bulk load.
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../db/database.ts'

const r = (alias: string) => sql.raw(`daterange(${alias}.geldig_van, ${alias}.geldig_tot)`)

function overlap(tabel: string, sleutel: string): (o: string) => RawBuilder<{ n: number }> {
  return (o) => sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)} a join ${sql.table(tabel)} b
    on a.${sql.ref(sleutel)} = b.${sql.ref(sleutel)} and a.id < b.id and ${r('a')} && ${r('b')}
    where a.organisatie_id = ${o}`
}

/** Lifetimes (multiranges) of eenheden and functies: the union of their versions. */
const LEVENS = (o: string) => sql`
  eleven as (select eenheid_id as id, range_agg(daterange(geldig_van, geldig_tot)) as r from eenheid_versie where organisatie_id = ${o} group by 1),
  fleven as (select functie_id as id, range_agg(daterange(geldig_van, geldig_tot)) as r from functie_versie where organisatie_id = ${o} group by 1)`

const CHECKS: Record<string, (o: string) => RawBuilder<{ n: number }>> = {
  /** At most one version of an eenheid at a time. */
  eenheidVersiesOverlappen: overlap('eenheid_versie', 'eenheid_id'),
  /** At most one version of a functie at a time. */
  functieVersiesOverlappen: overlap('functie_versie', 'functie_id'),
  /** At most one hierarchical parent per eenheid at a time. */
  meerdereOuders: (o) => sql<{ n: number }>`select count(*)::int as n from lijn a join lijn b
    on a.eenheid_id = b.eenheid_id and a.id < b.id and ${r('a')} && ${r('b')}
    where a.organisatie_id = ${o} and a.soort = 'hierarchisch' and b.soort = 'hierarchisch'`,
  /** At most one hierarchical boven-functie per functie at a time. */
  meerdereBovenfuncties: (o) => sql<{ n: number }>`select count(*)::int as n from lijn a join lijn b
    on a.functie_id = b.functie_id and a.id < b.id and ${r('a')} && ${r('b')}
    where a.organisatie_id = ${o} and a.soort = 'hierarchisch' and b.soort = 'hierarchisch'`,
  /** Every functie version lies in an eenheid that exists throughout it. */
  functieBuitenEenheid: (o) => sql<{ n: number }>`with ${LEVENS(o)}
    select count(*)::int as n from functie_versie fv left join eleven e on e.id = fv.eenheid_id
    where fv.organisatie_id = ${o} and (e.r is null or not e.r @> ${r('fv')})`,
  /** Every bezetting lies within its functie's lifetime. */
  bezettingBuitenFunctie: (o) => sql<{ n: number }>`with ${LEVENS(o)}
    select count(*)::int as n from bezetting b left join fleven f on f.id = b.functie_id
    where b.organisatie_id = ${o} and (f.r is null or not f.r @> ${r('b')})`,
  portefeuilleBuitenFunctie: (o) => sql<{ n: number }>`with ${LEVENS(o)}
    select count(*)::int as n from portefeuille p left join fleven f on f.id = p.functie_id
    where p.organisatie_id = ${o} and (f.r is null or not f.r @> ${r('p')})`,
  /** Lines only between eenheden / functies that exist for the whole line. */
  lijnBuitenEenheden: (o) => sql<{ n: number }>`with ${LEVENS(o)}
    select count(*)::int as n from lijn l left join eleven a on a.id = l.eenheid_id left join eleven b on b.id = l.boven_eenheid_id
    where l.organisatie_id = ${o} and l.eenheid_id is not null and (a.r is null or b.r is null or not a.r @> ${r('l')} or not b.r @> ${r('l')})`,
  lijnBuitenFuncties: (o) => sql<{ n: number }>`with ${LEVENS(o)}
    select count(*)::int as n from lijn l left join fleven a on a.id = l.functie_id left join fleven b on b.id = l.boven_functie_id
    where l.organisatie_id = ${o} and l.functie_id is not null and (a.r is null or b.r is null or not a.r @> ${r('l')} or not b.r @> ${r('l')})`,
  /**
   * No cycle in the hierarchical eenheid tree, checked on every date a hierarchical line starts
   * (the only dates a cycle could appear). A walk longer than 100 steps counts as a cycle too.
   */
  kringen: (o) => sql<{ n: number }>`with recursive
    data as (select distinct geldig_van as d from lijn where organisatie_id = ${o} and soort = 'hierarchisch'),
    pad as (
      select data.d, l.eenheid_id as start, l.boven_eenheid_id as huidig, 1 as diepte, false as kring
      from data join lijn l on l.organisatie_id = ${o} and l.soort = 'hierarchisch' and l.eenheid_id is not null
        and l.geldig_van <= data.d and (l.geldig_tot is null or l.geldig_tot > data.d)
      union all
      -- Each step looks the parent up in lijn itself (indexed on eenheid_id), not in a CTE: a CTE has
      -- no index, and the planner's nested loop over it took minutes on a 2,000-eenheden organisatie.
      select p.d, p.start, l.boven_eenheid_id, p.diepte + 1, l.boven_eenheid_id = p.start
      from pad p join lijn l on l.eenheid_id = p.huidig and l.soort = 'hierarchisch'
        and l.geldig_van <= p.d and (l.geldig_tot is null or l.geldig_tot > p.d)
      where not p.kring and p.diepte < 100)
    select count(*)::int as n from pad where kring or diepte >= 100`,
  /** Rows a wijziging created start on its ingangsdatum, and only a vastgestelde wijziging created rows. */
  wijzigingRijen: (o) => sql<{ n: number }>`select count(*)::int as n from (
      select wijziging_id, geldig_van from eenheid_versie where organisatie_id = ${o} and wijziging_id is not null
      union all select wijziging_id, geldig_van from functie_versie where organisatie_id = ${o} and wijziging_id is not null
      union all select wijziging_id, geldig_van from lijn where organisatie_id = ${o} and wijziging_id is not null
      union all select wijziging_id, geldig_van from bezetting where organisatie_id = ${o} and wijziging_id is not null
    ) x join wijziging w on w.id = x.wijziging_id where w.status <> 'vastgesteld' or w.ingangsdatum <> x.geldig_van`,
  /** At most one leidinggevend functie per eenheid at a time. */
  meerdereLeidinggevenden: (o) => sql<{ n: number }>`select count(*)::int as n from functie_versie a join functie_versie b
    on a.eenheid_id = b.eenheid_id and a.functie_id < b.functie_id and ${r('a')} && ${r('b')}
    where a.organisatie_id = ${o} and a.leidinggevend and b.leidinggevend`,
  /** Nobody holds two ambtelijke posts at once (stand-ins and bestuurlijke roles aside). */
  dubbeleAanstelling: (o) => sql<{ n: number }>`select count(*)::int as n from bezetting a join bezetting b
    on a.persoon_id = b.persoon_id and a.id < b.id and ${r('a')} && ${r('b')}
    where a.organisatie_id = ${o} and a.vervanging is null and b.vervanging is null
      and a.dienstverband <> 'bestuurlijk' and b.dienstverband <> 'bestuurlijk'`,
}

export type Invariant = keyof typeof CHECKS

/** Violations per invariant for one organisatie; all zero when the data is sound. */
export async function controleerInvarianten(db: Db, organisatieId: string): Promise<Record<string, number>> {
  const uit: Record<string, number> = {}
  for (const [naam, check] of Object.entries(CHECKS)) { const t = performance.now(); uit[naam] = (await check(organisatieId).execute(db)).rows[0]!.n; if (process.env.INV_TIJD) console.log(naam, Math.round(performance.now() - t)) }
  return uit
}
