// What an actor may do in an organisatie, derived when the request arrives (issue 4): from the
// functies the persoon holds today (their roltypen and eenheden) and the mandates of those
// roltypen; a loco or waarnemer holds them while the bezetting runs. A samenwerkingsafspraak adds
// mandates in another organisatie. Always read with the owner connection: this is the trusted core.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { MandaatScope } from '../../db/schema.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import type { Actor } from './actor.ts'
import { isHandeling, type Handeling } from './handelingen.ts'

export interface Recht {
  handeling: Handeling
  scope: MandaatScope
  /** The eenheid the scope is anchored at (eigen_eenheid, subboom); null for organisatie. */
  eenheidId: string | null
  /** Why: 'bezetting', 'samenwerkingsafspraak', 'platform', 'token'. */
  grond: string
}

const geldig = geldigOp
export type EigenFunctie = Awaited<ReturnType<typeof functiesVan>>[number]

/** The functies the persoon holds on the peildatum (including as loco or waarnemer). */
export async function functiesVan(db: Db, persoonId: string, peildatum = vandaag()) {
  return db
    .selectFrom('bezetting as b')
    .innerJoin('functie_versie as fv', 'fv.functie_id', 'b.functie_id')
    .select(['b.functie_id', 'fv.eenheid_id', 'fv.roltype_id', 'b.organisatie_id'])
    .where('b.persoon_id', '=', persoonId)
    .where(geldig('b', peildatum))
    .where(geldig('fv', peildatum))
    .execute()
}

/** `functies`: the persoon's functies on the peildatum when the caller has them already. */
export async function rechtenVan(db: Db, actor: Actor, organisatieId: string, peildatum = vandaag(), eigen?: Promise<EigenFunctie[]>): Promise<Recht[]> {
  if (actor.soort === 'anoniem') return []
  if (actor.soort === 'token') {
    if (actor.organisatieId !== organisatieId) return []
    return actor.handelingen.map((handeling) => ({ handeling, scope: 'organisatie', eenheidId: null, grond: 'token' }))
  }
  const rechten: Recht[] = []
  if (actor.platformBeheerder) rechten.push({ handeling: 'account.beheren', scope: 'organisatie', eenheidId: null, grond: 'platform' })
  if (!actor.persoonId || !actor.organisatieId) return rechten
  const functies = await (eigen ?? functiesVan(db, actor.persoonId, peildatum))
  if (functies.length === 0) return rechten

  if (actor.organisatieId === organisatieId) {
    // Everyone who holds a functie here may read the organisation they work in.
    rechten.push({ handeling: 'organisatie.lezen', scope: 'organisatie', eenheidId: null, grond: 'bezetting' })
    const mandaten = await db
      .selectFrom('mandaat as m')
      .select(['m.roltype_id', 'm.handeling', 'm.scope'])
      .where('m.organisatie_id', '=', organisatieId)
      .where('m.roltype_id', 'in', [...new Set(functies.map((f) => f.roltype_id))])
      .where(geldig('m', peildatum))
      .execute()
    for (const f of functies) {
      for (const m of mandaten) {
        if (m.roltype_id !== f.roltype_id || !isHandeling(m.handeling)) continue
        rechten.push({ handeling: m.handeling, scope: m.scope, eenheidId: m.scope === 'organisatie' ? null : f.eenheid_id, grond: 'bezetting' })
      }
    }
    return rechten
  }

  // Another organisatie: only what a samenwerkingsafspraak grants to a functie the persoon holds:
  // reading that organisation (to find one's way in it), and the mandates of the afspraak's roltype.
  const lopend = await db
    .selectFrom('samenwerkingsafspraak as s')
    .select('s.id')
    .where('s.organisatie_id', '=', organisatieId)
    .where('s.partner_organisatie_id', '=', actor.organisatieId)
    .where('s.partner_functie_id', 'in', functies.map((f) => f.functie_id))
    .where(geldig('s', peildatum))
    .executeTakeFirst()
  if (!lopend) return rechten
  rechten.push({ handeling: 'organisatie.lezen', scope: 'organisatie', eenheidId: null, grond: 'samenwerkingsafspraak' })
  const afspraken = await db
    .selectFrom('samenwerkingsafspraak as s')
    .innerJoin('mandaat as m', (j) => j.onRef('m.roltype_id', '=', 's.roltype_id').on('m.organisatie_id', '=', organisatieId))
    .select(['s.eenheid_id', 'm.handeling', 'm.scope'])
    .where('s.organisatie_id', '=', organisatieId)
    .where('s.partner_organisatie_id', '=', actor.organisatieId)
    .where('s.partner_functie_id', 'in', functies.map((f) => f.functie_id))
    .where(geldig('s', peildatum))
    .where(geldig('m', peildatum))
    .execute()
  for (const a of afspraken) {
    if (!isHandeling(a.handeling)) continue
    if (a.scope !== 'organisatie' && a.eenheid_id === null) continue
    rechten.push({ handeling: a.handeling, scope: a.scope, eenheidId: a.scope === 'organisatie' ? null : a.eenheid_id, grond: 'samenwerkingsafspraak' })
  }
  return rechten
}

/** The organisaties whose rows the actor's requests may touch at all (row-level security). */
export async function zichtbareOrganisaties(db: Db, actor: Actor, peildatum = vandaag(), eigen?: Promise<EigenFunctie[]>): Promise<string[]> {
  if (actor.soort === 'anoniem') return []
  if (actor.soort === 'token') return [actor.organisatieId]
  if (actor.platformBeheerder) return (await db.selectFrom('organisatie').select('id').execute()).map((r) => r.id)
  if (!actor.organisatieId || !actor.persoonId) return []
  const functies = await (eigen ?? functiesVan(db, actor.persoonId, peildatum))
  const zichtbaar = new Set([actor.organisatieId])
  if (functies.length > 0) {
    const afspraken = await db
      .selectFrom('samenwerkingsafspraak as s')
      .select('s.organisatie_id')
      .where('s.partner_organisatie_id', '=', actor.organisatieId)
      .where('s.partner_functie_id', 'in', functies.map((f) => f.functie_id))
      .where(geldig('s', peildatum))
      .execute()
    for (const a of afspraken) zichtbaar.add(a.organisatie_id)
  }
  return [...zichtbaar]
}

/** The eenheid and every eenheid above it along hierarchical lines on the peildatum. */
export async function eenheidEnBoven(db: Db, organisatieId: string, eenheidId: string, peildatum = vandaag()): Promise<string[]> {
  const r = await sql<{ id: string }>`
    with recursive boven(id, diepte) as (
      select ${eenheidId}::uuid, 0
      union all
      select l.boven_eenheid_id, b.diepte + 1 from lijn l join boven b on l.eenheid_id = b.id
      where l.organisatie_id = ${organisatieId} and l.soort = 'hierarchisch'
        and ${geldigOp('l', peildatum)} and b.diepte < 64
    )
    select id from boven`.execute(db)
  return r.rows.map((x) => x.id)
}
