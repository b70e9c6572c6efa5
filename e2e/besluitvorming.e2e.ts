// Journey (issue 6, besluitvorming): the whole route of a raadsvoorstel in the browser. The
// medewerker drafts and submits it; teammanager A finds it under Mijn taken and approves it; the
// gemeentesecretaris puts it on the agenda of a PHO and of a college meeting, opens that meeting,
// records attendance, the votes and the besluit (aangenomen), which sends the voorstel to the
// voorbereidende raad; adds it to a voorbereidende raad's agenda (through Overleggen), puts it on the
// besluitvormende raad's agenda, records attendance (the flag for the gemeentesecretaris shows until
// she is marked present), votes and decides; the dossier shows the whole route; the medewerker reads
// the notifications. axe-core audits every page visited.
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

async function stap(page: Page, naam: string, vergadering = false) {
  const form = page.getByRole('form', { name: naam })
  if (vergadering) await kiesEerste(form.getByLabel('Vergadering'))
  await form.getByRole('button', { name: naam }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Status nu:' }).count()).toBe(1)
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

    // On the agenda of a voorbereidende raad, through Overleggen.
    await sec.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click()
    await wachtOpPagina(sec.page, 'Overleggen')
    await sec.check('overleggen')
    await sec.page.getByRole('link', { name: 'Raadsvergadering (voorbereidend)' }).click()
    await wachtOpPagina(sec.page, 'Raadsvergadering (voorbereidend)')
    await sec.check('overleg-voorbereidende-raad')
    // Its meetings in one's own calendar: a secret feed URL, shown once.
    await sec.page.getByRole('button', { name: 'Agenda in mijn kalender' }).click()
    await expect.poll(() => sec.page.getByRole('status').filter({ hasText: 'Uw kalenderadres' }).textContent()).toMatch(/https?:\/\/\S+/)
    await sec.check('overleg-kalenderadres')
    await sec.page.getByRole('list', { name: 'Komende vergaderingen' }).getByRole('link').first().click()
    await wachtOpPagina(sec.page, 'Raadsvergadering (voorbereidend)')
    const punt = sec.page.getByRole('form', { name: 'Agendapunt toevoegen' })
    await expect.poll(() => punt.getByLabel('Voorstel (niet verplicht)').locator('option', { hasText: TITEL }).count()).toBe(1)
    await punt.getByLabel('Voorstel (niet verplicht)').selectOption({ label: TITEL })
    await punt.getByRole('button', { name: 'Agendapunt toevoegen' }).click()
    await expect.poll(() => sec.page.getByRole('status').filter({ hasText: `“${TITEL}” staat op de agenda` }).count()).toBe(1)
    // Nobody of the opsteller's team has announced themselves: the concernmanager is alerted.
    await expect(sec.page.getByText('de concernmanager wordt ingeschakeld').count()).resolves.toBe(1)
    await sec.check('voorbereidende-raad-agenda')

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
    await expect.poll(() => route.getByRole('listitem').count()).toBe(8)
    const tekst = await route.textContent()
    for (const s of ['Opgesteld', 'Ingediend bij de teammanager', 'Goedgekeurd voor agendering', 'Geagendeerd voor het portefeuillehoudersoverleg', 'Geagendeerd voor het college', 'Geagendeerd voor de besluitvormende raad']) expect(tekst).toContain(s)
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
})
