// Journey (issue 5, opgavegericht werken): the negotiation about capacity in the browser. The
// concernmanager creates two opgaven and claims capacity on team A in the same quarter, together
// more than team A has, and sees the claims flagged; teammanager-a answers one "deels" with a
// committed medewerker and sees the other still open; the concernmanager sees the conflict on the
// Capaciteit page and ranks the opgaven with the keyboard; the medewerker finds the commitment under
// Mijn toezeggingen; Wie werkt samen shows who works on what. axe-core audits every page visited.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { bezettingFte } from './demo.ts'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const nl = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n)
const invoer = (n: number) => String(n).replace('.', ',')

/** The quarter after today's, as the API writes it, with its first day and its Dutch name. */
function volgendKwartaal() {
  const nu = new Date()
  let jaar = nu.getFullYear()
  let q = Math.floor(nu.getMonth() / 3) + 2
  if (q > 4) { q = 1; jaar += 1 }
  return { code: `${jaar}-Q${q}`, start: `${jaar}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`, label: `${q}e kwartaal ${jaar}` }
}

async function nieuweOpgave(j: Journey, naam: string, doel: string, metDoel: boolean) {
  const { page } = j
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opgaven' }).click()
  await page.waitForURL(/\/opgaven$/)
  await wachtOpPagina(page, 'Opgaven')
  await j.check(`opgaven-voor-${naam}`)
  const form = page.getByRole('form', { name: 'Nieuwe opgave' })
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill(naam)
  await form.getByLabel('Soort').selectOption('programma')
  await form.getByLabel('Domein').selectOption(metDoel ? 'fysiek' : 'sociaal')
  await form.getByLabel('Maatschappelijk doel').fill(doel)
  await form.getByRole('searchbox', { name: 'Ambtelijk opdrachtgever zoeken' }).fill('Concernmanager')
  await form.getByRole('button', { name: 'Functie zoeken' }).first().click()
  await form.getByRole('radio', { name: /^Concernmanager/ }).first().check()
  if (metDoel) {
    await form.getByRole('textbox', { name: 'Doel', exact: true }).fill('Meer betaalbare woningen')
    await form.getByRole('textbox', { name: 'Indicator' }).fill('Opgeleverde sociale huurwoningen')
    await form.getByRole('textbox', { name: 'Meeteenheid' }).fill('woningen')
    await form.getByRole('textbox', { name: 'Nulwaarde (niet verplicht)' }).fill('0')
    await form.getByRole('textbox', { name: 'Streefwaarde' }).fill('400')
    await form.getByLabel('Streefdatum').fill('2030-12-31')
  }
  await form.getByRole('button', { name: 'Opgave aanmaken' }).click()
  await page.waitForURL(/\/opgaven\/[0-9a-f-]{36}$/)
  await wachtOpPagina(page, naam)
}

async function claim(page: Page, eenheidNaam: string, kwartaal: { code: string; label: string }, fte: number) {
  const form = page.getByRole('form', { name: 'Capaciteit vragen' })
  await form.getByRole('searchbox', { name: 'Eenheid zoeken' }).fill(eenheidNaam)
  await form.getByRole('button', { name: 'Eenheid zoeken' }).click()
  await form.getByRole('radio', { name: new RegExp(`^${escape(eenheidNaam)} —`) }).check()
  await form.getByLabel('Kwartaal 1', { exact: true }).selectOption(kwartaal.code)
  await form.getByRole('textbox', { name: 'FTE in kwartaal 1' }).fill(invoer(fte))
  await form.getByRole('button', { name: 'Claim indienen' }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: `De claim op ${eenheidNaam} is ingediend` }).count()).toBe(1)
}

describe('opgaven', () => {
  it('negotiates capacity: claims above capacity, a partial answer with a commitment, the conflict ranked by priority', async () => {
    const tmA = koers.accounts['teammanager-a']
    const medewerker = koers.accounts.medewerker
    const kw = volgendKwartaal()
    const bezetting = await bezettingFte(koers, tmA.eenheidId, kw.start)
    expect(bezetting).toBeGreaterThan(1)
    // Together 1.5 × the bezetting; after a partial grant of 0.5 the second claim alone still fills the team.
    const eerste = Math.round((bezetting / 2) * 100) / 100
    const tweede = Math.round(bezetting * 100) / 100
    const o = `${koers.baseUrl}/app/o/${koers.organisatieId}`

    // The concernmanager creates two opgaven and claims team A in the same quarter.
    const cm = await Journey.open(browser, 'opgaven-concernmanager')
    await cm.inloggen(koers.baseUrl, koers.accounts.concernmanager.email, koers.wachtwoord)
    await cm.page.goto(`${o}/organisatie`)
    await wachtOpPagina(cm.page, 'Organisatie')
    await cm.check('organisatie')

    await nieuweOpgave(cm, 'Betaalbaar wonen', 'Iedereen in de gemeente kan een passende, betaalbare woning vinden.', true)
    const wonenUrl = cm.page.url()
    await cm.check('opgave-wonen-nieuw')
    await claim(cm.page, tmA.eenheidNaam, kw, eerste)
    // A meting and a voortgangsrapportage: progress in words, the report kept in the timeline.
    const meting = cm.page.getByRole('form', { name: 'Meting vastleggen' })
    await meting.getByRole('textbox', { name: 'Gemeten waarde' }).fill('100')
    await meting.getByRole('button', { name: 'Meting vastleggen' }).click()
    await expect.poll(() => cm.page.getByText('25% van de weg naar de streefwaarde').count()).toBe(1)
    const rapportage = cm.page.getByRole('form', { name: 'Voortgangsrapportage uitbrengen' })
    await rapportage.getByRole('radio', { name: 'Risico' }).check()
    await rapportage.getByLabel('Toelichting').fill('De bouwstroom vertraagt door netcongestie.')
    await rapportage.getByRole('button', { name: 'Rapportage vastleggen' }).click()
    await expect.poll(() => cm.page.getByRole('list', { name: 'Voortgangsrapportages, nieuwste eerst' }).getByRole('listitem').count()).toBe(1)
    await cm.check('opgave-wonen-geclaimd')

    await nieuweOpgave(cm, 'Zorg dichtbij', 'Inwoners krijgen zorg en ondersteuning in hun eigen wijk.', false)
    const zorgUrl = cm.page.url()
    await claim(cm.page, tmA.eenheidNaam, kw, tweede)
    await expect(cm.page.getByRole('status').filter({ hasText: 'boven de capaciteit' }).count()).resolves.toBe(1)
    const claims = cm.page.getByRole('table', { name: 'Capaciteitsclaims van Zorg dichtbij' })
    await expect.poll(() => claims.getByRole('row').filter({ hasText: kw.label }).filter({ hasText: 'Boven capaciteit' }).count()).toBe(1)
    await cm.check('opgave-zorg-boven-capaciteit')

    // The overview: the latest oordeel in words, asked FTE.
    await cm.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opgaven' }).click()
    await wachtOpPagina(cm.page, 'Opgaven')
    const rij = cm.page.getByRole('table', { name: /^Opgaven op prioriteit/ }).getByRole('row').filter({ hasText: 'Betaalbaar wonen' })
    await expect.poll(() => rij.textContent()).toContain('Risico')
    await expect(rij.textContent()).resolves.toContain(nl(eerste))
    await cm.check('opgaven-overzicht')

    // Teammanager A answers the first claim "deels", committing the medewerker; the other stays open.
    const tm = await Journey.open(browser, 'opgaven-teammanager')
    await tm.inloggen(koers.baseUrl, tmA.email, koers.wachtwoord)
    await tm.page.goto(`${o}/eenheden/${tmA.eenheidId}`)
    await wachtOpPagina(tm.page)
    const teamClaims = tm.page.getByRole('table', { name: `Capaciteitsclaims op ${tmA.eenheidNaam}` })
    await expect.poll(() => teamClaims.getByRole('row').filter({ hasText: 'Boven capaciteit' }).count()).toBe(2)
    await tm.check('eenheid-claims-open')
    const antwoord = tm.page.getByRole('form', { name: 'Claim beantwoorden' })
    const keuze = antwoord.getByLabel('Claim', { exact: true })
    await keuze.selectOption((await keuze.locator('option', { hasText: 'Betaalbaar wonen' }).getAttribute('value'))!)
    await antwoord.getByRole('radio', { name: 'Deels toekennen' }).check()
    await antwoord.getByRole('textbox', { name: 'Toegekende FTE' }).fill('0,5')
    await antwoord.getByRole('textbox', { name: `FTE voor ${medewerker.persoonNaam}` }).fill('0,5')
    await antwoord.getByRole('button', { name: 'Claim beantwoorden' }).click()
    await expect.poll(() => tm.page.getByRole('status').filter({ hasText: 'De claim van Betaalbaar wonen' }).count()).toBe(1)
    await expect.poll(() => teamClaims.getByRole('row').filter({ hasText: 'Betaalbaar wonen' }).textContent()).toContain('Deels toegekend')
    await expect(teamClaims.getByRole('row').filter({ hasText: 'Betaalbaar wonen' }).textContent()).resolves.toContain(medewerker.persoonNaam)
    await expect(teamClaims.getByRole('row').filter({ hasText: 'Zorg dichtbij' }).textContent()).resolves.toContain('Aangevraagd')
    await expect(keuze.locator('option', { hasText: 'Zorg dichtbij' }).count()).resolves.toBe(1)
    await tm.check('eenheid-claim-deels')
    await tm.finish()

    // The concernmanager sees the conflict and ranks the opgaven with the keyboard.
    await cm.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Capaciteit' }).click()
    await wachtOpPagina(cm.page, 'Capaciteit')
    await cm.check('capaciteit')
    await cm.page.goto(`${o}/capaciteit?van=${kw.code}&tot=${kw.code}`)
    await wachtOpPagina(cm.page, 'Capaciteit')
    const heatmap = cm.page.getByRole('table', { name: /^Capaciteit per eenheid en kwartaal/ })
    await expect.poll(() => heatmap.getByRole('row').filter({ hasText: tmA.eenheidNaam }).textContent()).toContain('Conflict')
    const conflict = cm.page.getByRole('list', { name: `Claims op ${tmA.eenheidNaam} in ${kw.label}, op prioriteit` })
    await expect.poll(() => conflict.getByRole('listitem').count()).toBe(2)
    await cm.check('capaciteit-conflict')

    const omhoog = cm.page.getByRole('button', { name: 'Omhoog: Zorg dichtbij' })
    await omhoog.focus()
    await cm.page.keyboard.press('Enter')
    await expect.poll(() => cm.page.getByRole('list', { name: 'Opgaven op prioriteit, hoogste eerst' }).getByRole('listitem').first().textContent()).toContain('Zorg dichtbij')
    await expect.poll(() => cm.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toContain('Zorg dichtbij')
    await cm.page.getByRole('button', { name: 'Prioriteit opslaan' }).focus()
    await cm.page.keyboard.press('Enter')
    await expect.poll(() => cm.page.getByRole('status').filter({ hasText: 'De prioriteit is opgeslagen. Eerste: Zorg dichtbij.' }).count()).toBe(1)
    await expect.poll(() => conflict.getByRole('listitem').first().textContent()).toContain('prioriteit 1')
    await expect(conflict.getByRole('listitem').first().textContent()).resolves.toContain('Zorg dichtbij')
    await cm.check('capaciteit-geprioriteerd')

    await cm.page.goto(zorgUrl)
    await wachtOpPagina(cm.page, 'Zorg dichtbij')
    await expect(cm.page.getByText('prioriteit 1', { exact: false }).first().isVisible()).resolves.toBe(true)
    await cm.check('opgave-zorg-prioriteit')

    // Wie werkt samen in that quarter: the picture and the lists.
    await cm.page.goto(`${o}/samenwerking?kwartaal=${kw.code}`)
    await wachtOpPagina(cm.page, 'Wie werkt samen')
    await expect(cm.page.getByRole('img', { name: `Wie werkt samen in ${kw.label}` }).count()).resolves.toBe(1)
    await expect.poll(() => cm.page.locator('.koers-tekstalternatief').textContent()).toContain(`${medewerker.persoonNaam}: toegezegd (0,5 fte)`)
    await cm.check('samenwerking')
    await cm.page.goto(wonenUrl)
    await wachtOpPagina(cm.page, 'Betaalbaar wonen')
    await cm.check('opgave-wonen-beantwoord')
    await cm.finish()

    // The medewerker finds the commitment under Mijn toezeggingen.
    const mw = await Journey.open(browser, 'opgaven-medewerker')
    await mw.inloggen(koers.baseUrl, medewerker.email, koers.wachtwoord)
    await mw.page.goto(`${koers.baseUrl}/app/account`)
    await wachtOpPagina(mw.page, 'Mijn account')
    const mijn = mw.page.getByRole('table', { name: 'Opgaven waaraan u bent toegezegd, per kwartaal' })
    await expect.poll(() => mijn.getByRole('row').filter({ hasText: 'Betaalbaar wonen' }).count()).toBe(1)
    await expect(mijn.textContent()).resolves.toContain(kw.label)
    await expect(mijn.getByRole('row').filter({ hasText: 'Betaalbaar wonen' }).textContent()).resolves.toContain('0,5')
    await mw.check('mijn-toezeggingen')
    await mw.finish()
  }, 240_000) // three logins and a dozen pages, each audited by axe-core
})
