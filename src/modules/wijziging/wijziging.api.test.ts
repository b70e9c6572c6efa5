// The wijzigingen API as a contract: making, reading, replacing and withdrawing concepts; input
// errors as 400 problem+json naming the field; unknown ids 404; read-only once vastgesteld (409).
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { createFixtureOrganisatie, wijzigingApi, type Fixture } from './test-fixture.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let api: ReturnType<typeof wijzigingApi>
const ONBEKEND = '00000000-0000-4000-8000-000000000000'
const D = '2025-01-01'

beforeAll(async () => {
  t = await createTestApp()
  fx = await createFixtureOrganisatie(t.db)
  api = wijzigingApi(t.app, fx.organisatieId)
})

const hernoem = (naam = 'Team Publiekszaken') => ({ titel: 'Balie wordt Publiekszaken', ingangsdatum: D, acties: [{ soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam }] })
const names = (res: { json: () => { invalidParams?: Array<{ name: string }> } }) => (res.json().invalidParams ?? []).map((p) => p.name).sort()

function expectProblem(res: Awaited<ReturnType<typeof api.create>>, status: number) {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toContain('application/problem+json')
  expect(res.json()).toMatchObject({ status })
}

describe('a concept wijziging', () => {
  it('is created (201, Location, concept, no resultaat), read back and recorded in the audit trail', async () => {
    const res = await api.create({ ...hernoem(), toelichting: 'Klantcontact onder één naam' })
    expect(res.statusCode, res.body).toBe(201)
    const w = res.json()
    expect(w).toMatchObject({ organisatieId: fx.organisatieId, titel: 'Balie wordt Publiekszaken', toelichting: 'Klantcontact onder één naam', ingangsdatum: D, status: 'concept', resultaat: null, vastgesteldOp: null })
    expect(w.acties).toEqual(hernoem().acties)
    expect(res.headers.location).toBe(`${api.base}/${w.id}`)
    const get = await api.get(w.id)
    expect(get.statusCode).toBe(200)
    expect(get.json()).toEqual(w)
    const audit = await t.db.selectFrom('audit_event').selectAll().where('object_id', '=', w.id).execute()
    expect(audit.map((a) => [a.handeling, a.actor])).toEqual([['wijziging.aanmaken', expect.stringMatching(/^token:/)]])
  })

  it('is replaced as a whole by PUT while concept, with voor/na in the audit trail', async () => {
    const w = (await api.create(hernoem())).json()
    const res = await api.replace(w.id, { ...hernoem('Team Klantcontact'), titel: 'Balie wordt Klantcontact' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ id: w.id, titel: 'Balie wordt Klantcontact', toelichting: null, status: 'concept' })
    expect(res.json().acties[0].naam).toBe('Team Klantcontact')
    const audit = await t.db.selectFrom('audit_event').selectAll().where('object_id', '=', w.id).where('handeling', '=', 'wijziging.wijzigen').executeTakeFirstOrThrow()
    expect((audit.voor as { titel: string }).titel).toBe('Balie wordt Publiekszaken')
    expect((audit.na as { titel: string }).titel).toBe('Balie wordt Klantcontact')
  })

  it('is withdrawn, kept with status ingetrokken, and then closed for PUT, preview and vaststelling', async () => {
    const w = (await api.create(hernoem())).json()
    const res = await api.withdraw(w.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().status).toBe('ingetrokken')
    expect((await api.get(w.id)).json().status).toBe('ingetrokken')
    expectProblem(await api.replace(w.id, hernoem()), 409)
    expectProblem(await api.preview(w.id), 409)
    expectProblem(await api.adopt(w.id), 409)
    expectProblem(await api.withdraw(w.id), 409)
    const audit = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', w.id).orderBy('volgnummer').execute()
    expect(audit.map((a) => a.handeling)).toEqual(['wijziging.aanmaken', 'wijziging.intrekken'])
  })

  it('is read-only once vastgesteld: PUT and intrekking answer 409', async () => {
    const w = (await api.create({ ...hernoem('Team Loket'), ingangsdatum: '2030-01-01' })).json()
    expect((await api.adopt(w.id)).statusCode).toBe(200)
    const put = await api.replace(w.id, hernoem('Iets anders'))
    expectProblem(put, 409)
    expect(put.json().detail).toContain('vastgesteld')
    expectProblem(await api.withdraw(w.id), 409)
    expectProblem(await api.adopt(w.id), 409)
    expect((await api.get(w.id)).json().acties[0].naam).toBe('Team Loket')
  })
})

describe('listing wijzigingen', () => {
  it('pages and filters on status, newest ingangsdatum first', async () => {
    const org = await createFixtureOrganisatie(t.db, 'Gemeente Lijststad')
    const eigen = wijzigingApi(t.app, org.organisatieId)
    const maak = async (datum: string) => (await eigen.create({ titel: `per ${datum}`, ingangsdatum: datum, acties: [] })).json().id as string
    const a = await maak('2025-01-01')
    const b = await maak('2026-01-01')
    const c = await maak('2027-01-01')
    await eigen.withdraw(b)
    const alle = (await eigen.list('?paginaGrootte=2')).json()
    expect(alle.resultaten.map((w: { id: string }) => w.id)).toEqual([c, b])
    expect(alle.paginering).toEqual({ pagina: 1, paginaGrootte: 2, totaal: 3, aantalPaginas: 2 })
    expect((await eigen.list('?paginaGrootte=2&pagina=2')).json().resultaten.map((w: { id: string }) => w.id)).toEqual([a])
    const concepten = (await eigen.list('?status=concept')).json()
    expect(concepten.resultaten.map((w: { id: string }) => w.id)).toEqual([c, a])
    expect(concepten.resultaten[0]).toMatchObject({ titel: 'per 2027-01-01', status: 'concept', aantalActies: 0, vastgesteldOp: null })
    const fout = await eigen.list('?status=klaar&kleur=rood')
    expectProblem(fout, 400)
    expect(names(fout)).toEqual(['kleur', 'status'])
  })
})

describe('input errors: 400 problem+json naming the field', () => {
  const slecht = () => ({
    titel: 'Fouten',
    ingangsdatum: '2025-02-30',
    kleur: 'rood',
    acties: [
      { soort: 'eenheidHernoemen', eenheidId: fx.eenheden.balie, naam: 'X', kleur: 'rood' },
      { soort: 'eenheidBombarderen', eenheidId: fx.eenheden.balie },
      { soort: 'eenheidOpheffen' },
    ],
  })
  const verwacht = ['acties.0.kleur', 'acties.1.soort', 'acties.2.eenheidId', 'ingangsdatum', 'kleur']

  it('reports an unknown actie soort, a missing field in actie 2, a bad date and unknown fields at once, on POST', async () => {
    const res = await api.create(slecht())
    expectProblem(res, 400)
    // acties.1 also carries the discriminator's own (generic) error; every field we expect is named.
    expect(names(res)).toEqual(expect.arrayContaining(verwacht))
    expect(res.json().invalidParams.find((p: { name: string }) => p.name === 'acties.1.soort').reason).toContain('eenheidAanmaken')
    expect(res.json().invalidParams.find((p: { name: string }) => p.name === 'ingangsdatum').reason).toContain('datum')
  })

  it('reports the same on PUT, and leaves the concept as it was', async () => {
    const w = (await api.create(hernoem())).json()
    const res = await api.replace(w.id, slecht())
    expectProblem(res, 400)
    expect(names(res)).toEqual(expect.arrayContaining(verwacht))
    expect((await api.get(w.id)).json()).toEqual(w)
  })

  it('rejects bad references on POST and PUT: unknown ids, ids of another organisatie, ids not valid on the date, sleutels used before they exist', async () => {
    const ander = await createFixtureOrganisatie(t.db, 'Gemeente Buurstad')
    const body = {
      titel: 'Slechte verwijzingen',
      ingangsdatum: D,
      acties: [
        { soort: 'eenheidHernoemen', eenheidId: ONBEKEND, naam: 'X' },
        { soort: 'functieVerplaatsen', functieId: ander.functies.tmBalie, eenheidSleutel: 'nieuw' },
        { soort: 'eenheidAanmaken', sleutel: 'nieuw', naam: 'Nieuw team', eenheidSoort: 'team', bovenEenheidId: ander.eenheden.afdeling },
        { soort: 'eenheidAanmaken', sleutel: 'nieuw', naam: 'Nog een', eenheidSoort: 'team', bovenSleutel: 'nieuw' },
        { soort: 'eenheidVerplaatsen', eenheidId: fx.eenheden.balie },
      ],
    }
    const expected = ['acties.0.eenheidId', 'acties.1.eenheidSleutel', 'acties.1.functieId', 'acties.2.bovenEenheidId', 'acties.3.sleutel', 'acties.4.bovenEenheidId']
    const post = await api.create(body)
    expectProblem(post, 400)
    expect(names(post)).toEqual(expected)
    expect(post.json().invalidParams[0]).toMatchObject({ name: 'acties.0.eenheidId', reason: `eenheid ${ONBEKEND} bestaat niet in deze organisatie` })
    const w = (await api.create(hernoem())).json()
    const put = await api.replace(w.id, body)
    expectProblem(put, 400)
    expect(names(put)).toEqual(expected)
  })

  it('rejects an id that exists in the organisatie but not yet on the ingangsdatum', async () => {
    const res = await api.create({ ...hernoem(), ingangsdatum: '2019-06-01' })
    expectProblem(res, 400)
    expect(res.json().invalidParams).toEqual([{ name: 'acties.0.eenheidId', code: 'niet-geldig', reason: `eenheid ${fx.eenheden.balie} bestaat niet op 2019-06-01` }])
  })

  it('rejects an ingangsdatum outside the organisatie', async () => {
    const res = await api.create({ ...hernoem(), acties: [], ingangsdatum: '2010-01-01' })
    expectProblem(res, 400)
    expect(names(res)).toEqual(['ingangsdatum'])
  })

  it('rejects a bad path id with 400 naming it', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${api.base}/niet-een-uuid` })
    expectProblem(res, 400)
    expect(names(res)).toEqual(['wijzigingId'])
  })
})

describe('unknown ids: 404 problem+json', () => {
  it('for an unknown organisatie, an unknown wijziging, and a wijziging of another organisatie', async () => {
    const geen = wijzigingApi(t.app, ONBEKEND)
    expectProblem(await geen.list(), 404)
    expectProblem(await geen.create(hernoem()), 404)
    const w = (await api.create(hernoem())).json()
    const ander = await createFixtureOrganisatie(t.db, 'Gemeente Anderstad')
    const via = wijzigingApi(t.app, ander.organisatieId)
    for (const res of [
      await api.get(ONBEKEND), await api.replace(ONBEKEND, hernoem()), await api.preview(ONBEKEND), await api.adopt(ONBEKEND), await api.withdraw(ONBEKEND),
      await via.get(w.id), await via.replace(w.id, hernoem()), await via.preview(w.id), await via.adopt(w.id), await via.withdraw(w.id),
    ]) expectProblem(res, 404)
    expect((await api.get(w.id)).json().status).toBe('concept')
  })
})

describe('OpenAPI', () => {
  it('documents every wijzigingen route with request and response schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    const p = '/organisaties/{organisatieId}/wijzigingen'
    expect(Object.keys(doc.paths[p])).toEqual(expect.arrayContaining(['get', 'post']))
    expect(Object.keys(doc.paths[`${p}/{wijzigingId}`])).toEqual(expect.arrayContaining(['get', 'put']))
    expect(doc.paths[`${p}/{wijzigingId}/voorvertoning`].get.responses['200'].content['application/json'].schema.properties.personen).toBeDefined()
    expect(doc.paths[`${p}/{wijzigingId}/vaststelling`].post.responses['409']).toBeDefined()
    expect(doc.paths[`${p}/{wijzigingId}/intrekking`].post).toBeDefined()
    expect(doc.paths[p].post.requestBody.content['application/json'].schema.properties.acties).toBeDefined()
  })
})
