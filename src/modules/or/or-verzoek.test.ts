// Issue 6, verzoeken aan de ondernemingsraad: a decision that deviates from the OR's advice needs a
// motivering (WOR art. 25 lid 5); with the setting on, a wijziging waits for the OR's advice
// (WOR art. 25 lid 1e) — controleerOrAdvies blocks without an answer and allows with one.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { createWijziging } from '../wijziging/create-wijziging.ts'
import { ProblemError } from '../../server/problem.ts'
import { controleerOrAdvies } from './or-verzoek.repository.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let gerda: Sessie // gemeentesecretaris: bestuurder in de zin van de WOR (organisatiebesluit, gemeentesecretaris 10)
let carla: Sessie // concernmanager: reads, no or.beheren

const basis = () => `/api/v1/organisaties/${fx.organisatieId}`
const vraag = (s: Sessie, method: 'GET' | 'POST' | 'PUT' | 'PATCH', pad: string, payload?: object) =>
  t.app.inject({ method, url: `${basis()}${pad}`, headers: headers(s), ...(payload ? { payload } : {}) })

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente OR')
  await account(t.db, fx.organisatieId, fx.personen.gerda, 'gerda@or.example')
  await account(t.db, fx.organisatieId, fx.personen.carla, 'carla@or.example')
  gerda = await login(t.app, 'gerda@or.example')
  carla = await login(t.app, 'carla@or.example')
})

describe('verzoeken aan de OR', () => {
  it('requires a motivering for a decision that deviates from the advice', async () => {
    const res = await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'advies', worGrondslag: 'art. 25 lid 1e', onderwerp: 'Herinrichting domein Fysiek', ingediendOp: '2026-03-01', termijn: '2026-04-15' })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json().id
    expect(res.json()).toMatchObject({ status: 'ingediend', termijn: '2026-04-15', orStandpunt: null })
    expect((await vraag(carla, 'POST', '/or-verzoeken', { soort: 'informatie', onderwerp: 'x', termijn: '2030-01-01' })).statusCode).toBe(403)
    expect((await vraag(carla, 'GET', `/or-verzoeken/${id}`)).statusCode).toBe(200)

    // Deciding before the OR answered is not possible.
    expect((await vraag(gerda, 'POST', `/or-verzoeken/${id}/besluit`, { besluit: 'Doorgaan', afwijkend: false })).statusCode).toBe(409)
    const verkeerd = await vraag(gerda, 'POST', `/or-verzoeken/${id}/antwoord`, { standpunt: 'instemming', antwoord: 'Akkoord' })
    expect(verkeerd.json().invalidParams[0].name).toBe('standpunt')
    const antwoord = await vraag(gerda, 'POST', `/or-verzoeken/${id}/antwoord`, { standpunt: 'negatief', antwoord: 'De OR adviseert het team niet te splitsen.', beantwoordOp: '2026-04-10' })
    expect(antwoord.json()).toMatchObject({ status: 'beantwoord', orStandpunt: 'negatief', beantwoordOp: '2026-04-10' })
    expect((await vraag(gerda, 'POST', `/or-verzoeken/${id}/antwoord`, { standpunt: 'positief', antwoord: 'Toch wel' })).statusCode).toBe(409)

    const zonder = await vraag(gerda, 'POST', `/or-verzoeken/${id}/besluit`, { besluit: 'Het team wordt toch gesplitst', afwijkend: true })
    expect(zonder.statusCode).toBe(400)
    expect(zonder.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['motivering'])
    expect(zonder.json().detail).toContain('WOR art. 25 lid 5')
    const met = await vraag(gerda, 'POST', `/or-verzoeken/${id}/besluit`, { besluit: 'Het team wordt toch gesplitst', afwijkend: true, motivering: 'De werkdruk vraagt twee teams; de OR krijgt een evaluatie na een jaar.', beslotenOp: '2026-04-20' })
    expect(met.statusCode, met.body).toBe(200)
    expect(met.json()).toMatchObject({ status: 'besloten', afwijkend: true, beslotenOp: '2026-04-20' })
    const audit = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', id).orderBy('volgnummer').execute()
    expect(audit.map((a) => a.handeling)).toEqual(['or.verzoek_indienen', 'or.antwoord_vastleggen', 'or.besluiten'])
  })

  it('moves the termijn or withdraws the verzoek while the OR has not answered, with the trail to show it', async () => {
    const res = await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'instemming', worGrondslag: 'art. 27 lid 1b', onderwerp: 'Nieuwe werktijdenregeling', ingediendOp: '2026-03-01', termijn: '2026-04-01' })
    const id = res.json().id as string
    expect((await vraag(carla, 'PATCH', `/or-verzoeken/${id}`, { termijn: '2026-05-01' })).statusCode).toBe(403)
    const leeg = await vraag(gerda, 'PATCH', `/or-verzoeken/${id}`, {})
    expect(leeg.statusCode).toBe(400)
    expect(leeg.json().invalidParams).toEqual([{ name: 'body', code: 'minProperties', reason: 'moet minstens één veld bevatten' }])
    const teVroeg = await vraag(gerda, 'PATCH', `/or-verzoeken/${id}`, { termijn: '2026-02-01' })
    expect(teVroeg.statusCode).toBe(400)
    expect(teVroeg.json().invalidParams[0].name).toBe('termijn')

    const verplaatst = await vraag(gerda, 'PATCH', `/or-verzoeken/${id}`, { termijn: '2026-05-01' })
    expect(verplaatst.statusCode, verplaatst.body).toBe(200)
    expect(verplaatst.json()).toMatchObject({ status: 'ingediend', termijn: '2026-05-01' })
    const ingetrokken = await vraag(gerda, 'PATCH', `/or-verzoeken/${id}`, { status: 'ingetrokken' })
    expect(ingetrokken.json()).toMatchObject({ status: 'ingetrokken', termijn: '2026-05-01', termijnVerstreken: false })
    // Withdrawn: no answer, no further change.
    expect((await vraag(gerda, 'POST', `/or-verzoeken/${id}/antwoord`, { standpunt: 'instemming', antwoord: 'Akkoord' })).statusCode).toBe(409)
    expect((await vraag(gerda, 'PATCH', `/or-verzoeken/${id}`, { termijn: '2026-06-01' })).statusCode).toBe(409)

    const spoor = await t.db.selectFrom('audit_event').select(['handeling', 'voor', 'na']).where('object_id', '=', id).orderBy('volgnummer').execute()
    expect(spoor.map((e) => e.handeling)).toEqual(['or.verzoek_indienen', 'or.termijn_verplaatsen', 'or.verzoek_intrekken'])
    expect([(spoor[1]!.voor as { termijn: string }).termijn, (spoor[1]!.na as { termijn: string }).termijn]).toEqual(['2026-04-01', '2026-05-01'])
  })

  it('treats a decision without the OR’s instemming as deviating (WOR art. 27 lid 4)', async () => {
    const zonderGrondslag = await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'instemming', onderwerp: 'Nieuwe werktijdenregeling', termijn: '2030-01-01' })
    expect(zonderGrondslag.json().invalidParams[0].name).toBe('worGrondslag')
    const verkeerdArtikel = await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'instemming', worGrondslag: 'art. 25 lid 1e', onderwerp: 'Nieuwe werktijdenregeling', termijn: '2030-01-01' })
    expect(verkeerdArtikel.json().invalidParams[0].name).toBe('worGrondslag')
    const id = (await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'instemming', worGrondslag: 'art. 27 lid 1b', onderwerp: 'Nieuwe werktijdenregeling', termijn: '2030-01-01' })).json().id
    await vraag(gerda, 'POST', `/or-verzoeken/${id}/antwoord`, { standpunt: 'geen_instemming', antwoord: 'Geen instemming.' })
    const res = await vraag(gerda, 'POST', `/or-verzoeken/${id}/besluit`, { besluit: 'Regeling ingevoerd', afwijkend: false })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams[0].name).toBe('motivering')
  })

  it('lets a wijziging wait for the OR’s advice when the organisatie says so (WOR art. 25 lid 1e)', async () => {
    const w = await createWijziging(t.db, fx.organisatieId, { titel: 'Team B heet Team Beta', ingangsdatum: '2030-01-01', acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.teamB, naam: 'Team Beta' }] }, 'test')
    const controleer = () => t.db.transaction().execute((tx) => controleerOrAdvies(tx, fx.organisatieId, w.id))
    await expect(controleer()).resolves.toBeUndefined() // the setting is off by default
    expect((await vraag(carla, 'PUT', '/or-instelling', { wijzigingWachtOpOr: true })).statusCode).toBe(403)
    expect((await vraag(gerda, 'PUT', '/or-instelling', { wijzigingWachtOpOr: true })).json()).toEqual({ wijzigingWachtOpOr: true })
    expect((await vraag(carla, 'GET', '/or-instelling')).json()).toEqual({ wijzigingWachtOpOr: true })

    const zonderVerzoek = await controleer().catch((e: unknown) => e)
    expect(zonderVerzoek).toBeInstanceOf(ProblemError)
    expect(zonderVerzoek).toMatchObject({ status: 409 })
    expect((zonderVerzoek as ProblemError).detail).toContain('WOR art. 25 lid 1e')

    const v = await vraag(gerda, 'POST', '/or-verzoeken', { soort: 'advies', worGrondslag: 'art. 25 lid 1e', onderwerp: 'Hernoemen team B', wijzigingId: w.id, termijn: '2029-12-01' })
    expect(v.json().wijziging).toMatchObject({ id: w.id, titel: 'Team B heet Team Beta' })
    await expect(controleer()).rejects.toThrow(/nog niet beantwoord/)
    await vraag(gerda, 'POST', `/or-verzoeken/${v.json().id}/antwoord`, { standpunt: 'positief', antwoord: 'Positief advies.' })
    await expect(controleer()).resolves.toBeUndefined()
    const lijst = (await vraag(carla, 'GET', `/or-verzoeken?wijzigingId=${w.id}`)).json().resultaten
    expect(lijst.map((x: { status: string }) => x.status)).toEqual(['beantwoord'])
  })
})
