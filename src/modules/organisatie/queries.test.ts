// The queries every later module stands on, checked on a fixture with exactly known structure.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let f: Fixture
const get = async (path: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/organisaties/${f.organisatieId}${path}` })
  return { status: res.statusCode, body: res.json() }
}

beforeAll(async () => {
  t = await createTestApp()
  f = await createFixtureOrganisatie(t.db)
})

describe('boom and subboom at a peildatum', () => {
  it('gives the whole tree depth-first with depths, and the functional lines', async () => {
    const { status, body } = await get('/boom?peildatum=2024-06-01')
    expect(status).toBe(200)
    expect(body.eenheden.map((e: { naam: string; diepte: number }) => `${e.diepte}:${e.naam}`)).toEqual([
      '0:Concerndirectie', '1:Concernstaf', '1:Domein Fysiek', '2:Team A', '2:Team B',
    ])
    expect(body.eenheden.find((e: { naam: string }) => e.naam === 'Domein Fysiek').aantalOnderliggend).toBe(2)
    expect(body.functioneleLijnen).toHaveLength(3)
    expect(body.functioneleLijnen.filter((l: { eenheidId: string | null }) => l.eenheidId === f.eenheden.teamB)[0].bovenEenheidId).toBe(f.eenheden.staf)
  })

  it('reproduces the past: before 2020 Team A was Team Alpha, before 2015 there was nothing', async () => {
    const before = await get('/boom?peildatum=2019-12-31')
    expect(before.body.eenheden.map((e: { naam: string }) => e.naam)).toContain('Team Alpha')
    expect(before.body.eenheden.map((e: { naam: string }) => e.naam)).not.toContain('Team A')
    const empty = await get('/boom?peildatum=2014-12-31')
    expect(empty.body.eenheden).toEqual([])
  })

  it('gives the subtree of an eenheid', async () => {
    const { body } = await get(`/eenheden/${f.eenheden.fysiek}/subboom?peildatum=2024-06-01`)
    expect(body.eenheden.map((e: { naam: string }) => e.naam)).toEqual(['Domein Fysiek', 'Team A', 'Team B'])
    expect(body.eenheden[0].diepte).toBe(0)
  })

  it('says when an eenheid did not exist on the peildatum', async () => {
    const { status, body } = await get(`/eenheden/${f.eenheden.teamA}?peildatum=2010-01-01`)
    expect(status).toBe(404)
    expect(body.detail).toContain('2015-01-01')
  })
})

describe('eenheid detail and history', () => {
  it('shows parent, children, functional lines in and out, contact and leading functie', async () => {
    const b = (await get(`/eenheden/${f.eenheden.teamB}?peildatum=2024-06-01`)).body
    expect(b.bovenEenheid).toEqual({ id: f.eenheden.fysiek, naam: 'Domein Fysiek' })
    expect(b.functioneleLijnen.uitgaand).toEqual([expect.objectContaining({ eenheidId: f.eenheden.staf, naam: 'Concernstaf' })])
    expect(b.leidinggevendeFunctieId).toBe(f.functies.tmB)
    const staf = (await get(`/eenheden/${f.eenheden.staf}?peildatum=2024-06-01`)).body
    expect(staf.functioneleLijnen.inkomend).toEqual([expect.objectContaining({ eenheidId: f.eenheden.teamB })])
    const cd = (await get(`/eenheden/${f.eenheden.cd}?peildatum=2024-06-01`)).body
    expect(cd.contact.email).toBe('directie@test.example')
    expect(cd.onderliggendeEenheden.map((e: { naam: string }) => e.naam)).toEqual(['Concernstaf', 'Domein Fysiek'])
  })

  it('keeps every version in the history', async () => {
    const { body } = await get(`/eenheden/${f.eenheden.teamA}/geschiedenis`)
    expect(body.versies.map((v: { naam: string; geldigTot: string | null }) => [v.naam, v.geldigTot])).toEqual([['Team Alpha', '2020-01-01'], ['Team A', null]])
  })
})

describe('keten: who is my manager, who steers us functionally', () => {
  it('walks up from a medewerker through the leading functies of the eenheden above', async () => {
    const { body } = await get(`/functies/${f.functies.a1}/keten?peildatum=2024-06-01`)
    expect(body.hierarchisch.map((x: { id: string }) => x.id)).toEqual([f.functies.tmA, f.functies.cdir, f.functies.gs])
    expect(body.hierarchisch[0].houders[0].naam).toBe('Tom Bakker')
    expect(body.functioneel.map((x: { id: string; via: { soort: string } }) => [x.id, x.via.soort])).toEqual([[f.functies.cm, 'functie']])
  })

  it('adds functional lines of the eenheid (matrix) and follows an explicit hierarchical functie-lijn', async () => {
    const b1 = (await get(`/functies/${f.functies.b1}/keten?peildatum=2024-06-01`)).body
    expect(b1.functioneel.map((x: { id: string; via: { naam: string } }) => [x.id, x.via.naam])).toEqual([
      [f.functies.hoofdStaf, 'Team B'],
      [f.functies.cm, 'Teammanager B'],
    ])
    const cm = (await get(`/functies/${f.functies.cm}/keten?peildatum=2024-06-01`)).body
    expect(cm.hierarchisch.map((x: { id: string }) => x.id)).toEqual([f.functies.gs])
  })

  it('marks the loco among the holders of a functie in the chain', async () => {
    const { body } = await get(`/functies/${f.functies.cdir}/keten?peildatum=2024-06-01`)
    const gs = body.hierarchisch[0]
    expect(gs.houders.map((h: { naam: string; vervanging: string | null }) => [h.naam, h.vervanging])).toEqual([['Gerda Smit', null], ['Frits Mulder', 'loco']])
  })

  it('gives the chain of a persoon per functie, at the peildatum', async () => {
    const now = (await get(`/personen/${f.personen.anna}/keten?peildatum=2024-06-01`)).body
    expect(now.ketens).toHaveLength(1)
    expect(now.ketens[0].hierarchisch[0].id).toBe(f.functies.tmA)
    const then = (await get(`/personen/${f.personen.anna}/keten?peildatum=2018-06-01`)).body
    expect(then.ketens[0].hierarchisch[0].id).toBe(f.functies.tmB)
  })
})

describe('formatie vs bezetting', () => {
  it('counts formatie, bezetting, vacancies and dienstverband for the eenheid alone', async () => {
    const { body } = await get(`/eenheden/${f.eenheden.teamA}/formatie?peildatum=2024-06-01`)
    expect(body.eigen).toMatchObject({ aantalFuncties: 4, formatieFte: 4, bezettingFte: 2.8, vacatureFte: 1.2, vacatures: 1, aantalBezettingen: 3 })
    expect(body.eigen.perDienstverband).toMatchObject({ vast: 2, inhuur: 0.8 })
    expect(body.inclusiefOnderliggend).toEqual(body.eigen)
  })

  it('adds up the subtree', async () => {
    const { body } = await get(`/eenheden/${f.eenheden.fysiek}/formatie?peildatum=2024-06-01`)
    expect(body.eigen).toMatchObject({ aantalFuncties: 1, formatieFte: 1, bezettingFte: 1, vacatures: 0 })
    expect(body.inclusiefOnderliggend).toMatchObject({ aantalFuncties: 7, formatieFte: 7, bezettingFte: 5.3, vacatureFte: 1.7, vacatures: 1 })
    expect(body.inclusiefOnderliggend.perDienstverband.stage).toBe(0.5)
    expect(body.aantalEenhedenInSubboom).toBe(3)
  })

  it('does not count a loco (fte 0) as filling formatie, and follows the peildatum', async () => {
    const cd = (await get(`/eenheden/${f.eenheden.cd}/formatie?peildatum=2024-06-01`)).body
    expect(cd.eigen).toMatchObject({ formatieFte: 2, bezettingFte: 2, aantalBezettingen: 3 })
    const teamB2020 = (await get(`/eenheden/${f.eenheden.teamB}/formatie?peildatum=2020-06-01`)).body
    expect(teamB2020.eigen).toMatchObject({ bezettingFte: 1, vacatures: 1 }) // Anna left, Bob not yet there
  })
})

describe('search, lists, roltypen, personen', () => {
  it('finds eenheden, functies and personen by name', async () => {
    const { body } = await get('/zoekresultaten?zoekterm=team&peildatum=2024-06-01')
    expect(body.eenheden.map((e: { naam: string }) => e.naam).sort()).toEqual(['Team A', 'Team B'])
    expect(body.functies.map((x: { naam: string }) => x.naam).sort()).toEqual(['Teammanager A', 'Teammanager B'])
    const anna = (await get('/zoekresultaten?zoekterm=jansen')).body
    expect(anna.personen).toEqual([expect.objectContaining({ id: f.personen.anna, functie: 'Beleidsmedewerker A1', eenheidNaam: 'Team A' })])
  })

  it('filters functies on vacancy and eenheid', async () => {
    const { body } = await get(`/functies?vacant=true&peildatum=2024-06-01`)
    expect(body.resultaten.map((x: { id: string }) => x.id)).toEqual([f.functies.a3])
    const teamB = (await get(`/functies?eenheidId=${f.eenheden.teamB}&peildatum=2024-06-01`)).body
    expect(teamB.resultaten[0].id).toBe(f.functies.tmB) // leading functie first
    expect(teamB.paginering.totaal).toBe(2)
  })

  it('pages through personen', async () => {
    const p1 = (await get('/personen?paginaGrootte=4&pagina=1&peildatum=2024-06-01')).body
    const p3 = (await get('/personen?paginaGrootte=4&pagina=3&peildatum=2024-06-01')).body
    expect(p1.paginering).toEqual({ pagina: 1, paginaGrootte: 4, totaal: 9, aantalPaginas: 3 })
    expect(p3.resultaten).toHaveLength(1)
  })

  it('shows a persoon with current and earlier functies', async () => {
    const { body } = await get(`/personen/${f.personen.anna}?peildatum=2024-06-01`)
    expect(body.huidig.map((b: { eenheid: { naam: string } }) => b.eenheid.naam)).toEqual(['Team A'])
    expect(body.eerder.map((b: { eenheid: { naam: string } }) => b.eenheid.naam)).toEqual(['Team B'])
  })

  it('shows the teammanager roltype with its numbered taken and who holds it', async () => {
    const list = (await get('/roltypen')).body.resultaten
    const tm = list.find((r: { code: string }) => r.code === 'teammanager')
    const { body } = await get(`/roltypen/${tm.id}?peildatum=2024-06-01`)
    expect(body.functies.map((x: { persoonNaam: string }) => x.persoonNaam).sort()).toEqual(['Tineke Meijer', 'Tom Bakker'])
    expect(body.taken.length).toBe(tm.aantalTaken)
  })
})

describe('writes: personen and bezetting', () => {
  const post = (path: string, payload: unknown, method: 'POST' | 'PATCH' = 'POST') =>
    t.app.inject({ method, url: `/api/v1/organisaties/${f.organisatieId}${path}`, payload: payload as object })

  it('registers a persoon, lets them fill the vacancy, and ends it again, with audit events', async () => {
    const p = await post('/personen', { naam: 'Nina Kok', achternaam: 'Kok', email: 'nina@test.example' })
    expect(p.statusCode).toBe(201)
    const id = p.json().id
    const b = await post('/bezettingen', { persoonId: id, functieId: f.functies.a3, fte: 1, dienstverband: 'tijdelijk', geldigVan: '2025-01-01' })
    expect(b.statusCode).toBe(201)
    expect(b.json()).toMatchObject({ eenheid: { naam: 'Team A' }, dienstverband: 'tijdelijk' })
    const vacant = (await get('/functies?vacant=true&peildatum=2025-06-01')).body
    expect(vacant.resultaten).toEqual([])
    const end = await post(`/bezettingen/${b.json().id}`, { geldigTot: '2025-07-01' }, 'PATCH')
    expect(end.statusCode).toBe(200)
    expect((await get('/functies?vacant=true&peildatum=2025-08-01')).body.resultaten.map((x: { id: string }) => x.id)).toEqual([f.functies.a3])
    const events = await t.db.selectFrom('audit_event').select('handeling').where('organisatie_id', '=', f.organisatieId).orderBy('volgnummer').execute()
    expect(events.map((e) => e.handeling).filter((h) => !h.startsWith('api-token.'))).toEqual(['persoon.aanmaken', 'bezetting.aanmaken', 'bezetting.beeindigen'])
  })

  it('refuses an overlapping bezetting with 409 and writes nothing', async () => {
    const before = await t.db.selectFrom('bezetting').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const res = await post('/bezettingen', { persoonId: f.personen.tom, functieId: f.functies.tmA, fte: 1, dienstverband: 'vast', geldigVan: '2023-01-01' })
    expect(res.statusCode).toBe(409)
    expect(res.json().invalidParams[0].name).toBe('geldigVan')
    const after = await t.db.selectFrom('bezetting').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('names every wrong field at once, without coercing types', async () => {
    const res = await post('/bezettingen', { persoonId: 'x', functieId: f.functies.a3, fte: '1', dienstverband: 'freelance', geldigVan: '2025-13-01', kleur: 'rood' })
    expect(res.statusCode).toBe(400)
    const names = res.json().invalidParams.map((p: { name: string }) => p.name).sort()
    expect(names).toEqual(['dienstverband', 'fte', 'geldigVan', 'kleur', 'persoonId'])
  })

  it('does not let one organisatie reach another organisatie’s functie', async () => {
    const other = await createFixtureOrganisatie(t.db, 'Andere gemeente')
    const res = await post('/bezettingen', { persoonId: f.personen.tom, functieId: other.functies.a3, fte: 1, dienstverband: 'vast', geldigVan: '2025-01-01' })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams[0].name).toBe('functieId')
    const cross = await get(`/eenheden/${other.eenheden.teamA}`)
    expect(cross.status).toBe(404)
  })
})

describe('formatie stays exact while cached', () => {
  it('recomputes after any audited write to the organisatie', async () => {
    const url = `/eenheden/${f.eenheden.teamA}/formatie?peildatum=2030-01-01`
    const before = (await get(url)).body.eigen
    const p = await t.app.inject({ method: 'POST', url: `/api/v1/organisaties/${f.organisatieId}/personen`, payload: { naam: 'Cas Cache' } })
    const b = await t.app.inject({
      method: 'POST', url: `/api/v1/organisaties/${f.organisatieId}/bezettingen`,
      payload: { persoonId: p.json().id, functieId: f.functies.a3, fte: 0.6, dienstverband: 'tijdelijk', geldigVan: '2029-01-01' },
    })
    expect(b.statusCode).toBe(201)
    const after = (await get(url)).body.eigen
    expect(after.bezettingFte).toBeCloseTo(before.bezettingFte + 0.6, 5)
    expect(after.perDienstverband.tijdelijk).toBeCloseTo(before.perDienstverband.tijdelijk + 0.6, 5)
  })
})
