// Opgaven: the only SQL for opgave, its kernteam, partners, doelen with metingen, acties and
// voortgangsrapportages. Every write runs in the caller's transaction and records an audit event.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { invalid, notFound } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import type { NieuweOpgave, Opgave } from './opgave.schemas.ts'

type Conn = Db | Tx

/** The functies whose holders manage the opgave without a mandate (authorize: houders). */
export async function opgaveHouders(db: Conn, organisatieId: string, opgaveId: string): Promise<string[]> {
  const o = await db.selectFrom('opgave').select(['ambtelijk_opdrachtgever_id', 'opgavemanager_id']).where('id', '=', opgaveId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!o) throw notFound('Opgave', opgaveId)
  return [o.ambtelijk_opdrachtgever_id, ...(o.opgavemanager_id ? [o.opgavemanager_id] : [])]
}

async function checkFunctie(tx: Tx, organisatieId: string, functieId: string, veld: string, peildatum: string) {
  const f = await tx.selectFrom('functie_versie as f').select('f.functie_id').where('f.functie_id', '=', functieId).where('f.organisatie_id', '=', organisatieId).where(geldigOp('f', peildatum)).executeTakeFirst()
  if (!f) throw invalid(veld, `is geen functie van deze organisatie op ${peildatum}`, 'onbekend')
}

async function checkPersonen(tx: Tx, organisatieId: string, ids: string[], veld: string) {
  if (ids.length === 0) return
  const gevonden = new Set((await tx.selectFrom('persoon').select('id').where('organisatie_id', '=', organisatieId).where('id', 'in', ids).execute()).map((r) => r.id))
  ids.forEach((id, i) => { if (!gevonden.has(id)) throw invalid(`${veld}.${i}.persoonId`, 'is geen persoon van deze organisatie', 'onbekend') })
}

export async function createOpgave(tx: Tx, organisatieId: string, o: NieuweOpgave, actor: string): Promise<string> {
  if (o.einddatum !== undefined && o.einddatum <= o.startdatum) throw invalid('einddatum', 'moet na de startdatum liggen', 'volgorde')
  await checkFunctie(tx, organisatieId, o.ambtelijkOpdrachtgeverId, 'ambtelijkOpdrachtgeverId', o.startdatum)
  if (o.opgavemanagerId) await checkFunctie(tx, organisatieId, o.opgavemanagerId, 'opgavemanagerId', o.startdatum)
  if (o.portefeuilleId) {
    const p = await tx.selectFrom('portefeuille').select('id').where('id', '=', o.portefeuilleId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    if (!p) throw invalid('portefeuilleId', 'is geen portefeuille van deze organisatie', 'onbekend')
  }
  await checkPersonen(tx, organisatieId, (o.kernteam ?? []).map((k) => k.persoonId), 'kernteam')
  for (const [i, a] of (o.acties ?? []).entries()) await checkFunctie(tx, organisatieId, a.eigenaarFunctieId, `acties.${i}.eigenaarFunctieId`, vandaag())
  const rij = await tx.insertInto('opgave').values({
    organisatie_id: organisatieId, naam: o.naam, soort: o.soort, maatschappelijk_doel: o.maatschappelijkDoel, domein: o.domein,
    portefeuille_id: o.portefeuilleId ?? null, ambtelijk_opdrachtgever_id: o.ambtelijkOpdrachtgeverId, opgavemanager_id: o.opgavemanagerId ?? null,
    status: o.status ?? 'verkenning', prioriteit: null, startdatum: o.startdatum, einddatum: o.einddatum ?? null,
  }).returningAll().executeTakeFirstOrThrow()
  const id = rij.id
  const basis = { organisatie_id: organisatieId, opgave_id: id }
  if (o.kernteam?.length) await tx.insertInto('opgave_kernteamlid').values(o.kernteam.map((k) => ({ ...basis, persoon_id: k.persoonId, rol: k.rol, geldig_van: o.startdatum }))).execute()
  if (o.partners?.length) await tx.insertInto('opgave_partner').values(o.partners.map((p) => ({ ...basis, naam: p.naam, soort: p.soort, rol: p.rol ?? null }))).execute()
  if (o.doelen?.length) await tx.insertInto('opgave_doel').values(o.doelen.map((d, i) => ({ ...basis, omschrijving: d.omschrijving, indicator: d.indicator, meeteenheid: d.meeteenheid, nulwaarde: d.nulwaarde ?? null, streefwaarde: d.streefwaarde, streefdatum: d.streefdatum, volgorde: i + 1 }))).execute()
  if (o.acties?.length) await tx.insertInto('opgave_actie').values(o.acties.map((a) => ({ ...basis, omschrijving: a.omschrijving, eigenaar_functie_id: a.eigenaarFunctieId, deadline: a.deadline }))).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.aanmaken', objectType: 'opgave', objectId: id, na: o })
  return id
}

export async function updateOpgave(tx: Tx, organisatieId: string, opgaveId: string, w: { naam?: string | undefined; maatschappelijkDoel?: string | undefined; status?: Opgave['status'] | undefined; opgavemanagerId?: string | undefined; portefeuilleId?: string | undefined; einddatum?: string | undefined }, actor: string) {
  const voor = await tx.selectFrom('opgave').selectAll().where('id', '=', opgaveId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Opgave', opgaveId)
  if (w.einddatum !== undefined && w.einddatum <= voor.startdatum) throw invalid('einddatum', 'moet na de startdatum liggen', 'volgorde')
  if (w.opgavemanagerId) await checkFunctie(tx, organisatieId, w.opgavemanagerId, 'opgavemanagerId', vandaag())
  const na = await tx.updateTable('opgave').set({
    ...(w.naam !== undefined ? { naam: w.naam } : {}), ...(w.maatschappelijkDoel !== undefined ? { maatschappelijk_doel: w.maatschappelijkDoel } : {}),
    ...(w.status !== undefined ? { status: w.status } : {}), ...(w.opgavemanagerId !== undefined ? { opgavemanager_id: w.opgavemanagerId } : {}),
    ...(w.portefeuilleId !== undefined ? { portefeuille_id: w.portefeuilleId } : {}), ...(w.einddatum !== undefined ? { einddatum: w.einddatum } : {}),
    gewijzigd_op: new Date(),
  }).where('id', '=', opgaveId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.wijzigen', objectType: 'opgave', objectId: opgaveId, voor, na })
}

/** The concernmanager ranks opgaven (seed 004, concernmanager 4b): 1 = first; unnamed ones lose their rank. */
export async function setPrioriteiten(tx: Tx, organisatieId: string, volgorde: string[], actor: string) {
  const bestaand = await tx.selectFrom('opgave').select(['id', 'prioriteit']).where('organisatie_id', '=', organisatieId).forUpdate().execute()
  const ids = new Set(bestaand.map((o) => o.id))
  volgorde.forEach((id, i) => { if (!ids.has(id)) throw invalid(`volgorde.${i}`, 'is geen opgave van deze organisatie', 'onbekend') })
  await tx.updateTable('opgave').set({ prioriteit: null }).where('organisatie_id', '=', organisatieId).where('prioriteit', 'is not', null).execute()
  for (const [i, id] of volgorde.entries()) await tx.updateTable('opgave').set({ prioriteit: i + 1 }).where('id', '=', id).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.prioriteren', objectType: 'organisatie', objectId: organisatieId, voor: bestaand.filter((o) => o.prioriteit !== null).sort((a, b) => a.prioriteit! - b.prioriteit!).map((o) => o.id), na: volgorde })
}

export async function addMeting(tx: Tx, organisatieId: string, opgaveId: string, m: { doelId: string; peildatum: string; waarde: number; toelichting?: string | undefined }, actor: string) {
  const doel = await tx.selectFrom('opgave_doel').select('id').where('id', '=', m.doelId).where('opgave_id', '=', opgaveId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!doel) throw invalid('doelId', 'is geen doel van deze opgave', 'onbekend')
  const rij = await tx.insertInto('opgave_meting').values({ organisatie_id: organisatieId, doel_id: m.doelId, peildatum: m.peildatum, waarde: m.waarde, toelichting: m.toelichting ?? null }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.meten', objectType: 'opgave', objectId: opgaveId, na: rij })
}

export async function addActie(tx: Tx, organisatieId: string, opgaveId: string, a: { omschrijving: string; eigenaarFunctieId: string; deadline: string }, actor: string) {
  await checkFunctie(tx, organisatieId, a.eigenaarFunctieId, 'eigenaarFunctieId', vandaag())
  const rij = await tx.insertInto('opgave_actie').values({ organisatie_id: organisatieId, opgave_id: opgaveId, omschrijving: a.omschrijving, eigenaar_functie_id: a.eigenaarFunctieId, deadline: a.deadline }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.actie_toevoegen', objectType: 'opgave', objectId: opgaveId, na: rij })
}

export async function setActieStatus(tx: Tx, organisatieId: string, opgaveId: string, actieId: string, status: 'open' | 'gereed' | 'vervallen', actor: string) {
  const voor = await tx.selectFrom('opgave_actie').selectAll().where('id', '=', actieId).where('opgave_id', '=', opgaveId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!voor) throw notFound('Actie', actieId)
  const na = await tx.updateTable('opgave_actie').set({ status }).where('id', '=', actieId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.actie_wijzigen', objectType: 'opgave', objectId: opgaveId, voor, na })
}

export async function addRapportage(tx: Tx, organisatieId: string, opgaveId: string, r: { periode: string; oordeel: 'op_koers' | 'risico' | 'uit_koers'; toelichting: string }, actor: string) {
  const rij = await tx.insertInto('voortgangsrapportage').values({ organisatie_id: organisatieId, opgave_id: opgaveId, periode: r.periode, oordeel: r.oordeel, toelichting: r.toelichting, rapporteur: actor }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.voortgang_rapporteren', objectType: 'opgave', objectId: opgaveId, na: rij })
}

export async function addKernteamlid(tx: Tx, organisatieId: string, opgaveId: string, k: { persoonId: string; rol: string }, actor: string) {
  await checkPersonen(tx, organisatieId, [k.persoonId], 'kernteam')
  const rij = await tx.insertInto('opgave_kernteamlid').values({ organisatie_id: organisatieId, opgave_id: opgaveId, persoon_id: k.persoonId, rol: k.rol, geldig_van: vandaag() }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'opgave.kernteam_toevoegen', objectType: 'opgave', objectId: opgaveId, na: rij })
}

const samenvattingSql = (organisatieId: string) => sql`
  select o.id, o.naam, o.soort, o.domein, o.status, o.prioriteit, o.startdatum, o.einddatum, o.maatschappelijk_doel,
         o.portefeuille_id, o.ambtelijk_opdrachtgever_id, o.opgavemanager_id,
         (select v.oordeel from voortgangsrapportage v where v.opgave_id = o.id order by v.aangemaakt_op desc, v.id desc limit 1) as oordeel,
         coalesce((select sum(c.fte) from capaciteitsclaim c where c.opgave_id = o.id and c.status <> 'ingetrokken'), 0)::float8 as "gevraagdFte",
         coalesce((select sum(c.toegekend_fte) from capaciteitsclaim c where c.opgave_id = o.id), 0)::float8 as "toegekendFte"
  from opgave o where o.organisatie_id = ${organisatieId}`

export async function listOpgaven(db: Conn, organisatieId: string, filter: { status?: string | undefined; domein?: string | undefined }) {
  const r = await sql<Record<string, unknown>>`${samenvattingSql(organisatieId)}
    ${filter.status ? sql`and o.status = ${filter.status}` : sql``} ${filter.domein ? sql`and o.domein = ${filter.domein}` : sql``}
    order by o.prioriteit nulls last, o.naam`.execute(db)
  return r.rows.map(samenvatting)
}

function samenvatting(o: Record<string, unknown>) {
  return {
    id: o.id as string, naam: o.naam as string, soort: o.soort as Opgave['soort'], domein: o.domein as Opgave['domein'], status: o.status as Opgave['status'],
    prioriteit: o.prioriteit as number | null, startdatum: o.startdatum as string, einddatum: o.einddatum as string | null,
    oordeel: o.oordeel as Opgave['oordeel'], gevraagdFte: Number(o.gevraagdFte), toegekendFte: Number(o.toegekendFte),
  }
}

async function functiesMetHouders(db: Conn, organisatieId: string, ids: string[]) {
  const peildatum = vandaag()
  if (ids.length === 0) return new Map<string, { id: string; naam: string; eenheidNaam: string | null; houders: Array<{ id: string; naam: string }> }>()
  const versies = await db.selectFrom('functie_versie as f').leftJoin('eenheid_versie as e', (j) => j.onRef('e.eenheid_id', '=', 'f.eenheid_id').on(geldigOp('e', peildatum)))
    .select(['f.functie_id', 'f.naam', 'e.naam as eenheidNaam', 'f.geldig_van']).where('f.organisatie_id', '=', organisatieId).where('f.functie_id', 'in', ids).orderBy('f.geldig_van').execute()
  const houders = await db.selectFrom('bezetting as b').innerJoin('persoon as p', 'p.id', 'b.persoon_id').select(['b.functie_id', 'p.id', 'p.naam'])
    .where('b.organisatie_id', '=', organisatieId).where('b.functie_id', 'in', ids).where(geldigOp('b', peildatum)).orderBy('p.naam').execute()
  const uit = new Map<string, { id: string; naam: string; eenheidNaam: string | null; houders: Array<{ id: string; naam: string }> }>()
  for (const v of versies) uit.set(v.functie_id, { id: v.functie_id, naam: v.naam, eenheidNaam: v.eenheidNaam, houders: [] })
  for (const h of houders) uit.get(h.functie_id)?.houders.push({ id: h.id, naam: h.naam })
  return uit
}

export async function getOpgave(db: Conn, organisatieId: string, opgaveId: string): Promise<Opgave> {
  const r = await sql<Record<string, unknown>>`${samenvattingSql(organisatieId)} and o.id = ${opgaveId}`.execute(db)
  const o = r.rows[0]
  if (!o) throw notFound('Opgave', opgaveId)
  const [kernteam, partners, doelen, metingen, acties, voortgang] = await Promise.all([
    db.selectFrom('opgave_kernteamlid as k').innerJoin('persoon as p', 'p.id', 'k.persoon_id').select(['k.id', 'k.persoon_id', 'p.naam', 'k.rol']).where('k.opgave_id', '=', opgaveId).where('k.geldig_tot', 'is', null).orderBy('p.naam').execute(),
    db.selectFrom('opgave_partner').select(['id', 'naam', 'soort', 'rol']).where('opgave_id', '=', opgaveId).orderBy('naam').execute(),
    db.selectFrom('opgave_doel').selectAll().where('opgave_id', '=', opgaveId).orderBy('volgorde').execute(),
    db.selectFrom('opgave_meting as m').innerJoin('opgave_doel as d', 'd.id', 'm.doel_id').select(['m.id', 'm.doel_id', 'm.peildatum', 'm.waarde', 'm.toelichting']).where('d.opgave_id', '=', opgaveId).orderBy('m.peildatum').execute(),
    db.selectFrom('opgave_actie').selectAll().where('opgave_id', '=', opgaveId).orderBy('deadline').execute(),
    db.selectFrom('voortgangsrapportage').selectAll().where('opgave_id', '=', opgaveId).orderBy('aangemaakt_op', 'desc').orderBy('id', 'desc').execute(),
  ])
  const functieIds = [o.ambtelijk_opdrachtgever_id as string, ...(o.opgavemanager_id ? [o.opgavemanager_id as string] : []), ...acties.map((a) => a.eigenaar_functie_id)]
  const functies = await functiesMetHouders(db, organisatieId, [...new Set(functieIds)])
  const leeg = (id: string) => functies.get(id) ?? { id, naam: '(functie bestaat niet meer)', eenheidNaam: null, houders: [] }
  let bestuurlijk: Opgave['bestuurlijkOpdrachtgever'] = null
  if (o.portefeuille_id) {
    const p = await db.selectFrom('portefeuille').select(['id', 'naam', 'functie_id']).where('id', '=', o.portefeuille_id as string).executeTakeFirstOrThrow()
    const h = await functiesMetHouders(db, organisatieId, [p.functie_id])
    bestuurlijk = { portefeuilleId: p.id, portefeuille: p.naam, houders: h.get(p.functie_id)?.houders ?? [] }
  }
  const vandaagDatum = vandaag()
  return {
    ...samenvatting(o),
    maatschappelijkDoel: o.maatschappelijk_doel as string,
    bestuurlijkOpdrachtgever: bestuurlijk,
    ambtelijkOpdrachtgever: leeg(o.ambtelijk_opdrachtgever_id as string),
    opgavemanager: o.opgavemanager_id ? leeg(o.opgavemanager_id as string) : null,
    kernteam: kernteam.map((k) => ({ id: k.id, persoonId: k.persoon_id, naam: k.naam, rol: k.rol })),
    partners: partners.map((p) => ({ id: p.id, naam: p.naam, soort: p.soort, rol: p.rol })),
    doelen: doelen.map((d) => ({
      id: d.id, omschrijving: d.omschrijving, indicator: d.indicator, meeteenheid: d.meeteenheid, nulwaarde: d.nulwaarde, streefwaarde: d.streefwaarde, streefdatum: d.streefdatum,
      metingen: metingen.filter((m) => m.doel_id === d.id).map((m) => ({ id: m.id, peildatum: m.peildatum, waarde: m.waarde, toelichting: m.toelichting })),
    })),
    acties: acties.map((a) => ({ id: a.id, omschrijving: a.omschrijving, eigenaar: leeg(a.eigenaar_functie_id), deadline: a.deadline, status: a.status, verlopen: a.status === 'open' && a.deadline < vandaagDatum })),
    voortgang: voortgang.map((v) => ({ id: v.id, periode: v.periode, oordeel: v.oordeel, toelichting: v.toelichting, rapporteur: v.rapporteur, aangemaaktOp: v.aangemaakt_op.toISOString() })),
  }
}
