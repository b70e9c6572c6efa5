// What vaststellen does to the organisation: exactly what the wijziging says on its ingangsdatum,
// nothing before it, all or nothing, and exactly what the voorvertoning showed.
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestApp } from '../../../test/app.ts'
import type { Db } from '../../db/database.ts'
import { takeSnapshot, type Snapshot } from './snapshot.ts'
import { createFixtureOrganisatie, wijzigingApi, type Fixture } from './test-fixture.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => { t = await createTestApp() })

const D = '2025-01-01'
const DAG_ERVOOR = '2024-12-31'

async function setup() {
  const fx = await createFixtureOrganisatie(t.db)
  return { fx, api: wijzigingApi(t.app, fx.organisatieId) }
}

async function rijen(db: Db, organisatieId: string) {
  const tel = async (tabel: 'eenheid' | 'eenheid_versie' | 'functie_versie' | 'lijn' | 'bezetting') =>
    Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(tabel)} where organisatie_id = ${organisatieId}`.execute(db)).rows[0]!.n)
  return { eenheid: await tel('eenheid'), eenheidVersie: await tel('eenheid_versie'), functieVersie: await tel('functie_versie'), lijn: await tel('lijn'), bezetting: await tel('bezetting') }
}

/** The snapshot with these eenheden/functies changed: the expected "after" built from the "before". */
function met(s: Snapshot, changes: { eenheden?: Record<string, Partial<Snapshot['eenheden'][number]> | null>; functies?: Record<string, Partial<Snapshot['functies'][number]> | null>; nieuw?: Snapshot['eenheden'] }): Snapshot {
  const eenheden = s.eenheden
    .filter((e) => changes.eenheden?.[e.id] !== null)
    .map((e) => ({ ...e, ...(changes.eenheden?.[e.id] ?? {}) }))
    .concat(changes.nieuw ?? [])
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const functies = s.functies.filter((f) => changes.functies?.[f.id] !== null).map((f) => ({ ...f, ...(changes.functies?.[f.id] ?? {}) }))
  return { ...s, eenheden, functies }
}

describe('vaststellen', () => {
  it('changes the organisation on D exactly as the wijziging says, and nothing before D', async () => {
    const { fx, api } = await setup()
    const e = fx.eenheden
    const voorD = await takeSnapshot(t.db, fx.organisatieId, D)
    const voorDagErvoor = await takeSnapshot(t.db, fx.organisatieId, DAG_ERVOOR)
    const w = (await api.create({
      titel: 'Burgerzaken herschikt',
      ingangsdatum: D,
      acties: [
        { soort: 'eenheidHernoemen', eenheidId: e.balie, naam: 'Team Publiekszaken' },
        { soort: 'eenheidVerplaatsen', eenheidId: e.belastingen, bovenEenheidId: e.afdeling },
        { soort: 'eenheidAanmaken', sleutel: 'digitaal', naam: 'Team Digitaal', eenheidSoort: 'team', bovenEenheidId: e.afdeling, email: 'digitaal@proefstad.nl' },
        { soort: 'functieVerplaatsen', functieId: fx.functies.mwDocumenten, eenheidSleutel: 'digitaal' },
      ],
    })).json()
    const preview = await api.preview(w.id)
    expect(preview.statusCode, preview.body).toBe(200)
    const res = await api.adopt(w.id)
    expect(res.statusCode, res.body).toBe(200)
    const vastgesteld = res.json()
    expect(vastgesteld).toMatchObject({ status: 'vastgesteld', id: w.id })
    expect(vastgesteld.vastgesteldOp).toMatch(/^\d{4}-\d\d-\d\dT/)

    const digitaal = vastgesteld.resultaat.eenheden.aangemaakt[0].id as string
    const naD = await takeSnapshot(t.db, fx.organisatieId, D)
    expect(naD).toEqual(met(voorD, {
      eenheden: { [e.balie]: { naam: 'Team Publiekszaken' }, [e.belastingen]: { bovenId: e.afdeling } },
      functies: { [fx.functies.mwDocumenten]: { eenheidId: digitaal } },
      nieuw: [{ id: digitaal, naam: 'Team Digitaal', soort: 'team', bovenId: e.afdeling }],
    }))
    // History intact: the day before looks exactly as it did; later dates see the new state.
    expect(await takeSnapshot(t.db, fx.organisatieId, DAG_ERVOOR)).toEqual(voorDagErvoor)
    expect({ ...(await takeSnapshot(t.db, fx.organisatieId, '2031-06-01')), datum: D }).toEqual(naD)

    expect(vastgesteld.resultaat).toEqual({
      ingangsdatum: D,
      eenheden: {
        aangemaakt: [{ id: digitaal, naam: 'Team Digitaal', soort: 'team', boven: { id: e.afdeling, naam: 'Afdeling Burgerzaken' } }],
        opgeheven: [],
        hernoemd: [{ id: e.balie, van: 'Team Balie', naar: 'Team Publiekszaken' }],
        verplaatst: [{ id: e.belastingen, naam: 'Team Belastingen', van: { id: e.directie, naam: 'Directie Dienstverlening' }, naar: { id: e.afdeling, naam: 'Afdeling Burgerzaken' } }],
      },
      functies: {
        verplaatst: [{ id: fx.functies.mwDocumenten, naam: 'Medewerker documenten', vanEenheid: { id: e.documenten, naam: 'Team Documenten' }, naarEenheid: { id: digitaal, naam: 'Team Digitaal' } }],
        opgeheven: [],
      },
      personen: [
        { id: fx.personen.anna, naam: 'Anna de Vries', functie: { id: fx.functies.tmBalie, naam: 'Teammanager Balie' }, reden: 'eenheidHernoemd' },
        { id: fx.personen.bram, naam: 'Bram Jansen', functie: { id: fx.functies.baliemedewerker, naam: 'Baliemedewerker' }, reden: 'eenheidHernoemd' },
        { id: fx.personen.dirk, naam: 'Dirk Visser', functie: { id: fx.functies.mwBelastingen, naam: 'Medewerker belastingen' }, reden: 'eenheidVerplaatst' },
      ],
    })
    // The preview was exactly this, and afterwards the preview is the stored resultaat.
    expect(preview.json()).toEqual(vastgesteld.resultaat)
    expect((await api.preview(w.id)).json()).toEqual(vastgesteld.resultaat)

    // Rows: the old version ends on D, the new one starts on D, made by this wijziging.
    const balie = await t.db.selectFrom('eenheid_versie').select(['naam', 'geldig_van', 'geldig_tot', 'wijziging_id']).where('eenheid_id', '=', e.balie).orderBy('geldig_van').execute()
    expect(balie).toEqual([
      { naam: 'Team Balie', geldig_van: '2020-01-01', geldig_tot: D, wijziging_id: null },
      { naam: 'Team Publiekszaken', geldig_van: D, geldig_tot: null, wijziging_id: w.id },
    ])
    const nieuw = await t.db.selectFrom('eenheid_versie').selectAll().where('eenheid_id', '=', digitaal).executeTakeFirstOrThrow()
    expect(nieuw).toMatchObject({ email: 'digitaal@proefstad.nl', geldig_van: D, geldig_tot: null, wijziging_id: w.id })

    const audit = await t.db.selectFrom('audit_event').selectAll().where('object_id', '=', w.id).where('handeling', '=', 'wijziging.vaststellen').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: expect.stringMatching(/^token:/), organisatie_id: fx.organisatieId })
    expect((audit[0]!.voor as { wijziging: { status: string } }).wijziging.status).toBe('concept')
    expect((audit[0]!.na as { status: string; resultaat: unknown })).toMatchObject({ status: 'vastgesteld', resultaat: vastgesteld.resultaat })
  })

  it('leaves nothing applied when the 3rd actie conflicts: same rows, same snapshots, still concept, no audit event', async () => {
    const { fx, api } = await setup()
    const e = fx.eenheden
    const w = (await api.create({
      titel: 'Loopt vast',
      ingangsdatum: D,
      acties: [
        { soort: 'eenheidAanmaken', sleutel: 'nieuw', naam: 'Team Nieuw', eenheidSoort: 'team', bovenEenheidId: e.afdeling },
        { soort: 'eenheidHernoemen', eenheidId: e.balie, naam: 'Team Publiekszaken' },
        { soort: 'eenheidOpheffen', eenheidId: e.afdeling },
      ],
    })).json()
    const voorRijen = await rijen(t.db, fx.organisatieId)
    const voor = await takeSnapshot(t.db, fx.organisatieId, D)
    const preview = await api.preview(w.id)
    const res = await api.adopt(w.id)
    for (const r of [preview, res]) {
      expect(r.statusCode, r.body).toBe(409)
      expect(r.headers['content-type']).toContain('application/problem+json')
      expect(r.json().invalidParams[0].name).toBe('acties.2.eenheidId')
      // Judged against the state the earlier acties left: the renamed and the new team are named.
      expect(r.json().detail).toContain("'Team Publiekszaken'")
      expect(r.json().detail).toContain("'Team Nieuw'")
    }
    expect(await rijen(t.db, fx.organisatieId)).toEqual(voorRijen)
    expect(await takeSnapshot(t.db, fx.organisatieId, D)).toEqual(voor)
    expect((await api.get(w.id)).json()).toMatchObject({ status: 'concept', resultaat: null, vastgesteldOp: null })
    const events = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', w.id).execute()
    expect(events.map((a) => a.handeling)).toEqual(['wijziging.aanmaken'])
  })

  it('refuses (409, naming the object) a change when a later change is already applied, and does not rebase', async () => {
    const { fx, api } = await setup()
    const later = (await api.create({ titel: 'Later', ingangsdatum: '2026-01-01', acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'Team Loket' }] })).json()
    expect((await api.adopt(later.id)).statusCode).toBe(200)
    const eerder = (await api.create({ titel: 'Eerder', ingangsdatum: D, acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'Team Publiekszaken' }] })).json()
    const voor = await rijen(t.db, fx.organisatieId)
    const res = await api.adopt(eerder.id)
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'acties.0.eenheidId', code: 'latere-wijziging' })])
    expect(res.json().detail).toContain(`eenheid 'Team Balie' (${fx.eenheden.balie}) heeft al een nieuwe versie vanaf 2026-01-01`)
    expect(await rijen(t.db, fx.organisatieId)).toEqual(voor)
    // A bezetting that starts later blocks moving its functie, too.
    await t.db.insertInto('bezetting').values({ organisatie_id: fx.organisatieId, persoon_id: fx.personen.eva, functie_id: fx.functies.mwDocumenten, fte: 0.5, dienstverband: 'tijdelijk', vervanging: null, geldig_van: '2025-03-01', geldig_tot: null, wijziging_id: null }).execute()
    const verplaats = (await api.create({ titel: 'Functie weg', ingangsdatum: D, acties: [{ soort: 'functieVerplaatsen', functieId: fx.functies.mwDocumenten, eenheidId: fx.eenheden.belastingen }] })).json()
    const res2 = await api.adopt(verplaats.id)
    expect(res2.statusCode, res2.body).toBe(409)
    expect(res2.json().detail).toContain("functie 'Medewerker documenten'")
    expect(res2.json().detail).toContain('een bezetting vanaf 2025-03-01')
  })

  it('updates a version in place when it already starts on D (a second wijziging on the same date), keeping the old values in the audit trail', async () => {
    const { fx, api } = await setup()
    const eerste = (await api.create({ titel: '1', ingangsdatum: D, acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'Team Loket' }] })).json()
    expect((await api.adopt(eerste.id)).statusCode).toBe(200)
    const tweede = (await api.create({ titel: '2', ingangsdatum: D, acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'Team Publiekszaken' }] })).json()
    const res = await api.adopt(tweede.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().resultaat.eenheden.hernoemd).toEqual([{ id: fx.eenheden.balie, van: 'Team Loket', naar: 'Team Publiekszaken' }])
    const versies = await t.db.selectFrom('eenheid_versie').select(['naam', 'geldig_van', 'geldig_tot', 'wijziging_id']).where('eenheid_id', '=', fx.eenheden.balie).orderBy('geldig_van').execute()
    expect(versies).toEqual([
      { naam: 'Team Balie', geldig_van: '2020-01-01', geldig_tot: D, wijziging_id: null },
      { naam: 'Team Publiekszaken', geldig_van: D, geldig_tot: null, wijziging_id: tweede.id },
    ])
    const audit = await t.db.selectFrom('audit_event').select('voor').where('object_id', '=', tweede.id).where('handeling', '=', 'wijziging.vaststellen').executeTakeFirstOrThrow()
    expect((audit.voor as { overschreven: Array<{ tabel: string; rij: { naam: string; wijziging_id: string } }> }).overschreven)
      .toEqual([{ tabel: 'eenheid_versie', rij: expect.objectContaining({ naam: 'Team Loket', wijziging_id: eerste.id }) }])
  })

  it('applies a wijziging once when two vaststellingen race (the locks serialise them; the second sees vastgesteld)', async () => {
    const { fx, api } = await setup()
    const w = (await api.create({ titel: 'Race', ingangsdatum: D, acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'Team Publiekszaken' }] })).json()
    const [a, b] = await Promise.all([api.adopt(w.id), api.adopt(w.id)])
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([200, 409])
    const versies = await t.db.selectFrom('eenheid_versie').select('naam').where('eenheid_id', '=', fx.eenheden.balie).execute()
    expect(versies).toHaveLength(2)
    const events = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', w.id).where('handeling', '=', 'wijziging.vaststellen').execute()
    expect(events).toHaveLength(1)
  })

  it('refuses a move that creates a cycle', async () => {
    const { fx, api } = await setup()
    const w = (await api.create({ titel: 'Kring', ingangsdatum: D, acties: [{ soort: 'eenheidVerplaatsen', eenheidId: fx.eenheden.directie, bovenEenheidId: fx.eenheden.balie }] })).json()
    const res = await api.preview(w.id)
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'acties.0.bovenEenheidId', code: 'kringloop' })])
  })

  it('refuses to end an eenheid with occupied functies or child eenheden, and ends it with its vacant functies and lijnen otherwise', async () => {
    const { fx, api } = await setup()
    const bezet = (await api.create({ titel: 'Weg met Documenten', ingangsdatum: D, acties: [{ soort: 'eenheidOpheffen', eenheidId: fx.eenheden.documenten }] })).json()
    const res = await api.preview(bezet.id)
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().detail).toContain("'Teammanager Documenten'")
    expect(res.json().detail).toContain('Cor Bakker')
    expect(res.json().detail).not.toContain("'Medewerker documenten'")

    const w = (await api.create({
      titel: 'Documenten opgeheven',
      ingangsdatum: D,
      acties: [
        { soort: 'functieVerplaatsen', functieId: fx.functies.tmDocumenten, eenheidId: fx.eenheden.balie },
        { soort: 'eenheidOpheffen', eenheidId: fx.eenheden.documenten },
      ],
    })).json()
    const voor = await takeSnapshot(t.db, fx.organisatieId, D)
    const ok = await api.adopt(w.id)
    expect(ok.statusCode, ok.body).toBe(200)
    expect(await takeSnapshot(t.db, fx.organisatieId, D)).toEqual(met(voor, {
      eenheden: { [fx.eenheden.documenten]: null },
      functies: { [fx.functies.tmDocumenten]: { eenheidId: fx.eenheden.balie }, [fx.functies.mwDocumenten]: null },
    }))
    const r = ok.json().resultaat
    expect(r.eenheden.opgeheven).toEqual([{ id: fx.eenheden.documenten, naam: 'Team Documenten', reden: 'opgeheven' }])
    expect(r.functies.opgeheven).toEqual([{ id: fx.functies.mwDocumenten, naam: 'Medewerker documenten', eenheid: { id: fx.eenheden.documenten, naam: 'Team Documenten' } }])
    expect(r.personen).toEqual([{ id: fx.personen.cor, naam: 'Cor Bakker', functie: { id: fx.functies.tmDocumenten, naam: 'Teammanager Documenten' }, reden: 'functieVerplaatst' }])
    const open = await t.db.selectFrom('lijn').select('id').where((eb) => eb.or([eb('eenheid_id', '=', fx.eenheden.documenten), eb('boven_eenheid_id', '=', fx.eenheden.documenten)]))
      .where((eb) => eb.or([eb('geldig_tot', 'is', null), eb('geldig_tot', '>', D)])).execute()
    expect(open).toEqual([])
  })
})
