// Journey (issue 3): a civil servant finds a person through search and opens their page.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { demoOrganisatieId, eenMedewerker } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

describe('search', () => {
  it('finds a medewerker by name and opens their page with their functie', async () => {
    const organisatieId = await demoOrganisatieId(koers)
    const persoon = await eenMedewerker(koers)
    const j = await Journey.open(browser, 'zoeken')
    await j.inloggen(koers.baseUrl, koers.accounts.gemeentesecretaris.email, koers.wachtwoord)
    const { page } = j

    // /app opens the first organisatie, the demo.
    await page.goto(`${koers.baseUrl}/app`)
    await page.waitForURL(`**/app/o/${organisatieId}/organisatie`)
    j.doorverwezen(`${koers.baseUrl}/app`)
    await wachtOpPagina(page, 'Organisatie')
    await j.check('organisatie')

    const zoek = page.getByRole('search')
    await zoek.getByLabel('Zoek een eenheid, functie of persoon').fill(persoon.naam)
    await zoek.getByRole('button', { name: 'Zoeken' }).click()
    await page.waitForURL(/zoekterm=/)
    await expect.poll(() => page.getByRole('status').filter({ hasText: /resultaat|resultaten/ }).textContent()).toMatch(/^\d+ (resultaat|resultaten) voor/)
    const personen = page.getByRole('heading', { level: 3, name: /^Personen \(\d+\)$/ }).locator('xpath=following-sibling::ul[1]')
    const link = personen.getByRole('link', { name: persoon.naam, exact: true })
    await expect(link.count()).resolves.toBe(1)
    await j.check('zoekresultaten')

    await link.click()
    await page.waitForURL(`**/app/o/${organisatieId}/personen/${persoon.id}`)
    await wachtOpPagina(page, persoon.naam)
    await expect(page.getByRole('table', { name: 'Functies op de peildatum' }).getByRole('cell', { name: persoon.functie }).count()).resolves.toBeGreaterThan(0)
    await expect(page.getByRole('heading', { name: 'Leiding en aansturing' }).count()).resolves.toBe(1)
    await j.check('persoon')
    await j.finish()
  })
})
