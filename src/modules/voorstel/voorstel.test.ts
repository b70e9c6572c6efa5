// Issue 6, the route of a voorstel: it can never skip the teammanager's approval (organisatiebesluit:
// teammanager 4g); a raadsvoorstel goes the whole way to besloten with every version and step kept;
// teruggetrokken is final. Through the API, as real actors.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { verwerkBesluitOverVoorstel } from './voorstel-route.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let anna: Sessie // medewerker in team A: the opsteller
let tom: Sessie // teammanager A
let tineke: Sessie // teammanager B
let gerda: Sessie // gemeentesecretaris: voorstel.routeren
let wim: Sessie // wethouder, portefeuillehouder Ruimte
let portefeuille: string
let wethouder: string
let griffier: string
let griffierPersoon: string
let portefeuilleZorg: string
const vergadering: Record<string, string> = {}
const overleg: Record<string, string> = {}

const basis = () => `/api/v1/organisaties/${fx.organisatieId}`
const vraag = (s: Sessie, method: 'GET' | 'POST' | 'PUT', pad: string, payload?: object) =>
  t.app.inject({ method, url: `${basis()}${pad}`, headers: headers(s), ...(payload ? { payload } : {}) })
const stap = (s: Sessie, id: string, body: object) => vraag(s, 'POST', `/voorstellen/${id}/stappen`, body)

async function nieuwVoorstel(titel: string, soort = 'raadsvoorstel') {
  const res = await vraag(anna, 'POST', '/voorstellen', { titel, soort, tekst: `${titel}: eerste versie`, ...(soort === 'dt_voorstel' ? {} : { portefeuilleId: portefeuille }) })
  expect(res.statusCode, res.body).toBe(201)
  return res.json() as { id: string; status: string }
}

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Voorstel')
  const o = fx.organisatieId
  const rol = async (code: string) => (await t.db.selectFrom('roltype').select('id').where('organisatie_id', '=', o).where('code', '=', code).executeTakeFirstOrThrow()).id
  const functieMetHouder = async (eenheidNaam: string, eenheidSoort: 'bestuursorgaan' | 'griffie', roltype: string, naam: string, persoon: string) => {
    const e = await t.db.insertInto('eenheid').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('eenheid_versie').values({ organisatie_id: o, eenheid_id: e.id, naam: eenheidNaam, soort: eenheidSoort, geldig_van: '2015-01-01' }).execute()
    const f = await t.db.insertInto('functie').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('functie_versie').values({ organisatie_id: o, functie_id: f.id, eenheid_id: e.id, roltype_id: await rol(roltype), naam, formatie_fte: 1, leidinggevend: roltype === 'griffier', geldig_van: '2015-01-01' }).execute()
    const p = await t.db.insertInto('persoon').values({ organisatie_id: o, naam: persoon }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('bezetting').values({ organisatie_id: o, persoon_id: p.id, functie_id: f.id, fte: 1, dienstverband: 'vast', geldig_van: '2015-01-01' }).execute()
    return { functie: f.id, persoon: p.id }
  }
  const w = await functieMetHouder('College van B en W', 'bestuursorgaan', 'wethouder', 'Wethouder ruimte', 'Wim de Wethouder')
  wethouder = w.functie
  const g = await functieMetHouder('Griffie', 'griffie', 'griffier', 'Griffier', 'Greet Griffier')
  griffier = g.functie
  griffierPersoon = g.persoon
  portefeuille = (await t.db.insertInto('portefeuille').values({ organisatie_id: o, naam: 'Ruimte en wonen', functie_id: wethouder, geldig_van: '2022-01-01' }).returning('id').executeTakeFirstOrThrow()).id
  const zorg = await functieMetHouder('College (zorg)', 'bestuursorgaan', 'wethouder', 'Wethouder zorg', 'Zeynep Zorg')
  portefeuilleZorg = (await t.db.insertInto('portefeuille').values({ organisatie_id: o, naam: 'Zorg en welzijn', functie_id: zorg.functie, geldig_van: '2022-01-01' }).returning('id').executeTakeFirstOrThrow()).id
  const vergaderingVan = async (overlegId: string, dag = '2030-03-02') => (await t.db.insertInto('vergadering').values({
    organisatie_id: o, overleg_id: overlegId, begin: new Date(`${dag}T09:00:00Z`), eind: new Date(`${dag}T11:00:00Z`), bron: 'adhoc', locatie: null, notulen: null,
  }).returning('id').executeTakeFirstOrThrow()).id
  // A PHO belongs to a portefeuille: 'pho' to Ruimte en wonen (the voorstellen's), 'pho_zorg' to another.
  for (const [sleutel, soort, pf] of [['pho', 'pho', portefeuille], ['pho_zorg', 'pho', portefeuilleZorg], ['strategisch_pho', 'strategisch_pho', null], ['college', 'college', null],
    ['voorbereidende_raad', 'voorbereidende_raad', null], ['besluitvormende_raad', 'besluitvormende_raad', null], ['mt', 'mt', null]] as const) {
    const ov = await t.db.insertInto('overleg').values({ organisatie_id: o, naam: `Overleg ${sleutel}`, soort, modus: soort === 'college' || soort.endsWith('raad') ? 'besluitvormend' : 'adviserend', portefeuille_id: pf, geldig_van: '2024-01-01' }).returning('id').executeTakeFirstOrThrow()
    overleg[sleutel] = ov.id
    vergadering[sleutel] = await vergaderingVan(ov.id)
  }
  vergadering.voorbereidende_raad_2 = await vergaderingVan(overleg.voorbereidende_raad!, '2030-04-06')
  for (const [naam, persoon] of [['anna', fx.personen.anna], ['tom', fx.personen.tom], ['tineke', fx.personen.tineke], ['gerda', fx.personen.gerda], ['wim', w.persoon]] as const) {
    await account(t.db, o, persoon, `${naam}@voorstel.example`)
  }
  const inloggen = (n: string) => login(t.app, `${n}@voorstel.example`)
  anna = await inloggen('anna')
  tom = await inloggen('tom')
  tineke = await inloggen('tineke')
  gerda = await inloggen('gerda')
  wim = await inloggen('wim')
})

describe('the route of a voorstel', () => {
  it('can never skip the teammanager’s approval', async () => {
    const v = await nieuwVoorstel('Omgevingsvisie')
    const concept = (await vraag(anna, 'GET', `/voorstellen/${v.id}`)).json()
    expect(concept).toMatchObject({ status: 'concept', eenheid: { id: fx.eenheden.teamA, naam: 'Team A' }, opsteller: { naam: 'Anna Jansen' } })
    expect(concept.volgendeStappen.map((s: { handeling: string }) => s.handeling)).toEqual(['indienen', 'terugtrekken'])

    // Straight to the PHO from concept: 409, naming the status and what is possible.
    const vanConcept = await stap(gerda, v.id, { handeling: 'agenderen_pho' })
    expect(vanConcept.statusCode).toBe(409)
    expect(vanConcept.json().detail).toContain('‘concept’')
    expect(vanConcept.json().detail).toContain('indienen, terugtrekken')
    expect((await stap(tom, v.id, { handeling: 'goedkeuren' })).statusCode).toBe(409) // not yet submitted

    expect((await stap(gerda, v.id, { handeling: 'indienen' })).statusCode).toBe(403) // only the opsteller submits
    const ingediend = await stap(anna, v.id, { handeling: 'indienen' })
    expect(ingediend.statusCode, ingediend.body).toBe(201)
    expect(ingediend.json()).toMatchObject({ status: 'ter_goedkeuring', eigenaar: { id: fx.functies.tmA, houders: [{ naam: 'Tom Bakker' }] } })

    // Nor from ter_goedkeuring; and only team A's teammanager approves (voorstel.agenderen, eigen eenheid).
    const vanGoedkeuring = await stap(gerda, v.id, { handeling: 'agenderen_pho' })
    expect(vanGoedkeuring.statusCode).toBe(409)
    expect(vanGoedkeuring.json().detail).toContain('‘ter_goedkeuring’')
    expect(vanGoedkeuring.json().detail).toContain('goedkeuren, terugsturen, terugtrekken')
    for (const wie of [tineke, gerda, anna]) {
      const res = await stap(wie, v.id, { handeling: 'goedkeuren' })
      expect(res.statusCode).toBe(403)
      expect(res.json().detail).toContain('goedkeuren voor agendering')
    }
    expect((await vraag(tineke, 'GET', `/voorstellen/${v.id}`)).json().volgendeStappen).toEqual([])
    expect((await vraag(tom, 'GET', `/voorstellen/${v.id}`)).json().volgendeStappen.map((s: { handeling: string }) => s.handeling)).toEqual(['goedkeuren', 'terugsturen'])

    // Tom sees it waiting for him, with a notification.
    const taken = (await vraag(tom, 'GET', '/mijn-taken')).json()
    expect(taken.voorstellen.map((x: { id: string }) => x.id)).toContain(v.id)
    expect(taken.notificaties).toContainEqual(expect.objectContaining({ objectId: v.id, titel: 'Voorstel ‘Omgevingsvisie’ wacht op uw goedkeuring voor agendering' }))
    expect((await vraag(tineke, 'GET', '/mijn-taken')).json().voorstellen).toEqual([])

    const goed = await stap(tom, v.id, { handeling: 'goedkeuren' })
    expect(goed.statusCode, goed.body).toBe(201)
    expect(goed.json().status).toBe('goedgekeurd')
    expect((await stap(gerda, v.id, { handeling: 'agenderen_pho' })).json().status).toBe('pho')
  })

  it('takes a raadsvoorstel all the way to besloten, keeping every version and step', async () => {
    const v = await nieuwVoorstel('Bestemmingsplan Centrum')
    expect((await vraag(anna, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Tweede versie' })).json().versies).toHaveLength(2)
    expect((await vraag(tom, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Door Tom' })).statusCode).toBe(403)
    await stap(anna, v.id, { handeling: 'indienen' })
    const zonderOpmerking = await stap(tom, v.id, { handeling: 'terugsturen' })
    expect(zonderOpmerking.statusCode).toBe(400)
    expect(zonderOpmerking.json().invalidParams[0].name).toBe('opmerking')
    const terug = await stap(tom, v.id, { handeling: 'terugsturen', opmerking: 'Financiële paragraaf ontbreekt' })
    expect(terug.json()).toMatchObject({ status: 'concept', eigenaar: { id: fx.functies.a1 } })
    expect((await vraag(anna, 'GET', '/mijn-taken')).json().notificaties).toContainEqual(expect.objectContaining({ titel: 'Voorstel ‘Bestemmingsplan Centrum’ is teruggestuurd: Financiële paragraaf ontbreekt' }))
    await vraag(anna, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Derde versie, met financiële paragraaf' })
    await stap(anna, v.id, { handeling: 'indienen' })
    await stap(tom, v.id, { handeling: 'goedkeuren', opmerking: 'Akkoord' })

    // Agenderen in a meeting of the wrong overleg is refused; in the PHO's it becomes an agendapunt.
    const verkeerd = await stap(gerda, v.id, { handeling: 'agenderen_pho', vergaderingId: vergadering.mt })
    expect(verkeerd.statusCode).toBe(400)
    expect(verkeerd.json().invalidParams[0].name).toBe('vergaderingId')
    const pho = await stap(gerda, v.id, { handeling: 'agenderen_pho', vergaderingId: vergadering.pho })
    expect(pho.statusCode, pho.body).toBe(201)
    expect(pho.json()).toMatchObject({ status: 'pho', eigenaar: { id: wethouder, houders: [{ naam: 'Wim de Wethouder' }] } })
    expect((await vraag(wim, 'GET', '/mijn-taken')).json().voorstellen.map((x: { id: string }) => x.id)).toContain(v.id)
    await stap(gerda, v.id, { handeling: 'agenderen_college', vergaderingId: vergadering.college })
    const punt = await t.db.selectFrom('agendapunt').selectAll().where('voorstel_id', '=', v.id).where('vergadering_id', '=', vergadering.college!).executeTakeFirstOrThrow()
    expect(punt).toMatchObject({ soort: 'besluitvorming', volgorde: 1, titel: 'Bestemmingsplan Centrum' })

    // The meeting module decides the agendapunt: the PHO only advises; the college sends it to the raad.
    expect(await t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'pho', 'aangenomen', 'test'))).toBeNull()
    await expect(t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'besluitvormende_raad', 'aangenomen', 'test'))).rejects.toThrow(/status ‘college’/)
    expect(await t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'college', 'aangenomen', 'test'))).toBe('voorbereidende_raad')
    expect((await vraag(anna, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Te laat' })).statusCode).toBe(409)

    const br = await stap(gerda, v.id, { handeling: 'agenderen_besluitvormende_raad', vergaderingId: vergadering.besluitvormende_raad })
    expect(br.json()).toMatchObject({ status: 'besluitvormende_raad', eigenaar: { id: griffier } })
    const zonderUitkomst = await stap(gerda, v.id, { handeling: 'besluiten' })
    expect(zonderUitkomst.json().invalidParams[0].name).toBe('uitkomst')
    expect((await stap(gerda, v.id, { handeling: 'besluiten', uitkomst: 'aangehouden' })).json().status).toBe('besluitvormende_raad')
    const besloten = await stap(gerda, v.id, { handeling: 'besluiten', uitkomst: 'geamendeerd_aangenomen', opmerking: 'Amendement A1 aangenomen' })
    expect(besloten.json()).toMatchObject({ status: 'besloten', uitkomst: 'geamendeerd_aangenomen', eigenaar: null, volgendeStappen: [] })

    const d = (await vraag(anna, 'GET', `/voorstellen/${v.id}`)).json()
    expect(d.versies.map((x: { versie: number; tekst: string }) => [x.versie, x.tekst])).toEqual([[1, 'Bestemmingsplan Centrum: eerste versie'], [2, 'Tweede versie'], [3, 'Derde versie, met financiële paragraaf']])
    expect(d.versies[2].auteur.naam).toBe('Anna Jansen')
    expect(d.stappen.map((s: { handeling: string; stap: string }) => `${s.handeling}→${s.stap}`)).toEqual([
      'opstellen→concept', 'indienen→ter_goedkeuring', 'terugsturen→concept', 'indienen→ter_goedkeuring', 'goedkeuren→goedgekeurd', 'agenderen_pho→pho',
      'agenderen_college→college', 'besluiten→voorbereidende_raad', 'agenderen_besluitvormende_raad→besluitvormende_raad', 'besluiten→besluitvormende_raad', 'besluiten→besloten',
    ])
    expect(d.stappen[1].eigenaar).toMatchObject({ id: fx.functies.tmA, naam: 'Teammanager A' })
    expect(d.stappen[2]).toMatchObject({ opmerking: 'Financiële paragraaf ontbreekt', door: { naam: 'Tom Bakker' } })
    expect(d.stappen[7]).toMatchObject({ uitkomst: 'aangenomen', door: { actor: 'test' } })
    expect(d.stappen.at(-1)).toMatchObject({ uitkomst: 'geamendeerd_aangenomen', eigenaar: null, door: { naam: 'Gerda Smit' } })
    expect(d.agendapunten.map((a: { overlegSoort: string }) => a.overlegSoort).sort()).toEqual(['besluitvormende_raad', 'college', 'pho'])
    const audit = await t.db.selectFrom('audit_event').select('handeling').where('object_id', '=', v.id).orderBy('volgnummer').execute()
    expect(audit.map((a) => a.handeling)).toEqual([
      'voorstel.opstellen', 'voorstel.tekst_wijzigen', 'voorstel.indienen', 'voorstel.terugsturen', 'voorstel.tekst_wijzigen', 'voorstel.indienen', 'voorstel.goedkeuren',
      'voorstel.agenderen_pho', 'voorstel.agenderen_college', 'voorstel.besluiten', 'voorstel.agenderen_besluitvormende_raad', 'voorstel.besluiten', 'voorstel.besluiten',
    ])
    const klaar = await stap(gerda, v.id, { handeling: 'terugtrekken' })
    expect(klaar.statusCode).toBe(409)
    expect(klaar.json().detail).toContain('eindstatus')
  })

  it('lets the DT decide a dt_voorstel once the teammanager approved it', async () => {
    const v = await nieuwVoorstel('Huisvesting concernstaf', 'dt_voorstel')
    await expect(t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'dt', 'aangenomen', 'test'))).rejects.toThrow(/status ‘concept’/)
    await stap(anna, v.id, { handeling: 'indienen' })
    const goed = await stap(tom, v.id, { handeling: 'goedkeuren' })
    expect(goed.json().eigenaar.id).toBe(fx.functies.gs) // the gemeentesecretaris chairs the DT
    expect(await t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'dt', 'verworpen', 'test'))).toBe('besloten')
    expect((await vraag(anna, 'GET', `/voorstellen/${v.id}`)).json()).toMatchObject({ status: 'besloten', uitkomst: 'verworpen' })
  })

  it('keeps teruggetrokken final', async () => {
    const v = await nieuwVoorstel('Parkeerbeleid', 'collegevoorstel')
    await stap(anna, v.id, { handeling: 'indienen' })
    expect((await stap(tineke, v.id, { handeling: 'terugtrekken' })).statusCode).toBe(403) // not hers, no voorstel.routeren
    const weg = await stap(anna, v.id, { handeling: 'terugtrekken', opmerking: 'Wordt onderdeel van de mobiliteitsvisie' })
    expect(weg.json()).toMatchObject({ status: 'teruggetrokken', volgendeStappen: [] })
    for (const [wie, handeling] of [[anna, 'indienen'], [tom, 'goedkeuren'], [anna, 'terugtrekken'], [gerda, 'terugtrekken'], [gerda, 'agenderen_pho']] as const) {
      const res = await stap(wie, v.id, { handeling })
      expect(res.statusCode, `${handeling}: ${res.body}`).toBe(409)
      expect(res.json().detail).toContain('‘teruggetrokken’')
    }
    expect((await vraag(anna, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Toch nog' })).statusCode).toBe(409)
    const lijst = (await vraag(anna, 'GET', '/voorstellen?status=teruggetrokken&mijn=true')).json().resultaten
    expect(lijst.map((x: { id: string }) => x.id)).toEqual([v.id])
    expect((await vraag(anna, 'GET', '/mijn-taken')).json().voorstellen.map((x: { id: string }) => x.id)).not.toContain(v.id)
  })

  it('puts a raadsvoorstel on a voorbereidende raad’s agenda after the college, one open meeting at a time', async () => {
    const v = await nieuwVoorstel('Warmtevisie')
    await stap(anna, v.id, { handeling: 'indienen' })
    await stap(tom, v.id, { handeling: 'goedkeuren' })
    await stap(gerda, v.id, { handeling: 'agenderen_pho', vergaderingId: vergadering.pho })
    await stap(gerda, v.id, { handeling: 'agenderen_college', vergaderingId: vergadering.college })
    expect(await t.db.transaction().execute((tx) => verwerkBesluitOverVoorstel(tx, fx.organisatieId, v.id, 'college', 'aangenomen', 'test'))).toBe('voorbereidende_raad')
    const handelingen = (d: { volgendeStappen: Array<{ handeling: string }> }) => d.volgendeStappen.map((x) => x.handeling)
    expect(handelingen((await vraag(gerda, 'GET', `/voorstellen/${v.id}`)).json())).toEqual(['agenderen_voorbereidende_raad', 'agenderen_besluitvormende_raad', 'terugtrekken'])

    // The status stays: without a meeting the step would do nothing (400); a college meeting is the wrong overleg (400).
    const zonder = await stap(gerda, v.id, { handeling: 'agenderen_voorbereidende_raad' })
    expect(zonder.statusCode).toBe(400)
    expect(zonder.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['vergaderingId'])
    expect((await stap(gerda, v.id, { handeling: 'agenderen_voorbereidende_raad', vergaderingId: vergadering.college })).json().invalidParams[0].name).toBe('vergaderingId')
    expect((await stap(tom, v.id, { handeling: 'agenderen_voorbereidende_raad', vergaderingId: vergadering.voorbereidende_raad })).statusCode).toBe(403) // voorstel.routeren

    const vr = await stap(gerda, v.id, { handeling: 'agenderen_voorbereidende_raad', vergaderingId: vergadering.voorbereidende_raad })
    expect(vr.statusCode, vr.body).toBe(201)
    expect(vr.json()).toMatchObject({ status: 'voorbereidende_raad', eigenaar: { id: griffier, houders: [{ naam: 'Greet Griffier' }] } })
    expect(vr.json().stappen.at(-1)).toMatchObject({ handeling: 'agenderen_voorbereidende_raad', stap: 'voorbereidende_raad', eigenaar: { id: griffier }, door: { naam: 'Gerda Smit' } })
    expect(vr.json().agendapunten).toContainEqual(expect.objectContaining({ vergaderingId: vergadering.voorbereidende_raad, overlegSoort: 'voorbereidende_raad', vergaderingStatus: 'gepland', status: 'open' }))
    // Already on an open agenda: the step is no longer offered, and refused.
    expect(handelingen(vr.json())).toEqual(['agenderen_besluitvormende_raad', 'terugtrekken'])
    const nogEens = await stap(gerda, v.id, { handeling: 'agenderen_voorbereidende_raad', vergaderingId: vergadering.voorbereidende_raad_2 })
    expect(nogEens.statusCode).toBe(409)
    expect(nogEens.json().detail).toContain('staat al op de agenda van een voorbereidende raadsvergadering')

    // The griffier, the opsteller and her teammanager hear of it (seed 004: they attend or arrange a substitute).
    const titel = 'Voorstel ‘Warmtevisie’ staat op de agenda van Overleg voorbereidende_raad van 2 maart 2030; de opsteller en de teammanager zijn erbij of regelen vervanging'
    const ontvangers = await t.db.selectFrom('notificatie').select('persoon_id').where('object_id', '=', v.id).where('titel', '=', titel).execute()
    expect(ontvangers.map((n) => n.persoon_id).sort()).toEqual([griffierPersoon, fx.personen.anna, fx.personen.tom].sort())

    // Once that meeting is closed it may go on another voorbereidende raad's agenda.
    await t.db.updateTable('vergadering').set({ status: 'gesloten' }).where('id', '=', vergadering.voorbereidende_raad!).execute()
    expect(handelingen((await vraag(gerda, 'GET', `/voorstellen/${v.id}`)).json())).toContain('agenderen_voorbereidende_raad')
    const tweede = await stap(gerda, v.id, { handeling: 'agenderen_voorbereidende_raad', vergaderingId: vergadering.voorbereidende_raad_2 })
    expect(tweede.statusCode, tweede.body).toBe(201)
    const audit = await t.db.selectFrom('audit_event').select(['handeling', 'voor', 'na']).where('object_id', '=', v.id).where('handeling', '=', 'voorstel.agenderen_voorbereidende_raad').orderBy('volgnummer').execute()
    expect(audit).toHaveLength(2)
    expect(audit[1]).toMatchObject({ voor: { status: 'voorbereidende_raad' }, na: { status: 'voorbereidende_raad', eigenaarFunctieId: griffier, vergaderingId: vergadering.voorbereidende_raad_2 } })
    expect((await stap(gerda, v.id, { handeling: 'agenderen_besluitvormende_raad', vergaderingId: vergadering.besluitvormende_raad })).json().status).toBe('besluitvormende_raad')
  })

  it('agendeert for the PHO of the voorstel’s own portefeuille or the strategisch PHO only', async () => {
    const goedgekeurd = async (titel: string) => {
      const v = await nieuwVoorstel(titel, 'collegevoorstel')
      await stap(anna, v.id, { handeling: 'indienen' })
      await stap(tom, v.id, { handeling: 'goedkeuren' })
      return v.id
    }
    const lijst = (await vraag(gerda, 'GET', '/vergaderingen?van=2030-03-01&tot=2030-03-03')).json().resultaten
    expect(lijst.find((x: { id: string }) => x.id === vergadering.pho_zorg)).toMatchObject({ overlegSoort: 'pho', overlegPortefeuilleId: portefeuilleZorg })

    const v = await goedgekeurd('Woningbouwprogramma')
    const ander = await stap(gerda, v, { handeling: 'agenderen_pho', vergaderingId: vergadering.pho_zorg })
    expect(ander.statusCode).toBe(400)
    expect(ander.json().invalidParams).toEqual([expect.objectContaining({ name: 'vergaderingId', reason: expect.stringContaining('andere portefeuille') })])
    expect((await vraag(anna, 'GET', `/voorstellen/${v}`)).json().status).toBe('goedgekeurd') // nothing happened
    const strategisch = await stap(gerda, v, { handeling: 'agenderen_pho', vergaderingId: vergadering.strategisch_pho })
    expect(strategisch.statusCode, strategisch.body).toBe(201)

    // A voorstel without a portefeuille (from before portefeuilles were required) may go to any PHO.
    const zonder = await goedgekeurd('Oud voorstel')
    await t.db.updateTable('voorstel').set({ portefeuille_id: null }).where('id', '=', zonder).execute()
    const res = await stap(gerda, zonder, { handeling: 'agenderen_pho', vergaderingId: vergadering.pho_zorg })
    expect(res.statusCode, res.body).toBe(201)
  })

  it('lets the dossier say who may write a new text version, and only for a concept', async () => {
    const v = await nieuwVoorstel('Speelruimteplan', 'collegevoorstel')
    const mag = async (s: Sessie) => (await vraag(s, 'GET', `/voorstellen/${v.id}`)).json().tekstWijzigen
    expect([await mag(anna), await mag(gerda), await mag(tom), await mag(tineke)]).toEqual([true, true, false, false])
    expect((await vraag(gerda, 'PUT', `/voorstellen/${v.id}/tekst`, { tekst: 'Door de gemeentesecretaris aangevuld' })).json()).toMatchObject({ tekstWijzigen: true, versies: [{ versie: 1 }, { versie: 2 }] })
    await stap(anna, v.id, { handeling: 'indienen' })
    expect([await mag(anna), await mag(gerda)]).toEqual([false, false])
    await stap(tom, v.id, { handeling: 'terugsturen', opmerking: 'Kaart toevoegen' })
    expect(await mag(anna)).toBe(true)
  })

  it('needs a portefeuille for a college- or raadsvoorstel and an eenheid of the opsteller', async () => {
    const geen = await vraag(anna, 'POST', '/voorstellen', { titel: 'Zonder portefeuille', soort: 'collegevoorstel', tekst: 'x' })
    expect(geen.json().invalidParams[0].name).toBe('portefeuilleId')
    const ander = await vraag(anna, 'POST', '/voorstellen', { titel: 'Elders', soort: 'dt_voorstel', tekst: 'x', eenheidId: fx.eenheden.teamB })
    expect(ander.json().invalidParams[0].name).toBe('eenheidId')
  })
})
