// Journey (issue 6, vergadering): the forms of a meeting in the browser. The gemeentesecretaris,
// who chairs the managementteam, adds an agendapunt with a medewerker as informant; replaces them by
// another medewerker with the keyboard only; publishes the agenda, opens the meeting and writes the
// notulen. A medewerker reads the meeting: informanten by name and the notulen, no forms. The
// gemeentesecretaris closes the meeting and sees the notulen read-only. On the next meeting she writes
// notulen while the meeting is closed elsewhere: the server refuses (409) and the page shows the
// notulen read-only with her unsaved text. axe-core audits every state.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { sql } from 'kysely'
import { launchChromium, startKoers, type Koers } from './harness.ts'
import { Journey } from './journey.ts'
import { wachtOpPagina } from './web-app.ts'

let koers: Koers
let browser: Browser

beforeAll(async () => {
  ;[koers, browser] = await Promise.all([startKoers({ overleggen: true }), launchChromium()])
})

const TITEL = 'Werkdruk in de teams'
const NOTULEN = 'De concernmanager licht de cijfers over werkdruk toe.\nAfgesproken: de teammanagers komen in het volgende MT met een plan.'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Finds a persoon with the PersoonZoeker inside `scope`, chooses them and adds them as informant. */
async function kiesInformant(scope: Locator, naam: string) {
  await scope.getByRole('searchbox', { name: 'Naam van de persoon' }).fill(naam)
  await scope.getByRole('button', { name: 'Persoon zoeken' }).click()
  await scope.getByRole('radio', { name: new RegExp(`^${escape(naam)} —`) }).check()
  await scope.getByRole('button', { name: 'Als informant toevoegen' }).click()
  await expect.poll(() => scope.getByRole('list', { name: 'Gekozen informanten' }).textContent()).toContain(naam)
}

async function gelukt(page: Page, tekst: string) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: tekst }).count()).toBe(1)
}

async function zetStatus(page: Page, knop: string, wordt: string) {
  await page.getByRole('button', { name: knop }).click()
  await gelukt(page, `De vergadering is nu ${wordt}`)
}

describe('vergadering', () => {
  it('lets the chair invite informanten, write the notulen and close the meeting; readers and a closed meeting get them read-only', async () => {
    const o = `${koers.baseUrl}/app/o/${koers.organisatieId}`
    const gs = koers.accounts.gemeentesecretaris
    const mw = koers.accounts.medewerker
    // Two medewerkers outside the managementteam, each with a name no one else in the organisatie has.
    const [a, b] = (await sql<{ id: string; naam: string }>`
      select p.id, p.naam from persoon p
      join bezetting x on x.persoon_id = p.id and x.geldig_van <= current_date and (x.geldig_tot is null or x.geldig_tot > current_date)
      join functie_versie fv on fv.functie_id = x.functie_id and fv.geldig_van <= current_date and (fv.geldig_tot is null or fv.geldig_tot > current_date)
      join roltype r on r.id = fv.roltype_id and r.code = 'medewerker'
      where p.organisatie_id = ${koers.organisatieId} and p.id <> ${mw.persoonId}
        and (select count(*) from persoon q where q.organisatie_id = p.organisatie_id and q.naam = p.naam) = 1
      order by p.naam limit 2`.execute(koers.db)).rows
    if (!a || !b) throw new Error('De demo-organisatie heeft geen twee medewerkers met een eigen naam.')
    const [eerste, tweede] = await koers.db.selectFrom('vergadering as v').innerJoin('overleg as ov', 'ov.id', 'v.overleg_id').select('v.id')
      .where('ov.organisatie_id', '=', koers.organisatieId).where('ov.soort', '=', 'mt').orderBy('v.begin').limit(2).execute()
    const meldingen = async (persoonId: string) => (await koers.db.selectFrom('notificatie').select('id').where('persoon_id', '=', persoonId).where('soort', '=', 'informant').where('object_id', '=', eerste!.id).execute()).length

    const sec = await Journey.open(browser, 'vergadering-secretaris')
    await sec.inloggen(koers.baseUrl, gs.email, koers.wachtwoord)
    await sec.page.goto(`${o}/vergaderingen/${eerste!.id}`)
    await wachtOpPagina(sec.page, 'Managementteam')
    await expect(sec.page.getByRole('region', { name: 'Notulen' }).getByText('Er zijn nog geen notulen.').count()).resolves.toBe(1)
    await sec.check('gepland')

    // A new agendapunt with the medewerker as informant (behind "Informanten uitnodigen").
    const nieuw = sec.page.getByRole('form', { name: 'Agendapunt toevoegen' })
    await nieuw.getByRole('textbox', { name: 'Titel' }).fill(TITEL)
    await nieuw.getByText('Informanten uitnodigen (niet verplicht)').click()
    await kiesInformant(nieuw, a.naam)
    await sec.check('agendapunt-met-informant')
    await nieuw.getByRole('button', { name: 'Agendapunt toevoegen' }).click()
    await gelukt(sec.page, `“${TITEL}” staat op de agenda. Uitgenodigd als informant: ${a.naam}.`)
    const punt = sec.page.locator('.koers-agendapunt').filter({ hasText: TITEL })
    await expect.poll(() => punt.textContent()).toContain(`Informanten: ${a.naam}`)
    expect(await meldingen(a.id)).toBe(1)
    await sec.check('agendapunt-toegevoegd')

    // The informanten of the open item, with the keyboard only: open the disclosure, search, choose
    // and add the second medewerker (Enter on the found persoon), take the first off, save.
    const k = sec.page.keyboard
    await punt.getByText('Informanten wijzigen').focus()
    await k.press('Enter')
    const wijzig = punt.getByRole('form', { name: /^Informanten bij punt \d+ wijzigen$/ })
    await wijzig.getByRole('searchbox', { name: 'Naam van de persoon' }).focus()
    await k.type(b.naam)
    await k.press('Enter')
    const gevonden = wijzig.getByRole('radio', { name: new RegExp(`^${escape(b.naam)} —`) })
    await gevonden.waitFor()
    await gevonden.focus()
    await k.press('Space')
    await k.press('Enter')
    const lijst = wijzig.getByRole('list', { name: 'Gekozen informanten' })
    await expect.poll(() => lijst.getByRole('listitem').count()).toBe(2)
    await wijzig.getByRole('button', { name: `Weghalen: ${a.naam}` }).focus()
    await k.press('Enter')
    await expect.poll(() => lijst.getByRole('listitem').count()).toBe(1)
    await sec.check('informanten-wijzigen')
    await wijzig.getByRole('button', { name: 'Informanten opslaan' }).focus()
    await k.press('Enter')
    await gelukt(sec.page, `De informanten van “${TITEL}” zijn opgeslagen: ${b.naam}.`)
    await expect.poll(() => punt.textContent()).toContain(`Informanten: ${b.naam}`)
    // The disclosure closed and gave the focus back to its summary.
    await expect(wijzig.isVisible()).resolves.toBe(false)
    await expect(sec.page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY')
    expect(await meldingen(b.id)).toBe(1) // newly invited: notified
    expect(await meldingen(a.id)).toBe(1) // taken off: nothing new
    await sec.check('informanten-opgeslagen')

    // The meeting: agenda published, opened, notulen written.
    await zetStatus(sec.page, 'Agenda publiceren', 'agenda gepubliceerd')
    await zetStatus(sec.page, 'Vergadering openen', 'geopend')
    const notulen = sec.page.getByRole('region', { name: 'Notulen' })
    await notulen.getByText('Notulen schrijven').click()
    await notulen.getByRole('form', { name: 'Notulen' }).getByRole('textbox', { name: 'Notulen' }).fill(NOTULEN)
    await sec.check('notulen-schrijven')
    await notulen.getByRole('button', { name: 'Notulen opslaan' }).click()
    await gelukt(sec.page, 'De notulen zijn opgeslagen.')
    await expect.poll(() => notulen.locator('.koers-notulen').textContent()).toBe(NOTULEN)
    await expect(notulen.getByText('Notulen bewerken').count()).resolves.toBe(1)
    await sec.check('notulen-opgeslagen')

    // A medewerker reads the open meeting: the informant by name, the notulen, and no forms.
    const lezer = await Journey.open(browser, 'vergadering-lezer')
    await lezer.inloggen(koers.baseUrl, mw.email, koers.wachtwoord)
    const persoonVragen: string[] = []
    lezer.page.on('request', (r) => { if (/\/api\/v1\/organisaties\/[^/]+\/personen\//.test(r.url())) persoonVragen.push(r.url()) })
    await lezer.page.goto(`${o}/vergaderingen/${eerste!.id}`)
    await wachtOpPagina(lezer.page, 'Managementteam')
    await expect.poll(() => lezer.page.locator('.koers-agendapunt').filter({ hasText: TITEL }).textContent()).toContain(`Informanten: ${b.naam}`)
    expect(persoonVragen).toEqual([]) // the meeting's answer names its informanten: no lookup per person
    await expect(lezer.page.getByRole('region', { name: 'Notulen' }).locator('.koers-notulen').textContent()).resolves.toBe(NOTULEN)
    await expect(lezer.page.getByRole('main').locator('form, input, textarea, select').count()).resolves.toBe(0)
    await expect(lezer.page.getByText('Informanten wijzigen').count()).resolves.toBe(0)
    await expect(lezer.page.getByText('Notulen bewerken').count()).resolves.toBe(0)
    await lezer.check('lezer')
    await lezer.finish()

    // Closed: the notulen stay, read-only; no forms for the informanten or a new agendapunt.
    await zetStatus(sec.page, 'Vergadering sluiten', 'gesloten')
    await expect(notulen.locator('.koers-notulen').textContent()).resolves.toBe(NOTULEN)
    await expect(notulen.getByText('De vergadering is gesloten: de notulen liggen vast.').count()).resolves.toBe(1)
    await expect(notulen.getByRole('textbox').count()).resolves.toBe(0)
    await expect(notulen.getByText('Notulen bewerken').count()).resolves.toBe(0)
    await expect(sec.page.getByText('Informanten wijzigen').count()).resolves.toBe(0)
    await expect(sec.page.getByRole('form', { name: 'Agendapunt toevoegen' }).count()).resolves.toBe(0)
    await sec.check('gesloten')

    // The next meeting is closed elsewhere while she writes its notulen: 409, shown read-only.
    await sec.page.goto(`${o}/vergaderingen/${tweede!.id}`)
    await wachtOpPagina(sec.page, 'Managementteam')
    const volgende = sec.page.getByRole('region', { name: 'Notulen' })
    await volgende.getByText('Notulen schrijven').click()
    await volgende.getByRole('textbox', { name: 'Notulen' }).fill('Niet op tijd opgeslagen.')
    const csrf = ((await (await sec.context.request.get(`${koers.baseUrl}/api/v1/sessies/huidig`)).json()) as { csrfToken: string }).csrfToken
    for (const status of ['agenda_gepubliceerd', 'geopend', 'gesloten']) {
      const r = await sec.context.request.patch(`${koers.baseUrl}/api/v1/organisaties/${koers.organisatieId}/vergaderingen/${tweede!.id}`, { data: { status }, headers: { 'X-CSRF-Token': csrf } })
      expect(r.status(), await r.text()).toBe(200)
    }
    await volgende.getByRole('button', { name: 'Notulen opslaan' }).click()
    const weigering = volgende.getByRole('alert')
    await expect.poll(() => weigering.textContent()).toContain('De vergadering is gesloten; de notulen liggen vast.')
    await expect(volgende.getByRole('textbox').count()).resolves.toBe(0)
    await expect(volgende.getByText('Bij deze vergadering zijn geen notulen vastgelegd.').count()).resolves.toBe(1)
    await expect(sec.page.getByText('Vergadering · Gesloten').count()).resolves.toBe(1)
    await expect(sec.page.evaluate(() => document.activeElement?.className ?? '')).resolves.toContain('koers-fout-samenvatting')
    await weigering.getByText('Uw tekst die niet is opgeslagen').click()
    await expect(weigering.textContent()).resolves.toContain('Niet op tijd opgeslagen.')
    await sec.check('notulen-geweigerd')
    await sec.finish()
  }, 240_000)
})
