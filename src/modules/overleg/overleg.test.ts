// Issue 6, meetings: the casting vote decides a tie; a quorum not met gives no besluit; decided
// items and closed meetings are read-only (service and database); a missing gemeentesecretaris or
// loco-secretaris at a besluitvormende raad is flagged; meetings follow the cadence.
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let gs: Sessie
let medewerker: Sessie
const basis = () => `/api/v1/organisaties/${fx.organisatieId}`
const vraag = (s: Sessie, method: 'GET' | 'POST' | 'PUT' | 'PATCH', pad: string, payload?: object) =>
  t.app.inject({ method, url: `${basis()}${pad}`, headers: headers(s), ...(payload ? { payload } : {}) })

// Seed 004: the directieteam decides; "bij staken van stemmen beslist de voorzitter".
const DT = {
  naam: 'Directieteam', soort: 'dt', modus: 'besluitvormend', besluitregel: 'meerderheid_voorzitter_beslist', quorum: 2, geldigVan: '2015-01-01',
  rrule: 'FREQ=WEEKLY;BYDAY=MO', eersteBegin: '2026-01-05T09:00:00Z', duurMinuten: 90,
  samenstelling: [{ rol: 'voorzitter', roltype: 'gemeentesecretaris' }, { rol: 'lid', roltype: 'concernmanager' }, { rol: 'lid', roltype: 'concerndirecteur' }, { rol: 'adviseur', roltype: 'strategisch_adviseur' }],
}

async function vergaderingMetPunt(overlegId: string, titel: string) {
  const v = (await vraag(gs, 'POST', `/overleggen/${overlegId}/vergaderingen`, { begin: '2026-06-01T08:00:00Z' })).json()
  const na = (await vraag(gs, 'POST', `/vergaderingen/${v.id}/agendapunten`, { titel, soort: 'besluitvorming', documenten: [{ titel: 'Raadsvoorstel', url: 'https://stukken.example.org/123.pdf' }] })).json()
  expect(na.agenda.at(-1).documenten).toEqual([{ titel: 'Raadsvoorstel', url: 'https://stukken.example.org/123.pdf' }])
  return { vergaderingId: v.id as string, puntId: na.agenda.at(-1).id as string }
}

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Overleg')
  await account(t.db, fx.organisatieId, fx.personen.gerda, 'gs@overleg.example')
  await account(t.db, fx.organisatieId, fx.personen.anna, 'anna@overleg.example')
  gs = await login(t.app, 'gs@overleg.example')
  medewerker = await login(t.app, 'anna@overleg.example')
})

describe('the directieteam', () => {
  let dt: string

  it('derives its composition from the organisation: the loco-secretaris sits in it as concerndirecteur', async () => {
    const res = await vraag(gs, 'POST', '/overleggen', DT)
    expect(res.statusCode, res.body).toBe(201)
    dt = res.json().id
    const rollen = Object.fromEntries(res.json().deelnemers.map((d: { naam: string; rol: string }) => [d.naam, d.rol]))
    expect(rollen).toEqual({ 'Gerda Smit': 'voorzitter', 'Carla de Boer': 'lid', 'Frits Mulder': 'lid', 'Hanna Vos': 'adviseur' })
    expect((await vraag(medewerker, 'POST', '/overleggen', { ...DT, naam: 'Eigen DT' })).statusCode).toBe(403)
  })

  it('lists the overleggen in a number of statements that does not grow with them', async () => {
    const tel = async () => {
      await vraag(gs, 'GET', '/overleggen') // warm: the session and rights come from the read cache
      const voor = t.database.bewaking.statements
      const res = await vraag(gs, 'GET', '/overleggen')
      expect(res.statusCode).toBe(200)
      return { statements: t.database.bewaking.statements - voor, aantal: (res.json().resultaten ?? res.json()).length as number }
    }
    const eerst = await tel()
    for (const naam of ['MT', 'Sociaal overleg']) expect((await vraag(gs, 'POST', '/overleggen', { ...DT, naam, rrule: undefined, eersteBegin: undefined })).statusCode).toBe(201)
    const daarna = await tel()
    expect(daarna.aantal).toBe(eerst.aantal + 2)
    expect(daarna.statements).toBe(eerst.statements)
  })

  it('lets the chair’s vote decide a tie, and stores the result', async () => {
    const { vergaderingId, puntId } = await vergaderingMetPunt(dt, 'Kader inhuur')
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'agenda_gepubliceerd' })
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'geopend' })
    await vraag(gs, 'PUT', `/vergaderingen/${vergaderingId}/aanwezigheid`, { aanwezigen: [fx.personen.gerda, fx.personen.carla, fx.personen.frits].map((persoonId) => ({ persoonId, aanwezig: true })) })
    const adviseur = await vraag(gs, 'PUT', `/agendapunten/${puntId}/stemmen`, { stemmen: [{ persoonId: fx.personen.hanna, keuze: 'voor' }] })
    expect(adviseur.json().invalidParams[0].name).toBe('stemmen.0.persoonId') // advisers do not vote
    const gestemd = await vraag(gs, 'PUT', `/agendapunten/${puntId}/stemmen`, { stemmen: [
      { persoonId: fx.personen.gerda, keuze: 'voor' }, { persoonId: fx.personen.carla, keuze: 'tegen' }, { persoonId: fx.personen.frits, keuze: 'onthouding' },
    ] })
    expect(gestemd.statusCode, gestemd.body).toBe(200)
    const besluit = await vraag(gs, 'POST', `/agendapunten/${puntId}/besluit`, { besluit: 'Het kader inhuur wordt vastgesteld.' })
    expect(besluit.statusCode, besluit.body).toBe(200)
    expect(besluit.json().agenda[0]).toMatchObject({ status: 'besloten', uitkomst: 'aangenomen', uitslag: { voor: 1, tegen: 1, onthoudingen: 1, doorslagVoorzitter: true } })

    // Decided items are read-only: through the API, and in the database for any writer.
    expect((await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { titel: 'Anders' })).statusCode).toBe(409)
    expect((await vraag(gs, 'PUT', `/agendapunten/${puntId}/stemmen`, { stemmen: [{ persoonId: fx.personen.carla, keuze: 'voor' }] })).statusCode).toBe(409)
    expect((await vraag(gs, 'POST', `/agendapunten/${puntId}/besluit`, { besluit: 'Toch niet', uitkomst: 'verworpen' })).statusCode).toBe(409)
    await expect(sql`update agendapunt set besluit = 'gewijzigd' where id = ${puntId}`.execute(t.db)).rejects.toThrow(/is besloten/)
    await expect(sql`insert into stem (organisatie_id, agendapunt_id, persoon_id, keuze) values (${fx.organisatieId}, ${puntId}, ${fx.personen.hanna}, 'voor')`.execute(t.db)).rejects.toThrow(/al besloten/)

    // A closed meeting takes no new items.
    expect((await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'gesloten' })).statusCode).toBe(200)
    expect((await vraag(gs, 'POST', `/vergaderingen/${vergaderingId}/agendapunten`, { titel: 'Nagekomen', soort: 'informatie' })).statusCode).toBe(409)
    await expect(sql`insert into agendapunt (organisatie_id, vergadering_id, volgorde, titel, soort) values (${fx.organisatieId}, ${vergaderingId}, 9, 'Nagekomen', 'informatie')`.execute(t.db)).rejects.toThrow(/is gesloten/)
    expect((await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'geopend' })).statusCode).toBe(409)
  })

  it('gives no besluit when the quorum is not met, and leaves the item open', async () => {
    const { vergaderingId, puntId } = await vergaderingMetPunt(dt, 'Formatie 2027')
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'agenda_gepubliceerd' })
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'geopend' })
    await vraag(gs, 'PUT', `/vergaderingen/${vergaderingId}/aanwezigheid`, { aanwezigen: [{ persoonId: fx.personen.gerda, aanwezig: true }, { persoonId: fx.personen.carla, aanwezig: false }] })
    await vraag(gs, 'PUT', `/agendapunten/${puntId}/stemmen`, { stemmen: [{ persoonId: fx.personen.gerda, keuze: 'voor' }] })
    const res = await vraag(gs, 'POST', `/agendapunten/${puntId}/besluit`, { besluit: 'Formatie vastgesteld' })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toContain('quorum is niet gehaald: 1 van de ten minste 2')
    const v = (await vraag(gs, 'GET', `/vergaderingen/${vergaderingId}`)).json()
    expect(v.agenda[0]).toMatchObject({ status: 'open', uitkomst: null, besluit: null })
  })

  it('plans its meetings from the cadence once, and tells the members when the agenda is published', async () => {
    expect((await vraag(gs, 'POST', `/overleggen/${dt}/vergaderplanning`, { tot: '2099-01-01' })).json().invalidParams[0].name).toBe('tot')
    const eerst = await vraag(gs, 'POST', `/overleggen/${dt}/vergaderplanning`, { tot: '2027-06-30' })
    expect(eerst.statusCode, eerst.body).toBe(200)
    expect(eerst.json().aangemaakt).toBeGreaterThan(25)
    expect((await vraag(gs, 'POST', `/overleggen/${dt}/vergaderplanning`, { tot: '2027-06-30' })).json().aangemaakt).toBe(0)
    const lijst = (await vraag(medewerker, 'GET', `/vergaderingen?overlegId=${dt}&van=2027-01-01&tot=2027-01-31`)).json().resultaten
    expect(lijst.map((v: { begin: string }) => v.begin)).toEqual(['2027-01-04T09:00:00.000Z', '2027-01-11T09:00:00.000Z', '2027-01-18T09:00:00.000Z', '2027-01-25T09:00:00.000Z'])
    await vraag(gs, 'PATCH', `/vergaderingen/${lijst[0].id}`, { status: 'agenda_gepubliceerd' })
    const meldingen = await t.db.selectFrom('notificatie').select('persoon_id').where('object_id', '=', lijst[0].id).where('soort', '=', 'agenda_gepubliceerd').execute()
    expect(meldingen.map((m) => m.persoon_id).sort()).toEqual([fx.personen.carla, fx.personen.frits, fx.personen.gerda, fx.personen.hanna].sort())
  })
})

describe('who may manage a vergadering', () => {
  it('is judged by the server on today\'s functies, and the answer says so (magBeheren)', async () => {
    const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000)
    // Hanna will stand in for teammanager A from next week: on the meeting date she chairs, today she does not.
    await t.db.insertInto('bezetting').values({ organisatie_id: fx.organisatieId, persoon_id: fx.personen.hanna, functie_id: fx.functies.tmA, fte: 0, dienstverband: 'vast', vervanging: 'waarnemer', geldig_van: over(5).toISOString().slice(0, 10) }).execute()
    const werkoverleg = await vraag(gs, 'POST', '/overleggen', { naam: 'Werkoverleg Team A', soort: 'overig', modus: 'adviserend', geldigVan: '2015-01-01', samenstelling: [{ rol: 'voorzitter', functieId: fx.functies.tmA }, { rol: 'lid', roltype: 'medewerker' }] })
    expect(werkoverleg.statusCode, werkoverleg.body).toBe(201)
    const v = await vraag(gs, 'POST', `/overleggen/${werkoverleg.json().id}/vergaderingen`, { begin: over(10).toISOString() })
    expect(v.statusCode, v.body).toBe(201)
    expect(v.json().deelnemers.filter((d: { rol: string }) => d.rol === 'voorzitter').map((d: { naam: string }) => d.naam).sort()).toEqual(['Hanna Vos', 'Tom Bakker'])
    expect(v.json().magBeheren).toBe(true) // the gemeentesecretaris, by mandate

    await account(t.db, fx.organisatieId, fx.personen.tom, 'tom@overleg.example')
    await account(t.db, fx.organisatieId, fx.personen.hanna, 'hanna@overleg.example')
    const tom = await login(t.app, 'tom@overleg.example')
    const hanna = await login(t.app, 'hanna@overleg.example')
    const pad = `/vergaderingen/${v.json().id}`
    expect((await vraag(tom, 'GET', pad)).json().magBeheren).toBe(true)
    expect((await vraag(hanna, 'GET', pad)).json().magBeheren).toBe(false)
    expect((await vraag(medewerker, 'GET', pad)).json().magBeheren).toBe(false)
    // And the server acts on the same judgement.
    expect((await vraag(hanna, 'PATCH', pad, { status: 'agenda_gepubliceerd' })).statusCode).toBe(403)
    expect((await vraag(tom, 'PATCH', pad, { status: 'agenda_gepubliceerd' })).statusCode).toBe(200)
  })
})

describe('the besluitvormende raad', () => {
  it('flags a meeting where neither the gemeentesecretaris nor the loco-secretaris is present', async () => {
    const raad = (await vraag(gs, 'POST', '/overleggen', {
      naam: 'Gemeenteraad', soort: 'besluitvormende_raad', modus: 'besluitvormend', geldigVan: '2015-01-01', openbaar: true,
      samenstelling: [{ rol: 'voorzitter', roltype: 'concerndirecteur' }, { rol: 'lid', roltype: 'teammanager' }, { rol: 'adviseur', roltype: 'gemeentesecretaris' }],
    })).json()
    const v = (await vraag(gs, 'POST', `/overleggen/${raad.id}/vergaderingen`, { begin: '2026-07-02T18:00:00Z' })).json()
    expect(v.waarschuwingen).toEqual([expect.objectContaining({ code: 'secretaris_afwezig' })])
    const zonder = await vraag(gs, 'PUT', `/vergaderingen/${v.id}/aanwezigheid`, { aanwezigen: [{ persoonId: fx.personen.gerda, aanwezig: false }] })
    expect(zonder.json().waarschuwingen.map((w: { code: string }) => w.code)).toEqual(['secretaris_afwezig'])
    // Frits is the loco-secretaris: with him present, the rule is met.
    const loco = await vraag(gs, 'PUT', `/vergaderingen/${v.id}/aanwezigheid`, { aanwezigen: [{ persoonId: fx.personen.frits, aanwezig: true }] })
    expect(loco.json().waarschuwingen).toEqual([])
  })
})
