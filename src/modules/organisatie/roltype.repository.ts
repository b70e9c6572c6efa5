// Roltypen with their numbered taken (seed 004), who holds them, and portefeuilles of the bestuur.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { notFound } from '../../server/problem.ts'
import { geldigOp } from './geldig.ts'

/** Natural order of taak numbers: 1, 2, …, 4, 4a, 4b, …, 10, 11. */
export function taakVolgorde(a: string, b: string) {
  const [, na = '0', la = ''] = /^(\d+)([a-z]*)$/.exec(a) ?? []
  const [, nb = '0', lb = ''] = /^(\d+)([a-z]*)$/.exec(b) ?? []
  return Number(na) - Number(nb) || la.localeCompare(lb)
}

export async function listRoltypen(db: Db, organisatieId: string, peildatum: string) {
  const rows = await sql<{ id: string; code: string; naam: string; omschrijving: string | null; categorie: 'ambtelijk' | 'bestuurlijk'; leidinggevend: boolean; aantal_taken: number; aantal_functies: number }>`
    select r.id, r.code, r.naam, r.omschrijving, r.categorie, r.leidinggevend,
      (select count(*) from taak t where t.roltype_id = r.id) as aantal_taken,
      (select count(*) from functie_versie f where f.roltype_id = r.id and ${geldigOp('f', peildatum)}) as aantal_functies
    from roltype r where r.organisatie_id = ${organisatieId}
    order by r.categorie, r.naam`.execute(db)
  return rows.rows.map((r) => ({
    id: r.id, code: r.code, naam: r.naam, omschrijving: r.omschrijving, categorie: r.categorie, leidinggevend: r.leidinggevend,
    aantalTaken: Number(r.aantal_taken), aantalFuncties: Number(r.aantal_functies),
  }))
}

export async function getRoltype(db: Db, organisatieId: string, roltypeId: string, peildatum: string) {
  const r = await db.selectFrom('roltype').selectAll().where('id', '=', roltypeId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!r) throw notFound('Roltype', roltypeId)
  const taken = await db.selectFrom('taak').select(['nummer', 'tekst']).where('roltype_id', '=', roltypeId).orderBy('volgorde').execute()
  const houders = await sql<{ functie_id: string; functie_naam: string; eenheid_id: string; eenheid_naam: string; persoon_id: string | null; persoon_naam: string | null; vervanging: 'loco' | 'waarnemer' | null }>`
    select f.functie_id, f.naam as functie_naam, f.eenheid_id, ev.naam as eenheid_naam, p.id as persoon_id, p.naam as persoon_naam, b.vervanging
    from functie_versie f
    join eenheid_versie ev on ev.eenheid_id = f.eenheid_id and ${geldigOp('ev', peildatum)}
    left join bezetting b on b.functie_id = f.functie_id and ${geldigOp('b', peildatum)}
    left join persoon p on p.id = b.persoon_id
    where f.roltype_id = ${roltypeId} and ${geldigOp('f', peildatum)}
    order by ev.naam, f.naam, b.vervanging nulls first, p.naam`.execute(db)
  return {
    id: r.id, code: r.code, naam: r.naam, omschrijving: r.omschrijving, categorie: r.categorie, leidinggevend: r.leidinggevend, bron: r.bron, peildatum,
    taken: taken.sort((a, b) => taakVolgorde(a.nummer, b.nummer)),
    functies: houders.rows.map((h) => ({
      functieId: h.functie_id, functieNaam: h.functie_naam, eenheidId: h.eenheid_id, eenheidNaam: h.eenheid_naam,
      persoonId: h.persoon_id, persoonNaam: h.persoon_naam, vervanging: h.vervanging,
    })),
  }
}

/** Portefeuilles of the college on the peildatum, each with its portefeuillehouder(s). */
export async function listPortefeuilles(db: Db, organisatieId: string, peildatum: string) {
  const rows = await sql<{ id: string; naam: string; functie_id: string; functie_naam: string; persoon_id: string | null; persoon_naam: string | null; vervanging: 'loco' | 'waarnemer' | null }>`
    select pf.id, pf.naam, pf.functie_id, fv.naam as functie_naam, p.id as persoon_id, p.naam as persoon_naam, b.vervanging
    from portefeuille pf
    join functie_versie fv on fv.functie_id = pf.functie_id and ${geldigOp('fv', peildatum)}
    left join bezetting b on b.functie_id = pf.functie_id and ${geldigOp('b', peildatum)}
    left join persoon p on p.id = b.persoon_id
    where pf.organisatie_id = ${organisatieId} and ${geldigOp('pf', peildatum)}
    order by fv.naam, pf.naam, b.vervanging nulls first`.execute(db)
  const byId = new Map<string, { id: string; naam: string; functieId: string; functieNaam: string; portefeuillehouder: { persoonId: string; naam: string } | null }>()
  for (const r of rows.rows) {
    const item = byId.get(r.id) ?? { id: r.id, naam: r.naam, functieId: r.functie_id, functieNaam: r.functie_naam, portefeuillehouder: null }
    // The regular holder is the portefeuillehouder; a loco only stands in.
    if (!item.portefeuillehouder && r.persoon_id && r.vervanging === null) item.portefeuillehouder = { persoonId: r.persoon_id, naam: r.persoon_naam! }
    byId.set(r.id, item)
  }
  return [...byId.values()]
}

/** Search eenheden, functies and personen by name on the peildatum. */
export async function zoek(db: Db, organisatieId: string, zoekterm: string, peildatum: string, limiet: number) {
  const term = `%${zoekterm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const [eenheden, functies, personen] = await Promise.all([
    sql<{ id: string; naam: string; soort: string }>`
      select v.eenheid_id as id, v.naam, v.soort from eenheid_versie v
      where v.organisatie_id = ${organisatieId} and ${geldigOp('v', peildatum)} and v.naam ilike ${term}
      order by length(v.naam), v.naam limit ${limiet}`.execute(db),
    sql<{ id: string; naam: string; eenheid_id: string; eenheid_naam: string }>`
      select f.functie_id as id, f.naam, f.eenheid_id, ev.naam as eenheid_naam from functie_versie f
      join eenheid_versie ev on ev.eenheid_id = f.eenheid_id and ${geldigOp('ev', peildatum)}
      where f.organisatie_id = ${organisatieId} and ${geldigOp('f', peildatum)} and f.naam ilike ${term}
      order by length(f.naam), f.naam, ev.naam limit ${limiet}`.execute(db),
    sql<{ id: string; naam: string; functie: string | null; eenheid_naam: string | null }>`
      select p.id, p.naam, x.naam as functie, x.eenheid_naam from persoon p
      left join lateral (
        select fv.naam, ev.naam as eenheid_naam from bezetting b
        join functie_versie fv on fv.functie_id = b.functie_id and ${geldigOp('fv', peildatum)}
        join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id and ${geldigOp('ev', peildatum)}
        where b.persoon_id = p.id and ${geldigOp('b', peildatum)} order by b.vervanging nulls first limit 1
      ) x on true
      where p.organisatie_id = ${organisatieId} and p.naam ilike ${term}
      order by (x.naam is null), p.achternaam nulls last, p.naam limit ${limiet}`.execute(db),
  ])
  return {
    zoekterm,
    peildatum,
    eenheden: eenheden.rows,
    functies: functies.rows.map((f) => ({ id: f.id, naam: f.naam, eenheidId: f.eenheid_id, eenheidNaam: f.eenheid_naam })),
    personen: personen.rows.map((p) => ({ id: p.id, naam: p.naam, functie: p.functie, eenheidNaam: p.eenheid_naam })),
  }
}
