// One meeting: its agenda, attendance, votes and decisions (issue 6). Decided items are read-only and
// a closed meeting takes no new items; the database enforces both (migration 0007), the service
// answers first with a clear 409.
import type { Db, Tx } from '../../db/database.ts'
import { conflict, invalid, notFound, ProblemError } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { controleerAanwezigheid } from './aanwezigheidsregels.ts'
import { stemuitslag } from './besluitregel.ts'
import { vergaderingMetOverleg } from './overleg.repository.ts'
import { datumVan } from '../../server/api-schemas.ts'
import { notificeer } from '../notificatie/notificatie.repository.ts'
import { deelnemersVan, voorzitterVan } from './samenstelling.ts'

type Conn = Db | Tx

const OVERGANGEN: Record<string, readonly string[]> = {
  gepland: ['agenda_gepubliceerd', 'geannuleerd'],
  agenda_gepubliceerd: ['geopend', 'geannuleerd'],
  geopend: ['gesloten'],
  gesloten: [],
  geannuleerd: [],
}

export async function getVergadering(db: Conn, organisatieId: string, vergaderingId: string) {
  const v = await vergaderingMetOverleg(db, organisatieId, vergaderingId)
  const peildatum = datumVan(v.begin, v.tijdzone)
  const [deelnemers, aanwezigheid, punten] = await Promise.all([
    deelnemersVan(db, organisatieId, v.overleg_id, peildatum),
    db.selectFrom('aanwezigheid as a').innerJoin('persoon as p', 'p.id', 'a.persoon_id').leftJoin('persoon as w', 'w.id', 'a.vervanger_persoon_id')
      .select(['a.persoon_id', 'p.naam', 'a.aanwezig', 'a.vervanger_persoon_id', 'w.naam as vervangerNaam']).where('a.vergadering_id', '=', vergaderingId).orderBy('p.naam').execute(),
    db.selectFrom('agendapunt').selectAll().where('vergadering_id', '=', vergaderingId).orderBy('volgorde').execute(),
  ])
  const informantIds = [...new Set(punten.flatMap((p) => p.informanten))]
  const [stemmen, informanten] = await Promise.all([
    punten.length === 0 ? [] : db.selectFrom('stem as s').innerJoin('persoon as p', 'p.id', 's.persoon_id')
      .select(['s.agendapunt_id', 's.persoon_id', 'p.naam', 's.keuze']).where('s.agendapunt_id', 'in', punten.map((p) => p.id)).orderBy('p.naam').execute(),
    informantIds.length === 0 ? [] : db.selectFrom('persoon').select(['id', 'naam']).where('id', 'in', informantIds).execute(),
  ])
  const naamVan = new Map(informanten.map((p) => [p.id, p.naam]))
  const agenda = punten.map((p) => ({
    id: p.id, volgorde: p.volgorde, titel: p.titel, soort: p.soort, voorstelId: p.voorstel_id, toelichting: p.toelichting, informanten: p.informanten,
    informantNamen: p.informanten.map((persoonId) => ({ persoonId, naam: naamVan.get(persoonId) ?? 'onbekende persoon' })), documenten: p.documenten, status: p.status, besluit: p.besluit, uitkomst: p.uitkomst,
    stemmen: stemmen.filter((s) => s.agendapunt_id === p.id).map((s) => ({ persoonId: s.persoon_id, naam: s.naam, keuze: s.keuze })),
    uitslag: p.stemmen_voor === null ? null : { voor: p.stemmen_voor, tegen: p.stemmen_tegen ?? 0, onthoudingen: p.onthoudingen ?? 0, doorslagVoorzitter: p.doorslag_voorzitter },
    beslotenOp: p.besloten_op?.toISOString() ?? null,
  }))
  const { waarschuwingen } = await controleerAanwezigheid(db, {
    organisatieId, overlegSoort: v.soort, peildatum,
    agenda: agenda.map((p) => ({ id: p.id, titel: p.titel, voorstelId: p.voorstelId })),
    aanwezigheid: aanwezigheid.map((a) => ({ persoonId: a.persoon_id, aanwezig: a.aanwezig, vervangerPersoonId: a.vervanger_persoon_id })),
  })
  return {
    id: v.id, overlegId: v.overleg_id, overlegNaam: v.naam, overlegSoort: v.soort, begin: v.begin.toISOString(), eind: v.eind.toISOString(), locatie: v.locatie,
    bron: v.bron, status: v.status, notulen: v.notulen, deelnemers,
    aanwezigheid: aanwezigheid.map((a) => ({ persoonId: a.persoon_id, naam: a.naam, aanwezig: a.aanwezig, vervangerPersoonId: a.vervanger_persoon_id, vervangerNaam: a.vervangerNaam })),
    agenda, waarschuwingen,
  }
}

async function notificeerDeelnemers(tx: Tx, organisatieId: string, persoonIds: string[], soort: string, titel: string, objectType: string, objectId: string, link: string) {
  await notificeer(tx, { organisatieId, persoonIds, soort, titel, link, objectType, objectId })
}

export async function updateVergadering(tx: Tx, organisatieId: string, vergaderingId: string, w: { status?: string | undefined; notulen?: string | undefined }, actor: string) {
  const voor = await tx.selectFrom('vergadering').selectAll().where('id', '=', vergaderingId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Vergadering', vergaderingId)
  if (w.status !== undefined && w.status !== voor.status && !OVERGANGEN[voor.status]!.includes(w.status)) {
    throw conflict(`Een vergadering met status ${voor.status} kan niet naar ${w.status}; wel naar: ${OVERGANGEN[voor.status]!.join(', ') || '(niets meer)'}.`, [{ name: 'status', code: 'overgang', reason: 'is niet toegestaan vanuit de huidige status' }])
  }
  if (w.notulen !== undefined && voor.status === 'gesloten') throw conflict('De vergadering is gesloten; de notulen liggen vast.')
  // A meeting that did not take place has no notulen (the web app offers no form there either).
  if (w.notulen !== undefined && (voor.status === 'geannuleerd' || w.status === 'geannuleerd')) {
    throw conflict('De vergadering is geannuleerd: zij heeft geen notulen.', [{ name: 'notulen', code: 'geannuleerd', reason: 'een geannuleerde vergadering heeft geen notulen' }])
  }
  const na = await tx.updateTable('vergadering').set({ ...(w.status ? { status: w.status as never } : {}), ...(w.notulen !== undefined ? { notulen: w.notulen } : {}) })
    .where('id', '=', vergaderingId).returningAll().executeTakeFirstOrThrow()
  if (w.status === 'agenda_gepubliceerd' && voor.status !== 'agenda_gepubliceerd') {
    const d = await deelnemersVan(tx, organisatieId, voor.overleg_id, datumVan(voor.begin))
    const o = await tx.selectFrom('overleg').select('naam').where('id', '=', voor.overleg_id).executeTakeFirstOrThrow()
    await notificeerDeelnemers(tx, organisatieId, d.map((x) => x.persoonId), 'agenda_gepubliceerd', `De agenda van ${o.naam} op ${datumVan(voor.begin)} is gepubliceerd`, 'vergadering', vergaderingId, `/app/o/${organisatieId}/vergaderingen/${vergaderingId}`)
  }
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'vergadering.wijzigen', objectType: 'vergadering', objectId: vergaderingId, voor, na })
}

export async function addAgendapunt(tx: Tx, organisatieId: string, vergaderingId: string, p: { titel: string; soort: 'informatie' | 'bespreking' | 'besluitvorming'; voorstelId?: string | undefined; toelichting?: string | undefined; informanten?: string[] | undefined; documenten?: Array<{ titel: string; url: string }> | undefined }, actor: string) {
  const v = await tx.selectFrom('vergadering').select(['status']).where('id', '=', vergaderingId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!v) throw notFound('Vergadering', vergaderingId)
  if (v.status === 'gesloten' || v.status === 'geannuleerd') throw conflict(`De vergadering is ${v.status}: er kunnen geen agendapunten meer bij.`)
  if (p.voorstelId) {
    const vs = await tx.selectFrom('voorstel').select('id').where('id', '=', p.voorstelId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    if (!vs) throw invalid('voorstelId', 'is geen voorstel van deze organisatie', 'onbekend')
  }
  if (p.informanten?.length) {
    const ids = new Set((await tx.selectFrom('persoon').select('id').where('organisatie_id', '=', organisatieId).where('id', 'in', p.informanten).execute()).map((r) => r.id))
    p.informanten.forEach((id, i) => { if (!ids.has(id)) throw invalid(`informanten.${i}`, 'is geen persoon van deze organisatie', 'onbekend') })
  }
  const max = await tx.selectFrom('agendapunt').select((eb) => eb.fn.max('volgorde').as('m')).where('vergadering_id', '=', vergaderingId).executeTakeFirst()
  const rij = await tx.insertInto('agendapunt').values({
    organisatie_id: organisatieId, vergadering_id: vergaderingId, volgorde: Number(max?.m ?? 0) + 1, titel: p.titel, soort: p.soort,
    voorstel_id: p.voorstelId ?? null, toelichting: p.toelichting ?? null, informanten: p.informanten ?? [], documenten: JSON.stringify(p.documenten ?? []),
  }).returningAll().executeTakeFirstOrThrow()
  if (p.informanten?.length) await notificeerDeelnemers(tx, organisatieId, p.informanten, 'informant', `U bent uitgenodigd als informant bij "${p.titel}"`, 'vergadering', vergaderingId, `/app/o/${organisatieId}/vergaderingen/${vergaderingId}`)
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agendapunt.aanmaken', objectType: 'agendapunt', objectId: rij.id, na: rij })
  return rij.id
}

async function puntVoorUpdate(tx: Tx, organisatieId: string, agendapuntId: string) {
  const p = await tx.selectFrom('agendapunt').selectAll().where('id', '=', agendapuntId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!p) throw notFound('Agendapunt', agendapuntId)
  if (p.status !== 'open') throw conflict(`Over dit agendapunt is besloten (${p.uitkomst ?? p.status}); het kan niet meer worden gewijzigd.`)
  return p
}

/**
 * Titel, toelichting or informanten of an open item. Informanten replace the list as a whole; they
 * must be personen of the organisatie (400 naming each wrong one), and are not invited to a meeting
 * that is closed or cancelled (409). Whoever is new on the list is notified, as on adding the item.
 */
export async function updateAgendapunt(tx: Tx, organisatieId: string, agendapuntId: string, w: { titel?: string | undefined; toelichting?: string | undefined; informanten?: string[] | undefined }, actor: string) {
  const voor = await puntVoorUpdate(tx, organisatieId, agendapuntId)
  if (w.informanten !== undefined) {
    const v = await tx.selectFrom('vergadering').select('status').where('id', '=', voor.vergadering_id).executeTakeFirstOrThrow()
    if (v.status === 'gesloten' || v.status === 'geannuleerd') throw conflict(`De vergadering is ${v.status}: er worden geen informanten meer uitgenodigd.`, [{ name: 'informanten', code: 'vergadering_voorbij', reason: `de vergadering is ${v.status}` }])
    const bekend = new Set(w.informanten.length === 0 ? [] : (await tx.selectFrom('persoon').select('id').where('organisatie_id', '=', organisatieId).where('id', 'in', w.informanten).execute()).map((r) => r.id))
    const onbekend = w.informanten.flatMap((id, i) => bekend.has(id) ? [] : [{ name: `informanten.${i}`, code: 'onbekend', reason: 'is geen persoon van deze organisatie' }])
    if (onbekend.length > 0) throw new ProblemError(400, onbekend.map((f) => `${f.name}: ${f.reason}`).join('; '), onbekend, 'ongeldige-invoer')
  }
  const na = await tx.updateTable('agendapunt').set({
    ...(w.titel ? { titel: w.titel } : {}), ...(w.toelichting !== undefined ? { toelichting: w.toelichting } : {}), ...(w.informanten !== undefined ? { informanten: w.informanten } : {}),
  }).where('id', '=', agendapuntId).returningAll().executeTakeFirstOrThrow()
  const nieuw = (w.informanten ?? []).filter((id) => !voor.informanten.includes(id))
  await notificeerDeelnemers(tx, organisatieId, nieuw, 'informant', `U bent uitgenodigd als informant bij "${na.titel}"`, 'vergadering', voor.vergadering_id, `/app/o/${organisatieId}/vergaderingen/${voor.vergadering_id}`)
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agendapunt.wijzigen', objectType: 'agendapunt', objectId: agendapuntId, voor, na })
  return voor.vergadering_id
}

export async function setAanwezigheid(tx: Tx, organisatieId: string, vergaderingId: string, rijen: Array<{ persoonId: string; aanwezig: boolean; vervangerPersoonId?: string | undefined }>, actor: string) {
  const v = await tx.selectFrom('vergadering').select('status').where('id', '=', vergaderingId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!v) throw notFound('Vergadering', vergaderingId)
  if (v.status === 'gesloten') throw conflict('De vergadering is gesloten; de aanwezigheid ligt vast.')
  const ids = [...new Set(rijen.flatMap((r) => [r.persoonId, ...(r.vervangerPersoonId ? [r.vervangerPersoonId] : [])]))]
  const bekend = new Set(ids.length === 0 ? [] : (await tx.selectFrom('persoon').select('id').where('organisatie_id', '=', organisatieId).where('id', 'in', ids).execute()).map((r) => r.id))
  rijen.forEach((r, i) => {
    if (!bekend.has(r.persoonId)) throw invalid(`aanwezigen.${i}.persoonId`, 'is geen persoon van deze organisatie', 'onbekend')
    if (r.vervangerPersoonId && !bekend.has(r.vervangerPersoonId)) throw invalid(`aanwezigen.${i}.vervangerPersoonId`, 'is geen persoon van deze organisatie', 'onbekend')
  })
  for (const r of rijen) {
    await tx.insertInto('aanwezigheid').values({ organisatie_id: organisatieId, vergadering_id: vergaderingId, persoon_id: r.persoonId, aanwezig: r.aanwezig, vervanger_persoon_id: r.vervangerPersoonId ?? null })
      .onConflict((oc) => oc.columns(['vergadering_id', 'persoon_id']).doUpdateSet({ aanwezig: r.aanwezig, vervanger_persoon_id: r.vervangerPersoonId ?? null })).execute()
  }
  // Alert the concernmanager once per item when the voorbereidende raad's rule is not met.
  const det = await getVergadering(tx, organisatieId, vergaderingId)
  const { alarmeer } = await controleerAanwezigheid(tx, {
    organisatieId, overlegSoort: det.overlegSoort, peildatum: datumVan(new Date(det.begin)),
    agenda: det.agenda.map((p) => ({ id: p.id, titel: p.titel, voorstelId: p.voorstelId })),
    aanwezigheid: det.aanwezigheid.map((a) => ({ persoonId: a.persoonId, aanwezig: a.aanwezig, vervangerPersoonId: a.vervangerPersoonId })),
  })
  for (const a of alarmeer) {
    const al = await tx.selectFrom('notificatie').select('id').where('object_id', '=', a.agendapuntId).where('soort', '=', 'aanwezigheid_raad').executeTakeFirst()
    if (!al) await notificeerDeelnemers(tx, organisatieId, a.persoonIds, 'aanwezigheid_raad', a.tekst, 'agendapunt', a.agendapuntId, `/app/o/${organisatieId}/vergaderingen/${vergaderingId}`)
  }
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'vergadering.aanwezigheid', objectType: 'vergadering', objectId: vergaderingId, na: rijen })
}

export async function setStemmen(tx: Tx, organisatieId: string, agendapuntId: string, stemmen: Array<{ persoonId: string; keuze: 'voor' | 'tegen' | 'onthouding' }>, actor: string) {
  const p = await puntVoorUpdate(tx, organisatieId, agendapuntId)
  if (p.soort !== 'besluitvorming') throw conflict('Alleen over een besluitvormend agendapunt wordt gestemd.')
  const v = await vergaderingMetOverleg(tx, organisatieId, p.vergadering_id)
  if (v.modus !== 'besluitvormend') throw conflict(`${v.naam} is adviserend: er wordt niet gestemd.`)
  if (v.status !== 'geopend') throw conflict('Er wordt alleen gestemd in een geopende vergadering.')
  const stemgerechtigd = new Set((await deelnemersVan(tx, organisatieId, v.overleg_id, datumVan(v.begin, v.tijdzone))).filter((d) => d.rol !== 'adviseur').map((d) => d.persoonId))
  stemmen.forEach((s, i) => { if (!stemgerechtigd.has(s.persoonId)) throw invalid(`stemmen.${i}.persoonId`, 'is geen stemgerechtigd lid van dit overleg', 'niet_stemgerechtigd') })
  for (const s of stemmen) {
    await tx.insertInto('stem').values({ organisatie_id: organisatieId, agendapunt_id: agendapuntId, persoon_id: s.persoonId, keuze: s.keuze })
      .onConflict((oc) => oc.columns(['agendapunt_id', 'persoon_id']).doUpdateSet({ keuze: s.keuze })).execute()
  }
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agendapunt.stemmen', objectType: 'agendapunt', objectId: agendapuntId, na: stemmen })
  return p.vergadering_id
}

/** Records the besluit. With votes, the body's besluitregel and quorum decide the uitkomst. */
export async function neemBesluit(tx: Tx, organisatieId: string, agendapuntId: string, b: { besluit: string; uitkomst?: 'aangenomen' | 'geamendeerd_aangenomen' | 'verworpen' | 'aangehouden' | undefined }, actor: string) {
  const p = await puntVoorUpdate(tx, organisatieId, agendapuntId)
  const v = await vergaderingMetOverleg(tx, organisatieId, p.vergadering_id)
  if (v.status !== 'geopend') throw conflict('Er wordt alleen besloten in een geopende vergadering.')
  let uitkomst = b.uitkomst ?? null
  let uitslag: { voor: number; tegen: number; onthoudingen: number; doorslagVoorzitter: boolean } | null = null
  if (p.soort === 'besluitvorming' && v.modus === 'besluitvormend') {
    const deelnemers = await deelnemersVan(tx, organisatieId, v.overleg_id, datumVan(v.begin, v.tijdzone))
    const aanwezig = new Set((await tx.selectFrom('aanwezigheid').select('persoon_id').where('vergadering_id', '=', v.id).where('aanwezig', '=', true).execute()).map((a) => a.persoon_id))
    const stemmen = await tx.selectFrom('stem').select(['persoon_id as persoonId', 'keuze']).where('agendapunt_id', '=', agendapuntId).execute()
    const u = stemuitslag({
      besluitregel: v.besluitregel, quorum: v.quorum, voorzitterId: voorzitterVan(deelnemers, aanwezig),
      aanwezigeStemgerechtigden: deelnemers.filter((d) => d.rol !== 'adviseur' && aanwezig.has(d.persoonId)).length, stemmen,
    })
    if (!u.besluit) throw conflict(u.reden)
    // An amended proposal adopted by vote: the given uitkomst may say so.
    uitkomst = u.uitkomst === 'aangenomen' && b.uitkomst === 'geamendeerd_aangenomen' ? 'geamendeerd_aangenomen' : u.uitkomst
    uitslag = { voor: u.voor, tegen: u.tegen, onthoudingen: u.onthoudingen, doorslagVoorzitter: u.doorslagVoorzitter }
  } else if (p.soort === 'besluitvorming' && !uitkomst) {
    throw invalid('uitkomst', 'is verplicht bij een besluit zonder stemming', 'verplicht')
  }
  const na = await tx.updateTable('agendapunt').set({
    status: 'besloten', besluit: b.besluit, uitkomst, besloten_op: new Date(),
    ...(uitslag ? { stemmen_voor: uitslag.voor, stemmen_tegen: uitslag.tegen, onthoudingen: uitslag.onthoudingen, doorslag_voorzitter: uitslag.doorslagVoorzitter } : {}),
  }).where('id', '=', agendapuntId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'agendapunt.besluiten', objectType: 'agendapunt', objectId: agendapuntId, voor: p, na })
  return { vergaderingId: p.vergadering_id, voorstelId: p.voorstel_id, overlegSoort: v.soort, uitkomst }
}
