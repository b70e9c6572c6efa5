// SQL of the gemeenten import: the organisatie rows it matches, creates and updates.
import { sql, type Selectable } from 'kysely'
import type { Tx } from '../../db/database.ts'
import type { OrganisatieTable } from '../../db/schema.ts'
import type { GemeenteVeld } from './gemeente-uit-roo.ts'

export type BestaandeOrganisatie = Pick<Selectable<OrganisatieTable>, 'id' | GemeenteVeld | 'geldig_van' | 'geldig_tot'>

/** All organisaties: a few hundred rows, so one read beats a lookup per CSV row. */
export function selectOrganisaties(tx: Tx): Promise<BestaandeOrganisatie[]> {
  return tx
    .selectFrom('organisatie')
    .select([
      'id', 'naam', 'organisatiecode', 'tooi_uri', 'cbs_code', 'oin', 'kvk', 'afkorting', 'website', 'email', 'telefoon',
      'bezoekadres', 'postadres', 'geldig_van', 'geldig_tot',
    ])
    .execute()
}

export async function insertGemeente(
  tx: Tx,
  velden: Record<GemeenteVeld, string | null> & { naam: string; geldig_van: string; geldig_tot: string | null },
): Promise<string> {
  const row = await tx.insertInto('organisatie').values({ ...velden, soort: 'gemeente' }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function updateOrganisatie(
  tx: Tx,
  id: string,
  wijzigingen: Partial<Record<GemeenteVeld | 'geldig_van' | 'geldig_tot', string>>,
): Promise<void> {
  await tx.updateTable('organisatie').set({ ...wijzigingen, gewijzigd_op: sql`now()` }).where('id', '=', id).execute()
}
