// Attendance rules, checked and shown before the meeting (issue 6; seed 004, structurele overleggen):
// - voorbereidende raad: for every voorstel on the agenda, the opsteller and the teammanager attend,
//   or name a substitute; if neither does, the concernmanager is consulted ("alerted");
// - besluitvormende raad: the gemeentesecretaris or the loco-secretaris is present.
// Aanwezigheid rows are the announced attendance before the meeting and the actual one during it.
import type { Db, Tx } from '../../db/database.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export interface Waarschuwing { code: string; tekst: string; agendapuntId: string | null }

interface Context {
  organisatieId: string
  overlegSoort: string
  peildatum: string
  agenda: ReadonlyArray<{ id: string; titel: string; voorstelId: string | null }>
  aanwezigheid: ReadonlyArray<{ persoonId: string; aanwezig: boolean; vervangerPersoonId: string | null }>
}

async function houdersVan(db: Db | Tx, organisatieId: string, peildatum: string, filter: { roltype?: string; leidingVanEenheid?: string }): Promise<string[]> {
  let q = db.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').innerJoin('roltype as r', 'r.id', 'f.roltype_id')
    .select('b.persoon_id').where('b.organisatie_id', '=', organisatieId)
    .where(geldigOp('b', peildatum)).where(geldigOp('f', peildatum))
  if (filter.roltype) q = q.where('r.code', '=', filter.roltype)
  if (filter.leidingVanEenheid) q = q.where('f.eenheid_id', '=', filter.leidingVanEenheid).where('f.leidinggevend', '=', true)
  return [...new Set((await q.execute()).map((r) => r.persoon_id))]
}

export async function controleerAanwezigheid(db: Db | Tx, c: Context): Promise<{ waarschuwingen: Waarschuwing[]; alarmeer: Array<{ persoonIds: string[]; agendapuntId: string; tekst: string }> }> {
  const aanwezig = new Set(c.aanwezigheid.filter((a) => a.aanwezig).map((a) => a.persoonId))
  const vervangen = new Set(c.aanwezigheid.filter((a) => a.vervangerPersoonId !== null).map((a) => a.persoonId))
  const waarschuwingen: Waarschuwing[] = []
  const alarmeer: Array<{ persoonIds: string[]; agendapuntId: string; tekst: string }> = []
  if (c.overlegSoort === 'voorbereidende_raad') {
    for (const punt of c.agenda.filter((p) => p.voorstelId !== null)) {
      const v = await db.selectFrom('voorstel').select(['opsteller_persoon_id', 'eenheid_id']).where('id', '=', punt.voorstelId!).executeTakeFirst()
      if (!v) continue
      const teammanagers = await houdersVan(db, c.organisatieId, c.peildatum, { leidingVanEenheid: v.eenheid_id })
      const betrokkenen = [v.opsteller_persoon_id, ...teammanagers]
      if (betrokkenen.some((p) => aanwezig.has(p) || vervangen.has(p))) continue
      const tekst = `Bij "${punt.titel}" zijn de opsteller en de teammanager niet aangemeld en is geen vervanger genoemd; de concernmanager wordt ingeschakeld.`
      waarschuwingen.push({ code: 'opsteller_en_teammanager_afwezig', tekst, agendapuntId: punt.id })
      alarmeer.push({ persoonIds: await houdersVan(db, c.organisatieId, c.peildatum, { roltype: 'concernmanager' }), agendapuntId: punt.id, tekst })
    }
  }
  if (c.overlegSoort === 'besluitvormende_raad') {
    // The GS functie's holders include the loco-secretaris (a bezetting marked loco).
    const secretarissen = await houdersVan(db, c.organisatieId, c.peildatum, { roltype: 'gemeentesecretaris' })
    if (!secretarissen.some((p) => aanwezig.has(p))) {
      waarschuwingen.push({ code: 'secretaris_afwezig', tekst: 'De gemeentesecretaris of de loco-secretaris moet bij de besluitvormende raadsvergadering aanwezig zijn; geen van beiden is aangemeld.', agendapuntId: null })
    }
  }
  return { waarschuwingen, alarmeer }
}
