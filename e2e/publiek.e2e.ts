// Journey: a resident reads the public organisation page with JavaScript disabled (issue 3), and
// on a 320 px wide screen. Everything works by links and a plain GET form; axe-core audits every
// page visited.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { naamOfMetAfkorting, voorEenWijziging } from './demo.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

async function download(page: Page, linkNaam: RegExp) {
  const link = page.getByRole('link', { name: linkNaam })
  const href = await link.getAttribute('href')
  const [bestand] = await Promise.all([page.waitForEvent('download'), link.click()])
  const bytes = readFileSync((await bestand.path())!)
  // The download itself carries no headers; ask the same URL for them.
  const response = await page.context().request.get(new URL(href!, page.url()).toString())
  return { naam: bestand.suggestedFilename(), bytes, contentType: response.headers()['content-type'] }
}

describe('the public organisation page', () => {
  it('works without JavaScript: skip link, peildatum form, eenheid pages, organogram links and downloads, statement, 404', async () => {
    const j = await Journey.open(browser, 'publiek-zonder-js', { javaScriptEnabled: false })
    const { page } = j
    const antwoord = await page.goto(`${koers.baseUrl}/organisatie`)
    expect(antwoord?.status()).toBe(200)
    expect(antwoord?.headers()['content-security-policy']).toContain("default-src 'none'")
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Organisatie van Gemeente Voorbeeld')
    // The inline style is allowed by its hash, so the NL Design System look is there.
    const kop = await page.locator('header.utrecht-page-header').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(kop).toBe('rgb(29, 59, 92)')
    await j.check('organisatie')

    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Naar de inhoud' })
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await j.check('skiplink-zichtbaar-bij-focus')
    await page.keyboard.press('Enter')
    await page.waitForURL(/#inhoud$/)
    await expect.poll(() => page.locator('main#inhoud').evaluate((el) => el === document.activeElement)).toBe(true)

    // The peildatum form is a plain GET form: it works without script.
    const voor = await voorEenWijziging(koers)
    await page.getByLabel('Organisatie op datum').fill(voor.datum)
    await Promise.all([page.waitForURL(/peildatum=/), page.getByRole('button', { name: 'Toon' }).click()])
    expect(new URL(page.url()).searchParams.get('peildatum')).toBe(voor.datum)
    await expect(page.getByText(`U ziet de organisatie op ${voor.lang}.`).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: naamOfMetAfkorting(voor.naam) }).count()).resolves.toBe(1)
    await j.check('organisatie-voor-wijziging')

    // Its eenheid page at that date (links keep the peildatum).
    await Promise.all([page.waitForURL(/\/organisatie\/eenheden\//), page.getByRole('link', { name: voor.naam, exact: true }).first().click()])
    expect(page.url()).toContain(`peildatum=${voor.datum}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(naamOfMetAfkorting(voor.naam))
    await j.check('eenheid-voor-wijziging')

    // Today: the eenheid no longer exists, the organisation page does not list it.
    await Promise.all([page.waitForURL(/\/organisatie(\?|$)/), page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie' }).click()])
    await j.check('organisatie-vandaag')
    await expect(page.getByRole('heading', { name: naamOfMetAfkorting(voor.naam) }).count()).resolves.toBe(0)

    // A node of the organogram is a link to its eenheid page.
    const knoop = page.locator('figure svg a').nth(1)
    const knoopNaam = await knoop.locator('title').first().textContent()
    await Promise.all([page.waitForURL(/\/organisatie\/eenheden\//), knoop.click()])
    expect(knoopNaam).toContain((await page.getByRole('heading', { level: 1 }).textContent())!)
    await j.check('eenheid-via-organogram')
    await expect(page.getByRole('heading', { name: 'Contact' }).count()).resolves.toBe(1)

    await page.goto(`${koers.baseUrl}/organisatie`)
    const svg = await download(page, /downloaden als SVG/)
    expect(svg.contentType).toBe('image/svg+xml; charset=utf-8')
    expect(svg.naam).toMatch(/^organogram-gemeente-voorbeeld-\d{4}-\d{2}-\d{2}\.svg$/)
    expect(svg.bytes.subarray(0, 200).toString('utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg /)
    const pdf = await download(page, /downloaden als PDF/)
    expect(pdf.contentType).toBe('application/pdf')
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    await Promise.all([page.waitForURL(/toegankelijkheidsverklaring/), page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click()])
    await expect(page.getByRole('heading', { level: 2, name: 'Nalevingsstatus' }).count()).resolves.toBe(1)
    await j.check('toegankelijkheidsverklaring')

    const fout = await page.goto(`${koers.baseUrl}/organisatie/eenheden/00000000-0000-4000-8000-000000000000`)
    expect(fout?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pagina niet gevonden')
    await j.check('niet-gevonden')
    await j.finish()
  })

  it('reflows on a 320 px wide screen (WCAG 2.1 SC 1.4.10) with its inline style allowed by the CSP', async () => {
    const j = await Journey.open(browser, 'publiek-smal', { viewport: { width: 320, height: 640 } })
    const { page } = j
    await page.goto(`${koers.baseUrl}/organisatie`)
    await j.check('organisatie-320px')
    const breedte = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    const [scroll, client] = await breedte()
    expect(scroll).toBeLessThanOrEqual(client!)
    await Promise.all([page.waitForURL(/\/organisatie\/eenheden\//), page.locator('#opbouw ~ ul a').first().click()])
    await j.check('eenheid-320px')
    const [scroll2, client2] = await breedte()
    expect(scroll2).toBeLessThanOrEqual(client2!)
    await j.finish()
  })
})
