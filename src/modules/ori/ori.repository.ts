// Reads for the ORI export (issue 6): only meetings of overleggen with openbaar = true (raad meetings
// are public, Gemeentewet art. 23; Woo). Agenda items appear once the agenda is published; decisions
// once taken. Runs on the owner connection (public route), so every query names the organisatie.
import type { Db } from '../../db/database.ts'

const AGENDA_OPENBAAR = ['agenda_gepubliceerd', 'geopend', 'gesloten'] as const

export async function oriOrganisatie(db: Db, organisatieId: string) {
  return db.selectFrom('organisatie').select(['naam', 'soort', 'organisatiecode', 'cbs_code']).where('id', '=', organisatieId).executeTakeFirst()
}

function openbareVergaderingen(db: Db, organisatieId: string) {
  return db.selectFrom('vergadering as v')
    .innerJoin('overleg as o', 'o.id', 'v.overleg_id')
    .where('v.organisatie_id', '=', organisatieId)
    .where('o.organisatie_id', '=', organisatieId)
    .where('o.openbaar', '=', true)
}

export async function oriVergaderingen(db: Db, organisatieId: string, opties: { vergaderingId?: string; limiet: number; offset: number }) {
  let q = openbareVergaderingen(db, organisatieId)
    .select(['v.id', 'v.begin', 'v.eind', 'v.locatie', 'v.status', 'o.id as overleg_id', 'o.naam as overleg_naam', 'o.soort as overleg_soort', 'o.locatie as overleg_locatie'])
  if (opties.vergaderingId) q = q.where('v.id', '=', opties.vergaderingId)
  const rijen = await q.orderBy('v.begin', 'desc').orderBy('v.id').limit(opties.limiet).offset(opties.offset).execute()
  const ids = rijen.filter((r) => (AGENDA_OPENBAAR as readonly string[]).includes(r.status)).map((r) => r.id)
  const punten = ids.length === 0 ? [] : await db.selectFrom('agendapunt').select(['id', 'vergadering_id']).where('organisatie_id', '=', organisatieId)
    .where('vergadering_id', 'in', ids).orderBy('volgorde').execute()
  return rijen.map((r) => ({ ...r, agendapunten: punten.filter((p) => p.vergadering_id === r.id).map((p) => p.id) }))
}

export async function oriAgendapunten(db: Db, organisatieId: string, opties: { agendapuntId?: string; alleenBesloten?: boolean; limiet: number; offset: number }) {
  let q = openbareVergaderingen(db, organisatieId)
    .innerJoin('agendapunt as a', 'a.vergadering_id', 'v.id')
    .where('a.organisatie_id', '=', organisatieId)
    .where('v.status', 'in', AGENDA_OPENBAAR)
    .select(['a.id', 'a.vergadering_id', 'a.volgorde', 'a.titel', 'a.toelichting', 'a.status', 'a.besluit', 'a.uitkomst', 'a.stemmen_voor', 'a.stemmen_tegen', 'a.onthoudingen', 'a.besloten_op'])
  if (opties.agendapuntId) q = q.where('a.id', '=', opties.agendapuntId)
  if (opties.alleenBesloten) q = q.where('a.status', '=', 'besloten').where('a.uitkomst', 'is not', null)
  return q.orderBy('v.begin', 'desc').orderBy('a.volgorde').orderBy('a.id').limit(opties.limiet).offset(opties.offset).execute()
}
