// The capacity heatmap (issue 5): 300 opgaven and 5,000 capaciteitsclaims over 12 quarters on the
// team eenheden of the benchmark organisation, written in bulk with Kysely (not via the API), then
// heatmap() timed over three years and over one year.
import { sql } from 'kysely'
import type { Db } from '../src/db/database.ts'
import type { ClaimStatus, OpgaveDomein, OpgaveSoort } from '../src/db/schema.ts'
import { heatmap } from '../src/modules/opgave/capaciteit.repository.ts'
import { kwartaalStart, kwartalen } from '../src/modules/opgave/kwartaal.ts'
import { hashTekst, Rng } from '../src/modules/demo/prng.ts'
import { plusDagen } from '../src/server/api-schemas.ts'
import { time } from './stats.ts'

export const CAPACITEIT = { opgaven: 300, claims: 5000, van: '2026-Q1', tot: '2028-Q4' }
/** The quarter the benchmark organisation "is in" (it is generated up to 2026-11-01): earlier quarters are answered, later ones increasingly open. */
const NU = '2026-Q4'

const THEMA = ['Warmtetransitie', 'Wijkvernieuwing', 'Armoedeaanpak', 'Binnenstad', 'Mobiliteit', 'Jeugdhulp', 'Woningbouw', 'Klimaatadaptatie', 'Digitale dienstverlening', 'Arbeidsmarkt', 'Veiligheid in de wijk', 'Schuldhulp', 'Energiearmoede', 'Stationsgebied', 'Vergroening', 'Inburgering']
const WIJK = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Haven', 'De Hoven', 'Oude Dorp', 'Beekdal', 'Stadspark']

interface Gegenereerd { opgaven: number; claims: number; teams: number; statussen: Record<ClaimStatus, number> }

/** Writes the opgaven and claims; same organisation and seed → same rows, ids included. */
export async function genereerCapaciteit(db: Db, organisatieId: string, seed = 42): Promise<Gegenereerd> {
  const rng = new Rng((seed ^ hashTekst(`capaciteit ${organisatieId}`)) >>> 0)
  const kw = kwartalen(CAPACITEIT.van, CAPACITEIT.tot)
  const teams = (await db.selectFrom('eenheid_versie').select('eenheid_id').distinct()
    .where('organisatie_id', '=', organisatieId).where('soort', '=', 'team').where('geldig_tot', 'is', null)
    .orderBy('eenheid_id').execute()).map((r) => r.eenheid_id)
  const leiding = (await db.selectFrom('functie_versie').select('functie_id').distinct()
    .where('organisatie_id', '=', organisatieId).where('leidinggevend', '=', true).where('geldig_tot', 'is', null)
    .orderBy('functie_id').execute()).map((r) => r.functie_id)
  if (teams.length === 0 || leiding.length === 0) throw new Error('De benchmarkorganisatie heeft geen teams of leidinggevende functies')

  // Opgaven: each draws its claims from a handful of teams (its "netwerk"), over consecutive quarters.
  const opgaven = Array.from({ length: CAPACITEIT.opgaven }, (_, i) => {
    const soort = rng.kiesGewogen<OpgaveSoort>([['project', 5], ['programma', 3], ['maatschappelijke_opgave', 2]])
    const startdatum = plusDagen('2025-01-01', rng.int(0, 730))
    return {
      id: rng.uuid(), organisatie_id: organisatieId,
      naam: `${rng.kies(THEMA)} ${rng.kies(WIJK)} ${i + 1}`, soort,
      maatschappelijk_doel: 'Een gegenereerde opgave voor de benchmark van de capaciteitsheatmap.',
      domein: rng.kies<OpgaveDomein>(['fysiek', 'sociaal', 'economie', 'bedrijfsvoering']),
      portefeuille_id: null, ambtelijk_opdrachtgever_id: rng.kies(leiding), opgavemanager_id: rng.kans(0.7) ? rng.kies(leiding) : null,
      status: rng.kiesGewogen([['actief', 7], ['verkenning', 2], ['afgerond', 1]] as const),
      prioriteit: rng.kans(0.8) ? i + 1 : null,
      startdatum, einddatum: rng.kans(0.5) ? plusDagen(startdatum, rng.int(365, 1460)) : null,
      teams: Array.from({ length: rng.int(3, 12) }, () => rng.kies(teams)),
    }
  })

  // Claims: runs of 1–6 consecutive quarters of one opgave on one team, until 5,000; no pair twice in a quarter.
  const gezien = new Set<string>()
  const claims: Array<{
    id: string; organisatie_id: string; opgave_id: string; eenheid_id: string; kwartaal: string; fte: number; profiel: string | null; toelichting: string | null
    status: ClaimStatus; toegekend_fte: number; reden: string | null; beantwoord_door: string | null; beantwoord_op: Date | null; aangemaakt_op: string
  }> = []
  const statussen: Record<ClaimStatus, number> = { aangevraagd: 0, toegekend: 0, deels: 0, afgewezen: 0, ingetrokken: 0 }
  while (claims.length < CAPACITEIT.claims) {
    const o = rng.kies(opgaven)
    const eenheid = rng.kies(o.teams)
    const eerste = rng.int(0, kw.length - 1)
    const lengte = rng.int(1, 6)
    const fte = rng.int(2, 20) / 10 // 0.2–2.0
    for (let k = eerste; k < Math.min(kw.length, eerste + lengte) && claims.length < CAPACITEIT.claims; k++) {
      const kwartaal = kw[k]!
      if (gezien.has(`${o.id} ${eenheid} ${kwartaal}`)) continue
      gezien.add(`${o.id} ${eenheid} ${kwartaal}`)
      // Past and current quarters are nearly all answered; the further ahead, the more still open.
      const vooruit = Math.max(0, kw.indexOf(kwartaal) - kw.indexOf(NU))
      const status = rng.kiesGewogen<ClaimStatus>([['toegekend', 60], ['deels', 15], ['afgewezen', 8], ['ingetrokken', 3], ['aangevraagd', 4 + vooruit * 6]])
      const toegekend = status === 'toegekend' ? fte : status === 'deels' ? Math.min(fte - 0.05, Math.max(0.05, Math.round(fte * rng.int(25, 75)) / 100)) : 0
      const aangemaakt = plusDagen(kwartaalStart(kwartaal), -rng.int(30, 200))
      const beantwoord = status !== 'aangevraagd' && status !== 'ingetrokken'
      statussen[status]++
      claims.push({
        id: rng.uuid(), organisatie_id: organisatieId, opgave_id: o.id, eenheid_id: eenheid, kwartaal, fte,
        profiel: rng.kans(0.6) ? rng.kies(['beleidsadviseur', 'projectleider', 'data-analist', 'jurist', 'communicatieadviseur', 'uitvoerder']) : null,
        toelichting: null, status, toegekend_fte: Math.round(toegekend * 100) / 100,
        reden: status === 'afgewezen' ? 'Geen ruimte naast de lopende taken van het team.' : status === 'deels' ? 'Gedeeltelijk: de rest is al toegezegd.' : null,
        beantwoord_door: beantwoord ? 'teammanager (benchmark)' : null,
        beantwoord_op: beantwoord ? new Date(`${plusDagen(aangemaakt, rng.int(3, 28))}T10:00:00Z`) : null,
        aangemaakt_op: `${aangemaakt}T09:00:00Z`,
      })
    }
  }

  await db.transaction().execute(async (tx) => {
    await tx.insertInto('opgave').values(opgaven.map(({ teams: _t, ...o }) => ({ ...o, aangemaakt_op: `${o.startdatum}T09:00:00Z`, gewijzigd_op: `${o.startdatum}T09:00:00Z` }))).execute()
    for (let i = 0; i < claims.length; i += 1000) {
      await tx.insertInto('capaciteitsclaim').values(claims.slice(i, i + 1000)).execute()
    }
  })
  return { opgaven: opgaven.length, claims: claims.length, teams: teams.length, statussen }
}

export interface HeatmapMeting { label: string; kwartalen: number; rijen: number; cellen: number; p50: number; p99: number }

/** Generates the claims, analyzes, and times the heatmap over the whole organisation for 3 years and for 1 year. */
export async function benchCapaciteit(db: Db, organisatieId: string, runs: number) {
  const gegenereerd = await genereerCapaciteit(db, organisatieId)
  await sql`analyze`.execute(db) // as autovacuum would after a bulk load
  const metingen: HeatmapMeting[] = []
  for (const [label, van, tot] of [['3 jaar (2026-Q1 … 2028-Q4), hele organisatie', CAPACITEIT.van, CAPACITEIT.tot], ['1 jaar (2027-Q1 … 2027-Q4), hele organisatie', '2027-Q1', '2027-Q4']] as const) {
    const h = await heatmap(db, organisatieId, van, tot)
    const t = await time(label, runs, () => heatmap(db, organisatieId, van, tot))
    metingen.push({ label, kwartalen: h.kwartalen.length, rijen: h.eenheden.length, cellen: h.eenheden.reduce((s, e) => s + e.cellen.length, 0), p50: t.p50, p99: t.p99 })
    // The first read after any write recomputes the bezetting side (the cache is keyed on the data version).
    const u = await time(`${label}, ongecachet`, Math.max(5, Math.floor(runs / 4)), () => heatmap(db, organisatieId, van, tot, undefined, { cache: false }))
    metingen.push({ label: `${label}, eerste lezing na een wijziging (zonder cache)`, kwartalen: h.kwartalen.length, rijen: h.eenheden.length, cellen: h.eenheden.reduce((s, e) => s + e.cellen.length, 0), p50: u.p50, p99: u.p99 })
  }
  return { gegenereerd, metingen }
}
