// Journey (issue 3): drafting a wijziging, checking its preview, and applying it (vaststellen).
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { demoOrganisatieId, langeDatum } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

/** The first day of next month (the form's own default), and a team with no change planned after today. */
async function teHernoemen(): Promise<{ datum: string; eenheidId: string; naam: string }> {
  const nu = new Date()
  const datum = new Date(Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
  const r = await sql<{ eenheid_id: string; naam: string }>`
    select v.eenheid_id, v.naam from eenheid_versie v join organisatie o on o.id = v.organisatie_id and o.demo
    where v.soort = 'team' and v.geldig_van <= ${datum}::date and (v.geldig_tot is null or v.geldig_tot > ${datum}::date)
      and not exists (select 1 from eenheid_versie x where x.eenheid_id = v.eenheid_id and x.geldig_van > current_date)
      and not exists (select 1 from functie_versie f where f.eenheid_id = v.eenheid_id and (f.geldig_van > current_date or f.geldig_tot > current_date))
      and not exists (select 1 from lijn l where (l.eenheid_id = v.eenheid_id or l.boven_eenheid_id = v.eenheid_id) and (l.geldig_van > current_date or l.geldig_tot > current_date))
      and (select count(*) from eenheid_versie y where y.organisatie_id = o.id and y.naam ilike '%' || v.naam || '%' and y.geldig_van <= ${datum}::date and (y.geldig_tot is null or y.geldig_tot > ${datum}::date)) = 1
    order by v.naam limit 1`.execute(koers.db)
  if (!r.rows[0]) throw new Error('Geen team zonder geplande wijziging gevonden in de demo-organisatie.')
  return { datum, eenheidId: r.rows[0].eenheid_id, naam: r.rows[0].naam }
}

describe('wijzigingen', () => {
  it('drafts a rename, shows its preview, applies it, and the eenheid carries the new name from the ingangsdatum', async () => {
    const organisatieId = await demoOrganisatieId(koers)
    const doel = await teHernoemen()
    const nieuweNaam = `${doel.naam} en Dienstverlening`
    const titel = `Hernoeming ${doel.naam}`
    const j = await Journey.open(browser, 'wijziging')
    await j.inloggen(koers.baseUrl, koers.accounts.gemeentesecretaris.email, koers.wachtwoord)
    const { page } = j

    await page.goto(`${koers.baseUrl}/app/o/${organisatieId}/wijzigingen`)
    await wachtOpPagina(page, 'Wijzigingen')
    await j.check('wijzigingen')

    await page.getByRole('link', { name: 'Nieuwe wijziging' }).click()
    await page.waitForURL('**/wijzigingen/nieuw')
    await wachtOpPagina(page, 'Nieuwe wijziging')
    await j.check('nieuwe-wijziging-leeg')

    await page.getByLabel('Titel', { exact: true }).fill(titel)
    await page.getByLabel('Toelichting').fill(`${doel.naam} neemt er de digitale dienstverlening bij; de naam zegt dat voortaan.`)
    await page.getByLabel('Ingangsdatum').fill(doel.datum)
    await page.getByLabel('Soort actie').selectOption({ label: 'Eenheid hernoemen' })
    await page.getByRole('button', { name: 'Actie toevoegen' }).click()
    const actie = page.getByRole('group', { name: 'Actie 1: Eenheid hernoemen' })
    await actie.getByLabel('Eenheid (actie 1)').fill(doel.naam)
    await actie.getByRole('button', { name: `Kies ${doel.naam}`, exact: true }).click()
    await expect(actie.getByRole('list', { name: 'Gekozen eenheid' }).textContent()).resolves.toContain(doel.naam)
    await actie.getByLabel('Nieuwe naam (actie 1)').fill(nieuweNaam)
    await j.check('nieuwe-wijziging-ingevuld')

    await page.getByRole('button', { name: 'Concept bewaren' }).click()
    await page.waitForURL(/\/wijzigingen\/[0-9a-f-]{36}$/)
    await wachtOpPagina(page, titel)
    const voorvertoning = page.getByRole('region', { name: 'Voorvertoning' })
    await expect.poll(() => voorvertoning.getByRole('heading', { name: 'Hernoemde eenheden (1)' }).count()).toBe(1)
    await expect(voorvertoning.getByRole('listitem').filter({ hasText: `${doel.naam} → ${nieuweNaam}` }).count()).resolves.toBe(1)
    await j.check('concept-met-voorvertoning')

    await page.getByRole('button', { name: 'Vaststellen…' }).click()
    await expect(page.getByRole('heading', { name: 'Wijziging vaststellen?' }).count()).resolves.toBe(1)
    await j.check('vaststellen-bevestigen')
    await page.getByRole('button', { name: 'Ja, vaststellen' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'vastgesteld' }).textContent())
      .toBe(`De wijziging is vastgesteld en geldt vanaf ${langeDatum(doel.datum)}.`)
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Resultaat' }).count()).toBe(1)
    await wachtOpPagina(page, titel)
    await j.check('vastgesteld')

    // The result links to the eenheid on the ingangsdatum: it has its new name there.
    await page.getByRole('region', { name: 'Resultaat' }).getByRole('link', { name: nieuweNaam }).click()
    await page.waitForURL(new RegExp(`/eenheden/${doel.eenheidId}\\?peildatum=${doel.datum}`))
    await wachtOpPagina(page, nieuweNaam)
    await j.check('eenheid-na-wijziging')
    await j.finish()

    const versies = await koers.db.selectFrom('eenheid_versie').select(['naam', 'geldig_van', 'geldig_tot']).where('eenheid_id', '=', doel.eenheidId).orderBy('geldig_van').execute()
    expect(versies.slice(-2).map((v) => [v.naam, v.geldig_tot ?? v.geldig_van])).toEqual([[doel.naam, doel.datum], [nieuweNaam, doel.datum]])
    const w = await koers.db.selectFrom('wijziging').select('status').where('titel', '=', titel).executeTakeFirstOrThrow()
    expect(w.status).toBe('vastgesteld')
  })
})
