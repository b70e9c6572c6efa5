// Issue 5, "what it must show": a claim beyond a team's capacity is flagged; allocations never
// exceed what the teammanager committed; the history of voortgang is kept; a wijziging that ends a
// team with open claims lists those claims in its preview. Through the API, as real actors.
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { structuurVersie } from '../organisatie/structuur-versie.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let cm: Sessie
let tmA: Sessie
let bram: Sessie
const K = '2027-Q1'
const basis = () => `/api/v1/organisaties/${fx.organisatieId}`
const vraag = (s: Sessie, method: 'GET' | 'POST' | 'PUT' | 'PATCH', pad: string, payload?: object) =>
  t.app.inject({ method, url: `${basis()}${pad}`, headers: headers(s), ...(payload ? { payload } : {}) })

async function nieuweOpgave(naam: string, extra: object = {}) {
  const res = await vraag(cm, 'POST', '/opgaven', { naam, soort: 'programma', maatschappelijkDoel: `${naam} voor de stad`, domein: 'fysiek', ambtelijkOpdrachtgeverId: fx.functies.cm, startdatum: '2026-01-01', ...extra })
  expect(res.statusCode, res.body).toBe(201)
  return res.json() as { id: string }
}

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Opgave')
  await account(t.db, fx.organisatieId, fx.personen.carla, 'cm@opgave.example')
  await account(t.db, fx.organisatieId, fx.personen.tom, 'tm-a@opgave.example')
  await account(t.db, fx.organisatieId, fx.personen.bram, 'bram@opgave.example')
  cm = await login(t.app, 'cm@opgave.example')
  tmA = await login(t.app, 'tm-a@opgave.example')
  bram = await login(t.app, 'bram@opgave.example')
})

describe('capaciteitsclaims', () => {
  let p: string
  let q: string
  let claimP: string
  let claimQ: string

  it('flags a claim beyond the team’s capacity, and the conflict, ranked by priority', async () => {
    p = (await nieuweOpgave('Energietransitie')).id
    q = (await nieuweOpgave('Woningbouw')).id
    // Team A on 2027-01-01: Tom 1 + Anna 1 + Bram 0.8 (A3 is vacant) = 2.8 FTE.
    const eerste = await vraag(cm, 'POST', `/opgaven/${p}/capaciteitsclaims`, { eenheidId: fx.eenheden.teamA, kwartalen: [{ kwartaal: K, fte: 2 }], profiel: 'beleidsadviseur' })
    expect(eerste.statusCode, eerste.body).toBe(201)
    claimP = eerste.json().resultaten[0].id
    expect(eerste.json().resultaten[0]).toMatchObject({ status: 'aangevraagd', bovenCapaciteit: false, capaciteit: { bezettingFte: 2.8, toegekendFte: 0, beschikbaarFte: 2.8 } })
    const tweede = await vraag(cm, 'POST', `/opgaven/${q}/capaciteitsclaims`, { eenheidId: fx.eenheden.teamA, kwartalen: [{ kwartaal: K, fte: 1.5 }] })
    claimQ = tweede.json().resultaten[0].id
    expect(tweede.json().resultaten[0]).toMatchObject({ bovenCapaciteit: true, capaciteit: { gevraagdOpenFte: 3.5 } })
    expect((await vraag(cm, 'GET', `/capaciteitsclaims/${claimP}`)).json().bovenCapaciteit).toBe(true)

    const heatmap = (await vraag(cm, 'GET', `/capaciteit?van=2026-Q4&tot=2027-Q2`)).json()
    expect(heatmap.kwartalen).toEqual(['2026-Q4', '2027-Q1', '2027-Q2'])
    const rij = heatmap.eenheden.find((e: { eenheidId: string }) => e.eenheidId === fx.eenheden.teamA)
    expect(rij.cellen[1]).toEqual({ kwartaal: K, bezettingFte: 2.8, gevraagdFte: 3.5, toegekendFte: 0, beschikbaarFte: 2.8, overbelast: false, conflict: true })
    expect(rij.cellen[0].conflict).toBe(false)

    // The concernmanager ranks Woningbouw first (organisatiebesluit, concernmanager 4b).
    expect((await vraag(cm, 'PUT', '/opgave-prioriteiten', { volgorde: [q, p] })).statusCode).toBe(200)
    const conflicten = (await vraag(cm, 'GET', `/capaciteitsconflicten?van=${K}&tot=${K}`)).json().resultaten
    expect(conflicten).toHaveLength(1)
    expect(conflicten[0]).toMatchObject({ eenheidId: fx.eenheden.teamA, kwartaal: K, tekortFte: 0.7 })
    expect(conflicten[0].claims.map((c: { opgaveNaam: string; prioriteit: number }) => [c.opgaveNaam, c.prioriteit])).toEqual([['Woningbouw', 1], ['Energietransitie', 2]])
  })

  it('never lets the committed persons exceed what the teammanager granted', async () => {
    const antwoord = (claim: string, body: object) => vraag(tmA, 'POST', `/capaciteitsclaims/${claim}/beantwoording`, body)
    const teVeel = await antwoord(claimP, { besluit: 'deels', toegekendFte: 1.5, toezeggingen: [{ persoonId: fx.personen.anna, fte: 1 }, { persoonId: fx.personen.bram, fte: 0.8 }] })
    expect(teVeel.statusCode).toBe(400)
    expect(teVeel.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['toezeggingen'])
    const buitenTeam = await antwoord(claimP, { besluit: 'deels', toegekendFte: 1.5, toezeggingen: [{ persoonId: fx.personen.tineke, fte: 0.5 }] })
    expect(buitenTeam.json().invalidParams[0].name).toBe('toezeggingen.0.persoonId')
    const geenReden = await antwoord(claimQ, { besluit: 'afgewezen' })
    expect(geenReden.json().invalidParams[0].name).toBe('reden')
    const deels = await antwoord(claimP, { besluit: 'deels', toegekendFte: 1.5, toezeggingen: [{ persoonId: fx.personen.anna, fte: 1 }, { persoonId: fx.personen.bram, fte: 0.5 }] })
    expect(deels.statusCode, deels.body).toBe(200)
    expect(deels.json()).toMatchObject({ status: 'deels', toegekendFte: 1.5, capaciteit: { toegekendFte: 1.5, beschikbaarFte: 1.3 } })
    expect(deels.json().toezeggingen.map((x: { fte: number }) => x.fte).sort()).toEqual([0.5, 1])

    // The database refuses it too, whatever writes: a commitment beyond the grant does not commit.
    await expect(t.db.transaction().execute((tx) => tx.insertInto('capaciteitstoezegging').values({ organisatie_id: fx.organisatieId, claim_id: claimP, persoon_id: fx.personen.tom, fte: 0.5 }).execute()))
      .rejects.toThrow(/overschrijden de toekenning/)
    await expect(t.db.transaction().execute((tx) => tx.updateTable('capaciteitsclaim').set({ status: 'deels', toegekend_fte: 1 }).where('id', '=', claimP).execute()))
      .rejects.toThrow(/overschrijden de toekenning/)
    const som = await sql<{ s: number }>`select sum(fte)::float8 as s from capaciteitstoezegging where claim_id = ${claimP} and vervallen_op is null`.execute(t.db)
    expect(som.rows[0]!.s).toBe(1.5)

    // Granting the other claim in full over-commits the team: flagged.
    expect((await antwoord(claimQ, { besluit: 'toegekend' })).json()).toMatchObject({ status: 'toegekend', bovenCapaciteit: true })
    const cel = (await vraag(cm, 'GET', `/capaciteit?van=${K}&tot=${K}`)).json().eenheden[0].cellen[0]
    expect(cel).toMatchObject({ toegekendFte: 3, beschikbaarFte: -0.2, overbelast: true })
    // A teammanager answers for their own team only (organisatiebesluit, teammanager 4f).
    const b = await vraag(tmA, 'POST', `/opgaven/${p}/capaciteitsclaims`, { eenheidId: fx.eenheden.teamB, kwartalen: [{ kwartaal: K, fte: 0.5 }] })
    expect(b.statusCode).toBe(403)
  })

  it('shows a person their commitments', async () => {
    const mijn = (await vraag(bram, 'GET', `/personen/${fx.personen.bram}/toezeggingen`)).json()
    expect(mijn.toezeggingen).toEqual([expect.objectContaining({ opgaveNaam: 'Energietransitie', eenheidNaam: 'Team A', kwartaal: K, fte: 0.5 })])
    const netwerk = (await vraag(bram, 'GET', `/samenwerking?kwartaal=${K}`)).json()
    expect(netwerk.verbindingen).toContainEqual({ van: fx.personen.bram, naar: p, soort: 'toezegging', fte: 0.5 })
    expect(netwerk.verbindingen).toContainEqual({ van: p, naar: fx.eenheden.teamA, soort: 'claim', fte: 1.5 })
  })

  it('lists the open claims of a team that a wijziging ends, in its preview', async () => {
    const w = await t.app.inject({
      method: 'POST', url: `${basis()}/wijzigingen`, headers: headers(cm),
      payload: { titel: 'Teams A en B samen', ingangsdatum: '2027-02-01', acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [fx.eenheden.teamA, fx.eenheden.teamB], sleutel: 'ab', naam: 'Team AB', eenheidSoort: 'team' }] },
    })
    expect(w.statusCode, w.body).toBe(201)
    const preview = (await vraag(cm, 'GET', `/wijzigingen/${w.json().id}/voorvertoning`)).json()
    expect(preview.capaciteitsclaims.map((c: { opgaveNaam: string; eenheidNaam: string; kwartaal: string; status: string }) => [c.opgaveNaam, c.eenheidNaam, c.kwartaal, c.status]).sort())
      .toEqual([['Energietransitie', 'Team A', K, 'deels'], ['Woningbouw', 'Team A', K, 'toegekend']])
    // A claim for a quarter that ends before the ingangsdatum is not affected.
    const vroeg = await t.app.inject({
      method: 'POST', url: `${basis()}/wijzigingen`, headers: headers(cm),
      payload: { titel: 'Later samen', ingangsdatum: '2027-04-01', acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [fx.eenheden.teamA, fx.eenheden.teamB], sleutel: 'ab', naam: 'Team AB', eenheidSoort: 'team' }] },
    })
    expect((await vraag(cm, 'GET', `/wijzigingen/${vroeg.json().id}/voorvertoning`)).json().capaciteitsclaims).toBeUndefined()
  })
})

describe('the cached bezetting side of the heatmap', () => {
  it('stays warm when claims are answered and is recomputed when bezetting changes (migration 0008)', async () => {
    const cel = async () => (await vraag(cm, 'GET', `/capaciteit?van=${K}&tot=${K}`)).json().eenheden.find((e: { eenheidId: string }) => e.eenheidId === fx.eenheden.teamA).cellen[0]
    const v0 = await structuurVersie(t.db, fx.organisatieId)
    expect((await cel()).bezettingFte).toBe(2.8)
    const o = (await nieuweOpgave('Cachetest')).id
    const claim = (await vraag(cm, 'POST', `/opgaven/${o}/capaciteitsclaims`, { eenheidId: fx.eenheden.teamA, kwartalen: [{ kwartaal: K, fte: 0.3 }] })).json().resultaten[0].id
    expect((await vraag(tmA, 'POST', `/capaciteitsclaims/${claim}/beantwoording`, { besluit: 'toegekend' })).statusCode).toBe(200)
    expect(await structuurVersie(t.db, fx.organisatieId)).toBe(v0)
    expect(await cel()).toMatchObject({ bezettingFte: 2.8, toegekendFte: 3.3 })
    // Filling the vacant A3 raises the version in the same transaction, and the cell follows.
    await t.db.transaction().execute(async (tx) => {
      const p = await tx.insertInto('persoon').values({ organisatie_id: fx.organisatieId, naam: 'Vera Vacature' }).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('bezetting').values({ organisatie_id: fx.organisatieId, persoon_id: p.id, functie_id: fx.functies.a3, fte: 0.6, dienstverband: 'tijdelijk', geldig_van: '2026-06-01' }).execute()
    })
    expect(await structuurVersie(t.db, fx.organisatieId)).toBeGreaterThan(v0)
    expect(await cel()).toMatchObject({ bezettingFte: 3.4, toegekendFte: 3.3 })
  })
})

describe('an opgave', () => {
  it('keeps every voortgangsrapportage, and its manager may report without a mandate', async () => {
    // Bram (a medewerker, no mandate) is the opgavemanager of one opgave, not of the other.
    const eigen = (await nieuweOpgave('Wijkaanpak', { opgavemanagerId: fx.functies.a2, doelen: [{ omschrijving: 'Minder eenzaamheid', indicator: 'eenzame ouderen', meeteenheid: '%', nulwaarde: 12, streefwaarde: 8, streefdatum: '2028-01-01' }] })).id
    const ander = (await nieuweOpgave('Binnenstad')).id
    const rapport = (id: string, oordeel: string, periode: string) => vraag(bram, 'POST', `/opgaven/${id}/voortgangsrapportages`, { periode, oordeel, toelichting: `Stand ${periode}` })
    expect((await rapport(eigen, 'op_koers', '2026-T1')).statusCode).toBe(201)
    expect((await rapport(eigen, 'risico', '2026-T2')).statusCode).toBe(201)
    expect((await rapport(ander, 'risico', '2026-T2')).statusCode).toBe(403)
    const o = (await vraag(bram, 'GET', `/opgaven/${eigen}`)).json()
    expect(o.voortgang.map((v: { periode: string; oordeel: string }) => [v.periode, v.oordeel])).toEqual([['2026-T2', 'risico'], ['2026-T1', 'op_koers']])
    expect(o.oordeel).toBe('risico')
    expect(o.opgavemanager.houders.map((h: { naam: string }) => h.naam)).toEqual(['Bram Visser'])
    const meting = await vraag(bram, 'POST', `/opgaven/${eigen}/metingen`, { doelId: o.doelen[0].id, peildatum: '2026-06-30', waarde: 11 })
    expect(meting.json().doelen[0].metingen).toEqual([expect.objectContaining({ peildatum: '2026-06-30', waarde: 11 })])
    // Reports are append-only for requests: their role may insert them, not change them.
    await expect(t.db.transaction().execute(async (tx) => {
      await sql`set local role koers_gebruiker`.execute(tx)
      await sql`select set_config('koers.organisaties', ${`{${fx.organisatieId}}`}, true)`.execute(tx)
      await sql`update voortgangsrapportage set oordeel = 'op_koers' where opgave_id = ${eigen}`.execute(tx)
    })).rejects.toThrow(/permission denied/)
    const audit = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', eigen).execute()
    expect(audit.filter((a) => a.handeling === 'opgave.voortgang_rapporteren')).toHaveLength(2)
  })
})
