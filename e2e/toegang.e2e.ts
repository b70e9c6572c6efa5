// Journeys (issue 4, toegang): a teammanager logs in with the keyboard and sees the bezetting
// actions and the geschiedenis only on their own team; a logged-out visit lands on the login page;
// a wrong password shows the server's message; logout works. A functioneel beheerder visits the
// beheer pages and creates an account. axe-core audits every page visited.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { eenMedewerker, naamOfMetAfkorting } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

const isGefocust = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))

describe('toegang', () => {
  it('a teammanager logs in with the keyboard and may manage the bezetting of their own team only', async () => {
    const tmA = koers.accounts['teammanager-a']
    const tmB = koers.accounts['teammanager-b']
    const medewerker = koers.accounts.medewerker
    const eigenTeam = `${koers.baseUrl}/app/o/${koers.organisatieId}/eenheden/${tmA.eenheidId}`
    const anderTeam = `${koers.baseUrl}/app/o/${koers.organisatieId}/eenheden/${tmB.eenheidId}`
    const j = await Journey.open(browser, 'toegang-teammanager')
    const { page } = j

    // Not logged in: the eenheid page sends the user to the login page, remembering where they were.
    await page.goto(eigenTeam)
    await page.waitForURL(/\/app\/inloggen\?terugNaar=/)
    j.doorverwezen(eigenTeam)
    await wachtOpPagina(page, 'Inloggen bij Koers')
    expect(new URL(page.url()).searchParams.get('terugNaar')).toBe(new URL(eigenTeam).pathname)
    await expect(page.getByRole('button', { name: 'Inloggen met uw organisatieaccount' }).count()).resolves.toBe(1)
    await j.check('inloggen')

    // A wrong password: the server's Dutch message in an alert that takes the focus.
    await page.getByRole('textbox', { name: 'E-mailadres' }).focus()
    await page.keyboard.type(tmA.email)
    await page.keyboard.press('Tab')
    await page.keyboard.type('dit-is-niet-het-wachtwoord')
    await page.keyboard.press('Enter')
    const fout = page.getByRole('alert').filter({ hasText: 'Inloggen lukte niet' })
    await fout.waitFor()
    await expect(fout.textContent()).resolves.toContain('Het e-mailadres of het wachtwoord klopt niet')
    await expect.poll(() => isGefocust(page, '.koers-fout-samenvatting')).toBe(true)
    await j.check('inloggen-fout')

    // The right password, with the keyboard only: back to the page the user wanted.
    await page.getByLabel('Wachtwoord', { exact: true }).focus()
    await page.keyboard.type(koers.wachtwoord)
    await page.keyboard.press('Enter')
    await page.waitForURL(eigenTeam)
    await wachtOpPagina(page, naamOfMetAfkorting(tmA.eenheidNaam))
    await expect(page.getByRole('banner').getByRole('link', { name: tmA.persoonNaam }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { level: 2, name: 'Bezetting beheren' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { level: 2, name: 'Geschiedenis', exact: true }).count()).resolves.toBe(1)
    await j.check('eenheid-eigen-team')

    // End the medewerker's bezetting: confirmed, and gone from the functies.
    const keuze = page.getByLabel('Bezetting', { exact: true })
    const optie = await keuze.locator('option', { hasText: medewerker.persoonNaam }).first().getAttribute('value')
    await keuze.selectOption(optie!)
    await page.getByRole('button', { name: 'Bezetting beëindigen' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is beëindigd per' }).count()).toBe(1)
    await expect.poll(() => page.getByRole('table', { name: /^Functies van/ }).getByRole('link', { name: medewerker.persoonNaam, exact: true }).count()).toBe(0)
    const gebeurtenis = page.getByRole('table', { name: /^Gebeurtenissen rond/ }).getByRole('row').filter({ hasText: 'Bezetting beëindigd' })
    await expect.poll(() => gebeurtenis.count()).toBe(1)
    await expect(gebeurtenis.textContent()).resolves.toContain(tmA.persoonNaam)
    await wachtOpPagina(page)
    await j.check('eenheid-bezetting-beeindigd')

    // The account page: functies and rights in words.
    await page.getByRole('banner').getByRole('link', { name: tmA.persoonNaam }).click()
    await page.waitForURL('**/app/account')
    await wachtOpPagina(page, 'Mijn account')
    await expect(page.getByRole('table', { name: 'Functies die u vandaag bekleedt' }).getByRole('cell', { name: tmA.eenheidNaam }).count()).resolves.toBeGreaterThan(0)
    const rechten = page.getByRole('table', { name: 'Uw rechten met hun reikwijdte' })
    await expect(rechten.getByRole('cell', { name: 'Personen benoemen en bezettingen beëindigen' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }).count()).resolves.toBe(1)
    await j.check('account')

    // Another team: readable, but no bezetting actions and no geschiedenis.
    await page.goto(anderTeam)
    await wachtOpPagina(page, naamOfMetAfkorting(tmB.eenheidNaam))
    await expect(page.getByRole('heading', { name: 'Functies en bezetting' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Bezetting beheren' }).count()).resolves.toBe(0)
    await expect(page.getByRole('heading', { name: 'Geschiedenis', exact: true }).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Bezetting beëindigen' }).count()).resolves.toBe(0)
    await j.check('eenheid-ander-team')

    // Logout: to the login page with a confirmation; the app's pages are closed again.
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.waitForURL('**/app/inloggen?uitgelogd=ja')
    await wachtOpPagina(page, 'Inloggen bij Koers')
    await expect(page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' }).count()).resolves.toBe(1)
    await j.check('uitgelogd')
    await page.goto(anderTeam)
    await page.waitForURL(/\/app\/inloggen\?terugNaar=/)
    await wachtOpPagina(page, 'Inloggen bij Koers')
    const antwoord = await page.context().request.get(`${koers.baseUrl}/api/v1/organisaties/${koers.organisatieId}/eenheden/${tmB.eenheidId}`)
    expect(antwoord.status()).toBe(401)
    await j.check('inloggen-na-uitloggen')
    await j.finish()
  })

  it('shows a failed OpenID Connect login as a message on the login page', async () => {
    const j = await Journey.open(browser, 'toegang-oidc-fout')
    const { page } = j
    await page.goto(`${koers.baseUrl}/app/inloggen?fout=oidc`)
    await wachtOpPagina(page, 'Inloggen bij Koers')
    await expect(page.getByRole('alert').filter({ hasText: 'Inloggen met uw organisatieaccount lukte niet' }).count()).resolves.toBe(1)
    await j.check('oidc-fout')
    await j.finish()
  })

  it('a functioneel beheerder manages accounts, API tokens and mandates', async () => {
    const beheerder = koers.accounts.beheerder
    const persoon = await eenMedewerker(koers)
    const j = await Journey.open(browser, 'toegang-beheer')
    const { page } = j
    await j.inloggen(koers.baseUrl, beheerder.email, koers.wachtwoord)

    await page.goto(`${koers.baseUrl}/app/o/${koers.organisatieId}/organisatie`)
    await wachtOpPagina(page, 'Organisatie')
    await j.check('organisatie')
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click()
    await page.waitForURL('**/beheer/accounts')
    await wachtOpPagina(page, 'Accounts')
    await expect(page.getByRole('table', { name: 'Accounts van de organisatie' }).getByRole('cell', { name: beheerder.email }).count()).resolves.toBe(1)
    await j.check('accounts')

    // A new account for a persoon found by name.
    const email = 'nieuw.account@voorbeeld.example'
    await page.getByLabel('Naam van de persoon').fill(persoon.naam)
    await page.getByRole('button', { name: 'Persoon zoeken' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: /gevonden/ }).textContent()).toMatch(/^\d+ (persoon|personen) gevonden\.$/)
    await page.getByRole('radio', { name: new RegExp(`^${persoon.naam}`) }).first().check()
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email)
    await page.getByLabel(/^Wachtwoord/).fill('een-lang-genoeg-wachtwoord')
    await page.getByRole('button', { name: 'Account aanmaken' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Er is een account aangemaakt voor ${persoon.naam}` }).count()).toBe(1)
    await expect.poll(() => page.getByRole('table', { name: 'Accounts van de organisatie' }).getByRole('cell', { name: email }).count()).toBe(1)
    await j.check('account-aangemaakt')

    // API tokens: the new token is shown once.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'API-tokens' }).click()
    await page.waitForURL('**/beheer/api-tokens')
    await wachtOpPagina(page, 'API-tokens')
    await page.getByLabel('Naam van de koppeling').fill('Zaaksysteem')
    await page.getByRole('button', { name: 'Token aanmaken' }).click()
    await expect.poll(() => page.locator('.koers-token').textContent()).toMatch(/^koers_/)
    await expect.poll(() => page.getByRole('table', { name: 'API-tokens van de organisatie' }).getByRole('cell', { name: /^Zaaksysteem/ }).count()).toBe(1)
    await j.check('api-tokens')

    // Mandates per roltype.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Mandaten' }).click()
    await page.waitForURL('**/beheer/mandaten')
    await wachtOpPagina(page, 'Mandaten')
    await expect(page.getByRole('heading', { level: 3, name: 'Teammanager' }).count()).resolves.toBe(1)
    await j.check('mandaten')
    await j.finish()
  })
})
