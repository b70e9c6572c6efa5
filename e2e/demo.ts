// What the journeys look up in the demo database before they start, so that they follow the data
// rather than hard-coded names: the demo organisatie, a medewerker to search for, and an eenheid
// that a past wijziging abolished.
import { sql } from 'kysely'
import type { Koers } from './harness.ts'

export async function demoOrganisatieId(koers: Koers): Promise<string> {
  return (await koers.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirstOrThrow()).id
}

/** A medewerker with one functie today, whose full name is unique in the organisatie. */
export async function eenMedewerker(koers: Koers): Promise<{ id: string; naam: string; functie: string }> {
  const r = await sql<{ id: string; naam: string; functie: string }>`
    select p.id, p.naam, fv.naam as functie
    from persoon p
    join organisatie o on o.id = p.organisatie_id and o.demo
    join bezetting b on b.persoon_id = p.id and b.geldig_van <= current_date and (b.geldig_tot is null or b.geldig_tot > current_date)
    join functie_versie fv on fv.functie_id = b.functie_id and fv.geldig_van <= current_date and (fv.geldig_tot is null or fv.geldig_tot > current_date)
    join roltype r on r.id = fv.roltype_id and r.code = 'medewerker'
    where (select count(*) from persoon q where q.organisatie_id = p.organisatie_id and q.naam = p.naam) = 1
      and (select count(*) from bezetting c where c.persoon_id = p.id and c.geldig_van <= current_date and (c.geldig_tot is null or c.geldig_tot > current_date)) = 1
    order by p.naam limit 1`.execute(koers.db)
  if (!r.rows[0]) throw new Error('De demo-organisatie heeft geen medewerker met één functie.')
  return r.rows[0]
}

/** A date just before a vastgestelde wijziging, with an eenheid that existed then and no longer does. */
export async function voorEenWijziging(koers: Koers): Promise<{ datum: string; lang: string; naam: string; eenheidId: string; wijziging: string }> {
  const r = await sql<{ datum: string; naam: string; eenheid_id: string; titel: string }>`
    select to_char(w.ingangsdatum - 1, 'YYYY-MM-DD') as datum, v.naam, v.eenheid_id, w.titel
    from wijziging w join organisatie o on o.id = w.organisatie_id and o.demo
    join eenheid_versie v on v.organisatie_id = o.id and v.geldig_tot = w.ingangsdatum
    where w.status = 'vastgesteld' and w.ingangsdatum <= current_date
      and not exists (select 1 from eenheid_versie later where later.eenheid_id = v.eenheid_id and later.geldig_van >= w.ingangsdatum)
    order by w.ingangsdatum desc, v.naam limit 1`.execute(koers.db)
  const rij = r.rows[0]
  if (!rij) throw new Error('De demo-organisatie heeft geen vastgestelde wijziging die een eenheid opheft.')
  return { datum: rij.datum, lang: langeDatum(rij.datum), naam: rij.naam, eenheidId: rij.eenheid_id, wijziging: rij.titel }
}

/** '2022-12-31' → '31 december 2022', as the pages write it. */
export function langeDatum(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(j, m - 1, d))
}

/** A heading or link text: the name, or the name followed by its afkorting "(…)". */
export function naamOfMetAfkorting(naam: string): RegExp {
  return new RegExp(`^${naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.*\\))?$`)
}

/** The FTE of an eenheid's own bezetting on a date (its capacity in the quarter that starts then). */
export async function bezettingFte(koers: Koers, eenheidId: string, datum: string): Promise<number> {
  const r = await sql<{ fte: number | null }>`
    select sum(b.fte)::float8 as fte
    from bezetting b
    join functie_versie fv on fv.functie_id = b.functie_id and fv.geldig_van <= ${datum}::date and (fv.geldig_tot is null or fv.geldig_tot > ${datum}::date)
    where fv.eenheid_id = ${eenheidId} and b.geldig_van <= ${datum}::date and (b.geldig_tot is null or b.geldig_tot > ${datum}::date)`.execute(koers.db)
  return r.rows[0]?.fte ?? 0
}
