// Who sits in an overleg on a date: derived from the organisation (issue 6). Each samenstelling row
// names a roltype (all holders of functies with it) or one functie, with a rol: voorzitter, lid or
// adviseur. A loco or waarnemer holding the functie on that date counts too, marked as such.
// Seed 004, structurele overleggen: e.g. the MT is the gemeentesecretaris (chair), the concernmanager
// and the teammanagers, with the concerncontroller and the strategisch adviseur as advisers.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export interface Deelnemer {
  persoonId: string
  naam: string
  rol: 'voorzitter' | 'lid' | 'adviseur'
  functieId: string
  functieNaam: string
  roltype: string
  vervanging: 'loco' | 'waarnemer' | null
}

const RANG = { voorzitter: 0, lid: 1, adviseur: 2 } as const

/** The participants of the overleg on the date, one entry per person (their highest rol). */
export async function deelnemersVan(db: Db | Tx, organisatieId: string, overlegId: string, peildatum: string): Promise<Deelnemer[]> {
  return (await deelnemersPerOverleg(db, organisatieId, [overlegId], peildatum)).get(overlegId) ?? []
}

/** deelnemersVan for several overleggen in one query (a list page, a person's overleggen). */
export async function deelnemersPerOverleg(db: Db | Tx, organisatieId: string, overlegIds: readonly string[], peildatum: string): Promise<Map<string, Deelnemer[]>> {
  const uit = new Map<string, Deelnemer[]>()
  if (overlegIds.length === 0) return uit
  const r = await sql<Deelnemer & { overlegId: string }>`
    select s.overleg_id as "overlegId", p.id as "persoonId", p.naam, s.rol, fv.functie_id as "functieId", fv.naam as "functieNaam", rt.code as roltype, b.vervanging
    from overleg_samenstelling s
    join functie_versie fv on fv.organisatie_id = ${organisatieId}
      and ${geldigOp('fv', peildatum)}
    join roltype rt on rt.id = fv.roltype_id
    join bezetting b on b.functie_id = fv.functie_id
      and ${geldigOp('b', peildatum)}
    join persoon p on p.id = b.persoon_id
    where s.overleg_id = any(${[...overlegIds]}::uuid[]) and s.organisatie_id = ${organisatieId}
      and (s.functie_id = fv.functie_id or s.roltype_code = rt.code)
    order by p.naam`.execute(db)
  // A person counts once: with their own highest rol, and only as loco or waarnemer when they have
  // no own seat (a concerndirecteur who is also loco-secretaris sits in the DT as member, not chair).
  const beter = (a: Deelnemer, b: Deelnemer) => (a.vervanging === null) !== (b.vervanging === null) ? a.vervanging === null : RANG[a.rol] < RANG[b.rol]
  const perOverleg = new Map<string, Map<string, Deelnemer>>()
  for (const { overlegId, ...d } of r.rows) {
    let perPersoon = perOverleg.get(overlegId)
    if (!perPersoon) perOverleg.set(overlegId, (perPersoon = new Map()))
    const al = perPersoon.get(d.persoonId)
    if (!al || beter(d, al)) perPersoon.set(d.persoonId, d)
  }
  for (const [overlegId, perPersoon] of perOverleg) {
    uit.set(overlegId, [...perPersoon.values()].sort((a, b) => RANG[a.rol] - RANG[b.rol] || a.naam.localeCompare(b.naam, 'nl')))
  }
  return uit
}

/** Who chairs a meeting: the present chair, else a present loco or waarnemer of the chair. */
export function voorzitterVan(deelnemers: readonly Deelnemer[], aanwezig: ReadonlySet<string>): string | null {
  const stoel = deelnemers.filter((d) => d.rol === 'voorzitter' && aanwezig.has(d.persoonId))
  return (stoel.find((d) => d.vervanging === null) ?? stoel[0])?.persoonId ?? null
}

/** The functies whose holders chair the overleg: they manage its meetings without a mandate. */
export async function voorzittersFuncties(db: Db | Tx, organisatieId: string, overlegId: string, peildatum: string): Promise<string[]> {
  return (await deelnemersVan(db, organisatieId, overlegId, peildatum)).filter((d) => d.rol === 'voorzitter').map((d) => d.functieId)
}
