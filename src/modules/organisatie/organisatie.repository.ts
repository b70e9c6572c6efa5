import type { Selectable } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { OrganisatieTable } from '../../db/schema.ts'
import { notFound } from '../../server/problem.ts'
import type { Organisatie } from './organisatie.schemas.ts'

export function toOrganisatie(r: Selectable<OrganisatieTable>): Organisatie {
  return {
    id: r.id,
    naam: r.naam,
    soort: r.soort,
    organisatiecode: r.organisatiecode,
    tooiUri: r.tooi_uri,
    cbsCode: r.cbs_code,
    oin: r.oin,
    kvk: r.kvk,
    afkorting: r.afkorting,
    website: r.website,
    email: r.email,
    telefoon: r.telefoon,
    bezoekadres: r.bezoekadres,
    postadres: r.postadres,
    geldigVan: r.geldig_van,
    geldigTot: r.geldig_tot,
  }
}

export async function listOrganisaties(db: Db, filter: { zoek?: string | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('organisatie')
  if (filter.zoek) {
    const term = `%${filter.zoek}%`
    q = q.where((eb) => eb.or([eb('naam', 'ilike', term), eb('organisatiecode', 'ilike', term)]))
  }
  const [{ totaal }] = (await q.select((eb) => eb.fn.countAll<number>().as('totaal')).execute()) as [{ totaal: number }]
  const rows = await q.selectAll().orderBy('demo', 'desc').orderBy('naam').offset(filter.offset).limit(filter.limit).execute()
  return { totaal: Number(totaal), resultaten: rows.map(toOrganisatie) }
}

export async function getOrganisatie(db: Db, id: string): Promise<Organisatie> {
  const row = await db.selectFrom('organisatie').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Organisatie', id)
  return toOrganisatie(row)
}
