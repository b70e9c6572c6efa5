// Reads of eenheden and lijnen at a peildatum. SQL lives here only.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import type { EenheidSoort } from '../../db/schema.ts'
import { ProblemError, notFound } from '../../server/problem.ts'
import { geldigOp, subboomCte } from './geldig.ts'
import type { BoomKnoop, Eenheid, EenheidKort, Lijn } from './eenheid.schemas.ts'

interface EenheidRij { id: string; naam: string; soort: EenheidSoort; boven_eenheid_id: string | null }

/** All eenheden of an organisatie on the peildatum with their hierarchical parent. */
async function eenhedenOp(db: Db, organisatieId: string, peildatum: string): Promise<EenheidRij[]> {
  const result = await sql<EenheidRij>`
    select v.eenheid_id as id, v.naam, v.soort, l.boven_eenheid_id
    from eenheid_versie v
    left join lijn l on l.eenheid_id = v.eenheid_id and l.soort = 'hierarchisch' and ${geldigOp('l', peildatum)}
    where v.organisatie_id = ${organisatieId} and ${geldigOp('v', peildatum)}`.execute(db)
  return result.rows
}

/** Depth-first order (siblings by name) with depth, from the given roots. */
function diepteEerst(rows: EenheidRij[], wortels: EenheidRij[]): BoomKnoop[] {
  const kinderen = new Map<string, EenheidRij[]>()
  for (const r of rows) {
    if (r.boven_eenheid_id === null) continue
    const list = kinderen.get(r.boven_eenheid_id) ?? []
    list.push(r)
    kinderen.set(r.boven_eenheid_id, list)
  }
  const byName = (a: EenheidRij, b: EenheidRij) => a.naam.localeCompare(b.naam, 'nl')
  const out: BoomKnoop[] = []
  const seen = new Set<string>()
  const stack: Array<[EenheidRij, number]> = [...wortels].sort(byName).reverse().map((r) => [r, 0])
  while (stack.length > 0) {
    const [r, diepte] = stack.pop()!
    if (seen.has(r.id)) continue // defensive: a cycle in the data must not hang a request
    seen.add(r.id)
    const kids = (kinderen.get(r.id) ?? []).sort(byName)
    out.push({ id: r.id, naam: r.naam, soort: r.soort, bovenEenheidId: r.boven_eenheid_id, diepte, aantalOnderliggend: kids.length })
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, diepte + 1])
  }
  return out
}

export async function boomOp(db: Db, organisatieId: string, peildatum: string): Promise<BoomKnoop[]> {
  const rows = await eenhedenOp(db, organisatieId, peildatum)
  const ids = new Set(rows.map((r) => r.id))
  // A parent that does not exist on the peildatum makes its child a root rather than hiding it.
  const wortels = rows.filter((r) => r.boven_eenheid_id === null || !ids.has(r.boven_eenheid_id))
  return diepteEerst(rows, wortels)
}

/** The eenheid and everything hierarchically below it on the peildatum. */
export async function subboomOp(db: Db, organisatieId: string, eenheidId: string, peildatum: string): Promise<BoomKnoop[]> {
  await assertEenheidOp(db, organisatieId, eenheidId, peildatum)
  const result = await sql<EenheidRij>`
    with recursive ${subboomCte(organisatieId, eenheidId, peildatum)}
    select v.eenheid_id as id, v.naam, v.soort, l.boven_eenheid_id
    from sub
    join eenheid_versie v on v.eenheid_id = sub.id and ${geldigOp('v', peildatum)}
    left join lijn l on l.eenheid_id = v.eenheid_id and l.soort = 'hierarchisch' and ${geldigOp('l', peildatum)}`.execute(db)
  const wortel = result.rows.filter((r) => r.id === eenheidId)
  return diepteEerst(result.rows, wortel)
}

export async function listEenheden(
  db: Db,
  organisatieId: string,
  peildatum: string,
  filter: { zoek?: string | undefined; soort?: EenheidSoort | undefined; offset: number; limit: number },
): Promise<{ totaal: number; resultaten: EenheidKort[] }> {
  const zoek = filter.zoek ? `%${filter.zoek}%` : null
  const result = await sql<EenheidRij & { totaal: number }>`
    select v.eenheid_id as id, v.naam, v.soort, l.boven_eenheid_id, count(*) over () as totaal
    from eenheid_versie v
    left join lijn l on l.eenheid_id = v.eenheid_id and l.soort = 'hierarchisch' and ${geldigOp('l', peildatum)}
    where v.organisatie_id = ${organisatieId} and ${geldigOp('v', peildatum)}
      and (${zoek}::text is null or v.naam ilike ${zoek})
      and (${filter.soort ?? null}::text is null or v.soort = ${filter.soort ?? null})
    order by v.naam, v.eenheid_id
    offset ${filter.offset} limit ${filter.limit}`.execute(db)
  const totaal = result.rows[0]?.totaal ?? (filter.offset > 0 ? await countEenheden(db, organisatieId, peildatum, zoek, filter.soort) : 0)
  return {
    totaal: Number(totaal),
    resultaten: result.rows.map((r) => ({ id: r.id, naam: r.naam, soort: r.soort, bovenEenheidId: r.boven_eenheid_id })),
  }
}

async function countEenheden(db: Db, organisatieId: string, peildatum: string, zoek: string | null, soort: string | undefined) {
  const r = await sql<{ n: number }>`
    select count(*) as n from eenheid_versie v
    where v.organisatie_id = ${organisatieId} and ${geldigOp('v', peildatum)}
      and (${zoek}::text is null or v.naam ilike ${zoek}) and (${soort ?? null}::text is null or v.soort = ${soort ?? null})`.execute(db)
  return Number(r.rows[0]?.n ?? 0)
}

/** 404 unless the eenheid belongs to the organisatie; 404 with its lifetime if it does not exist on the peildatum. */
export async function assertEenheidOp(db: Db, organisatieId: string, eenheidId: string, peildatum: string) {
  const versies = await db
    .selectFrom('eenheid_versie')
    .select(['geldig_van', 'geldig_tot'])
    .where('eenheid_id', '=', eenheidId)
    .where('organisatie_id', '=', organisatieId)
    .orderBy('geldig_van')
    .execute()
  if (versies.length === 0) throw notFound('Eenheid', eenheidId)
  const geldig = versies.some((v) => v.geldig_van <= peildatum && (v.geldig_tot === null || v.geldig_tot > peildatum))
  if (!geldig) {
    const van = versies[0]!.geldig_van
    const tot = versies[versies.length - 1]!.geldig_tot
    throw new ProblemError(404, `Eenheid ${eenheidId} bestaat niet op ${peildatum}; zij bestaat van ${van}${tot ? ` tot ${tot}` : ''}.`, undefined, 'niet-op-peildatum')
  }
}

interface EenheidDetailRij {
  naam: string; soort: EenheidSoort; afkorting: string | null; omschrijving: string | null; email: string | null; telefoon: string | null
  bezoekadres: string | null; postadres: string | null; website: string | null; geldig_van: string; geldig_tot: string | null
  boven: { id: string; naam: string } | null
  onder: Array<{ id: string; naam: string; soort: EenheidSoort }>
  uitgaand: Array<{ lijnId: string; eenheidId: string; naam: string; omschrijving: string | null }>
  inkomend: Array<{ lijnId: string; eenheidId: string; naam: string; omschrijving: string | null }>
  leiding: string | null
}

/** One eenheid on the peildatum, in one round trip: the most-read page of the organisation. */
export async function getEenheid(db: Db, organisatieId: string, eenheidId: string, peildatum: string): Promise<Eenheid> {
  // The query lives in migration 0003 as a PL/pgSQL function, so its plan is reused across requests.
  const result = await sql<{ detail: EenheidDetailRij | null }>`select eenheid_detail(${eenheidId}::uuid, ${organisatieId}::uuid, ${peildatum}::date) as detail`.execute(db)
  const v = result.rows[0]?.detail
  if (!v) {
    await assertEenheidOp(db, organisatieId, eenheidId, peildatum) // throws the 404 that says why
    throw notFound('Eenheid', eenheidId)
  }
  const opNaam = <T extends { naam: string }>(a: T, b: T) => a.naam.localeCompare(b.naam, 'nl')
  return {
    id: eenheidId,
    organisatieId,
    peildatum,
    naam: v.naam,
    soort: v.soort,
    afkorting: v.afkorting,
    omschrijving: v.omschrijving,
    contact: { email: v.email, telefoon: v.telefoon, bezoekadres: v.bezoekadres, postadres: v.postadres, website: v.website },
    geldigVan: v.geldig_van,
    geldigTot: v.geldig_tot,
    bovenEenheid: v.boven,
    onderliggendeEenheden: v.onder.sort(opNaam),
    functioneleLijnen: { uitgaand: v.uitgaand.sort(opNaam), inkomend: v.inkomend.sort(opNaam) },
    leidinggevendeFunctieId: v.leiding,
  }
}

export function toLijn(r: {
  id: string; soort: 'hierarchisch' | 'functioneel'; eenheid_id: string | null; boven_eenheid_id: string | null
  functie_id: string | null; boven_functie_id: string | null; omschrijving: string | null; geldig_van: string; geldig_tot: string | null
}): Lijn {
  return {
    id: r.id, soort: r.soort, eenheidId: r.eenheid_id, bovenEenheidId: r.boven_eenheid_id, functieId: r.functie_id,
    bovenFunctieId: r.boven_functie_id, omschrijving: r.omschrijving, geldigVan: r.geldig_van, geldigTot: r.geldig_tot,
  }
}

export async function lijnenOp(db: Db, organisatieId: string, peildatum: string, soort?: 'hierarchisch' | 'functioneel'): Promise<Lijn[]> {
  let q = db.selectFrom('lijn as l').selectAll('l').where('l.organisatie_id', '=', organisatieId).where(geldigOp('l', peildatum))
  if (soort) q = q.where('l.soort', '=', soort)
  return (await q.orderBy('l.id').execute()).map(toLijn)
}

/** Every version and line an eenheid ever had, and the wijzigingen that made them. */
export async function eenheidGeschiedenis(db: Db, organisatieId: string, eenheidId: string) {
  const versies = await db.selectFrom('eenheid_versie').selectAll().where('eenheid_id', '=', eenheidId).where('organisatie_id', '=', organisatieId).orderBy('geldig_van').execute()
  if (versies.length === 0) throw notFound('Eenheid', eenheidId)
  const lijnen = await db
    .selectFrom('lijn')
    .selectAll()
    .where('organisatie_id', '=', organisatieId)
    .where((eb) => eb.or([eb('eenheid_id', '=', eenheidId), eb('boven_eenheid_id', '=', eenheidId)]))
    .orderBy('geldig_van')
    .execute()
  const wijzigingIds = [...new Set([...versies, ...lijnen].map((r) => r.wijziging_id).filter((x): x is string => x !== null))]
  const wijzigingen = wijzigingIds.length
    ? await db.selectFrom('wijziging').select(['id', 'titel', 'ingangsdatum', 'status']).where('id', 'in', wijzigingIds).orderBy('ingangsdatum').execute()
    : []
  return {
    id: eenheidId,
    versies: versies.map((v) => ({ naam: v.naam, soort: v.soort, geldigVan: v.geldig_van, geldigTot: v.geldig_tot, wijzigingId: v.wijziging_id })),
    lijnen: lijnen.map(toLijn),
    wijzigingen,
  }
}
