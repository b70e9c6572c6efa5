// Bundling and decoupling eenheden: people move with their functies, children and lijnen follow,
// and a split that leaves a functie or child eenheid behind is refused.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { takeSnapshot } from './snapshot.ts'
import { createFixtureOrganisatie, wijzigingApi } from './test-fixture.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => { t = await createTestApp() })

const D = '2025-01-01'

async function setup() {
  const fx = await createFixtureOrganisatie(t.db)
  return { fx, api: wijzigingApi(t.app, fx.organisatieId) }
}

const lijnenOp = (organisatieId: string, datum: string) =>
  t.db.selectFrom('lijn').select(['soort', 'eenheid_id', 'boven_eenheid_id', 'functie_id', 'boven_functie_id'])
    .where('organisatie_id', '=', organisatieId).where('geldig_van', '<=', datum)
    .where((eb) => eb.or([eb('geldig_tot', 'is', null), eb('geldig_tot', '>', datum)]))
    .orderBy('soort').orderBy('eenheid_id').orderBy('functie_id').execute()

describe('eenhedenSamenvoegen', () => {
  it('moves all functies (and so their people) to the new eenheid under the common parent, re-points lijnen, ends the old eenheden', async () => {
    const { fx, api } = await setup()
    const { eenheden: e, functies: f, personen: p } = fx
    const bezettingenVoor = await t.db.selectFrom('bezetting').selectAll().where('organisatie_id', '=', fx.organisatieId).orderBy('id').execute()
    const voor = await takeSnapshot(t.db, fx.organisatieId, D)
    const w = (await api.create({
      titel: 'Balie en Documenten worden Publiekszaken',
      ingangsdatum: D,
      acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [e.balie, e.documenten], sleutel: 'publiek', naam: 'Team Publiekszaken', eenheidSoort: 'team' }],
    })).json()
    const preview = (await api.preview(w.id)).json()
    const res = await api.adopt(w.id)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json().resultaat
    expect(r).toEqual(preview)
    const publiek = r.eenheden.aangemaakt[0].id as string

    const na = await takeSnapshot(t.db, fx.organisatieId, D)
    expect(na.eenheden).toEqual(
      voor.eenheden.filter((x) => x.id !== e.balie && x.id !== e.documenten)
        .concat([{ id: publiek, naam: 'Team Publiekszaken', soort: 'team', bovenId: e.afdeling }])
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    )
    const inPubliek = [f.tmBalie, f.baliemedewerker, f.tmDocumenten, f.mwDocumenten]
    expect(na.functies).toEqual(voor.functies.map((x) => (inPubliek.includes(x.id) ? { ...x, eenheidId: publiek } : x)))
    // People move with their post: the very same bezetting rows, untouched.
    expect(na.bezettingen).toEqual(voor.bezettingen)
    expect(await t.db.selectFrom('bezetting').selectAll().where('organisatie_id', '=', fx.organisatieId).orderBy('id').execute()).toEqual(bezettingenVoor)

    expect(r.eenheden).toEqual({
      aangemaakt: [{ id: publiek, naam: 'Team Publiekszaken', soort: 'team', boven: { id: e.afdeling, naam: 'Afdeling Burgerzaken' } }],
      opgeheven: [
        { id: e.balie, naam: 'Team Balie', reden: 'samengevoegd' },
        { id: e.documenten, naam: 'Team Documenten', reden: 'samengevoegd' },
      ],
      hernoemd: [],
      verplaatst: [],
    })
    expect(r.functies.verplaatst.map((x: { id: string; naarEenheid: { id: string } }) => [x.id, x.naarEenheid.id]).sort())
      .toEqual(inPubliek.map((id) => [id, publiek]).sort())
    expect(r.personen).toEqual([
      { id: p.anna, naam: 'Anna de Vries', functie: { id: f.tmBalie, naam: 'Teammanager Balie' }, reden: 'eenheidSamengevoegd' },
      { id: p.bram, naam: 'Bram Jansen', functie: { id: f.baliemedewerker, naam: 'Baliemedewerker' }, reden: 'eenheidSamengevoegd' },
      { id: p.cor, naam: 'Cor Bakker', functie: { id: f.tmDocumenten, naam: 'Teammanager Documenten' }, reden: 'eenheidSamengevoegd' },
    ])

    // Lijnen on D: the functional lijn Documenten → Concernstaf now starts from Publiekszaken; the
    // functie-lijn between two functies is untouched; no lijn touches an ended eenheid.
    const lijnen = await lijnenOp(fx.organisatieId, D)
    expect(lijnen).toEqual(expect.arrayContaining([
      { soort: 'functioneel', eenheid_id: publiek, boven_eenheid_id: e.staf, functie_id: null, boven_functie_id: null },
      { soort: 'hierarchisch', eenheid_id: publiek, boven_eenheid_id: e.afdeling, functie_id: null, boven_functie_id: null },
      { soort: 'hierarchisch', eenheid_id: null, boven_eenheid_id: null, functie_id: f.baliemedewerker, boven_functie_id: f.tmBalie },
    ]))
    expect(lijnen.filter((l) => [e.balie, e.documenten].includes(l.eenheid_id!) || [e.balie, e.documenten].includes(l.boven_eenheid_id!))).toEqual([])
    // ...and the day before, the old lijnen are all still there.
    expect(await lijnenOp(fx.organisatieId, '2024-12-31')).toHaveLength(6)
  })

  it('re-hangs child eenheden under the new eenheid, and asks for a boven when the bundled ones have no common parent', async () => {
    const { fx, api } = await setup()
    const e = fx.eenheden
    const zonder = (await api.create({ titel: 'x', ingangsdatum: D, acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [e.afdeling, e.staf], sleutel: 'samen', naam: 'Samen', eenheidSoort: 'afdeling' }] })).json()
    const fout = await api.preview(zonder.id)
    expect(fout.statusCode, fout.body).toBe(409)
    expect(fout.json().invalidParams).toEqual([expect.objectContaining({ name: 'acties.0.bovenEenheidId' })])

    const kring = (await api.create({ titel: 'x', ingangsdatum: D, acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [e.afdeling, e.belastingen], sleutel: 'samen', naam: 'Samen', eenheidSoort: 'afdeling', bovenEenheidId: e.balie }] })).json()
    const kringFout = await api.preview(kring.id)
    expect(kringFout.statusCode, kringFout.body).toBe(409)
    expect(kringFout.json().invalidParams[0]).toMatchObject({ name: 'acties.0.bovenEenheidId', code: 'kringloop' })

    const w = (await api.create({ titel: 'Burgerzaken en Belastingen', ingangsdatum: D, acties: [{ soort: 'eenhedenSamenvoegen', eenheidIds: [e.afdeling, e.belastingen], sleutel: 'samen', naam: 'Afdeling Publiek en Belastingen', eenheidSoort: 'afdeling' }] })).json()
    const res = await api.adopt(w.id)
    expect(res.statusCode, res.body).toBe(200)
    const samen = res.json().resultaat.eenheden.aangemaakt[0].id
    expect(res.json().resultaat.eenheden.verplaatst).toEqual([
      { id: e.balie, naam: 'Team Balie', van: { id: e.afdeling, naam: 'Afdeling Burgerzaken' }, naar: { id: samen, naam: 'Afdeling Publiek en Belastingen' } },
      { id: e.documenten, naam: 'Team Documenten', van: { id: e.afdeling, naam: 'Afdeling Burgerzaken' }, naar: { id: samen, naam: 'Afdeling Publiek en Belastingen' } },
    ])
    expect(res.json().resultaat.personen.map((x: { naam: string; reden: string }) => [x.naam, x.reden])).toEqual([
      ['Anna de Vries', 'eenheidVerplaatst'], ['Bram Jansen', 'eenheidVerplaatst'], ['Cor Bakker', 'eenheidVerplaatst'], ['Dirk Visser', 'eenheidSamengevoegd'],
    ])
  })
})

describe('eenheidSplitsen', () => {
  it('refuses a split that leaves a functie or a child eenheid unassigned, or assigns one from elsewhere, naming them all', async () => {
    const { fx, api } = await setup()
    const { eenheden: e, functies: f } = fx
    const team = (await api.create({
      titel: 'Balie gesplitst',
      ingangsdatum: D,
      acties: [{ soort: 'eenheidSplitsen', eenheidId: e.balie, delen: [
        { sleutel: 'a', naam: 'Balie A', functieIds: [f.tmBalie] },
        { sleutel: 'b', naam: 'Balie B', functieIds: [f.mwBelastingen] },
      ] }],
    })).json()
    const res = await api.adopt(team.id)
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().invalidParams.map((x: { name: string }) => x.name)).toEqual(['acties.0.delen.1.functieIds.0', 'acties.0.delen'])
    expect(res.json().detail).toContain(`'Baliemedewerker' (${f.baliemedewerker})`)
    expect((await api.get(team.id)).json().status).toBe('concept')

    const afdeling = (await api.create({
      titel: 'Afdeling gesplitst',
      ingangsdatum: D,
      acties: [{ soort: 'eenheidSplitsen', eenheidId: e.afdeling, delen: [
        { sleutel: 'a', naam: 'Afdeling A', functieIds: [], onderliggendeEenheidIds: [e.balie] },
        { sleutel: 'b', naam: 'Afdeling B', functieIds: [] },
      ] }],
    })).json()
    const res2 = await api.preview(afdeling.id)
    expect(res2.statusCode, res2.body).toBe(409)
    expect(res2.json().invalidParams).toEqual([expect.objectContaining({ name: 'acties.0.delen', code: 'niet-toegewezen' })])
    expect(res2.json().detail).toContain(`'Team Documenten' (${e.documenten})`)
  })

  it('rejects a functie assigned to two delen with 400 before anything runs', async () => {
    const { fx, api } = await setup()
    const res = await api.create({
      titel: 'Dubbel',
      ingangsdatum: D,
      acties: [{ soort: 'eenheidSplitsen', eenheidId: fx.eenheden.balie, delen: [
        { sleutel: 'a', naam: 'A', functieIds: [fx.functies.tmBalie, fx.functies.baliemedewerker] },
        { sleutel: 'b', naam: 'B', functieIds: [fx.functies.baliemedewerker] },
      ] }],
    })
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'acties.0.delen.1.functieIds.0', code: 'dubbel' })])
  })

  it('splits an eenheid into delen under the same parent; functies, people and children go where assigned', async () => {
    const { fx, api } = await setup()
    const { eenheden: e, functies: f, personen: p } = fx
    const voor = await takeSnapshot(t.db, fx.organisatieId, D)
    const w = (await api.create({
      titel: 'Burgerzaken ontkoppeld',
      ingangsdatum: D,
      acties: [
        { soort: 'eenheidSplitsen', eenheidId: e.afdeling, delen: [
          { sleutel: 'balie', naam: 'Afdeling Balie', functieIds: [], onderliggendeEenheidIds: [e.balie] },
          { sleutel: 'docs', naam: 'Afdeling Documenten', eenheidSoort: 'domein', functieIds: [], onderliggendeEenheidIds: [e.documenten] },
        ] },
        { soort: 'eenheidSplitsen', eenheidId: e.documenten, delen: [
          { sleutel: 'leiding', naam: 'Team Documenten Leiding', functieIds: [f.tmDocumenten] },
          { sleutel: 'uitvoering', naam: 'Team Documenten Uitvoering', functieIds: [f.mwDocumenten] },
        ] },
      ],
    })).json()
    const preview = (await api.preview(w.id)).json()
    const res = await api.adopt(w.id)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json().resultaat
    expect(r).toEqual(preview)
    const id = Object.fromEntries(r.eenheden.aangemaakt.map((x: { naam: string; id: string }) => [x.naam, x.id])) as Record<string, string>
    expect(r.eenheden.aangemaakt.map((x: { naam: string; soort: string; boven: { id: string } }) => [x.naam, x.soort, x.boven.id])).toEqual([
      ['Afdeling Balie', 'afdeling', e.directie],
      ['Afdeling Documenten', 'domein', e.directie],
      ['Team Documenten Leiding', 'team', id['Afdeling Documenten']],
      ['Team Documenten Uitvoering', 'team', id['Afdeling Documenten']],
    ])
    expect(r.eenheden.opgeheven).toEqual([
      { id: e.afdeling, naam: 'Afdeling Burgerzaken', reden: 'gesplitst' },
      { id: e.documenten, naam: 'Team Documenten', reden: 'gesplitst' },
    ])
    // Team Balie moved under the new Afdeling Balie; Team Documenten no longer exists on D, so it is not "moved".
    expect(r.eenheden.verplaatst).toEqual([{ id: e.balie, naam: 'Team Balie', van: { id: e.afdeling, naam: 'Afdeling Burgerzaken' }, naar: { id: id['Afdeling Balie'], naam: 'Afdeling Balie' } }])
    expect(r.personen.map((x: { id: string; reden: string }) => [x.id, x.reden])).toEqual([
      [p.anna, 'eenheidVerplaatst'], [p.bram, 'eenheidVerplaatst'], [p.cor, 'eenheidGesplitst'],
    ])
    const na = await takeSnapshot(t.db, fx.organisatieId, D)
    expect(na.functies).toEqual(voor.functies.map((x) =>
      x.id === f.tmDocumenten ? { ...x, eenheidId: id['Team Documenten Leiding'] } : x.id === f.mwDocumenten ? { ...x, eenheidId: id['Team Documenten Uitvoering'] } : x))
    expect(na.bezettingen).toEqual(voor.bezettingen)
    expect(await takeSnapshot(t.db, fx.organisatieId, '2024-12-31')).toEqual({ ...voor, datum: '2024-12-31' })
  })
})
