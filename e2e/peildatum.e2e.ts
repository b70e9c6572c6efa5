// Journey (issue 3): changing the peildatum shows the organisation as it was before a wijziging.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { demoOrganisatieId, naamOfMetAfkorting, voorEenWijziging } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

describe('peildatum', () => {
  it('shows an eenheid that a wijziging abolished on a date before it, and opens it as it was', async () => {
    const organisatieId = await demoOrganisatieId(koers)
    const voor = await voorEenWijziging(koers)
    const j = await Journey.open(browser, 'peildatum')
    await j.inloggen(koers.baseUrl, koers.accounts.gemeentesecretaris.email, koers.wachtwoord)
    const { page } = j
    const boom = page.getByRole('tree')
    const inBoom = () => boom.getByRole('link', { name: voor.naam, exact: true }).count()

    await page.goto(`${koers.baseUrl}/app/o/${organisatieId}/organisatie`)
    await wachtOpPagina(page, 'Organisatie')
    await page.getByRole('button', { name: 'Alles uitklappen' }).click()
    await expect(inBoom()).resolves.toBe(0)
    await j.check('organisatie-vandaag')

    await page.getByLabel('Peildatum').fill(voor.datum)
    await page.getByRole('button', { name: 'Toon', exact: true }).click()
    await page.waitForURL(new RegExp(`peildatum=${voor.datum}`))
    await wachtOpPagina(page, 'Organisatie')
    await expect.poll(() => page.locator('#peildatum-status').textContent()).toContain(`U bekijkt de organisatie op ${voor.lang}`)
    await page.getByRole('button', { name: 'Alles uitklappen' }).click()
    await expect.poll(inBoom).toBe(1)
    await j.check(`organisatie-${voor.datum}`)

    // The eenheid's own page at that date, reached from the tree; the peildatum stays.
    await boom.getByRole('link', { name: voor.naam, exact: true }).click()
    await page.waitForURL(new RegExp(`/eenheden/${voor.eenheidId}\\?peildatum=${voor.datum}`))
    await wachtOpPagina(page, naamOfMetAfkorting(voor.naam))
    await j.check(`eenheid-${voor.datum}`)

    // Back to today: the eenheid is gone from the tree.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie' }).click()
    await wachtOpPagina(page, 'Organisatie')
    await page.getByRole('button', { name: 'Vandaag' }).click()
    await page.waitForURL((url) => !url.search.includes('peildatum'))
    await wachtOpPagina(page, 'Organisatie')
    await page.getByRole('button', { name: 'Alles uitklappen' }).click()
    await expect.poll(inBoom).toBe(0)
    await j.check('organisatie-weer-vandaag')
    await j.finish()
  })
})
