// Journey (issue 3): opening the organogram, switching to the honeycomb, and exporting it as SVG
// and PDF (content type and first bytes of each download), then clicking through to an eenheid.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { demoOrganisatieId } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

/** Clicks a download link; returns the file's name and bytes, and the content type the same URL is served with. */
async function download(page: Page, naam: string) {
  const link = page.getByRole('link', { name: naam, exact: true })
  const href = new URL((await link.getAttribute('href'))!, page.url()).toString()
  const [bestand] = await Promise.all([page.waitForEvent('download'), link.click()])
  const bytes = readFileSync((await bestand.path())!)
  const response = await page.context().request.get(href)
  return { href, naam: bestand.suggestedFilename(), bytes, contentType: response.headers()['content-type'] }
}

describe('organogram', () => {
  it('shows the tree, switches to the honeycomb, exports SVG and PDF, and clicks through to an eenheid', async () => {
    const organisatieId = await demoOrganisatieId(koers)
    const j = await Journey.open(browser, 'organogram')
    await j.inloggen(koers.baseUrl, koers.accounts.gemeentesecretaris.email, koers.wachtwoord)
    const { page } = j
    const tekening = page.getByRole('region', { name: 'Tekening' }).locator('svg[role="group"]')

    await page.goto(`${koers.baseUrl}/app/o/${organisatieId}/organisatie`)
    await wachtOpPagina(page, 'Organisatie')
    await j.check('organisatie')
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organogram' }).click()
    await page.waitForURL('**/organogram')
    await wachtOpPagina(page, 'Organogram')
    await tekening.waitFor()
    await expect(tekening.locator('a').count()).resolves.toBeGreaterThan(20)
    await expect(tekening.locator('polygon').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Boom' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await j.check('organogram-boom')

    await page.getByRole('button', { name: 'Honingraat' }).click()
    await page.waitForURL(/weergave=honingraat/)
    await expect(page.getByRole('button', { name: 'Honingraat' }).getAttribute('aria-pressed')).resolves.toBe('true')
    // The honeycomb draws eenheden as hexagons.
    await expect.poll(() => tekening.locator('polygon').count(), { timeout: 15_000 }).toBeGreaterThan(20)
    await wachtOpPagina(page, 'Organogram')
    await j.check('organogram-honingraat')

    const svg = await download(page, 'SVG downloaden')
    expect(svg.href).toContain('weergave=honingraat')
    expect(svg.contentType).toBe('image/svg+xml; charset=utf-8')
    expect(svg.naam).toMatch(/^organogram-gemeente-voorbeeld-\d{4}-\d{2}-\d{2}\.svg$/)
    const svgTekst = svg.bytes.toString('utf8')
    expect(svgTekst).toMatch(/^(<\?xml[^>]*>\s*)?<svg /)
    expect(svgTekst).toContain('<polygon')

    const pdf = await download(page, 'PDF A4 liggend downloaden')
    expect(pdf.contentType).toBe('application/pdf')
    expect(pdf.naam).toMatch(/\.pdf$/)
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // A4 landscape: 842 × 595 points.
    expect(pdf.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/)

    // A node in the drawing opens that eenheid in the app.
    const knoop = tekening.locator('a').filter({ has: page.locator('title') }).nth(2)
    const titel = (await knoop.locator('title').first().textContent())!
    await knoop.click()
    await page.waitForURL(/\/app\/o\/[0-9a-f-]{36}\/eenheden\/[0-9a-f-]{36}/)
    await wachtOpPagina(page)
    expect(titel).toContain((await page.getByRole('heading', { level: 1 }).textContent())!)
    await j.check('eenheid-uit-organogram')
    await j.finish()
  })
})
