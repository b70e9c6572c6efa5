// The office-holders import against a real database, with the real ROO sample of four gemeenten
// (Dordrecht, Enschede, Groningen, Hengelo) on top of the real gemeenten export.
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import type { Database } from '../../db/database.ts'
import { importRooFuncties, type RooFunctiesRapport } from './import-roo-functies.ts'
import { importRooGemeenten } from './import-roo-gemeenten.ts'
import { vandaag } from './roo-csv.ts'
import { dumpTabellen, leesCsv, ROO_GEMEENTEN_CSV, ROO_MEDEWERKERS_CSV, schrijfCsv } from './test-helpers.ts'

const PEILDATUM = '2025-01-01'
const DORDRECHT = 'https://identifier.overheid.nl/tooi/id/gemeente/gm0505'

let database: Database
let eerste: RooFunctiesRapport

beforeAll(async () => {
  database = await createTestDatabase()
  await importRooGemeenten(database.db, ROO_GEMEENTEN_CSV)
  eerste = await importRooFuncties(database.db, ROO_MEDEWERKERS_CSV, { peildatum: PEILDATUM })
})

/** Every bezetting held on the peildatum, with its person, roltype, functie and eenheid. */
async function bezettingen(tooiUri: string, peildatum = PEILDATUM) {
  const rows = await sql<{ id: string; naam: string; persoon_id: string; roltype: string; functie_id: string; eenheid: string; dienstverband: string; vervanging: string | null; fte: number; geldig_tot: string | null }>`
    select b.id, p.naam, p.id as persoon_id, r.code as roltype, b.functie_id, ev.naam as eenheid, b.dienstverband, b.vervanging, b.fte, b.geldig_tot
    from bezetting b
    join organisatie o on o.id = b.organisatie_id
    join persoon p on p.id = b.persoon_id
    join functie_versie fv on fv.functie_id = b.functie_id and fv.geldig_van <= ${peildatum}::date and (fv.geldig_tot is null or fv.geldig_tot > ${peildatum}::date)
    join roltype r on r.id = fv.roltype_id
    join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id and ev.geldig_van <= ${peildatum}::date and (ev.geldig_tot is null or ev.geldig_tot > ${peildatum}::date)
    where o.tooi_uri = ${tooiUri} and b.geldig_van <= ${peildatum}::date and (b.geldig_tot is null or b.geldig_tot > ${peildatum}::date)
    order by p.naam, r.code`.execute(database.db)
  return rows.rows
}

describe('importRooFuncties', () => {
  it('reports what it created and skips the two role mailboxes published as a name', () => {
    expect(eerste).toEqual({
      aangemaakt: { functies: 252, personen: 192, bezettingen: 256, eenheden: 16 },
      beeindigd: 0,
      ongewijzigd: 0,
      overgeslagen: [
        { regel: 170, reden: 'Naam "Woo-contactpersoon" is geen persoonsnaam' },
        { regel: 222, reden: 'Naam "Woo Contactpersoon" is geen persoonsnaam' },
      ],
      waarschuwingen: [],
    })
  })

  it('creates as many functies of each roltype per gemeente as the file lists holders', async () => {
    const roltypeVan: Record<string, string> = {
      Burgemeester: 'burgemeester', Wethouder: 'wethouder', Raadslid: 'raadslid', Fractievoorzitter: 'fractievoorzitter',
      Raadsgriffier: 'griffier', Gemeentesecretaris: 'gemeentesecretaris', 'Woo-contactpersoon': 'woo_contactpersoon',
    }
    const verwacht: Record<string, number> = {}
    for (const [, naam, functie, , tooi] of leesCsv(ROO_MEDEWERKERS_CSV).rijen as string[][]) {
      if (!roltypeVan[functie!] || /^woo[- ]contactpersoon$/i.test(naam!)) continue
      const sleutel = `${tooi} ${roltypeVan[functie!]}`
      verwacht[sleutel] = (verwacht[sleutel] ?? 0) + 1
    }
    const rows = await sql<{ tooi_uri: string; code: string; aantal: string }>`
      select o.tooi_uri, r.code, count(*) as aantal
      from functie_versie fv join organisatie o on o.id = fv.organisatie_id join roltype r on r.id = fv.roltype_id
      where o.tooi_uri is not null and not o.demo group by o.tooi_uri, r.code`.execute(database.db)
    expect(Object.fromEntries(rows.rows.map((r) => [`${r.tooi_uri} ${r.code}`, Number(r.aantal)]))).toEqual(verwacht)
    // The same, spelled out for one gemeente, so a shared mistake in the counting above cannot hide.
    const enschede = await bezettingen('https://identifier.overheid.nl/tooi/id/gemeente/gm0153')
    const tel = (code: string) => enschede.filter((b) => b.roltype === code && !b.vervanging).length
    expect([tel('raadslid'), tel('wethouder'), tel('burgemeester'), tel('griffier'), tel('fractievoorzitter'), tel('gemeentesecretaris'), tel('woo_contactpersoon')])
      .toEqual([39, 5, 1, 1, 11, 1, 2])
  })

  it('places each functie in its bestuur eenheid, with the griffie under the raad', async () => {
    const dordrecht = await bezettingen(DORDRECHT)
    const eenheidVan = (code: string) => [...new Set(dordrecht.filter((b) => b.roltype === code).map((b) => b.eenheid))]
    expect(eenheidVan('raadslid')).toEqual(['Gemeenteraad'])
    expect(eenheidVan('fractievoorzitter')).toEqual(['Gemeenteraad'])
    expect(eenheidVan('wethouder')).toEqual(['College van burgemeester en wethouders'])
    expect(eenheidVan('griffier')).toEqual(['Griffie'])
    expect(eenheidVan('gemeentesecretaris')).toEqual(['Ambtelijke organisatie'])
    const lijn = await sql<{ onder: string; boven: string; soort: string }>`
      select o.naam as onder, b.naam as boven, l.soort from lijn l
      join eenheid_versie o on o.eenheid_id = l.eenheid_id join eenheid_versie b on b.eenheid_id = l.boven_eenheid_id
      join organisatie org on org.id = l.organisatie_id where org.tooi_uri = ${DORDRECHT}`.execute(database.db)
    expect(lijn.rows).toEqual([{ onder: 'Griffie', boven: 'Gemeenteraad', soort: 'hierarchisch' }])
  })

  it('makes one persoon of someone who is raadslid and fractievoorzitter', async () => {
    const haar = (await bezettingen(DORDRECHT)).filter((b) => b.naam === 'Mw. J.F. van Vugt-Roose')
    expect(haar.map((b) => [b.roltype, b.dienstverband])).toEqual([['fractievoorzitter', 'bestuurlijk'], ['raadslid', 'bestuurlijk']])
    expect(new Set(haar.map((b) => b.persoon_id)).size).toBe(1)
    expect(new Set(haar.map((b) => b.functie_id)).size).toBe(2)
  })

  it('makes the locoburgemeester a loco bezetting on the functie the burgemeester holds', async () => {
    const dordrecht = await bezettingen(DORDRECHT)
    const burgemeester = dordrecht.find((b) => b.roltype === 'burgemeester' && !b.vervanging)!
    expect(burgemeester.naam).toBe('Dhr. N. Mol')
    const loco = dordrecht.filter((b) => b.naam === 'Dhr. M.D. Burggraaf')
    expect(loco.map((b) => [b.roltype, b.vervanging, b.fte])).toEqual([['burgemeester', 'loco', 0], ['wethouder', null, 0]])
    expect(loco[0]!.functie_id).toBe(burgemeester.functie_id)
    expect(loco[0]!.persoon_id).toBe(loco[1]!.persoon_id)
  })

  it('gives the ambtelijke functies a vast dienstverband', async () => {
    const ambtelijk = (await bezettingen(DORDRECHT)).filter((b) => ['gemeentesecretaris', 'griffier', 'woo_contactpersoon'].includes(b.roltype))
    expect(ambtelijk.map((b) => [b.roltype, b.naam, b.dienstverband])).toEqual([
      ['gemeentesecretaris', 'Dhr. C. Post', 'vast'],
      ['griffier', 'Dhr. G.J.P. van Soest', 'vast'],
      ['woo_contactpersoon', 'mr. J.S. (Monica) de Kam', 'vast'],
    ])
  })

  it('keeps every row within its own organisatie', async () => {
    const gemengd = await sql<{ aantal: string }>`
      select count(*) as aantal from bezetting b
      join persoon p on p.id = b.persoon_id join functie f on f.id = b.functie_id
      join functie_versie fv on fv.functie_id = f.id join eenheid e on e.id = fv.eenheid_id join roltype r on r.id = fv.roltype_id
      where p.organisatie_id <> b.organisatie_id or f.organisatie_id <> b.organisatie_id or fv.organisatie_id <> b.organisatie_id
         or e.organisatie_id <> b.organisatie_id or r.organisatie_id <> b.organisatie_id`.execute(database.db)
    expect(Number(gemengd.rows[0]!.aantal)).toBe(0)
  })

  it('creates nothing and changes no row when run again with the same file', async () => {
    const voor = await dumpTabellen(database.db)
    const tweede = await importRooFuncties(database.db, ROO_MEDEWERKERS_CSV, { peildatum: PEILDATUM })
    expect(tweede).toMatchObject({ aangemaakt: { functies: 0, personen: 0, bezettingen: 0, eenheden: 0 }, beeindigd: 0, ongewijzigd: 256 })
    expect(await dumpTabellen(database.db)).toEqual(voor)
  })

  it('ends the bezetting of someone who left, seats the newcomer in the vacant functie, and says why rows are skipped', async () => {
    const csv = leesCsv(ROO_MEDEWERKERS_CSV)
    const vertrokken = csv.rijen.find((r) => r[1] === 'Dhr. A. Gündogdu' && r[2] === 'Raadslid')!
    csv.rijen = csv.rijen.filter((r) => r !== vertrokken)
    csv.rijen.push(
      [vertrokken[0]!, 'Mw. A. Nieuwkomer', 'Raadslid', vertrokken[3]!, DORDRECHT, 'Ja'],
      [vertrokken[0]!, 'Dhr. K. Kind', 'Kinderburgemeester', vertrokken[3]!, DORDRECHT, 'Ja'],
      ['Gemeente Appingedam', 'Dhr. X', 'Raadslid', '', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0003', 'Ja'],
    )
    // He stays fractievoorzitter: only the bezetting the file no longer lists ends.
    const voor = (await bezettingen(DORDRECHT)).find((b) => b.naam === 'Dhr. A. Gündogdu' && b.roltype === 'raadslid')!

    const rapport = await importRooFuncties(database.db, schrijfCsv('medewerkers.csv', csv), { peildatum: '2025-06-01' })

    expect(rapport).toMatchObject({ aangemaakt: { functies: 0, personen: 1, bezettingen: 1, eenheden: 0 }, beeindigd: 1, ongewijzigd: 255 })
    expect(rapport.overgeslagen).toContainEqual({ regel: 260, reden: 'onbekende functie "Kinderburgemeester"' })
    expect(rapport.overgeslagen).toContainEqual({
      regel: 261,
      reden: 'Gemeente Appingedam (https://identifier.overheid.nl/tooi/id/gemeente/gm0003) is niet in Koers: importeer eerst de gemeenten',
    })
    const beeindigd = await database.db.selectFrom('bezetting').selectAll().where('id', '=', voor.id).executeTakeFirstOrThrow()
    expect(beeindigd.geldig_tot).toBe('2025-06-01')
    expect(await database.db.selectFrom('persoon').select('id').where('id', '=', voor.persoon_id).executeTakeFirst()).toBeDefined()
    const nu = await bezettingen(DORDRECHT, '2025-06-01')
    expect(nu.filter((b) => b.naam === 'Dhr. A. Gündogdu').map((b) => b.roltype)).toEqual(['fractievoorzitter'])
    expect(nu.find((b) => b.naam === 'Mw. A. Nieuwkomer')).toMatchObject({ roltype: 'raadslid', functie_id: voor.functie_id })
    expect(nu.filter((b) => b.roltype === 'raadslid')).toHaveLength(39)
    const event = await database.db
      .selectFrom('audit_event').select('na').where('handeling', '=', 'bestuur.importeren').where('object_id', '=', beeindigd.organisatie_id)
      .orderBy('volgnummer', 'desc').executeTakeFirstOrThrow()
    expect(event.na).toMatchObject({ peildatum: '2025-06-01', beeindigd: [{ id: voor.id, persoon: 'Dhr. A. Gündogdu', roltype: 'raadslid' }] })
  })

  it('uses the eenheden an organisatie already has, such as the demo organisation', async () => {
    const demo = await database.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirstOrThrow()
    const tooi = 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999'
    await database.db.updateTable('organisatie').set({ tooi_uri: tooi }).where('id', '=', demo.id).execute()
    const soorten = async () => {
      const rows = await sql<{ soort: string; naam: string }>`
        select soort, naam from eenheid_versie where organisatie_id = ${demo.id}
        and geldig_van <= current_date and (geldig_tot is null or geldig_tot > current_date)`.execute(database.db)
      return {
        raad: rows.rows.filter((r) => r.soort === 'bestuursorgaan' && /raad/i.test(r.naam)).length,
        college: rows.rows.filter((r) => r.soort === 'bestuursorgaan' && /college/i.test(r.naam)).length,
        griffie: rows.rows.filter((r) => r.soort === 'griffie').length,
        concerndirectie: rows.rows.filter((r) => r.soort === 'concerndirectie').length,
      }
    }
    const voor = await soorten()
    const rijen = [['Dhr. A. Burgemeester', 'Burgemeester'], ['Mw. B. Wethouder', 'Wethouder'], ['Mw. C. Griffier', 'Raadsgriffier'], ['Dhr. D. Secretaris', 'Gemeentesecretaris']]
    const bestand = schrijfCsv('demo.csv', { header: leesCsv(ROO_MEDEWERKERS_CSV).header, rijen: rijen.map(([naam, functie]) => ['Gemeente Voorbeeld', naam!, functie!, '', tooi, 'Ja']) })

    const rapport = await importRooFuncties(database.db, bestand, { peildatum: vandaag() })

    expect(rapport.overgeslagen).toEqual([])
    const na = await soorten()
    let erbij = 0
    for (const soort of Object.keys(voor) as (keyof typeof voor)[]) {
      // An eenheid the demo had is used, not duplicated; one it lacked is made at most once.
      if (voor[soort] > 0) expect(na[soort]).toBe(voor[soort])
      else expect(na[soort]).toBeLessThanOrEqual(1)
      erbij += na[soort] - voor[soort]
    }
    expect(rapport.aangemaakt.eenheden).toBe(erbij)
    const demoBezettingen = await sql<{ naam: string }>`
      select p.naam from bezetting b join persoon p on p.id = b.persoon_id
      where b.organisatie_id = ${demo.id} and b.geldig_van = ${vandaag()}::date order by p.naam`.execute(database.db)
    expect(demoBezettingen.rows.map((r) => r.naam)).toEqual(rijen.map(([naam]) => naam).sort())
  })
})
