// Journeys (issue 6, besluitvorming). First the whole route of a raadsvoorstel in the browser: the
// medewerker drafts and submits it; teammanager A finds it under Mijn taken and approves it; the
// gemeentesecretaris puts it on the agenda of a PHO and of a college meeting, opens that meeting,
// records attendance, the votes and the besluit (aangenomen), which sends the voorstel to the
// voorbereidende raad; puts it on a voorbereidende raad's agenda with the step on the dossier (the
// meeting then flags that nobody of the opsteller's team has announced themselves), asks for the
// overleg's calendar feed, puts it on the besluitvormende raad's agenda, records attendance (the flag
// for the gemeentesecretaris shows until she is marked present), votes and decides; the dossier shows
// the whole route; the medewerker reads the notifications. Then terugsturen and terugtrekken: the
// teammanager returns a collegevoorstel with a comment, the opsteller reads it, writes a new version
// of the text (by keyboard) and withdraws the voorstel, which ends its route. axe-core audits every
// page visited.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers({ overleggen: true }), launchChromium()])
})

const TITEL = 'Verordening duurzame warmte'

/** Picks the first real option of a select (the first is "Kies …"). */
async function kiesEerste(select: Locator) {
  await expect.poll(() => select.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1)
  const waarde = await select.locator('option').nth(1).getAttribute('value')
  await select.selectOption(waarde!)
}

/** Takes a step and waits for its own message: the status text must change, so two steps in a row
 *  do not mistake the first one's message for the second's. */
async function stap(page: Page, naam: string, vergadering = false) {
  const form = page.getByRole('form', { name: naam })
  const status = page.getByRole('status').filter({ hasText: 'Status nu:' })
  const tekst = async () => ((await status.count()) === 1 ? await status.textContent() : null)
  const voor = await tekst()
  if (vergadering) await kiesEerste(form.getByLabel('Vergadering'))
  await form.getByRole('button', { name: naam }).click()
  await expect.poll(async () => { const na = await tekst(); return na !== null && na !== voor }).toBe(true)
}

async function zetStatus(page: Page, knop: string, wordt: string) {
  await page.getByRole('button', { name: knop }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: `De vergadering is nu ${wordt}` }).count()).toBe(1)
}

async function stemEnBesluit(page: Page) {
  const form = page.getByRole('form', { name: /^Besluit over punt/ }).first()
  await form.getByRole('button', { name: 'Allen voor' }).click()
  await form.getByRole('button', { name: 'Besluit vastleggen' }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: `Het besluit over “${TITEL}” is vastgelegd: aangenomen` }).count()).toBe(1)
  await expect(page.getByText('Dit agendapunt is besloten en kan niet meer worden gewijzigd.').count()).resolves.toBe(1)
  await expect(page.getByRole('list', { name: 'Besluitenlijst' }).textContent()).resolves.toContain(TITEL)
}

async function aanwezigheid(page: Page) {
  const form = page.getByRole('form', { name: 'Aanwezigheid vastleggen' })
  await form.getByRole('button', { name: 'Alle leden aanwezig' }).click()
  await form.getByRole('button', { name: 'Aanwezigheid opslaan' }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'De aanwezigheid is vastgelegd' }).count()).toBe(1)
}

describe('besluitvorming', () => {
  it('takes a raadsvoorstel from draft through teammanager, PHO, college and raad to besloten', async () => {
    const o = `${koers.baseUrl}/app/o/${koers.organisatieId}`
    const gs = koers.accounts.gemeentesecretaris

    // The medewerker drafts the raadsvoorstel and submits it.
    const mw = await Journey.open(browser, 'besluitvorming-medewerker')
    await mw.inloggen(koers.baseUrl, koers.accounts.medewerker.email, koers.wachtwoord)
    await mw.page.goto(`${o}/organisatie`)
    await wachtOpPagina(mw.page, 'Organisatie')
    await mw.check('organisatie')
    await mw.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Voorstellen' }).click()
    await wachtOpPagina(mw.page, 'Voorstellen')
    await mw.check('voorstellen')
    const nieuw = mw.page.getByRole('form', { name: 'Nieuw voorstel' })
    await nieuw.getByRole('textbox', { name: 'Titel' }).fill(TITEL)
    await nieuw.getByLabel('Soort').selectOption('raadsvoorstel')
    await kiesEerste(nieuw.getByLabel('Portefeuille'))
    await nieuw.getByLabel('Tekst van het voorstel').fill('De raad besluit de verordening duurzame warmte vast te stellen.')
    await nieuw.getByRole('button', { name: 'Voorstel aanmaken' }).click()
    await mw.page.waitForURL(/\/voorstellen\/[0-9a-f-]{36}$/)
    await wachtOpPagina(mw.page, TITEL)
    const dossierUrl = mw.page.url()
    await mw.check('voorstel-concept')
    await stap(mw.page, 'Indienen bij de teammanager')
    await expect(mw.page.getByText('Ter goedkeuring bij de teammanager').first().isVisible()).resolves.toBe(true)
    await mw.check('voorstel-ingediend')

    // Teammanager A finds it under Mijn taken and approves it.
    const tm = await Journey.open(browser, 'besluitvorming-teammanager')
    await tm.inloggen(koers.baseUrl, koers.accounts['teammanager-a'].email, koers.wachtwoord)
    await tm.page.goto(`${o}/mijn-taken`)
    await wachtOpPagina(tm.page, 'Mijn taken')
    await tm.check('mijn-taken')
    await tm.page.getByRole('list', { name: 'Voorstellen die op u wachten' }).getByRole('link', { name: TITEL }).click()
    await wachtOpPagina(tm.page, TITEL)
    await tm.check('voorstel-ter-goedkeuring')
    await stap(tm.page, 'Goedkeuren voor agendering')
    await tm.check('voorstel-goedgekeurd')
    await tm.finish()

    // The gemeentesecretaris puts it on the agenda of a PHO, then of a college meeting.
    const sec = await Journey.open(browser, 'besluitvorming-gemeentesecretaris')
    await sec.inloggen(koers.baseUrl, gs.email, koers.wachtwoord)
    await sec.page.goto(dossierUrl)
    await wachtOpPagina(sec.page, TITEL)
    await sec.check('voorstel-goedgekeurd')
    await stap(sec.page, 'Agenderen voor het portefeuillehoudersoverleg', true)
    await stap(sec.page, 'Agenderen voor het college', true)
    await sec.check('voorstel-in-college')

    // The college meeting: publish, open, attendance, votes, besluit.
    await sec.page.getByRole('link', { name: 'College van burgemeester en wethouders' }).click()
    await wachtOpPagina(sec.page, 'College van burgemeester en wethouders')
    await sec.check('college-gepland')
    await zetStatus(sec.page, 'Agenda publiceren', 'agenda gepubliceerd')
    await zetStatus(sec.page, 'Vergadering openen', 'geopend')
    await aanwezigheid(sec.page)
    await stemEnBesluit(sec.page)
    await sec.check('college-besloten')

    // The college adopted it: on to the voorbereidende raad.
    await sec.page.getByRole('link', { name: `Voorstel: ${TITEL}` }).click()
    await wachtOpPagina(sec.page, TITEL)
    await expect.poll(() => sec.page.getByText('In de voorbereidende raad').count()).toBeGreaterThan(0)
    await sec.check('voorstel-naar-voorbereidende-raad')

    // On the agenda of a voorbereidende raad with the step on the dossier; once there, the step is gone.
    await stap(sec.page, 'Agenderen voor de voorbereidende raadsvergadering', true)
    await expect(sec.page.getByRole('form', { name: 'Agenderen voor de voorbereidende raadsvergadering' }).count()).resolves.toBe(0)
    await sec.check('voorstel-op-agenda-voorbereidende-raad')
    await sec.page.getByRole('link', { name: 'Raadsvergadering (voorbereidend)' }).click()
    await wachtOpPagina(sec.page, 'Raadsvergadering (voorbereidend)')
    await expect.poll(() => sec.page.getByText(TITEL).count()).toBeGreaterThan(0)
    // Nobody of the opsteller's team has announced themselves: the concernmanager is alerted.
    await expect(sec.page.getByText('de concernmanager wordt ingeschakeld').count()).resolves.toBe(1)
    await sec.check('voorbereidende-raad-agenda')

    // The voorbereidende raad's meetings in one's own calendar, through Overleggen: a secret feed URL, shown once.
    await sec.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click()
    await wachtOpPagina(sec.page, 'Overleggen')
    await sec.check('overleggen')
    await sec.page.getByRole('link', { name: 'Raadsvergadering (voorbereidend)' }).click()
    await wachtOpPagina(sec.page, 'Raadsvergadering (voorbereidend)')
    await sec.check('overleg-voorbereidende-raad')
    await sec.page.getByRole('button', { name: 'Agenda in mijn kalender' }).click()
    await expect.poll(() => sec.page.getByRole('status').filter({ hasText: 'Uw kalenderadres' }).textContent()).toMatch(/https?:\/\/\S+/)
    await sec.check('overleg-kalenderadres')

    // Then on the agenda of the besluitvormende raad.
    await sec.page.goto(dossierUrl)
    await wachtOpPagina(sec.page, TITEL)
    await stap(sec.page, 'Agenderen voor de besluitvormende raadsvergadering', true)
    await sec.check('voorstel-in-besluitvormende-raad')
    await sec.page.getByRole('link', { name: 'Raadsvergadering (besluitvormend)' }).click()
    await wachtOpPagina(sec.page, 'Raadsvergadering (besluitvormend)')
    await zetStatus(sec.page, 'Agenda publiceren', 'agenda gepubliceerd')
    await zetStatus(sec.page, 'Vergadering openen', 'geopend')
    const vlag = sec.page.getByText('De gemeentesecretaris of de loco-secretaris moet bij de besluitvormende raadsvergadering aanwezig zijn')
    await expect(vlag.count()).resolves.toBe(1)
    await sec.check('raad-geopend-met-vlag')
    // All members present (the quorum), the gemeentesecretaris not yet: the flag stays.
    await aanwezigheid(sec.page)
    await expect(vlag.count()).resolves.toBe(1)
    const form = sec.page.getByRole('form', { name: 'Aanwezigheid vastleggen' })
    await form.getByRole('checkbox', { name: gs.persoonNaam, exact: true }).check()
    await form.getByRole('button', { name: 'Aanwezigheid opslaan' }).click()
    await expect.poll(() => vlag.count()).toBe(0)
    await sec.check('raad-aanwezig')
    await stemEnBesluit(sec.page)
    await sec.check('raad-besloten')

    // The dossier: besloten, the whole route as a timeline.
    await sec.page.getByRole('link', { name: `Voorstel: ${TITEL}` }).click()
    await wachtOpPagina(sec.page, TITEL)
    const route = sec.page.getByRole('list', { name: 'De route van het voorstel, oudste stap eerst' })
    await expect.poll(() => route.getByRole('listitem').count()).toBe(9)
    const tekst = await route.textContent()
    for (const s of ['Opgesteld', 'Ingediend bij de teammanager', 'Goedgekeurd voor agendering', 'Geagendeerd voor het portefeuillehoudersoverleg', 'Geagendeerd voor het college',
      'Geagendeerd voor de voorbereidende raad', 'Geagendeerd voor de besluitvormende raad']) expect(tekst).toContain(s)
    expect(tekst?.match(/Besluit vastgelegd: aangenomen/g)?.length).toBe(2)
    await expect(sec.page.getByText('De route is afgerond.').count()).resolves.toBe(1)
    await sec.check('voorstel-besloten')
    await sec.finish()

    // The medewerker reads the notifications under Mijn taken.
    await mw.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click()
    await wachtOpPagina(mw.page, 'Mijn taken')
    const meldingen = mw.page.getByRole('list', { name: 'Ongelezen meldingen' })
    await expect.poll(() => meldingen.getByRole('listitem').count()).toBeGreaterThan(0)
    const voor = await meldingen.getByRole('listitem').count()
    await expect(meldingen.textContent()).resolves.toContain(TITEL)
    await mw.check('mijn-taken-meldingen')
    await meldingen.getByRole('button', { name: /^Markeer als gelezen/ }).first().click()
    await expect.poll(() => mw.page.getByRole('status').filter({ hasText: 'Gelezen:' }).count()).toBe(1)
    if (voor > 1) await expect.poll(() => meldingen.getByRole('listitem').count()).toBe(voor - 1)
    await mw.check('mijn-taken-gelezen')
    await mw.finish()
  }, 300_000) // three logins, two meetings decided and some fifteen pages, each audited by axe-core, on a loaded machine

  it('returns a voorstel with a comment the opsteller reads and answers with a new version, and ends the route when it is withdrawn', async () => {
    const o = `${koers.baseUrl}/app/o/${koers.organisatieId}`
    const titel = 'Nota speelruimte'
    const opmerking = 'Voeg de kosten per wijk toe.'

    // The medewerker drafts a collegevoorstel (the text form is hers while it is a concept) and submits it.
    const mw = await Journey.open(browser, 'terugsturen-medewerker')
    await mw.inloggen(koers.baseUrl, koers.accounts.medewerker.email, koers.wachtwoord)
    await mw.page.goto(`${o}/voorstellen`)
    await wachtOpPagina(mw.page, 'Voorstellen')
    await mw.check('voorstellen')
    const nieuw = mw.page.getByRole('form', { name: 'Nieuw voorstel' })
    await nieuw.getByRole('textbox', { name: 'Titel' }).fill(titel)
    await nieuw.getByLabel('Soort').selectOption('collegevoorstel')
    await kiesEerste(nieuw.getByLabel('Portefeuille'))
    await nieuw.getByLabel('Tekst van het voorstel').fill('Het college stelt de nota speelruimte vast.')
    await nieuw.getByRole('button', { name: 'Voorstel aanmaken' }).click()
    await mw.page.waitForURL(/\/voorstellen\/[0-9a-f-]{36}$/)
    await wachtOpPagina(mw.page, titel)
    const dossierUrl = mw.page.url()
    const tekstFormulier = mw.page.getByRole('form', { name: 'Tekst wijzigen' })
    await expect(tekstFormulier.count()).resolves.toBe(1)
    await mw.check('concept-met-tekstformulier')
    await stap(mw.page, 'Indienen bij de teammanager')
    await expect(tekstFormulier.count()).resolves.toBe(0) // no longer a concept
    await mw.check('ingediend')

    // The teammanager returns it; without a comment the form says what is missing.
    const tm = await Journey.open(browser, 'terugsturen-teammanager')
    await tm.inloggen(koers.baseUrl, koers.accounts['teammanager-a'].email, koers.wachtwoord)
    await tm.page.goto(dossierUrl)
    await wachtOpPagina(tm.page, titel)
    await expect(tm.page.getByRole('form', { name: 'Tekst wijzigen' }).count()).resolves.toBe(0) // not his text
    await tm.check('ter-goedkeuring')
    const terug = tm.page.getByRole('form', { name: 'Terugsturen naar de opsteller' })
    await terug.getByRole('button', { name: 'Terugsturen naar de opsteller' }).click()
    await expect.poll(() => tm.page.getByRole('alert').filter({ hasText: 'Zeg de opsteller wat er anders moet.' }).count()).toBe(1)
    await tm.check('terugsturen-zonder-opmerking')
    await terug.getByLabel('Opmerking').fill(opmerking)
    await stap(tm.page, 'Terugsturen naar de opsteller')
    await expect(tm.page.getByText('U bent nu niet aan zet.').count()).resolves.toBe(1)
    await tm.check('teruggestuurd')
    await tm.finish()

    // The medewerker finds the comment under Mijn taken and in the dossier.
    await mw.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click()
    await wachtOpPagina(mw.page, 'Mijn taken')
    const melding = mw.page.getByRole('list', { name: 'Ongelezen meldingen' }).getByRole('link', { name: `Voorstel ‘${titel}’ is teruggestuurd: ${opmerking}` })
    await expect.poll(() => melding.count()).toBe(1)
    await mw.check('mijn-taken-teruggestuurd')
    await melding.click()
    await wachtOpPagina(mw.page, titel)
    const route = mw.page.getByRole('list', { name: 'De route van het voorstel, oudste stap eerst' })
    await expect(route.getByRole('listitem').last().textContent()).resolves.toContain('Teruggestuurd naar de opsteller')
    await expect(route.getByRole('listitem').last().textContent()).resolves.toContain(`“${opmerking}”`)
    await expect.poll(() => tekstFormulier.count()).toBe(1)
    await expect(mw.page.getByRole('region', { name: 'Tekst wijzigen' }).textContent()).resolves.toContain(`Teruggestuurd door ${koers.accounts['teammanager-a'].persoonNaam}: “${opmerking}”`)

    // A new version of the text, by keyboard: focus the field, replace the text, Tab to the button, Enter.
    const veld = tekstFormulier.getByLabel('Nieuwe tekst')
    await veld.focus()
    await mw.page.keyboard.press('Control+A')
    await mw.page.keyboard.type('Het college stelt de nota speelruimte vast, met de kosten per wijk.')
    await mw.page.keyboard.press('Tab')
    await expect.poll(() => tekstFormulier.getByRole('button', { name: 'Nieuwe versie opslaan' }).evaluate((knop) => knop === document.activeElement)).toBe(true)
    await mw.page.keyboard.press('Enter')
    await expect.poll(() => mw.page.getByRole('status').filter({ hasText: 'Versie 2 van de tekst is opgeslagen.' }).count()).toBe(1)
    await expect(mw.page.getByRole('heading', { name: 'Tekst (versie 2)' }).count()).resolves.toBe(1)
    await expect(mw.page.getByText('Eerdere versies (1)').count()).resolves.toBe(1)
    await mw.check('nieuwe-versie')

    // Withdrawn, the route ends: no steps and no text form any more.
    await mw.page.getByRole('form', { name: 'Terugtrekken' }).getByLabel('Opmerking (niet verplicht)').fill('Gaat op in het speelruimtebeleid.')
    await stap(mw.page, 'Terugtrekken')
    await expect(mw.page.getByText('Status: Teruggetrokken').count()).resolves.toBe(1)
    await expect(mw.page.getByText('De route is afgerond.').count()).resolves.toBe(1)
    await expect(mw.page.getByRole('region', { name: 'Volgende stap' }).locator('form').count()).resolves.toBe(0)
    await expect(tekstFormulier.count()).resolves.toBe(0)
    await expect(route.getByRole('listitem').last().textContent()).resolves.toContain('Teruggetrokken')
    await mw.check('teruggetrokken')
    await mw.finish()
  }, 180_000)
})
