// "Who is my manager" and "who steers my team functionally", at a peildatum.
//
// Hierarchical chain, from a functie upwards, one step at a time:
//  1. an explicit hierarchical functie-lijn (e.g. concernmanager → gemeentesecretaris, seed 004) wins;
//  2. otherwise the leading functie (leidinggevend) of the functie's own eenheid, unless it is that one;
//  3. otherwise the leading functie of the nearest eenheid above (via hierarchical eenheid-lijnen).
// Functional chain: the functional lines that start at the functie, at any functie in its
// hierarchical chain, or at their eenheden (then the leading functie of the steering eenheid),
// e.g. teammanager → concernmanager ("stuurt de teammanagers functioneel aan", seed 004).
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { ProblemError, notFound } from '../../server/problem.ts'
import { geldigOp } from './geldig.ts'
import { functiesOp } from './functie.repository.ts'
import type { Keten } from './functie.schemas.ts'

const MAX_STAPPEN = 30 // deeper than any real organisation; guards against cycles in bad data

class KetenContext {
  private info = new Map<string, { eenheid_id: string; leidinggevend: boolean } | null>()
  private ouder = new Map<string, string | null>()
  private leiding = new Map<string, string | null>()
  constructor(private db: Db, private organisatieId: string, private peildatum: string) {}

  async functie(id: string) {
    if (!this.info.has(id)) {
      const r = await this.db.selectFrom('functie_versie as f').select(['f.eenheid_id', 'f.leidinggevend'])
        .where('f.functie_id', '=', id).where('f.organisatie_id', '=', this.organisatieId).where(geldigOp('f', this.peildatum)).executeTakeFirst()
      this.info.set(id, r ?? null)
    }
    return this.info.get(id)!
  }

  async ouderVan(eenheidId: string) {
    if (!this.ouder.has(eenheidId)) {
      const r = await this.db.selectFrom('lijn as l').select('l.boven_eenheid_id')
        .where('l.eenheid_id', '=', eenheidId).where('l.soort', '=', 'hierarchisch').where(geldigOp('l', this.peildatum)).executeTakeFirst()
      this.ouder.set(eenheidId, r?.boven_eenheid_id ?? null)
    }
    return this.ouder.get(eenheidId)!
  }

  async leidingVan(eenheidId: string) {
    if (!this.leiding.has(eenheidId)) {
      const r = await this.db.selectFrom('functie_versie as f').select('f.functie_id')
        .where('f.eenheid_id', '=', eenheidId).where('f.leidinggevend', '=', true).where(geldigOp('f', this.peildatum))
        .orderBy('f.functie_id').executeTakeFirst()
      this.leiding.set(eenheidId, r?.functie_id ?? null)
    }
    return this.leiding.get(eenheidId)!
  }

  async lijnenVanFunctie(functieId: string, soort: 'hierarchisch' | 'functioneel') {
    return this.db.selectFrom('lijn as l').select('l.boven_functie_id')
      .where('l.functie_id', '=', functieId).where('l.soort', '=', soort).where(geldigOp('l', this.peildatum))
      .orderBy('l.boven_functie_id').execute()
  }

  async functioneleLijnenVanEenheid(eenheidId: string) {
    return this.db.selectFrom('lijn as l').select('l.boven_eenheid_id')
      .where('l.eenheid_id', '=', eenheidId).where('l.soort', '=', 'functioneel').where(geldigOp('l', this.peildatum))
      .orderBy('l.boven_eenheid_id').execute()
  }
}

async function volgende(ctx: KetenContext, functieId: string): Promise<string | null> {
  const expliciet = await ctx.lijnenVanFunctie(functieId, 'hierarchisch')
  if (expliciet[0]?.boven_functie_id) return expliciet[0].boven_functie_id
  const info = await ctx.functie(functieId)
  if (!info) return null
  if (!info.leidinggevend) {
    const leiding = await ctx.leidingVan(info.eenheid_id)
    if (leiding && leiding !== functieId) return leiding
  }
  let eenheid = await ctx.ouderVan(info.eenheid_id)
  for (let i = 0; eenheid && i < MAX_STAPPEN; i++) {
    const leiding = await ctx.leidingVan(eenheid)
    if (leiding && leiding !== functieId) return leiding
    eenheid = await ctx.ouderVan(eenheid)
  }
  return null
}

export async function ketenVanFunctie(db: Db, organisatieId: string, functieId: string, peildatum: string): Promise<Keten> {
  const ctx = new KetenContext(db, organisatieId, peildatum)
  const start = await ctx.functie(functieId)
  if (!start) {
    const bestaat = await db.selectFrom('functie').select('id').where('id', '=', functieId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    if (!bestaat) throw notFound('Functie', functieId)
    throw new ProblemError(404, `Functie ${functieId} bestaat niet op ${peildatum}.`, undefined, 'niet-op-peildatum')
  }

  const hierarchisch: string[] = []
  const gezien = new Set([functieId])
  let huidig = functieId
  for (let i = 0; i < MAX_STAPPEN; i++) {
    const next = await volgende(ctx, huidig)
    if (!next || gezien.has(next)) break
    hierarchisch.push(next)
    gezien.add(next)
    huidig = next
  }

  const functioneel: Array<{ functieId: string; via: { soort: 'functie' | 'eenheid'; id: string } }> = []
  const alGenoemd = new Set<string>([functieId])
  const eenhedenGedaan = new Set<string>()
  for (const f of [functieId, ...hierarchisch]) {
    for (const l of await ctx.lijnenVanFunctie(f, 'functioneel')) {
      if (l.boven_functie_id && !alGenoemd.has(l.boven_functie_id)) {
        alGenoemd.add(l.boven_functie_id)
        functioneel.push({ functieId: l.boven_functie_id, via: { soort: 'functie', id: f } })
      }
    }
    const eenheid = (await ctx.functie(f))?.eenheid_id
    if (!eenheid || eenhedenGedaan.has(eenheid)) continue
    eenhedenGedaan.add(eenheid)
    for (const l of await ctx.functioneleLijnenVanEenheid(eenheid)) {
      const leiding = l.boven_eenheid_id ? await ctx.leidingVan(l.boven_eenheid_id) : null
      if (leiding && !alGenoemd.has(leiding)) {
        alGenoemd.add(leiding)
        functioneel.push({ functieId: leiding, via: { soort: 'eenheid', id: eenheid } })
      }
    }
  }

  const functies = await functiesOp(db, organisatieId, [functieId, ...hierarchisch, ...functioneel.map((f) => f.functieId)], peildatum)
  const eenheidIds = functioneel.filter((f) => f.via.soort === 'eenheid').map((f) => f.via.id)
  const eenheidNamen = new Map<string, string>()
  if (eenheidIds.length > 0) {
    const rows = await sql<{ id: string; naam: string }>`select eenheid_id as id, naam from eenheid_versie v where eenheid_id = any(${eenheidIds}::uuid[]) and ${geldigOp('v', peildatum)}`.execute(db)
    for (const r of rows.rows) eenheidNamen.set(r.id, r.naam)
  }
  return {
    peildatum,
    functie: functies.get(functieId)!,
    hierarchisch: hierarchisch.map((id) => functies.get(id)).filter((f) => f !== undefined),
    functioneel: functioneel.flatMap(({ functieId: id, via }) => {
      const f = functies.get(id)
      if (!f) return []
      const naam = via.soort === 'functie' ? (functies.get(via.id)?.naam ?? '') : (eenheidNamen.get(via.id) ?? '')
      return [{ ...f, via: { ...via, naam } }]
    }),
  }
}

/** The chains above every functie a persoon holds on the peildatum (loco/waarnemer included). */
export async function ketensVanPersoon(db: Db, organisatieId: string, persoonId: string, peildatum: string): Promise<Keten[]> {
  const persoon = await db.selectFrom('persoon').select('id').where('id', '=', persoonId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!persoon) throw notFound('Persoon', persoonId)
  const bezettingen = await db.selectFrom('bezetting as b').select('b.functie_id').distinct()
    .where('b.persoon_id', '=', persoonId).where(geldigOp('b', peildatum)).orderBy('b.functie_id').execute()
  const ketens: Keten[] = []
  for (const b of bezettingen) ketens.push(await ketenVanFunctie(db, organisatieId, b.functie_id, peildatum))
  return ketens
}
