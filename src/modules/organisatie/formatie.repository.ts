// Formatie vs bezetting in FTE for an eenheid, with and without its subtree, on a peildatum.
// A functie's vacature is the part of its formatie that no bezetting fills; a functie with formatie
// and no bezetting at all counts as one vacature. Loco's hold fte 0, so they never fill formatie.
import { structuurVersie } from './structuur-versie.ts'
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { assertEenheidOp } from './eenheid.repository.ts'
import { geldigOp, subboomCte } from './geldig.ts'
import type { FormatieCijfers } from './eenheid.schemas.ts'

interface Rij {
  eigen: boolean
  aantal_functies: number
  formatie: number
  bezetting: number
  vacature: number
  vacatures: number
  bezettingen: number
  vast: number
  tijdelijk: number
  inhuur: number
  stage: number
  bestuurlijk: number
}

const LEEG: FormatieCijfers = {
  aantalFuncties: 0, formatieFte: 0, bezettingFte: 0, vacatureFte: 0, vacatures: 0, aantalBezettingen: 0,
  perDienstverband: { vast: 0, tijdelijk: 0, inhuur: 0, stage: 0, bestuurlijk: 0 },
}

const rond = (n: number) => Math.round(n * 100) / 100

function cijfers(r: Rij): FormatieCijfers {
  return {
    aantalFuncties: Number(r.aantal_functies),
    formatieFte: rond(Number(r.formatie)),
    bezettingFte: rond(Number(r.bezetting)),
    vacatureFte: rond(Number(r.vacature)),
    vacatures: Number(r.vacatures),
    aantalBezettingen: Number(r.bezettingen),
    perDienstverband: { vast: rond(Number(r.vast)), tijdelijk: rond(Number(r.tijdelijk)), inhuur: rond(Number(r.inhuur)), stage: rond(Number(r.stage)), bestuurlijk: rond(Number(r.bestuurlijk)) },
  }
}

function optellen(a: FormatieCijfers, b: FormatieCijfers): FormatieCijfers {
  return {
    aantalFuncties: a.aantalFuncties + b.aantalFuncties,
    formatieFte: rond(a.formatieFte + b.formatieFte),
    bezettingFte: rond(a.bezettingFte + b.bezettingFte),
    vacatureFte: rond(a.vacatureFte + b.vacatureFte),
    vacatures: a.vacatures + b.vacatures,
    aantalBezettingen: a.aantalBezettingen + b.aantalBezettingen,
    perDienstverband: {
      vast: rond(a.perDienstverband.vast + b.perDienstverband.vast),
      tijdelijk: rond(a.perDienstverband.tijdelijk + b.perDienstverband.tijdelijk),
      inhuur: rond(a.perDienstverband.inhuur + b.perDienstverband.inhuur),
      stage: rond(a.perDienstverband.stage + b.perDienstverband.stage),
      bestuurlijk: rond(a.perDienstverband.bestuurlijk + b.perDienstverband.bestuurlijk),
    },
  }
}

type Formatie = { eenheidId: string; peildatum: string; eigen: FormatieCijfers; inclusiefOnderliggend: FormatieCijfers; aantalEenhedenInSubboom: number }

// Formatie of a large subtree reads every valid functie and bezetting below it (~80 ms for a whole
// organisation of 20,000 people). The answer only changes when eenheden, lijnen, functies or
// bezetting change, and each such write raises the organisatie's structuurversie in its own
// transaction (migration 0008): a cached answer is reused only while that version is unchanged.
const CACHE_GROOTTE = 500
const cache = new Map<string, { versie: number; formatie: Formatie }>()


export async function formatieVan(db: Db, organisatieId: string, eenheidId: string, peildatum: string, opties: { cache?: boolean } = {}): Promise<Formatie> {
  const sleutel = `${organisatieId}|${eenheidId}|${peildatum}`
  const versie = await structuurVersie(db, organisatieId)
  const bewaard = cache.get(sleutel)
  if (opties.cache !== false && bewaard && bewaard.versie === versie) return bewaard.formatie
  const formatie = await berekenFormatie(db, organisatieId, eenheidId, peildatum)
  if (cache.size >= CACHE_GROOTTE) cache.delete(cache.keys().next().value!)
  cache.set(sleutel, { versie, formatie })
  return formatie
}

async function berekenFormatie(db: Db, organisatieId: string, eenheidId: string, peildatum: string): Promise<Formatie> {
  await assertEenheidOp(db, organisatieId, eenheidId, peildatum)
  // Two steps on purpose: with the subtree as an array parameter the planner knows how many
  // eenheden it joins, and picks hash joins for a whole organisation and index lookups for a team.
  const sub = await sql<{ id: string }>`with recursive ${subboomCte(organisatieId, eenheidId, peildatum)} select id from sub`.execute(db)
  const ids = sub.rows.map((r) => r.id)
  const result = await sql<Rij>`
    with f as (
      select fv.functie_id, fv.eenheid_id, fv.formatie_fte
      from functie_versie fv
      where fv.eenheid_id = any(${ids}::uuid[]) and fv.organisatie_id = ${organisatieId} and ${geldigOp('fv', peildatum)}
    ),
    b as (
      select b.functie_id, sum(b.fte) as fte, count(*) as n,
        sum(b.fte) filter (where b.dienstverband = 'vast') as vast,
        sum(b.fte) filter (where b.dienstverband = 'tijdelijk') as tijdelijk,
        sum(b.fte) filter (where b.dienstverband = 'inhuur') as inhuur,
        sum(b.fte) filter (where b.dienstverband = 'stage') as stage,
        sum(b.fte) filter (where b.dienstverband = 'bestuurlijk') as bestuurlijk
      from f join bezetting b on b.functie_id = f.functie_id and ${geldigOp('b', peildatum)}
      group by b.functie_id
    )
    select (f.eenheid_id = ${eenheidId}::uuid) as eigen,
      count(*) as aantal_functies,
      coalesce(sum(f.formatie_fte), 0) as formatie,
      coalesce(sum(b.fte), 0) as bezetting,
      coalesce(sum(greatest(f.formatie_fte - coalesce(b.fte, 0), 0)), 0) as vacature,
      count(*) filter (where f.formatie_fte > 0 and coalesce(b.n, 0) = 0) as vacatures,
      coalesce(sum(b.n), 0) as bezettingen,
      coalesce(sum(b.vast), 0) as vast, coalesce(sum(b.tijdelijk), 0) as tijdelijk, coalesce(sum(b.inhuur), 0) as inhuur,
      coalesce(sum(b.stage), 0) as stage, coalesce(sum(b.bestuurlijk), 0) as bestuurlijk
    from f left join b on b.functie_id = f.functie_id
    group by 1`.execute(db)
  const eigenRij = result.rows.find((r) => r.eigen)
  const anderRij = result.rows.find((r) => !r.eigen)
  const eigen = eigenRij ? cijfers(eigenRij) : LEEG
  const onder = anderRij ? cijfers(anderRij) : LEEG
  return { eenheidId, peildatum, eigen, inclusiefOnderliggend: optellen(eigen, onder), aantalEenhedenInSubboom: ids.length }
}
