// Journey (ondernemingsraad): the gemeentesecretaris opens "Ondernemingsraad" from the menu, sees no
// verzoeken yet, sends an empty form and reads what is missing, then asks the OR for advice on a
// reorganisation (WOR art. 25 lid 1e) with a termijn in 30 days. On the verzoek she records a later
// termijn, the OR's conditional advice with the keyboard only, then a besluit that deviates from it:
// first without a motivering (refused, WOR art. 25 lid 5), then with one. A second verzoek is withdrawn
// after a second question. A medewerker reads the first and finds no forms. axe-core audits every state.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers(), launchChromium()])
})

const ONDERWERP = 'Samenvoegen van de teams Vergunningen en Toezicht'
const ADVIES = 'De OR adviseert positief, mits geen gedwongen ontslagen vallen en het sociaal plan geldt.'
const MOTIVERING = 'Het sociaal plan geldt; een garantie tegen gedwongen ontslag kan het college niet geven.'

const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })

async function gelukt(page: Page, tekst: string) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: tekst }).count()).toBe(1)
}

describe('ondernemingsraad', () => {
  it('asks the OR for advice, records its answer and a deviating besluit with its motivering; a medewerker only reads', async () => {
    const gs = koers.accounts.gemeentesecretaris
    const sec = await Journey.open(browser, 'or-secretaris')
    await sec.inloggen(koers.baseUrl, gs.email, koers.wachtwoord)
    await sec.page.goto(`${koers.baseUrl}/app/o/${koers.organisatieId}/mijn-taken`)
    await wachtOpPagina(sec.page, 'Mijn taken')
    await sec.check('mijn-taken')
    await sec.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ondernemingsraad' }).click()
    await wachtOpPagina(sec.page, 'Ondernemingsraad')
    await expect(sec.page.getByText('Er zijn nog geen verzoeken aan de OR.').count()).resolves.toBe(1)
    await sec.check('leeg')

    // An empty form: the summary names what is missing and takes the focus.
    const form = sec.page.getByRole('form', { name: 'Nieuw verzoek aan de OR' })
    await form.getByRole('button', { name: 'Verzoek indienen' }).click()
    const samenvatting = sec.page.getByRole('alert').filter({ hasText: 'Het verzoek is niet ingediend' })
    await expect.poll(() => samenvatting.textContent()).toContain('Onderwerp')
    await expect(samenvatting.textContent()).resolves.toContain('WOR-grondslag')
    await expect(samenvatting.textContent()).resolves.toContain('Termijn')
    await sec.check('fouten')

    await form.getByLabel('Soort verzoek').selectOption('advies')
    await form.getByRole('textbox', { name: 'WOR-grondslag' }).fill('art. 25 lid 1e')
    await form.getByRole('textbox', { name: 'Onderwerp' }).fill(ONDERWERP)
    await form.getByRole('textbox', { name: 'Toelichting (niet verplicht)' }).fill('Twee teams worden één team onder één teammanager.')
    await form.getByLabel('Termijn').fill(over(30))
    await form.getByRole('button', { name: 'Verzoek indienen' }).click()
    await wachtOpPagina(sec.page, ONDERWERP)
    const verzoek = sec.page.getByRole('region', { name: 'Het verzoek' })
    await expect(verzoek.textContent()).resolves.toContain('Wacht op de OR')
    await expect(verzoek.textContent()).resolves.toContain('Nog 30 dagen')
    await sec.check('ingediend')

    // A later termijn agreed with the OR.
    await sec.page.getByText('Termijn verplaatsen of verzoek intrekken').click()
    await sec.page.getByRole('form', { name: 'Termijn verplaatsen' }).getByLabel('Nieuwe termijn').fill(over(35))
    await sec.check('termijn-verplaatsen')
    await sec.page.getByRole('button', { name: 'Termijn verplaatsen' }).click()
    await gelukt(sec.page, 'De termijn is verplaatst naar')
    await expect(verzoek.textContent()).resolves.toContain('Nog 35 dagen')

    // The OR's answer, with the keyboard only.
    const antwoord = sec.page.getByRole('form', { name: 'Antwoord van de OR vastleggen' })
    const k = sec.page.keyboard
    await antwoord.getByLabel('Standpunt van de OR').focus()
    await antwoord.getByLabel('Standpunt van de OR').selectOption({ label: 'Positief advies onder voorwaarden' })
    await k.press('Tab')
    await k.type(ADVIES)
    await antwoord.getByRole('button', { name: 'Antwoord vastleggen' }).focus()
    await k.press('Enter')
    await gelukt(sec.page, 'Het antwoord van de OR is vastgelegd: positief advies onder voorwaarden.')
    await expect(sec.page.getByRole('region', { name: 'Antwoord van de OR' }).textContent()).resolves.toContain(ADVIES)
    await expect(antwoord.count()).resolves.toBe(0)
    await sec.check('beantwoord')

    // A besluit that deviates from the advice needs a motivering (WOR art. 25 lid 5).
    const besluit = sec.page.getByRole('form', { name: 'Besluit vastleggen' })
    await besluit.getByRole('textbox', { name: 'Besluit', exact: true }).fill('De teams worden per 1 maart samengevoegd.')
    await besluit.getByRole('checkbox', { name: 'Het besluit wijkt af van het advies van de OR' }).check()
    await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await expect.poll(() => sec.page.getByRole('alert').filter({ hasText: 'Het besluit is niet vastgelegd' }).textContent()).toContain('WOR art. 25 lid 5')
    await sec.check('motivering-ontbreekt')
    await besluit.getByRole('textbox', { name: 'Motivering' }).fill(MOTIVERING)
    await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await gelukt(sec.page, 'Het besluit is vastgelegd, met de motivering van de afwijking.')
    const besluitDeel = sec.page.getByRole('region', { name: 'Besluit' })
    await expect(besluitDeel.textContent()).resolves.toContain('afwijkend van het advies van de OR')
    await expect(besluitDeel.textContent()).resolves.toContain(MOTIVERING)
    await sec.check('besloten')

    const rij = await koers.db.selectFrom('or_verzoek').select(['id', 'status', 'or_standpunt', 'afwijkend', 'motivering']).where('onderwerp', '=', ONDERWERP).executeTakeFirstOrThrow()
    expect(rij).toMatchObject({ status: 'besloten', or_standpunt: 'voorwaardelijk', afwijkend: true, motivering: MOTIVERING })

    // The list shows it as decided; a medewerker reads it and gets no forms.
    await sec.page.getByRole('link', { name: 'Ondernemingsraad' }).first().click()
    await wachtOpPagina(sec.page, 'Ondernemingsraad')
    await expect.poll(() => sec.page.getByRole('row').filter({ hasText: ONDERWERP }).textContent()).toContain('Besloten')
    await sec.check('lijst')

    // Another verzoek, withdrawn after a second question.
    await form.getByLabel('Soort verzoek').selectOption('informatie')
    await form.getByRole('textbox', { name: 'Onderwerp' }).fill('Cijfers ziekteverzuim')
    await form.getByLabel('Termijn').fill(over(14))
    await form.getByRole('button', { name: 'Verzoek indienen' }).click()
    await wachtOpPagina(sec.page, 'Cijfers ziekteverzuim')
    await sec.page.getByText('Termijn verplaatsen of verzoek intrekken').click()
    await sec.page.getByRole('button', { name: 'Verzoek intrekken…' }).click()
    await sec.check('intrekken-bevestigen')
    await sec.page.getByRole('button', { name: 'Ja, verzoek intrekken' }).click()
    await gelukt(sec.page, 'Het verzoek is ingetrokken.')
    await expect(sec.page.getByRole('region', { name: 'Het verzoek' }).textContent()).resolves.toContain('Ingetrokken')
    await expect(sec.page.getByText('Termijn verplaatsen of verzoek intrekken').count()).resolves.toBe(0)
    await sec.check('ingetrokken')
    await sec.finish()

    const lezer = await Journey.open(browser, 'or-lezer')
    await lezer.inloggen(koers.baseUrl, koers.accounts.medewerker.email, koers.wachtwoord)
    await lezer.page.goto(`${koers.baseUrl}/app/o/${koers.organisatieId}/or-verzoeken/${rij.id}`)
    await wachtOpPagina(lezer.page, ONDERWERP)
    await expect(lezer.page.getByRole('main').locator('form, input, textarea, select').count()).resolves.toBe(0)
    await expect(lezer.page.getByRole('region', { name: 'Besluit' }).textContent()).resolves.toContain(MOTIVERING)
    await lezer.check('lezer')
    await lezer.finish()
  })
})
