// The gemeenten import against a real database (embedded, or PostgreSQL with TEST_DATABASE_URL),
// with the real ROO export of all 342 gemeenten.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import type { Database } from '../../db/database.ts'
import { ROLTYPEN } from '../roltypen/roltypen-catalogus.ts'
import { importRooGemeenten, ONBEKENDE_STARTDATUM, type RooGemeentenRapport } from './import-roo-gemeenten.ts'
import { dumpTabellen, leesCsv, ROO_GEMEENTEN_CSV, schrijfCsv } from './test-helpers.ts'

const TOOI = 'https://identifier.overheid.nl/tooi/id/gemeente/'
/** The twelve rows of the real export whose Organisatiecode is empty. */
const ZONDER_CODE = ['gm1949', 'gm1950', 'gm1952', 'gm1954', 'gm1959', 'gm1960', 'gm1961', 'gm1963', 'gm1966', 'gm1969', 'gm1970', 'gm1978']

let database: Database
let eerste: RooGemeentenRapport

beforeAll(async () => {
  database = await createTestDatabase()
  const start = performance.now()
  eerste = await importRooGemeenten(database.db, ROO_GEMEENTEN_CSV, { peildatum: '2025-01-01' })
  console.log(`importRooGemeenten (342 regels, ${database.kind}): ${Math.round(performance.now() - start)} ms`)
})

const gemeente = (code: string) => database.db.selectFrom('organisatie').selectAll().where('organisatiecode', '=', code).executeTakeFirstOrThrow()

describe('importRooGemeenten', () => {
  it('creates one organisatie per gemeente: 342', async () => {
    expect(eerste).toEqual({ aangemaakt: 342, bijgewerkt: 0, ongewijzigd: 0, overgeslagen: [] })
    const { aantal } = await database.db
      .selectFrom('organisatie')
      .select((eb) => eb.fn.countAll<string>().as('aantal'))
      .where('soort', '=', 'gemeente')
      .where('demo', '=', false)
      .where('tooi_uri', 'like', `${TOOI}gm%`)
      .executeTakeFirstOrThrow()
    expect(Number(aantal)).toBe(342)
  })

  it('fills the fields Koers keeps from the export', async () => {
    expect(await gemeente('gm0153')).toMatchObject({
      naam: 'Gemeente Enschede',
      soort: 'gemeente',
      tooi_uri: `${TOOI}gm0153`,
      cbs_code: '0153',
      oin: '00000001001589623000',
      kvk: '08215195',
      afkorting: 'Enschede',
      website: 'https://www.enschede.nl',
      email: 'postbus20@enschede.nl',
      telefoon: '14 053',
      bezoekadres: 'Hengelosestraat 51, 7514 AD ENSCHEDE',
      postadres: 'Postbus 20, 7500 AA ENSCHEDE',
      // Enschede's Startdatum is empty in ROO.
      geldig_van: ONBEKENDE_STARTDATUM,
      geldig_tot: null,
    })
    expect(await gemeente('gm1680')).toMatchObject({ naam: 'Gemeente Aa en Hunze', geldig_van: '1998-01-01' })
  })

  it('derives the organisatiecode of the twelve gemeenten without one from their TOOI URI', async () => {
    expect(await gemeente('gm1959')).toMatchObject({ naam: 'Gemeente Altena', tooi_uri: `${TOOI}gm1959`, cbs_code: '1959', geldig_van: '2019-01-01' })
    const rows = await database.db.selectFrom('organisatie').select(['organisatiecode', 'tooi_uri']).where('tooi_uri', 'in', ZONDER_CODE.map((c) => TOOI + c)).execute()
    expect(rows).toHaveLength(12)
    for (const r of rows) expect(TOOI + r.organisatiecode).toBe(r.tooi_uri)
  })

  it('gives every gemeente the standard roltypen and leaves one audit event per gemeente', async () => {
    const roltypen = await database.db
      .selectFrom('roltype')
      .innerJoin('organisatie', 'organisatie.id', 'roltype.organisatie_id')
      .select((eb) => eb.fn.countAll<string>().as('aantal'))
      .where('organisatie.tooi_uri', 'is not', null)
      .where('organisatie.demo', '=', false)
      .executeTakeFirstOrThrow()
    expect(Number(roltypen.aantal)).toBe(342 * ROLTYPEN.length)
    const events = await database.db.selectFrom('audit_event').select(['organisatie_id', 'handeling']).where('actor', '=', 'import:roo').execute()
    expect(events).toHaveLength(342)
    expect(new Set(events.map((e) => e.organisatie_id)).size).toBe(342)
    expect(events.every((e) => e.handeling === 'organisatie.aanmaken')).toBe(true)
  })

  it('changes no row when run again with the same file', async () => {
    const voor = await dumpTabellen(database.db)
    const tweede = await importRooGemeenten(database.db, ROO_GEMEENTEN_CSV, { peildatum: '2025-01-01' })
    expect(tweede).toEqual({ aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 342, overgeslagen: [] })
    expect(await dumpTabellen(database.db)).toEqual(voor)
  })

  it('updates what changed, ends a gemeente with a past Einddatum, keeps what an empty cell does not say, and says why rows are skipped', async () => {
    const csv = leesCsv(ROO_GEMEENTEN_CSV)
    const kolom = (naam: string) => csv.header.findIndex((h) => h.trim() === naam)
    const [tel, eind, tooi, code, kvk, naam] = ['Telefoonnummers', 'Einddatum', 'TOOi URI', 'Organisatiecode', 'KVK-nummer', 'Officiële naam'].map(kolom) as number[]
    const rij = (c: string) => csv.rijen.find((r) => r[tooi!]!.endsWith(c))!
    rij('gm0153')[tel!] = '(053) 481 81 81, label: algemeen'
    rij('gm1680')[eind!] = '31-12-2024'
    rij('gm0363')[kvk!] = ''
    const zonderId = [...rij('gm0358')]
    zonderId[tooi!] = ''
    zonderId[code!] = ''
    zonderId[naam!] = 'Gemeente Nergens'
    const opgeheven = [...rij('gm0358')]
    opgeheven[tooi!] = `${TOOI}gm0003`
    opgeheven[code!] = 'gm0003'
    opgeheven[naam!] = 'Gemeente Appingedam'
    opgeheven[eind!] = '31-12-2020'
    csv.rijen.push(zonderId, opgeheven)
    const amsterdamKvk = (await gemeente('gm0363')).kvk

    const rapport = await importRooGemeenten(database.db, schrijfCsv('gemeenten.csv', csv), { peildatum: '2025-06-01' })

    expect(rapport).toEqual({
      aangemaakt: 0,
      bijgewerkt: 2,
      ongewijzigd: 340,
      overgeslagen: [
        { regel: 344, reden: 'geen TOOI URI en geen Organisatiecode: de gemeente is niet te identificeren' },
        { regel: 345, reden: 'opgeheven (Einddatum vóór 2025-06-01) en nog niet in Koers: niet aangemaakt' },
      ],
    })
    expect(await gemeente('gm0153')).toMatchObject({ telefoon: '(053) 481 81 81' })
    expect(await gemeente('gm1680')).toMatchObject({ geldig_van: '1998-01-01', geldig_tot: '2025-01-01' })
    expect((await gemeente('gm0363')).kvk).toBe(amsterdamKvk)
    const event = await database.db
      .selectFrom('audit_event')
      .innerJoin('organisatie', 'organisatie.id', 'audit_event.organisatie_id')
      .select(['audit_event.handeling', 'audit_event.voor', 'audit_event.na'])
      .where('organisatie.organisatiecode', '=', 'gm0153')
      .where('audit_event.handeling', '=', 'organisatie.bijwerken')
      .executeTakeFirstOrThrow()
    expect(event).toEqual({ handeling: 'organisatie.bijwerken', voor: { telefoon: '14 053' }, na: { telefoon: '(053) 481 81 81' } })
  })
})
