// Secret, revocable calendar feeds (issue 6): a feed URL carries a 256-bit random token that is
// shown once; only its SHA-256 is stored (as for API tokens). A feed is for one overleg or for one
// persoon (all overleggen they take part in). Revoked feeds stay listed: nothing is deleted.
import type { Db, Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { hashGeheim, nieuwGeheim } from '../toegang/geheimen.ts'
import { deelnemersPerOverleg } from '../overleg/samenstelling.ts'
import { invalid, notFound } from '../../server/problem.ts'
import type { KalenderOverleg } from './ical.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export const FEED_PREFIX = 'kal_'

export interface FeedRij {
  id: string
  overleg_id: string | null
  persoon_id: string | null
  aangemaakt_op: Date
  ingetrokken_op: Date | null
}

const ZICHTBAAR = ['f.id', 'f.overleg_id', 'f.persoon_id', 'f.aangemaakt_op', 'f.ingetrokken_op', 'o.naam as overleg_naam', 'p.naam as persoon_naam'] as const

export async function createAgendaFeed(tx: Tx, organisatieId: string, doel: { overlegId: string } | { persoonId: string }, actor: string) {
  if ('overlegId' in doel) {
    const overleg = await tx.selectFrom('overleg').select('id').where('id', '=', doel.overlegId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    if (!overleg) throw invalid('overlegId', 'dit overleg bestaat niet in deze organisatie', 'bestaat-niet')
  }
  const token = nieuwGeheim(FEED_PREFIX)
  const rij = await tx
    .insertInto('agenda_feed')
    .values({
      organisatie_id: organisatieId,
      overleg_id: 'overlegId' in doel ? doel.overlegId : null,
      persoon_id: 'persoonId' in doel ? doel.persoonId : null,
      token_hash: hashGeheim(token),
      aangemaakt_door: actor,
    })
    .returning(['id', 'overleg_id', 'persoon_id', 'aangemaakt_op', 'ingetrokken_op'])
    .executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agenda-feed.aanmaken', objectType: 'agenda_feed', objectId: rij.id, na: rij })
  return { token, id: rij.id }
}

/** The feeds the actor made in the organisatie, newest first. */
export async function listAgendaFeeds(db: Db, organisatieId: string, actor: string) {
  return db
    .selectFrom('agenda_feed as f')
    .leftJoin('overleg as o', 'o.id', 'f.overleg_id')
    .leftJoin('persoon as p', 'p.id', 'f.persoon_id')
    .select(ZICHTBAAR)
    .where('f.organisatie_id', '=', organisatieId)
    .where('f.aangemaakt_door', '=', actor)
    .orderBy('f.aangemaakt_op', 'desc')
    .orderBy('f.id')
    .execute()
}

export async function getAgendaFeed(db: Db, organisatieId: string, feedId: string, actor: string) {
  const rij = await db
    .selectFrom('agenda_feed as f')
    .leftJoin('overleg as o', 'o.id', 'f.overleg_id')
    .leftJoin('persoon as p', 'p.id', 'f.persoon_id')
    .select(ZICHTBAAR)
    .where('f.organisatie_id', '=', organisatieId)
    .where('f.id', '=', feedId)
    .where('f.aangemaakt_door', '=', actor)
    .executeTakeFirst()
  if (!rij) throw notFound('Agenda-feed', feedId)
  return rij
}

/** Revokes one of the actor's own feeds (someone else's is "not found"); revoking twice is harmless. */
export async function revokeAgendaFeed(tx: Tx, organisatieId: string, feedId: string, actor: string) {
  const voor = await tx.selectFrom('agenda_feed').select(['id', 'ingetrokken_op']).where('id', '=', feedId).where('organisatie_id', '=', organisatieId)
    .where('aangemaakt_door', '=', actor).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Agenda-feed', feedId)
  if (voor.ingetrokken_op) return
  const na = await tx.updateTable('agenda_feed').set({ ingetrokken_op: new Date() }).where('id', '=', feedId).returning(['id', 'ingetrokken_op']).executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agenda-feed.intrekken', objectType: 'agenda_feed', objectId: feedId, voor, na })
}

/** The live feed for a token (owner connection: the token is the credential), or null. */
export async function feedVoorToken(db: Db, token: string) {
  if (!token.startsWith(FEED_PREFIX) || token.length > 100) return null
  const rij = await db.selectFrom('agenda_feed').select(['id', 'organisatie_id', 'overleg_id', 'persoon_id', 'ingetrokken_op'])
    .where('token_hash', '=', hashGeheim(token)).executeTakeFirst()
  return rij && !rij.ingetrokken_op ? rij : null
}

/** The overleggen with their meetings, as the calendar needs them. */
export async function kalenderOverleggen(db: Db, organisatieId: string, overlegIds: string[]): Promise<KalenderOverleg[]> {
  if (overlegIds.length === 0) return []
  const overleggen = await db.selectFrom('overleg')
    .select(['id', 'naam', 'rrule', 'eerste_begin', 'duur_minuten', 'tijdzone', 'locatie', 'geldig_tot'])
    .where('organisatie_id', '=', organisatieId).where('id', 'in', overlegIds).orderBy('naam').execute()
  const vergaderingen = await db.selectFrom('vergadering')
    .select(['id', 'overleg_id', 'begin', 'eind', 'locatie', 'bron', 'status'])
    .where('organisatie_id', '=', organisatieId).where('overleg_id', 'in', overlegIds).orderBy('begin').execute()
  return overleggen.map((o) => ({
    id: o.id, naam: o.naam, rrule: o.rrule, eersteBegin: o.eerste_begin, duurMinuten: o.duur_minuten, tijdzone: o.tijdzone, locatie: o.locatie, geldigTot: o.geldig_tot,
    vergaderingen: vergaderingen.filter((v) => v.overleg_id === o.id).map(({ overleg_id: _o, ...v }) => v),
  }))
}

/** The overleggen the persoon takes part in on the peildatum (derived from the organisation). */
export async function overleggenVanPersoon(db: Db, organisatieId: string, persoonId: string, peildatum: string): Promise<string[]> {
  const overleggen = await db.selectFrom('overleg').select('id').where('organisatie_id', '=', organisatieId)
    .where(geldigOp('overleg', peildatum)).execute()
  const deelnemers = await deelnemersPerOverleg(db, organisatieId, overleggen.map((o) => o.id), peildatum)
  return overleggen.filter((o) => deelnemers.get(o.id)?.some((d) => d.persoonId === persoonId)).map((o) => o.id)
}

export async function persoonNaam(db: Db, persoonId: string) {
  return (await db.selectFrom('persoon').select('naam').where('id', '=', persoonId).executeTakeFirst())?.naam ?? null
}

export async function persoonInOrganisatie(db: Db, organisatieId: string, persoonId: string) {
  return (await db.selectFrom('persoon').select('id').where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()) !== undefined
}
