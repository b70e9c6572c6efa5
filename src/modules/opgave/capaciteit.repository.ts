// Capaciteitsclaims and the capacity of eenheden per quarter (issue 5; seed 004, teammanager 4f).
// Capacity of an eenheid in a quarter = the FTE of its bezetting on the quarter's first day (the
// eenheid itself, not its subtree); what has been granted to opgaven is taken off it.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { conflict, invalid, notFound } from '../../server/problem.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { structuurVersie } from '../organisatie/structuur-versie.ts'
import { jsonRijen } from '../../db/json-rijen.ts'
import { geldigOp, subboomCte } from '../organisatie/geldig.ts'
import type { Beantwoording, Claim } from './capaciteit.schemas.ts'
import { kwartaalStart, kwartalen } from './kwartaal.ts'

type Conn = Db | Tx

export interface CelCapaciteit { bezettingFte: number; toegekendFte: number; gevraagdOpenFte: number }

// The bezetting side of capacity (FTE per eenheid on each quarter's first day) reads the whole
// bezetting history (~175 ms for an organisation of 20,000 people over 12 quarters) and does not
// change when claims are answered, so it is cached per organisatie and set of quarters against the
// organisatie's structuurversie (migration 0008), like formatie (issue 2).
const BEZETTING_CACHE_GROOTTE = 50
const bezettingCache = new Map<string, { versie: number; fte: Map<string, number> }>()

async function bezettingPerKwartaal(db: Conn, organisatieId: string, kw: string[], gebruikCache = true): Promise<Map<string, number>> {
  const sleutel = `${organisatieId}|${kw.join(',')}`
  const versie = await structuurVersie(db, organisatieId)
  const bewaard = bezettingCache.get(sleutel)
  if (gebruikCache && bewaard && bewaard.versie === versie) return bewaard.fte
  const starts = kw.map(kwartaalStart)
  const rijen = await jsonRijen<{ eenheid_id: string; kwartaal: string; fte: number }>(db, sql`
    with kw(kwartaal, start) as (select * from unnest(${kw}::text[], ${starts}::date[]))
    select fv.eenheid_id, kw.kwartaal, sum(b.fte)::float8 as fte
    from bezetting b
    join functie_versie fv on fv.functie_id = b.functie_id
    join kw on b.geldig_van <= kw.start and (b.geldig_tot is null or b.geldig_tot > kw.start)
           and fv.geldig_van <= kw.start and (fv.geldig_tot is null or fv.geldig_tot > kw.start)
    where b.organisatie_id = ${organisatieId} and fv.organisatie_id = ${organisatieId}
      and b.geldig_van <= ${starts[starts.length - 1]!}::date and (b.geldig_tot is null or b.geldig_tot > ${starts[0]!}::date)
    group by 1, 2`)
  const fte = new Map(rijen.map((x) => [`${x.eenheid_id} ${x.kwartaal}`, x.fte]))
  if (bezettingCache.size >= BEZETTING_CACHE_GROOTTE) bezettingCache.delete(bezettingCache.keys().next().value!)
  bezettingCache.set(sleutel, { versie, fte })
  return fte
}

/** Capacity per (eenheid, kwartaal) for the given eenheden (null = all with claims) and quarters. */
export async function capaciteit(db: Conn, organisatieId: string, eenheidIds: string[] | null, kw: string[], opties: { cache?: boolean } = {}): Promise<Map<string, CelCapaciteit>> {
  if (kw.length === 0 || (eenheidIds && eenheidIds.length === 0)) return new Map()
  const [bezetting, claims] = await Promise.all([
    bezettingPerKwartaal(db, organisatieId, [...kw].sort(), opties.cache !== false),
    jsonRijen<{ eenheid_id: string; kwartaal: string; toegekend: number; open: number }>(db, sql`
      select eenheid_id, kwartaal,
             coalesce(sum(toegekend_fte) filter (where status in ('toegekend', 'deels')), 0)::float8 as toegekend,
             coalesce(sum(fte) filter (where status = 'aangevraagd'), 0)::float8 as open
      from capaciteitsclaim
      where organisatie_id = ${organisatieId} and kwartaal = any(${kw}::text[])
        ${eenheidIds ? sql`and eenheid_id = any(${eenheidIds}::uuid[])` : sql``}
      group by 1, 2`),
  ])
  const uit = new Map<string, CelCapaciteit>()
  const gevraagd = new Set(eenheidIds ?? [])
  for (const [sleutel, fte] of bezetting) {
    if (eenheidIds && !gevraagd.has(sleutel.slice(0, 36))) continue
    if (!kw.includes(sleutel.slice(37))) continue
    uit.set(sleutel, { bezettingFte: fte, toegekendFte: 0, gevraagdOpenFte: 0 })
  }
  for (const c of claims) {
    const sleutel = `${c.eenheid_id} ${c.kwartaal}`
    const cel = uit.get(sleutel) ?? { bezettingFte: 0, toegekendFte: 0, gevraagdOpenFte: 0 }
    uit.set(sleutel, { ...cel, toegekendFte: c.toegekend, gevraagdOpenFte: c.open })
  }
  return uit
}

const rond = (n: number) => Math.round(n * 100) / 100

/** The latest name of each eenheid (also of an eenheid that has since ended). */
async function laatsteNamen(db: Conn, organisatieId: string, eenheden: string[]): Promise<Map<string, string>> {
  if (eenheden.length === 0) return new Map()
  const rijen = await jsonRijen<{ eenheid_id: string; naam: string }>(db, sql`
    select distinct on (eenheid_id) eenheid_id, naam from eenheid_versie
    where organisatie_id = ${organisatieId} and eenheid_id = any(${eenheden}::uuid[])
    order by eenheid_id, geldig_van desc`)
  return new Map(rijen.map((n) => [n.eenheid_id, n.naam]))
}

export async function listClaims(db: Conn, organisatieId: string, filter: { opgaveId?: string | undefined; eenheidId?: string | undefined; kwartaal?: string | undefined; status?: string | undefined; claimId?: string | undefined; persoonId?: string | undefined }): Promise<Claim[]> {
  let q = db.selectFrom('capaciteitsclaim as c').innerJoin('opgave as o', 'o.id', 'c.opgave_id')
    .select(['c.id', 'c.opgave_id', 'o.naam as opgaveNaam', 'o.prioriteit', 'c.eenheid_id', 'c.kwartaal', 'c.fte', 'c.profiel', 'c.toelichting', 'c.status', 'c.toegekend_fte', 'c.reden', 'c.beantwoord_op'])
    .where('c.organisatie_id', '=', organisatieId)
  if (filter.claimId) q = q.where('c.id', '=', filter.claimId)
  if (filter.opgaveId) q = q.where('c.opgave_id', '=', filter.opgaveId)
  if (filter.eenheidId) q = q.where('c.eenheid_id', '=', filter.eenheidId)
  if (filter.kwartaal) q = q.where('c.kwartaal', '=', filter.kwartaal)
  if (filter.status) q = q.where('c.status', '=', filter.status as never)
  const rijen = await q.orderBy('c.kwartaal').orderBy('o.prioriteit').orderBy('o.naam').limit(2000).execute()
  if (rijen.length === 0) return []
  const eenheden = [...new Set(rijen.map((r) => r.eenheid_id))]
  const [naam, toezeggingen, cap] = await Promise.all([
    laatsteNamen(db, organisatieId, eenheden),
    db.selectFrom('capaciteitstoezegging as t').innerJoin('persoon as p', 'p.id', 't.persoon_id').select(['t.claim_id', 't.persoon_id', 'p.naam', 't.fte'])
      .where('t.claim_id', 'in', rijen.map((r) => r.id)).where('t.vervallen_op', 'is', null).orderBy('p.naam').execute(),
    capaciteit(db, organisatieId, eenheden, [...new Set(rijen.map((r) => r.kwartaal))].sort()),
  ])
  return rijen.map((r) => {
    const c = cap.get(`${r.eenheid_id} ${r.kwartaal}`) ?? { bezettingFte: 0, toegekendFte: 0, gevraagdOpenFte: 0 }
    const open = r.status === 'aangevraagd'
    return {
      id: r.id, opgaveId: r.opgave_id, opgaveNaam: r.opgaveNaam, opgavePrioriteit: r.prioriteit, eenheidId: r.eenheid_id, eenheidNaam: naam.get(r.eenheid_id) ?? '?',
      kwartaal: r.kwartaal, fte: r.fte, profiel: r.profiel, toelichting: r.toelichting, status: r.status, toegekendFte: r.toegekend_fte, reden: r.reden,
      beantwoordOp: r.beantwoord_op?.toISOString() ?? null,
      toezeggingen: toezeggingen.filter((t) => t.claim_id === r.id).map((t) => ({ persoonId: t.persoon_id, naam: t.naam, fte: t.fte })),
      capaciteit: { bezettingFte: rond(c.bezettingFte), toegekendFte: rond(c.toegekendFte), gevraagdOpenFte: rond(c.gevraagdOpenFte), beschikbaarFte: rond(c.bezettingFte - c.toegekendFte) },
      bovenCapaciteit: open ? c.toegekendFte + c.gevraagdOpenFte > c.bezettingFte + 1e-9 : c.toegekendFte > c.bezettingFte + 1e-9,
    }
  })
}

export async function createClaims(tx: Tx, organisatieId: string, opgaveId: string, invoer: { eenheidId: string; kwartalen: Array<{ kwartaal: string; fte: number }>; profiel?: string | undefined; toelichting?: string | undefined }, actor: string): Promise<string[]> {
  const opgave = await tx.selectFrom('opgave').select(['status']).where('id', '=', opgaveId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!opgave) throw notFound('Opgave', opgaveId)
  if (opgave.status === 'afgerond' || opgave.status === 'gestopt') throw conflict(`Deze opgave is ${opgave.status}; zij vraagt geen capaciteit meer.`)
  const dubbel = invoer.kwartalen.findIndex((k, i) => invoer.kwartalen.findIndex((x) => x.kwartaal === k.kwartaal) !== i)
  if (dubbel >= 0) throw invalid(`kwartalen.${dubbel}.kwartaal`, 'komt twee keer voor', 'dubbel')
  for (const [i, k] of invoer.kwartalen.entries()) {
    const e = await tx.selectFrom('eenheid_versie as v').select('v.eenheid_id').where('v.eenheid_id', '=', invoer.eenheidId).where('v.organisatie_id', '=', organisatieId).where(geldigOp('v', kwartaalStart(k.kwartaal))).executeTakeFirst()
    if (!e) throw invalid(`kwartalen.${i}.kwartaal`, `de eenheid bestaat niet op ${kwartaalStart(k.kwartaal)}`, 'onbekend')
  }
  const rijen = await tx.insertInto('capaciteitsclaim').values(invoer.kwartalen.map((k) => ({
    organisatie_id: organisatieId, opgave_id: opgaveId, eenheid_id: invoer.eenheidId, kwartaal: k.kwartaal, fte: k.fte, profiel: invoer.profiel ?? null, toelichting: invoer.toelichting ?? null,
  }))).returningAll().execute()
  for (const r of rijen) await recordAuditEvent(tx, { organisatieId, actor, handeling: 'capaciteitsclaim.aanmaken', objectType: 'capaciteitsclaim', objectId: r.id, na: r })
  return rijen.map((r) => r.id)
}

export async function claimVoorUpdate(tx: Tx, organisatieId: string, claimId: string) {
  const c = await tx.selectFrom('capaciteitsclaim').selectAll().where('id', '=', claimId).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!c) throw notFound('Capaciteitsclaim', claimId)
  return c
}

/** The teammanager's answer (seed 004, teammanager 4f). Commitments never exceed the grant: checked
 *  here with a field-level error, and again by a deferred constraint trigger (migration 0006). */
export async function answerClaim(tx: Tx, organisatieId: string, claimId: string, a: Beantwoording, actor: string) {
  const voor = await claimVoorUpdate(tx, organisatieId, claimId)
  if (voor.status === 'ingetrokken') throw conflict('Deze claim is ingetrokken door de opgave.')
  const toegekend = a.besluit === 'toegekend' ? voor.fte : a.besluit === 'afgewezen' ? 0 : a.toegekendFte
  if (a.besluit === 'deels' && (toegekend === undefined || toegekend <= 0 || toegekend >= voor.fte)) {
    throw invalid('toegekendFte', `moet bij deels meer dan 0 en minder dan de gevraagde ${voor.fte} FTE zijn`, 'bereik')
  }
  if (a.besluit === 'afgewezen' && !a.reden) throw invalid('reden', 'is verplicht bij een afwijzing', 'verplicht')
  const toezeggingen = a.besluit === 'afgewezen' ? [] : (a.toezeggingen ?? [])
  const som = toezeggingen.reduce((s, t) => s + t.fte, 0)
  if (som > toegekend! + 1e-9) throw invalid('toezeggingen', `samen ${rond(som)} FTE: meer dan de toegekende ${toegekend} FTE`, 'te_veel')
  // Only people of the eenheid (on the quarter's first day) can be committed by its teammanager.
  const peildatum = kwartaalStart(voor.kwartaal)
  const ids = toezeggingen.map((t) => t.persoonId)
  if (ids.length > 0) {
    const inTeam = new Set((await tx.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').select('b.persoon_id')
      .where('b.organisatie_id', '=', organisatieId).where('f.eenheid_id', '=', voor.eenheid_id).where('b.persoon_id', 'in', ids)
      .where(geldigOp('b', peildatum)).where(geldigOp('f', peildatum)).execute()).map((r) => r.persoon_id))
    toezeggingen.forEach((t, i) => { if (!inTeam.has(t.persoonId)) throw invalid(`toezeggingen.${i}.persoonId`, `heeft op ${peildatum} geen functie in deze eenheid`, 'niet_in_eenheid') })
    const dubbel = ids.findIndex((id, i) => ids.indexOf(id) !== i)
    if (dubbel >= 0) throw invalid(`toezeggingen.${dubbel}.persoonId`, 'komt twee keer voor', 'dubbel')
  }
  await tx.updateTable('capaciteitstoezegging').set({ vervallen_op: new Date() }).where('claim_id', '=', claimId).where('vervallen_op', 'is', null).execute()
  const na = await tx.updateTable('capaciteitsclaim').set({
    status: a.besluit, toegekend_fte: toegekend!, reden: a.reden ?? null, beantwoord_door: actor, beantwoord_op: new Date(),
  }).where('id', '=', claimId).returningAll().executeTakeFirstOrThrow()
  if (toezeggingen.length > 0) {
    await tx.insertInto('capaciteitstoezegging').values(toezeggingen.map((t) => ({ organisatie_id: organisatieId, claim_id: claimId, persoon_id: t.persoonId, fte: t.fte }))).execute()
  }
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'capaciteitsclaim.beantwoorden', objectType: 'capaciteitsclaim', objectId: claimId, voor, na: { ...na, toezeggingen } })
}

export async function withdrawClaim(tx: Tx, organisatieId: string, claimId: string, actor: string) {
  const voor = await claimVoorUpdate(tx, organisatieId, claimId)
  if (voor.status === 'ingetrokken') return
  await tx.updateTable('capaciteitstoezegging').set({ vervallen_op: new Date() }).where('claim_id', '=', claimId).where('vervallen_op', 'is', null).execute()
  const na = await tx.updateTable('capaciteitsclaim').set({ status: 'ingetrokken', toegekend_fte: 0 }).where('id', '=', claimId).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'capaciteitsclaim.intrekken', objectType: 'capaciteitsclaim', objectId: claimId, voor, na })
}

/** Eenheid × kwartaal: claimed, allocated, available (issue 5, views). Rows: eenheden with claims in the range. */
export async function heatmap(db: Conn, organisatieId: string, van: string, tot: string, binnenEenheid?: string, opties: { cache?: boolean } = {}) {
  const kw = kwartalen(van, tot)
  if (kw.length === 0) throw invalid('tot', 'moet op of na van liggen', 'volgorde')
  let binnen: string[] | null = null
  if (binnenEenheid) {
    const sub = await sql<{ id: string }>`with recursive ${subboomCte(organisatieId, binnenEenheid, kwartaalStart(kw[0]!))} select id from sub`.execute(db)
    binnen = sub.rows.map((r) => r.id)
  }
  // One pass over the claims gives the rows (eenheden with claims), and per cell what was asked,
  // granted and is still open; the bezetting side comes from the cache.
  const [claims, bezetting] = await Promise.all([
    jsonRijen<{ eenheid_id: string; kwartaal: string; gevraagd: number; toegekend: number; open: number }>(db, sql`
      select eenheid_id, kwartaal, sum(fte)::float8 as gevraagd,
             coalesce(sum(toegekend_fte) filter (where status in ('toegekend', 'deels')), 0)::float8 as toegekend,
             coalesce(sum(fte) filter (where status = 'aangevraagd'), 0)::float8 as open
      from capaciteitsclaim
      where organisatie_id = ${organisatieId} and kwartaal = any(${kw}::text[]) and status <> 'ingetrokken'
        ${binnen ? sql`and eenheid_id = any(${binnen}::uuid[])` : sql``}
      group by 1, 2`),
    bezettingPerKwartaal(db, organisatieId, kw, opties.cache !== false),
  ])
  const eenheden = [...new Set(claims.map((c) => c.eenheid_id))]
  const cel = new Map(claims.map((c) => [`${c.eenheid_id} ${c.kwartaal}`, c]))
  const naam = await laatsteNamen(db, organisatieId, eenheden)
  const sorteer = new Intl.Collator('nl')
  return {
    kwartalen: kw,
    eenheden: eenheden.map((e) => ({
      eenheidId: e,
      naam: naam.get(e) ?? '?',
      cellen: kw.map((k) => {
        const c = cel.get(`${e} ${k}`)
        const bez = bezetting.get(`${e} ${k}`) ?? 0
        const toegekend = c?.toegekend ?? 0
        return {
          kwartaal: k, bezettingFte: rond(bez), gevraagdFte: rond(c?.gevraagd ?? 0), toegekendFte: rond(toegekend),
          beschikbaarFte: rond(bez - toegekend), overbelast: toegekend > bez + 1e-9,
          conflict: toegekend + (c?.open ?? 0) > bez + 1e-9,
        }
      }),
    })).sort((a, b) => sorteer.compare(a.naam, b.naam)),
  }
}

/** Where opgaven together ask more than an eenheid has: for the concernmanager (seed 004, concernmanager 4b). */
export async function conflicten(db: Conn, organisatieId: string, van: string, tot: string) {
  const h = await heatmap(db, organisatieId, van, tot)
  const cellen = h.eenheden.flatMap((e) => e.cellen.filter((c) => c.conflict).map((c) => ({ e, c })))
  if (cellen.length === 0) return { resultaten: [] }
  const claims = await listClaims(db, organisatieId, {})
  return {
    resultaten: cellen.map(({ e, c }) => ({
      eenheidId: e.eenheidId, eenheidNaam: e.naam, kwartaal: c.kwartaal, bezettingFte: c.bezettingFte, gevraagdFte: c.gevraagdFte,
      tekortFte: rond(c.toegekendFte + claims.filter((x) => x.eenheidId === e.eenheidId && x.kwartaal === c.kwartaal && x.status === 'aangevraagd').reduce((s, x) => s + x.fte, 0) - c.bezettingFte),
      claims: claims.filter((x) => x.eenheidId === e.eenheidId && x.kwartaal === c.kwartaal && x.status !== 'ingetrokken' && x.status !== 'afgewezen')
        .sort((a, b) => (a.opgavePrioriteit ?? 1e9) - (b.opgavePrioriteit ?? 1e9) || a.opgaveNaam.localeCompare(b.opgaveNaam, 'nl'))
        .map((x) => ({ claimId: x.id, opgaveId: x.opgaveId, opgaveNaam: x.opgaveNaam, prioriteit: x.opgavePrioriteit, fte: x.fte, status: x.status })),
    })),
  }
}

/** "Wie werkt samen": opgaven, the eenheden they claim from and the persons committed or in a kernteam. */
export async function netwerk(db: Conn, organisatieId: string, kwartaal: string) {
  const opgaven = await db.selectFrom('opgave').select(['id', 'naam']).where('organisatie_id', '=', organisatieId).where('status', 'in', ['verkenning', 'actief']).execute()
  const claims = await db.selectFrom('capaciteitsclaim as c').select(['c.opgave_id', 'c.eenheid_id', sql<number>`sum(c.toegekend_fte)::float8`.as('fte')])
    .where('c.organisatie_id', '=', organisatieId).where('c.kwartaal', '=', kwartaal).where('c.status', 'in', ['toegekend', 'deels']).groupBy(['c.opgave_id', 'c.eenheid_id']).execute()
  const toez = await db.selectFrom('capaciteitstoezegging as t').innerJoin('capaciteitsclaim as c', 'c.id', 't.claim_id').innerJoin('persoon as p', 'p.id', 't.persoon_id')
    .select(['c.opgave_id', 't.persoon_id', 'p.naam', 't.fte']).where('t.organisatie_id', '=', organisatieId).where('c.kwartaal', '=', kwartaal).where('t.vervallen_op', 'is', null).execute()
  const kern = await db.selectFrom('opgave_kernteamlid as k').innerJoin('persoon as p', 'p.id', 'k.persoon_id').select(['k.opgave_id', 'k.persoon_id', 'p.naam'])
    .where('k.organisatie_id', '=', organisatieId).where('k.geldig_tot', 'is', null).execute()
  const eenheidIds = [...new Set(claims.map((c) => c.eenheid_id))]
  const namen = eenheidIds.length === 0 ? [] : await db.selectFrom('eenheid_versie').select(['eenheid_id', 'naam', 'geldig_van']).where('eenheid_id', 'in', eenheidIds).orderBy('geldig_van').execute()
  const knopen = new Map<string, { id: string; soort: 'opgave' | 'eenheid' | 'persoon'; naam: string }>()
  for (const o of opgaven) knopen.set(o.id, { id: o.id, soort: 'opgave', naam: o.naam })
  for (const n of namen) knopen.set(n.eenheid_id, { id: n.eenheid_id, soort: 'eenheid', naam: n.naam })
  for (const p of [...toez, ...kern]) knopen.set(p.persoon_id, { id: p.persoon_id, soort: 'persoon', naam: p.naam })
  const actief = new Set(opgaven.map((o) => o.id))
  return {
    knopen: [...knopen.values()],
    verbindingen: [
      ...claims.filter((c) => actief.has(c.opgave_id)).map((c) => ({ van: c.opgave_id, naar: c.eenheid_id, soort: 'claim' as const, fte: rond(c.fte) })),
      ...toez.filter((t) => actief.has(t.opgave_id)).map((t) => ({ van: t.persoon_id, naar: t.opgave_id, soort: 'toezegging' as const, fte: t.fte })),
      ...kern.filter((k) => actief.has(k.opgave_id)).map((k) => ({ van: k.persoon_id, naar: k.opgave_id, soort: 'kernteam' as const, fte: null })),
    ],
  }
}

export async function toezeggingenVan(db: Conn, organisatieId: string, persoonId: string) {
  const p = await db.selectFrom('persoon').select('id').where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!p) throw notFound('Persoon', persoonId)
  const t = await db.selectFrom('capaciteitstoezegging as t').innerJoin('capaciteitsclaim as c', 'c.id', 't.claim_id').innerJoin('opgave as o', 'o.id', 'c.opgave_id')
    .select(['t.claim_id', 'c.opgave_id', 'o.naam as opgaveNaam', 'c.eenheid_id', 'c.kwartaal', 't.fte'])
    .where('t.persoon_id', '=', persoonId).where('t.organisatie_id', '=', organisatieId).where('t.vervallen_op', 'is', null).orderBy('c.kwartaal').execute()
  const namen = t.length === 0 ? [] : await db.selectFrom('eenheid_versie').select(['eenheid_id', 'naam', 'geldig_van']).where('eenheid_id', 'in', t.map((x) => x.eenheid_id)).orderBy('geldig_van').execute()
  const naam = new Map(namen.map((n) => [n.eenheid_id, n.naam]))
  const k = await db.selectFrom('opgave_kernteamlid as k').innerJoin('opgave as o', 'o.id', 'k.opgave_id').select(['k.opgave_id', 'o.naam', 'k.rol'])
    .where('k.persoon_id', '=', persoonId).where('k.geldig_tot', 'is', null).orderBy('o.naam').execute()
  return {
    persoonId,
    toezeggingen: t.map((x) => ({ claimId: x.claim_id, opgaveId: x.opgave_id, opgaveNaam: x.opgaveNaam, eenheidNaam: naam.get(x.eenheid_id) ?? '?', kwartaal: x.kwartaal, fte: x.fte })),
    kernteams: k.map((x) => ({ opgaveId: x.opgave_id, opgaveNaam: x.naam, rol: x.rol })),
  }
}

export function eenheidVanClaim(db: Conn, organisatieId: string, claimId: string) {
  return db.selectFrom('capaciteitsclaim').select(['eenheid_id', 'opgave_id']).where('id', '=', claimId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
}

