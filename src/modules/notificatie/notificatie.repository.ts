// Notifications (issue 6): a row per persoon per event ("agenda gepubliceerd", "u bent
// informant", …). Modules call notificeer() in the transaction of the write that causes them; the
// persoon reads them in the app and, when the installation has an SMTP server, gets them by e-mail
// (mailer.ts sets gemaild_op). Nothing is deleted: read ones stay, marked gelezen_op.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { notFound } from '../../server/problem.ts'

export interface NieuweNotificatie {
  organisatieId: string
  persoonIds: readonly string[]
  /** What happened, as a code: 'agenda.gepubliceerd', 'agendapunt.informant', … */
  soort: string
  /** One line for the persoon, in Dutch. */
  titel: string
  /** Where in Koers to look: a path such as /app/overleggen/…, or null. */
  link?: string | null
  objectType?: string | null
  objectId?: string | null
}

/** Inserts one notificatie per persoon (each at most once); returns their ids. */
export async function notificeer(tx: Tx | Db, n: NieuweNotificatie): Promise<string[]> {
  const personen = [...new Set(n.persoonIds)]
  if (personen.length === 0) return []
  const rijen = await tx.insertInto('notificatie').values(personen.map((persoonId) => ({
    organisatie_id: n.organisatieId, persoon_id: persoonId, soort: n.soort, titel: n.titel,
    link: n.link ?? null, object_type: n.objectType ?? null, object_id: n.objectId ?? null,
  }))).returning('id').execute()
  return rijen.map((r) => r.id)
}

const VELDEN = ['id', 'soort', 'titel', 'link', 'object_type', 'object_id', 'aangemaakt_op', 'gelezen_op'] as const

/** The persoon's notificaties in the organisatie: unread first, then newest first. */
export async function listNotificaties(db: Db, organisatieId: string, persoonId: string, opties: { ongelezen?: boolean; limiet: number }) {
  let q = db.selectFrom('notificatie').select(VELDEN).where('organisatie_id', '=', organisatieId).where('persoon_id', '=', persoonId)
  if (opties.ongelezen) q = q.where('gelezen_op', 'is', null)
  return q.orderBy(sql`gelezen_op is null`, 'desc').orderBy('aangemaakt_op', 'desc').orderBy('id').limit(opties.limiet).execute()
}

export async function aantalOngelezen(db: Db, organisatieId: string, persoonId: string): Promise<number> {
  const r = await db.selectFrom('notificatie').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisatie_id', '=', organisatieId).where('persoon_id', '=', persoonId).where('gelezen_op', 'is', null).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Marks one of the persoon's own notificaties read (someone else's is "not found"). */
export async function markeerGelezen(db: Db | Tx, organisatieId: string, persoonId: string, notificatieId: string) {
  const rij = await db.updateTable('notificatie').set({ gelezen_op: sql<Date>`coalesce(gelezen_op, now())` })
    .where('id', '=', notificatieId).where('organisatie_id', '=', organisatieId).where('persoon_id', '=', persoonId)
    .returning(VELDEN).executeTakeFirst()
  if (!rij) throw notFound('Notificatie', notificatieId)
  return rij
}

export interface TeMailen {
  id: string
  titel: string
  link: string | null
  aangemaakt_op: Date
  email: string
  naam: string
  organisatie: string
}

/** Notificaties not yet mailed whose persoon has an e-mail address (theirs, or their account's). */
export async function teMailen(db: Db, limiet: number): Promise<TeMailen[]> {
  const r = await sql<TeMailen>`
    select * from (
      select n.id, n.titel, n.link, n.aangemaakt_op, p.naam, o.naam as organisatie,
        coalesce(nullif(p.email, ''), (select a.email from account a where a.persoon_id = p.id and a.actief order by a.aangemaakt_op limit 1)) as email
      from notificatie n
      join persoon p on p.id = n.persoon_id
      join organisatie o on o.id = n.organisatie_id
      where n.gemaild_op is null and n.gelezen_op is null
    ) t
    where email is not null
    order by aangemaakt_op, id
    limit ${limiet}`.execute(db)
  return r.rows
}

export async function markeerGemaild(db: Db, ids: string[]) {
  if (ids.length === 0) return
  await db.updateTable('notificatie').set({ gemaild_op: new Date() }).where('id', 'in', ids).where('gemaild_op', 'is', null).execute()
}
