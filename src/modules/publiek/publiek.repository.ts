// The reads behind the public pages. Only what may be published leaves these queries: names of
// persons only for public office holders (publieke-ambten.ts), everything else by functie.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { EenheidSoort } from '../../db/schema.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import { toOrganisatie } from '../organisatie/organisatie.repository.ts'
import type { Organisatie } from '../organisatie/organisatie.schemas.ts'
import { PUBLIEKE_AMBTEN } from './publieke-ambten.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** By id or organisatiecode (gm0153); without a reference the demo organisatie, or else the first by name. */
export async function findOrganisatie(db: Db, ref: string | undefined): Promise<Organisatie | null> {
  let q = db.selectFrom('organisatie').selectAll()
  if (ref === undefined) q = q.orderBy('demo', 'desc').orderBy('naam')
  else if (UUID.test(ref)) q = q.where('id', '=', ref)
  else q = q.where(sql<string>`lower(organisatiecode)`, '=', ref.toLowerCase())
  const row = await q.limit(1).executeTakeFirst()
  return row ? toOrganisatie(row) : null
}

/** The organisatie an eenheid belongs to (eenheid ids are unique across organisaties). */
export async function organisatieVanEenheid(db: Db, eenheidId: string): Promise<string | null> {
  if (!UUID.test(eenheidId)) return null
  const row = await db.selectFrom('eenheid').select('organisatie_id').where('id', '=', eenheidId).executeTakeFirst()
  return row?.organisatie_id ?? null
}

export interface EenheidContactRij {
  id: string; naam: string; soort: EenheidSoort; afkorting: string | null; omschrijving: string | null
  email: string | null; telefoon: string | null; bezoekadres: string | null; postadres: string | null; website: string | null
}

/** Every eenheid on the peildatum with its description and its own contact details (Regeling actieve openbaarmaking 2.2.2 lid 3). */
export async function eenhedenMetContact(db: Db, organisatieId: string, peildatum: string): Promise<Map<string, EenheidContactRij>> {
  const rows = await db
    .selectFrom('eenheid_versie as v')
    .select(['v.eenheid_id as id', 'v.naam', 'v.soort', 'v.afkorting', 'v.omschrijving', 'v.email', 'v.telefoon', 'v.bezoekadres', 'v.postadres', 'v.website'])
    .where('v.organisatie_id', '=', organisatieId)
    .where(geldigOp('v', peildatum))
    .execute()
  return new Map(rows.map((r) => [r.id, r]))
}

export interface AmbtRij {
  eenheidId: string
  functieId: string
  functie: string
  roltype: string
  leidinggevend: boolean
  /** Only for public office holders (PUBLIEKE_AMBTEN); null for everyone else, and for a vacancy. */
  persoon: string | null
  vervanging: 'loco' | 'waarnemer' | null
}

/**
 * The leading functie of each eenheid, and every public office with its holder(s), on the
 * peildatum. The bezetting is joined only for the public ambten, so a medewerker's or a
 * teammanager's name is never read for a public page.
 */
export async function ambtenOp(db: Db, organisatieId: string, peildatum: string, eenheidId?: string): Promise<AmbtRij[]> {
  const publiek = [...PUBLIEKE_AMBTEN]
  const result = await sql<{ eenheid_id: string; functie_id: string; functie: string; roltype: string; leidinggevend: boolean; persoon: string | null; vervanging: 'loco' | 'waarnemer' | null }>`
    select fv.eenheid_id, fv.functie_id, fv.naam as functie, r.code as roltype, fv.leidinggevend, p.naam as persoon, b.vervanging
    from functie_versie fv
    join roltype r on r.id = fv.roltype_id
    left join bezetting b on b.functie_id = fv.functie_id and ${geldigOp('b', peildatum)} and r.code = any(${publiek}::text[])
    left join persoon p on p.id = b.persoon_id
    where fv.organisatie_id = ${organisatieId} and ${geldigOp('fv', peildatum)}
      and (fv.leidinggevend or r.code = any(${publiek}::text[]))
      and (${eenheidId ?? null}::uuid is null or fv.eenheid_id = ${eenheidId ?? null}::uuid)
    order by fv.leidinggevend desc, fv.naam, fv.functie_id, b.vervanging nulls first, p.naam`.execute(db)
  return result.rows.map((r) => ({
    eenheidId: r.eenheid_id, functieId: r.functie_id, functie: r.functie, roltype: r.roltype,
    leidinggevend: r.leidinggevend, persoon: r.persoon, vervanging: r.vervanging,
  }))
}

/** Portefeuilles of the college on the peildatum, by functie id (burgemeester or wethouder). */
export async function portefeuillesOp(db: Db, organisatieId: string, peildatum: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('portefeuille as pf')
    .select(['pf.functie_id', 'pf.naam'])
    .where('pf.organisatie_id', '=', organisatieId)
    .where(geldigOp('pf', peildatum))
    .orderBy('pf.naam')
    .execute()
  const map = new Map<string, string[]>()
  for (const r of rows) map.set(r.functie_id, [...(map.get(r.functie_id) ?? []), r.naam])
  return map
}

/** What kinds of posts an eenheid has on the peildatum, by name with their number; no holders. */
export async function functieSoortenVan(db: Db, eenheidId: string, peildatum: string): Promise<{ naam: string; aantal: number }[]> {
  const result = await sql<{ naam: string; aantal: number }>`
    select fv.naam, count(*)::int as aantal
    from functie_versie fv join roltype r on r.id = fv.roltype_id
    where fv.eenheid_id = ${eenheidId} and ${geldigOp('fv', peildatum)} and not fv.leidinggevend
      and not (r.code = any(${[...PUBLIEKE_AMBTEN]}::text[]))
    group by fv.naam order by fv.naam`.execute(db)
  return result.rows
}
