// Issue 6: the informanten the chair invites for an agendapunt (organisatiebesluit, structurele
// overleggen 3) can be changed on an open item. They must be personen of the organisatie; whoever
// is new on the list is notified once; the change is in the audit trail; a decided item and a
// closed meeting refuse it; the chair may do it without a mandate, a medewerker may not.
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let gs: Sessie
let tom: Sessie
let anna: Sessie
let overlegId: string
const vraag = (s: Sessie, method: 'GET' | 'POST' | 'PATCH' | 'PUT', pad: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/organisaties/${fx.organisatieId}${pad}`, headers: headers(s), ...(payload ? { payload } : {}) })

/** A meeting of the team overleg (chaired by teammanager Tom) with one open item and its informanten. */
async function vergaderingMetPunt(informanten: string[]) {
  const v = (await vraag(gs, 'POST', `/overleggen/${overlegId}/vergaderingen`, { begin: '2026-09-01T08:00:00Z' })).json()
  const res = await vraag(gs, 'POST', `/vergaderingen/${v.id}/agendapunten`, { titel: 'Werkplan 2027', soort: 'bespreking', informanten })
  expect(res.statusCode, res.body).toBe(200)
  return { vergaderingId: v.id as string, puntId: res.json().agenda[0].id as string }
}

const meldingen = async (vergaderingId: string) =>
  (await t.db.selectFrom('notificatie').select(['persoon_id', 'titel']).where('object_id', '=', vergaderingId).where('soort', '=', 'informant').execute())

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Informant')
  await account(t.db, fx.organisatieId, fx.personen.gerda, 'gs@informant.example')
  await account(t.db, fx.organisatieId, fx.personen.tom, 'tom@informant.example')
  await account(t.db, fx.organisatieId, fx.personen.anna, 'anna@informant.example')
  gs = await login(t.app, 'gs@informant.example')
  tom = await login(t.app, 'tom@informant.example')
  anna = await login(t.app, 'anna@informant.example')
  const o = await vraag(gs, 'POST', '/overleggen', {
    naam: 'Teamoverleg A', soort: 'overig', modus: 'adviserend', geldigVan: '2015-01-01',
    samenstelling: [{ rol: 'voorzitter', functieId: fx.functies.tmA }, { rol: 'lid', functieId: fx.functies.a1 }],
  })
  expect(o.statusCode, o.body).toBe(201)
  overlegId = o.json().id
})

describe('the informanten of an agendapunt', () => {
  it('are replaced as a whole; only the newly invited are notified, and the trail shows before and after', async () => {
    const { vergaderingId, puntId } = await vergaderingMetPunt([fx.personen.hanna])
    expect((await meldingen(vergaderingId)).map((m) => m.persoon_id)).toEqual([fx.personen.hanna])

    const res = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.hanna, fx.personen.bram, fx.personen.tineke] })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().agenda[0]).toMatchObject({ titel: 'Werkplan 2027', status: 'open', informanten: [fx.personen.hanna, fx.personen.bram, fx.personen.tineke] })
    // With their names, in the same order, so a page needs no lookup per person.
    expect(res.json().agenda[0].informantNamen).toEqual([
      { persoonId: fx.personen.hanna, naam: 'Hanna Vos' }, { persoonId: fx.personen.bram, naam: 'Bram Visser' }, { persoonId: fx.personen.tineke, naam: 'Tineke Meijer' },
    ])
    const na = await meldingen(vergaderingId)
    expect(na.map((m) => m.persoon_id).sort()).toEqual([fx.personen.hanna, fx.personen.bram, fx.personen.tineke].sort()) // Hanna once, not twice
    expect(na.find((m) => m.persoon_id === fx.personen.bram)?.titel).toBe('U bent uitgenodigd als informant bij "Werkplan 2027"')

    const audit = await t.db.selectFrom('audit_event').select(['voor', 'na', 'actor']).where('object_id', '=', puntId).where('handeling', '=', 'agendapunt.wijzigen').execute()
    expect(audit).toHaveLength(1)
    expect((audit[0]!.voor as { informanten: string[] }).informanten).toEqual([fx.personen.hanna])
    expect((audit[0]!.na as { informanten: string[] }).informanten).toEqual([fx.personen.hanna, fx.personen.bram, fx.personen.tineke])

    // Taking someone off sends nobody anything; an empty list clears them.
    const weg = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: [] })
    expect(weg.statusCode, weg.body).toBe(200)
    expect(weg.json().agenda[0].informanten).toEqual([])
    expect(await meldingen(vergaderingId)).toHaveLength(3)
    // Inviting someone again after taking them off is a new invitation.
    await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.bram] })
    expect((await meldingen(vergaderingId)).filter((m) => m.persoon_id === fx.personen.bram)).toHaveLength(2)
  })

  it('must be personen of the organisatie: 400 naming each wrong one, and nothing changes', async () => {
    const { vergaderingId, puntId } = await vergaderingMetPunt([fx.personen.hanna])
    const elders = await t.db.selectFrom('persoon').select('id').where('organisatie_id', '<>', fx.organisatieId).executeTakeFirstOrThrow()
    const res = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { titel: 'Anders', informanten: [fx.personen.bram, elders.id, '00000000-0000-4000-8000-000000000000'] })
    expect(res.statusCode, res.body).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['informanten.1', 'informanten.2'])
    expect(res.json().invalidParams[0].reason).toBe('is geen persoon van deze organisatie')
    const v = (await vraag(gs, 'GET', `/vergaderingen/${vergaderingId}`)).json()
    expect(v.agenda[0]).toMatchObject({ titel: 'Werkplan 2027', informanten: [fx.personen.hanna] })
    expect((await meldingen(vergaderingId)).map((m) => m.persoon_id)).toEqual([fx.personen.hanna])

    // The schema: ids, each once, at most 20.
    const geenId = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: ['Bram'] })
    expect(geenId.statusCode).toBe(400)
    expect(geenId.json().invalidParams[0].name).toBe('informanten.0')
    const dubbel = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.bram, fx.personen.bram] })
    expect(dubbel.statusCode).toBe(400)
    expect(dubbel.json().invalidParams[0].name).toBe('informanten')
  })

  it('may be changed by the chair without a mandate, not by a medewerker', async () => {
    const { puntId } = await vergaderingMetPunt([])
    expect((await vraag(anna, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.hanna] })).statusCode).toBe(403)
    const voorzitter = await vraag(tom, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.hanna] })
    expect(voorzitter.statusCode, voorzitter.body).toBe(200)
    expect(voorzitter.json().agenda[0].informanten).toEqual([fx.personen.hanna])
  })

  it('are read-only on a decided item (service and database), and not invited to a closed meeting', async () => {
    const { vergaderingId, puntId } = await vergaderingMetPunt([fx.personen.hanna])
    const open = (await vraag(gs, 'POST', `/vergaderingen/${vergaderingId}/agendapunten`, { titel: 'Rondvraag', soort: 'informatie' })).json().agenda[1].id
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'agenda_gepubliceerd' })
    await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'geopend' })
    const besluit = await vraag(gs, 'POST', `/agendapunten/${puntId}/besluit`, { besluit: 'Het werkplan is besproken.' })
    expect(besluit.statusCode, besluit.body).toBe(200)

    const besloten = await vraag(gs, 'PATCH', `/agendapunten/${puntId}`, { informanten: [fx.personen.bram] })
    expect(besloten.statusCode).toBe(409)
    expect(besloten.json().detail).toContain('kan niet meer worden gewijzigd')
    await expect(sql`update agendapunt set informanten = array[${fx.personen.bram}]::uuid[] where id = ${puntId}`.execute(t.db)).rejects.toThrow(/is besloten/)

    expect((await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'gesloten' })).statusCode).toBe(200)
    const gesloten = await vraag(gs, 'PATCH', `/agendapunten/${open}`, { informanten: [fx.personen.bram] })
    expect(gesloten.statusCode).toBe(409)
    expect(gesloten.json().invalidParams[0].name).toBe('informanten')
    const v = (await vraag(gs, 'GET', `/vergaderingen/${vergaderingId}`)).json()
    expect(v.agenda.map((p: { informanten: string[] }) => p.informanten)).toEqual([[fx.personen.hanna], []])
    expect((await meldingen(vergaderingId)).map((m) => m.persoon_id)).toEqual([fx.personen.hanna])
  })

  it('refuses notulen for a cancelled meeting', async () => {
    const { vergaderingId } = await vergaderingMetPunt([])
    expect((await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { status: 'geannuleerd' })).statusCode).toBe(200)
    const res = await vraag(gs, 'PATCH', `/vergaderingen/${vergaderingId}`, { notulen: 'Besproken: niets.' })
    expect(res.statusCode).toBe(409)
    expect(res.json().invalidParams[0].name).toBe('notulen')
    const v = await t.db.selectFrom('vergadering').select('notulen').where('id', '=', vergaderingId).executeTakeFirstOrThrow()
    expect(v.notulen).toBeNull()
  })
})
