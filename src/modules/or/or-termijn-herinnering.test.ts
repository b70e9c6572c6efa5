// Issue 6 item 7, a notification for an approaching OR deadline: an OR-verzoek without an answer
// whose termijn is at most seven days away (Amsterdam dates) is reminded of to the bestuurder's side
// (the holders of or.beheren: the gemeentesecretaris and her loco, seed 004 gemeentesecretaris 10),
// exactly once per verzoek per termijn — again for a moved termijn, not for an answered or past one,
// not twice for concurrent rounds; with nobody to tell, a later round tries again. Against the real
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { beforeAll, describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { createTestDatabase } from '../../../test/database.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import type { Db } from '../../db/database.ts'
import { answerOrVerzoek, createOrVerzoek } from './or-verzoek.repository.ts'
import { HERINNERING_DAGEN, herinnerOrTermijnen, startOrTermijnHerinneringen } from './or-termijn-herinnering.ts'

let db: Db
let fx: Fixture
const NU = new Date('2030-05-01T08:00:00Z') // 10:00 on 1 May 2030 in Amsterdam
const DAG = 86_400_000

async function verzoek(organisatieId: string, onderwerp: string, termijn: string, soort: 'advies' | 'instemming' = 'advies') {
  return db.transaction().execute((tx) => createOrVerzoek(tx, organisatieId, {
    soort, worGrondslag: soort === 'advies' ? 'art. 25 lid 1e' : 'art. 27 lid 1b', onderwerp, ingediendOp: '2030-03-01', termijn,
  }, 'test'))
}
const meldingen = (verzoekId: string) => db.selectFrom('notificatie').select(['persoon_id', 'titel', 'soort', 'object_type', 'link']).where('object_id', '=', verzoekId).orderBy('aangemaakt_op').orderBy('persoon_id').execute()
/** The reminders recorded for the verzoek: the audit events of the system, with their termijn and how many were told. */
const herinnerd = async (verzoekId: string) => (await db.selectFrom('audit_event').select(['actor', 'na']).where('object_type', '=', 'or_verzoek').where('object_id', '=', verzoekId)
  .where('handeling', '=', 'or.termijn_herinneren').orderBy('volgnummer').execute())
  .map((e) => ({ actor: e.actor, termijn: (e.na as { termijn: string }).termijn, ontvangers: (e.na as { ontvangers: string[] }).ontvangers.length }))

beforeAll(async () => {
  db = (await createTestDatabase()).db
  fx = await createFixtureOrganisatie(db, 'Gemeente Termijn')
})

describe('herinneringen aan de termijn van een OR-verzoek', () => {
  it('reminds the bestuurder’s side of every unanswered termijn within seven days, once', async () => {
    expect(HERINNERING_DAGEN).toBe(7)
    const o = fx.organisatieId
    const binnen = await verzoek(o, 'Herinrichting domein Fysiek', '2030-05-08') // seven days: the last day of the window
    const vandaag = await verzoek(o, 'Nieuwe werktijdenregeling', '2030-05-01', 'instemming')
    const morgenBuiten = await verzoek(o, 'Nieuw zaaksysteem', '2030-05-09') // eight days
    const verstreken = await verzoek(o, 'Verhuizing archief', '2030-04-30')
    const beantwoord = await verzoek(o, 'Thuiswerkregeling', '2030-05-03')
    await db.transaction().execute((tx) => answerOrVerzoek(tx, o, beantwoord, { standpunt: 'positief', antwoord: 'Positief advies.', beantwoordOp: '2030-04-20' }, 'test'))

    expect(await herinnerOrTermijnen(db, NU)).toBe(2)
    const gs = [fx.personen.gerda, fx.personen.frits].sort() // the gemeentesecretaris and her loco
    const opBinnen = await meldingen(binnen)
    expect(opBinnen.map((m) => m.persoon_id)).toEqual(gs)
    expect(opBinnen[0]).toMatchObject({ soort: 'or.termijn', object_type: 'or_verzoek', link: `/app/o/${o}/or-verzoeken/${binnen}` }) // the verzoek's page in the web app
    expect(opBinnen[0]!.titel).toBe('De termijn van het adviesverzoek ‘Herinrichting domein Fysiek’ aan de OR verloopt over 7 dagen (8 mei 2030); de OR heeft nog niet geantwoord')
    expect((await meldingen(vandaag)).map((m) => m.titel)).toEqual(Array(2).fill('De termijn van het instemmingsverzoek ‘Nieuwe werktijdenregeling’ aan de OR verloopt vandaag (1 mei 2030); de OR heeft nog niet geantwoord'))
    for (const id of [morgenBuiten, verstreken, beantwoord]) expect(await meldingen(id)).toEqual([])
    expect(await herinnerd(binnen)).toEqual([{ actor: 'systeem', termijn: '2030-05-08', ontvangers: 2 }])
    for (const id of [morgenBuiten, verstreken, beantwoord]) expect(await herinnerd(id)).toEqual([])

    // An hour later: nothing twice. The next day the eight-day termijn enters the window, alone.
    expect(await herinnerOrTermijnen(db, new Date(NU.getTime() + 3_600_000))).toBe(0)
    expect(await herinnerOrTermijnen(db, new Date(NU.getTime() + DAG))).toBe(1)
    expect((await meldingen(morgenBuiten)).map((m) => m.persoon_id)).toEqual(gs)
    expect(await meldingen(binnen)).toHaveLength(2)
    expect(await herinnerOrTermijnen(db, new Date(NU.getTime() + 2 * DAG))).toBe(0)
  })

  it('counts days in Amsterdam and reminds again of a moved termijn', async () => {
    const v = await verzoek(fx.organisatieId, 'Samenvoegen teams A en B', '2030-06-05')
    // 23:30 on 28 May in Amsterdam: eight days before the termijn. An hour later it is 29 May there (still 28 May in UTC).
    expect(await herinnerOrTermijnen(db, new Date('2030-05-28T21:30:00Z'))).toBe(0)
    expect(await herinnerOrTermijnen(db, new Date('2030-05-28T22:30:00Z'))).toBe(1)
    expect(await herinnerd(v)).toEqual([{ actor: 'systeem', termijn: '2030-06-05', ontvangers: 2 }])
    // The bestuurder and the OR agree a later termijn: that one is reminded of too, once.
    await db.updateTable('or_verzoek').set({ termijn: '2030-06-12' }).where('id', '=', v).execute()
    expect(await herinnerOrTermijnen(db, new Date('2030-06-04T08:00:00Z'))).toBe(0) // eight days before the new termijn
    expect(await herinnerOrTermijnen(db, new Date('2030-06-05T08:00:00Z'))).toBe(1)
    expect(await herinnerd(v)).toEqual([{ actor: 'systeem', termijn: '2030-06-05', ontvangers: 2 }, { actor: 'systeem', termijn: '2030-06-12', ontvangers: 2 }])
    expect((await meldingen(v)).map((m) => m.titel.match(/verloopt (.*?) \(/)?.[1])).toEqual(['over 7 dagen', 'over 7 dagen', 'over 7 dagen', 'over 7 dagen'])
  })

  it('sends once when rounds run at the same time', async () => {
    const v = await verzoek(fx.organisatieId, 'Regeling vertrouwenspersoon', '2030-07-03')
    const nu = new Date('2030-07-01T08:00:00Z')
    const rondes = await Promise.all([herinnerOrTermijnen(db, nu), herinnerOrTermijnen(db, nu), herinnerOrTermijnen(db, nu)])
    expect(rondes.reduce((a, b) => a + b, 0)).toBe(1)
    expect(await meldingen(v)).toHaveLength(2)
    expect(await herinnerd(v)).toHaveLength(1)
  })

  it('waits for someone to tell when the bestuurder’s functie is vacant', async () => {
    const leeg = await createFixtureOrganisatie(db, 'Gemeente Vacature')
    await db.updateTable('bezetting').set({ geldig_tot: '2016-01-01' }).where('functie_id', '=', leeg.functies.gs).execute()
    const v = await verzoek(leeg.organisatieId, 'Reorganisatie publiekszaken', '2031-03-05')
    expect(await herinnerOrTermijnen(db, new Date('2031-02-27T08:00:00Z'))).toBe(0)
    expect(await herinnerd(v)).toEqual([])
    // A new gemeentesecretaris from 1 March: the next round reminds her (Tom moved up).
    await db.insertInto('bezetting').values({ organisatie_id: leeg.organisatieId, persoon_id: leeg.personen.tom, functie_id: leeg.functies.gs, fte: 1, dienstverband: 'vast', geldig_van: '2031-03-01' }).execute()
    expect(await herinnerOrTermijnen(db, new Date('2031-02-28T08:00:00Z'))).toBe(0)
    expect(await herinnerOrTermijnen(db, new Date('2031-03-01T08:00:00Z'))).toBe(1)
    expect((await meldingen(v)).map((m) => m.persoon_id)).toEqual([leeg.personen.tom])
  })

  it('runs a round when the server is ready, then every interval, and stops when it closes', async () => {
    const o = fx.organisatieId
    const eerste = await verzoek(o, 'Beleid ongewenste omgangsvormen', '2032-01-10')
    const app = Fastify()
    startOrTermijnHerinneringen(app, db, { klok: () => new Date('2032-01-05T08:00:00Z'), interval: 100 })
    await app.ready()
    await expect.poll(() => herinnerd(eerste), { timeout: 10_000 }).toEqual([{ actor: 'systeem', termijn: '2032-01-10', ontvangers: 2 }])
    const tweede = await verzoek(o, 'Regeling bedrijfshulpverlening', '2032-01-11')
    await expect.poll(() => herinnerd(tweede), { timeout: 10_000 }).toHaveLength(1)
    await app.close()
    const derde = await verzoek(o, 'Regeling reiskosten', '2032-01-12')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await herinnerd(derde)).toEqual([])
  })
})
