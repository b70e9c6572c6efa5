// Voorstellen: the only SQL for voorstel, its versions, steps, agendapunten and notifications (issue 6).
// Every write runs in the caller's transaction; the route (voorstel-route.ts) records the audit events
// of steps, this file those of drafting and new text versions.
import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import type { OverlegSoort, VoorstelStapTable, VoorstelTable } from '../../db/schema.ts'
import { conflict, invalid, notFound, ProblemError } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import type { NieuwVoorstel, Voorstel, VoorstelSamenvatting } from './voorstel.schemas.ts'
import { notificeer as voegNotificatiesToe } from '../notificatie/notificatie.repository.ts'
import { redenNietInOverleg } from './agendering.ts'

type Conn = Db | Tx
export type VoorstelRij = Selectable<VoorstelTable>
type Status = Voorstel['status']

// ---- reading the organisation: who owns a step --------------------------------------------------

/** The functie of the voorstel's eenheid that is leidinggevend today (its teammanager). */
async function leidinggevendeVan(db: Conn, organisatieId: string, eenheidId: string): Promise<string | null> {
  const f = await db.selectFrom('functie_versie as f').select('f.functie_id').where('f.organisatie_id', '=', organisatieId).where('f.eenheid_id', '=', eenheidId)
    .where('f.leidinggevend', '=', true).where(geldigOp('f', vandaag())).orderBy('f.naam').executeTakeFirst()
  return f?.functie_id ?? null
}

/** A functie with this roltype today: the gemeentesecretaris, the griffier. */
async function functieMetRoltype(db: Conn, organisatieId: string, code: string): Promise<string | null> {
  const f = await db.selectFrom('functie_versie as f').innerJoin('roltype as r', 'r.id', 'f.roltype_id').select('f.functie_id')
    .where('f.organisatie_id', '=', organisatieId).where('r.code', '=', code).where(geldigOp('f', vandaag())).orderBy('f.naam').executeTakeFirst()
  return f?.functie_id ?? null
}

/** The functie the opsteller holds in the voorstel's eenheid today (their own, before a loco's). */
async function opstellerFunctie(db: Conn, organisatieId: string, persoonId: string, eenheidId: string): Promise<string | null> {
  const f = await db.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').select('b.functie_id')
    .where('b.organisatie_id', '=', organisatieId).where('b.persoon_id', '=', persoonId).where('f.eenheid_id', '=', eenheidId)
    .where(geldigOp('b', vandaag())).where(geldigOp('f', vandaag())).orderBy(sql`b.vervanging is not null`).orderBy('b.fte', 'desc').executeTakeFirst()
  return f?.functie_id ?? null
}

/** The portefeuillehouder: the functie of the voorstel's portefeuille. */
async function portefeuilleFunctie(db: Conn, portefeuilleId: string | null): Promise<string | null> {
  if (!portefeuilleId) return null
  const p = await db.selectFrom('portefeuille').select('functie_id').where('id', '=', portefeuilleId).executeTakeFirst()
  return p?.functie_id ?? null
}

/** Who is at turn once the voorstel has this status, resolved from the organisation today. */
export async function eigenaarVan(db: Conn, organisatieId: string, v: Pick<VoorstelRij, 'status' | 'soort' | 'eenheid_id' | 'portefeuille_id' | 'opsteller_persoon_id'>): Promise<string | null> {
  switch (v.status) {
    case 'concept': return opstellerFunctie(db, organisatieId, v.opsteller_persoon_id, v.eenheid_id)
    // organisatiebesluit: teammanager 4g — the leidinggevende of the opsteller's team approves.
    case 'ter_goedkeuring': return leidinggevendeVan(db, organisatieId, v.eenheid_id)
    // organisatiebesluit: gemeentesecretaris 1 (secretaris van het college) routes approved voorstellen;
    // structurele overleggen 3: the gemeentesecretaris chairs the DT, which decides a dt_voorstel.
    case 'goedgekeurd': return functieMetRoltype(db, organisatieId, 'gemeentesecretaris')
    // seed 004: the portefeuillehouder takes the voorstel through PHO and college.
    case 'pho':
    case 'college': return portefeuilleFunctie(db, v.portefeuille_id)
    // Gemeentewet art. 107a: the griffier supports the raad.
    case 'voorbereidende_raad':
    case 'besluitvormende_raad': return functieMetRoltype(db, organisatieId, 'griffier')
    case 'besloten':
    case 'teruggetrokken': return null
  }
}

/** The persons holding the functie today (a loco or waarnemer too). */
async function houdersVan(db: Conn, organisatieId: string, functieId: string): Promise<string[]> {
  const r = await db.selectFrom('bezetting as b').select('b.persoon_id').distinct().where('b.organisatie_id', '=', organisatieId).where('b.functie_id', '=', functieId).where(geldigOp('b', vandaag())).execute()
  return r.map((x) => x.persoon_id)
}

/** The eenheden where the persoon holds a functie today, their own bezetting before a loco's. */
async function eenhedenVan(db: Conn, organisatieId: string, persoonId: string) {
  return db.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').select(['f.eenheid_id', 'b.vervanging', 'b.fte'])
    .where('b.organisatie_id', '=', organisatieId).where('b.persoon_id', '=', persoonId).where(geldigOp('b', vandaag())).where(geldigOp('f', vandaag())).execute()
}

// ---- writes ---------------------------------------------------------------------------------------

/** Drafts a voorstel as concept with its first text version; the opsteller is the persoon, the
 *  eenheid one where they hold a functie today (their own functie's, unless they pick another). */
export async function createVoorstel(tx: Tx, organisatieId: string, persoonId: string, n: NieuwVoorstel, actor: string): Promise<string> {
  const eenheden = await eenhedenVan(tx, organisatieId, persoonId)
  if (eenheden.length === 0) throw new ProblemError(403, 'Alleen wie vandaag een functie in deze organisatie heeft, kan een voorstel opstellen.', undefined, 'geen_mandaat')
  let eenheidId: string
  if (n.eenheidId !== undefined) {
    if (!eenheden.some((e) => e.eenheid_id === n.eenheidId)) throw invalid('eenheidId', 'is geen eenheid waar u vandaag een functie hebt', 'onbekend')
    eenheidId = n.eenheidId
  } else {
    const eigen = eenheden.filter((e) => e.vervanging === null)
    const kandidaten = [...new Set((eigen.length > 0 ? eigen : eenheden).map((e) => e.eenheid_id))]
    if (kandidaten.length > 1) throw invalid('eenheidId', 'u hebt functies in meer eenheden: kies de eenheid waarvan de teammanager het voorstel goedkeurt', 'verplicht')
    eenheidId = kandidaten[0]!
  }
  if (n.soort !== 'dt_voorstel' && n.portefeuilleId === undefined) throw invalid('portefeuilleId', 'is verplicht voor een college- of raadsvoorstel: de portefeuillehouder brengt het in PHO en college', 'verplicht')
  if (n.portefeuilleId !== undefined) {
    const p = await tx.selectFrom('portefeuille').select('id').where('id', '=', n.portefeuilleId).where('organisatie_id', '=', organisatieId).where(geldigOp('portefeuille', vandaag())).executeTakeFirst()
    if (!p) throw invalid('portefeuilleId', 'is geen lopende portefeuille van deze organisatie', 'onbekend')
  }
  const v = await tx.insertInto('voorstel').values({
    organisatie_id: organisatieId, titel: n.titel, soort: n.soort, opsteller_persoon_id: persoonId, eenheid_id: eenheidId, portefeuille_id: n.portefeuilleId ?? null, uitkomst: null,
  }).returningAll().executeTakeFirstOrThrow()
  await tx.insertInto('voorstel_versie').values({ organisatie_id: organisatieId, voorstel_id: v.id, versie: 1, tekst: n.tekst, auteur: actor }).execute()
  const eigenaar = await opstellerFunctie(tx, organisatieId, persoonId, eenheidId)
  await insertStap(tx, { organisatie_id: organisatieId, voorstel_id: v.id, stap: 'concept', handeling: 'opstellen', eigenaar_functie_id: eigenaar, uitkomst: null, opmerking: null, actor })
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'voorstel.opstellen', objectType: 'voorstel', objectId: v.id, na: { ...v, tekst: n.tekst } })
  return v.id
}

/** A new text version; only while the voorstel is a concept (after terugsturen too). */
export async function replaceTekst(tx: Tx, organisatieId: string, voorstelId: string, tekst: string, actor: string): Promise<number> {
  const v = await lockVoorstel(tx, organisatieId, voorstelId)
  if (v.status !== 'concept') throw conflict(`De tekst kan alleen worden gewijzigd zolang het voorstel een concept is; het heeft status ‘${v.status}’. Laat het zo nodig terugsturen.`)
  const laatste = await tx.selectFrom('voorstel_versie').select(sql<number>`coalesce(max(versie), 0)`.as('versie')).where('voorstel_id', '=', voorstelId).executeTakeFirstOrThrow()
  const versie = Number(laatste.versie) + 1
  await tx.insertInto('voorstel_versie').values({ organisatie_id: organisatieId, voorstel_id: voorstelId, versie, tekst, auteur: actor }).execute()
  await tx.updateTable('voorstel').set({ gewijzigd_op: new Date() }).where('id', '=', voorstelId).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'voorstel.tekst_wijzigen', objectType: 'voorstel', objectId: voorstelId, na: { versie, tekst } })
  return versie
}

export async function lockVoorstel(tx: Tx, organisatieId: string, voorstelId: string): Promise<VoorstelRij> {
  const v = await tx.selectFrom('voorstel').selectAll().where('id', '=', voorstelId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!v) throw notFound('Voorstel', voorstelId)
  return v
}

export async function findVoorstel(db: Conn, organisatieId: string, voorstelId: string): Promise<VoorstelRij> {
  const v = await db.selectFrom('voorstel').selectAll().where('id', '=', voorstelId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!v) throw notFound('Voorstel', voorstelId)
  return v
}

export async function setVoorstelStatus(tx: Tx, voorstelId: string, status: Status, uitkomst: VoorstelRij['uitkomst']) {
  await tx.updateTable('voorstel').set({ status, ...(status === 'besloten' ? { uitkomst } : {}), gewijzigd_op: new Date() }).where('id', '=', voorstelId).execute()
}

export async function insertStap(tx: Tx, stap: Insertable<VoorstelStapTable>) {
  // clock_timestamp: steps of one transaction still have an order.
  await tx.insertInto('voorstel_stap').values({ ...stap, tijdstip: sql`clock_timestamp()` }).execute()
}

/** The meetings the voorstel is on the agenda of: their overleg soort and status. */
export async function agendapuntenVan(db: Conn, voorstelId: string): Promise<Array<{ overlegSoort: string; vergaderingStatus: string }>> {
  return db.selectFrom('agendapunt as a').innerJoin('vergadering as vg', 'vg.id', 'a.vergadering_id').innerJoin('overleg as o', 'o.id', 'vg.overleg_id')
    .select(['o.soort as overlegSoort', 'vg.status as vergaderingStatus']).where('a.voorstel_id', '=', voorstelId).execute()
}

/** Puts the voorstel on the agenda of the meeting as a besluitvorming item, after the last one. */
export async function agendeerVoorstel(tx: Tx, organisatieId: string, v: VoorstelRij, vergaderingId: string, soorten: readonly OverlegSoort[]): Promise<{ id: string; overleg: string; begin: Date }> {
  const vg = await tx.selectFrom('vergadering as v').innerJoin('overleg as o', 'o.id', 'v.overleg_id').select(['v.id', 'v.status', 'v.begin', 'o.soort', 'o.naam', 'o.portefeuille_id'])
    .where('v.id', '=', vergaderingId).where('v.organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!vg) throw invalid('vergaderingId', 'is geen vergadering van deze organisatie', 'onbekend')
  if (!soorten.includes(vg.soort)) throw invalid('vergaderingId', `is een vergadering van ${vg.naam} (${vg.soort}); deze stap vraagt een vergadering van soort ${soorten.join(' of ')}`, 'verkeerd-overleg')
  const reden = redenNietInOverleg({ soort: vg.soort, portefeuilleId: vg.portefeuille_id, naam: vg.naam }, v.portefeuille_id)
  if (reden) throw invalid('vergaderingId', reden, 'andere-portefeuille')
  if (vg.status === 'gesloten' || vg.status === 'geannuleerd') throw conflict(`De vergadering van ${vg.naam} is ${vg.status}: er kunnen geen agendapunten meer bij.`)
  const laatste = await tx.selectFrom('agendapunt').select(sql<number>`coalesce(max(volgorde), 0)`.as('n')).where('vergadering_id', '=', vergaderingId).executeTakeFirstOrThrow()
  const a = await tx.insertInto('agendapunt').values({
    organisatie_id: organisatieId, vergadering_id: vergaderingId, volgorde: Number(laatste.n) + 1, titel: v.titel, soort: 'besluitvorming', voorstel_id: v.id, toelichting: null, besluit: null, uitkomst: null, stemmen_voor: null, stemmen_tegen: null, onthoudingen: null, besloten_op: null,
  }).returning('id').executeTakeFirstOrThrow()
  return { id: a.id, overleg: vg.naam, begin: vg.begin }
}

const TITELS: Partial<Record<Status, (titel: string) => string>> = {
  ter_goedkeuring: (t) => `Voorstel ‘${t}’ wacht op uw goedkeuring voor agendering`,
  goedgekeurd: (t) => `Voorstel ‘${t}’ is goedgekeurd en kan verder de route in`,
  pho: (t) => `Voorstel ‘${t}’ gaat naar het portefeuillehoudersoverleg`,
  college: (t) => `Voorstel ‘${t}’ gaat naar het college`,
  voorbereidende_raad: (t) => `Voorstel ‘${t}’ gaat naar de voorbereidende raadsvergadering`,
  besluitvormende_raad: (t) => `Voorstel ‘${t}’ gaat naar de besluitvormende raadsvergadering`,
  teruggetrokken: (t) => `Voorstel ‘${t}’ is teruggetrokken`,
}

const OP_DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** A notification for whoever is at turn now: the holders of the owner functie; the opsteller when
 *  the voorstel comes back to them, is decided or withdrawn. Put on an agenda without a change of
 *  status (the voorbereidende raad), it goes to the owner, the opsteller and their teammanager. */
export async function notificeer(tx: Tx, organisatieId: string, v: VoorstelRij, naar: Status, eigenaar: string | null, extra: { uitkomst: string | null; opmerking: string | null; agenda?: { overleg: string; begin: Date } | null }) {
  if (extra.agenda && naar === v.status) return notificeerAgendering(tx, organisatieId, v, eigenaar, extra.agenda)
  const naarOpsteller = naar === 'concept' || naar === 'besloten' || naar === 'teruggetrokken' || naar === v.status
  const personen = naarOpsteller ? [v.opsteller_persoon_id] : eigenaar ? await houdersVan(tx, organisatieId, eigenaar) : []
  if (personen.length === 0) return
  const titel = naar === v.status ? `Voorstel ‘${v.titel}’ is aangehouden`
    : naar === 'concept' ? `Voorstel ‘${v.titel}’ is teruggestuurd: ${extra.opmerking ?? ''}`.slice(0, 500)
    : naar === 'besloten' ? `Over voorstel ‘${v.titel}’ is besloten: ${(extra.uitkomst ?? '').replace('_', ' ')}`
    : TITELS[naar]!(v.titel)
  await meldingVoorstel(tx, organisatieId, v, personen, titel)
}

const meldingVoorstel = (tx: Tx, organisatieId: string, v: VoorstelRij, persoonIds: string[], titel: string) =>
  voegNotificatiesToe(tx, { organisatieId, persoonIds, soort: 'voorstel', titel: titel.slice(0, 500), link: `/app/o/${organisatieId}/voorstellen/${v.id}`, objectType: 'voorstel', objectId: v.id })

/** seed 004, voorbereidende raadsvergadering: the opsteller and the teammanager attend it or arrange
 *  a substitute, so they hear of the meeting as well as the owner (the griffier). */
async function notificeerAgendering(tx: Tx, organisatieId: string, v: VoorstelRij, eigenaar: string | null, agenda: { overleg: string; begin: Date }) {
  const teammanager = await leidinggevendeVan(tx, organisatieId, v.eenheid_id)
  const personen = [...new Set([
    ...(eigenaar ? await houdersVan(tx, organisatieId, eigenaar) : []), v.opsteller_persoon_id, ...(teammanager ? await houdersVan(tx, organisatieId, teammanager) : []),
  ])]
  const titel = `Voorstel ‘${v.titel}’ staat op de agenda van ${agenda.overleg} van ${OP_DATUM.format(agenda.begin)}; de opsteller en de teammanager zijn erbij of regelen vervanging`
  await meldingVoorstel(tx, organisatieId, v, personen, titel)
}

// ---- reading ----------------------------------------------------------------------------------------

const huidigeEigenaar = sql`(select s.eigenaar_functie_id from voorstel_stap s where s.voorstel_id = v.id order by s.tijdstip desc, s.id desc limit 1)`
const eenheidNaam = (ref: string) => sql`(select ev.naam from eenheid_versie ev where ev.eenheid_id = ${sql.ref(ref)}
  order by (ev.geldig_van <= ${vandaag()}::date and (ev.geldig_tot is null or ev.geldig_tot > ${vandaag()}::date)) desc, ev.geldig_van desc limit 1)`
const functieNaam = (ref: RawBuilder<unknown>) => sql`(select fv.naam from functie_versie fv where fv.functie_id = ${ref}
  order by (fv.geldig_van <= ${vandaag()}::date and (fv.geldig_tot is null or fv.geldig_tot > ${vandaag()}::date)) desc, fv.geldig_van desc limit 1)`

const samenvattingSql = (organisatieId: string) => sql`
  select v.id, v.titel, v.soort, v.status, v.uitkomst, v.aangemaakt_op, v.gewijzigd_op, v.opsteller_persoon_id, v.eenheid_id, v.portefeuille_id,
         p.naam as opsteller_naam, ${eenheidNaam('v.eenheid_id')} as eenheid_naam,
         e.eigenaar_id, ${functieNaam(sql.ref('e.eigenaar_id'))} as eigenaar_naam
  from voorstel v join persoon p on p.id = v.opsteller_persoon_id
  cross join lateral (select ${huidigeEigenaar} as eigenaar_id) e
  where v.organisatie_id = ${organisatieId}`

interface SamenvattingRij {
  id: string; titel: string; soort: Voorstel['soort']; status: Status; uitkomst: Voorstel['uitkomst']; aangemaakt_op: Date; gewijzigd_op: Date
  opsteller_persoon_id: string; eenheid_id: string; portefeuille_id: string | null; opsteller_naam: string; eenheid_naam: string | null; eigenaar_id: string | null; eigenaar_naam: string | null
}

function samenvatting(r: SamenvattingRij): VoorstelSamenvatting {
  return {
    id: r.id, titel: r.titel, soort: r.soort, status: r.status, uitkomst: r.uitkomst,
    opsteller: { id: r.opsteller_persoon_id, naam: r.opsteller_naam }, eenheid: { id: r.eenheid_id, naam: r.eenheid_naam ?? '(onbekende eenheid)' },
    eigenaar: r.eigenaar_id ? { id: r.eigenaar_id, naam: r.eigenaar_naam ?? '(functie bestaat niet meer)' } : null,
    aangemaaktOp: r.aangemaakt_op.toISOString(), gewijzigdOp: r.gewijzigd_op.toISOString(),
  }
}

export async function listVoorstellen(db: Conn, organisatieId: string, filter: { status?: Status | undefined; opstellerPersoonId?: string | undefined }): Promise<VoorstelSamenvatting[]> {
  const r = await sql<SamenvattingRij>`${samenvattingSql(organisatieId)}
    ${filter.status ? sql`and v.status = ${filter.status}` : sql``}
    ${filter.opstellerPersoonId ? sql`and v.opsteller_persoon_id = ${filter.opstellerPersoonId}` : sql``}
    order by v.gewijzigd_op desc, v.id limit 1000`.execute(db)
  return r.rows.map(samenvatting)
}

/** Voorstellen waiting for this persoon: they hold the functie at turn, or it is their own concept. */
export async function takenVan(db: Conn, organisatieId: string, persoonId: string) {
  const r = await sql<SamenvattingRij>`${samenvattingSql(organisatieId)}
    and v.status not in ('besloten', 'teruggetrokken')
    and ((v.status = 'concept' and v.opsteller_persoon_id = ${persoonId})
      or (v.status <> 'concept' and e.eigenaar_id in (select b.functie_id from bezetting b where b.persoon_id = ${persoonId} and ${geldigOp('b', vandaag())})))
    order by v.gewijzigd_op, v.id`.execute(db)
  const notificaties = await db.selectFrom('notificatie').selectAll().where('organisatie_id', '=', organisatieId).where('persoon_id', '=', persoonId).where('gelezen_op', 'is', null)
    .orderBy('aangemaakt_op', 'desc').orderBy('id').limit(200).execute()
  return {
    voorstellen: r.rows.map(samenvatting),
    notificaties: notificaties.map((n) => ({ id: n.id, soort: n.soort, titel: n.titel, link: n.link, objectType: n.object_type, objectId: n.object_id, aangemaaktOp: n.aangemaakt_op.toISOString() })),
  }
}

async function functiesMetHouders(db: Conn, organisatieId: string, ids: string[]) {
  const uit = new Map<string, { id: string; naam: string; houders: Array<{ id: string; naam: string }> }>()
  if (ids.length === 0) return uit
  const namen = await sql<{ functie_id: string; naam: string }>`select f.id as functie_id, ${functieNaam(sql.ref('f.id'))} as naam from functie f where f.organisatie_id = ${organisatieId} and f.id = any(${ids}::uuid[])`.execute(db)
  for (const n of namen.rows) uit.set(n.functie_id, { id: n.functie_id, naam: n.naam ?? '(functie zonder naam)', houders: [] })
  const houders = await db.selectFrom('bezetting as b').innerJoin('persoon as p', 'p.id', 'b.persoon_id').select(['b.functie_id', 'p.id', 'p.naam'])
    .where('b.organisatie_id', '=', organisatieId).where('b.functie_id', 'in', ids).where(geldigOp('b', vandaag())).orderBy('p.naam').execute()
  for (const h of houders) {
    const f = uit.get(h.functie_id)
    if (f && !f.houders.some((x) => x.id === h.id)) f.houders.push({ id: h.id, naam: h.naam })
  }
  return uit
}

/** 'account:<id>' → the name of the account's persoon, for the timeline. */
async function actorNamen(db: Conn, actors: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actors.filter((a) => a.startsWith('account:')).map((a) => a.slice('account:'.length)))]
  if (ids.length === 0) return new Map()
  const r = await db.selectFrom('account as a').innerJoin('persoon as p', 'p.id', 'a.persoon_id').select(['a.id', 'p.naam']).where('a.id', 'in', ids).execute()
  return new Map(r.map((x) => [`account:${x.id}`, x.naam]))
}

/** The dossier: the voorstel with every text version, the route as a timeline and its agendapunten
 *  (volgendeStappen and tekstWijzigen are filled in by the route, which knows the user). */
export async function getVoorstel(db: Conn, organisatieId: string, voorstelId: string): Promise<Omit<Voorstel, 'volgendeStappen' | 'tekstWijzigen'>> {
  const r = await sql<SamenvattingRij>`${samenvattingSql(organisatieId)} and v.id = ${voorstelId}`.execute(db)
  const rij = r.rows[0]
  if (!rij) throw notFound('Voorstel', voorstelId)
  const [versies, stappen, agendapunten, portefeuille] = await Promise.all([
    db.selectFrom('voorstel_versie').selectAll().where('voorstel_id', '=', voorstelId).orderBy('versie').execute(),
    db.selectFrom('voorstel_stap').selectAll().where('voorstel_id', '=', voorstelId).orderBy('tijdstip').orderBy('id').execute(),
    db.selectFrom('agendapunt as a').innerJoin('vergadering as vg', 'vg.id', 'a.vergadering_id').innerJoin('overleg as o', 'o.id', 'vg.overleg_id')
      .select(['a.id', 'a.vergadering_id', 'o.naam', 'o.soort', 'vg.begin', 'vg.status as vergadering_status', 'a.status', 'a.uitkomst']).where('a.voorstel_id', '=', voorstelId).orderBy('vg.begin').execute(),
    rij.portefeuille_id ? db.selectFrom('portefeuille').select(['id', 'naam', 'functie_id']).where('id', '=', rij.portefeuille_id).executeTakeFirst() : Promise.resolve(undefined),
  ])
  const functieIds = [...new Set([...stappen.map((s) => s.eigenaar_functie_id), rij.eigenaar_id, portefeuille?.functie_id].filter((x): x is string => typeof x === 'string'))]
  const functies = await functiesMetHouders(db, organisatieId, functieIds)
  const functie = (id: string | null | undefined) => (id ? functies.get(id) ?? { id, naam: '(functie bestaat niet meer)', houders: [] } : null)
  const namen = await actorNamen(db, [...versies.map((v) => v.auteur), ...stappen.map((s) => s.actor)])
  const door = (actor: string) => ({ actor, naam: namen.get(actor) ?? null })
  return {
    ...samenvatting(rij),
    eigenaar: functie(rij.eigenaar_id),
    portefeuille: portefeuille ? { id: portefeuille.id, naam: portefeuille.naam, portefeuillehouder: functie(portefeuille.functie_id) } : null,
    versies: versies.map((v) => ({ versie: v.versie, tekst: v.tekst, auteur: door(v.auteur), aangemaaktOp: v.aangemaakt_op.toISOString() })),
    stappen: stappen.map((s) => ({
      id: s.id, stap: s.stap as Status, handeling: s.handeling, eigenaar: functie(s.eigenaar_functie_id),
      uitkomst: s.uitkomst as Voorstel['uitkomst'], opmerking: s.opmerking, door: door(s.actor), tijdstip: s.tijdstip.toISOString(),
    })),
    agendapunten: agendapunten.map((a) => ({ id: a.id, vergaderingId: a.vergadering_id, overleg: a.naam, overlegSoort: a.soort, begin: a.begin.toISOString(), vergaderingStatus: a.vergadering_status, status: a.status, uitkomst: a.uitkomst })),
  }
}
