// The public pages over HTTP: what the Woo asks to be published is there (every eenheid with its
// contact details, at any peildatum), what may not be published is not (names of staff), data is
// escaped, and the pages are plain HTML without script.
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { escapeHtml } from './html.ts'
import { ambtenOp } from './publiek.repository.ts'
import { PUBLIEKE_AMBTEN } from './publieke-ambten.ts'
import { KOERS_KLEUREN, kleurenUitHuisstijl } from './publiek-stijl.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let f: Fixture
let demoId: string
const peildatum = vandaag()

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ method: 'GET', url, headers })
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload }
}
/** The description of one eenheid on /organisatie: from its heading to the next section. */
const sectie = (page: string, eenheidId: string) => {
  const start = page.indexOf(`id="e-${eenheidId}"`)
  if (start < 0) return null
  const end = page.indexOf('<section', start)
  return page.slice(start, end < 0 ? undefined : end)
}

interface EenheidRij { id: string; naam: string; email: string | null; telefoon: string | null; bezoekadres: string | null }
async function eenhedenOp(organisatieId: string, datum: string): Promise<EenheidRij[]> {
  const r = await sql<EenheidRij>`
    select eenheid_id as id, naam, email, telefoon, bezoekadres from eenheid_versie
    where organisatie_id = ${organisatieId} and geldig_van <= ${datum}::date and (geldig_tot is null or geldig_tot > ${datum}::date)`.execute(t.db)
  return r.rows
}

beforeAll(async () => {
  t = await createTestApp()
  f = await createFixtureOrganisatie(t.db)
  demoId = (await t.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirstOrThrow()).id
})

describe('GET /organisatie (Woo art. 3.3, Regeling actieve openbaarmaking 2.2.2)', () => {
  it('describes every eenheid of the demo organisatie on the peildatum with its own contact details, and lists it in the text version', async () => {
    const eenheden = await eenhedenOp(demoId, peildatum)
    expect(eenheden.length).toBeGreaterThan(20)
    const { status, body } = await get(`/organisatie?peildatum=${peildatum}`)
    expect(status).toBe(200)
    expect(body.match(/<section class="koers-eenheid/g)).toHaveLength(eenheden.length)
    for (const e of eenheden) {
      const s = sectie(body, e.id)
      expect(s, e.naam).not.toBeNull()
      expect(s).toContain(escapeHtml(e.naam))
      for (const veld of [e.email, e.telefoon, e.bezoekadres]) if (veld) expect(s).toContain(escapeHtml(veld))
      expect(body).toContain(`href="/organisatie/eenheden/${e.id}?peildatum=${peildatum}"`)
    }
    // The demo has contact details on every eenheid, so the check above is not vacuous.
    expect(eenheden.every((e) => e.email && e.telefoon && e.bezoekadres)).toBe(true)
  })

  it('shows the structure before a reorganisation on a peildatum before its ingangsdatum, and the new one from it', async () => {
    const wijzigingen = await t.db.selectFrom('wijziging').select(['titel', 'ingangsdatum']).where('organisatie_id', '=', demoId).where('status', '=', 'vastgesteld').where('ingangsdatum', '<=', peildatum).orderBy('ingangsdatum').execute()
    let getoetst = 0
    for (const w of wijzigingen) {
      const dagErvoor = new Date(Date.parse(`${w.ingangsdatum}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
      const [voor, na] = [await eenhedenOp(demoId, dagErvoor), await eenhedenOp(demoId, w.ingangsdatum)]
      const opgeheven = voor.filter((e) => !na.some((n) => n.id === e.id))
      const nieuw = na.filter((e) => !voor.some((v) => v.id === e.id))
      if (opgeheven.length === 0 || nieuw.length === 0) continue
      const oud = (await get(`/organisatie?peildatum=${dagErvoor}`)).body
      const nu = (await get(`/organisatie?peildatum=${w.ingangsdatum}`)).body
      for (const e of opgeheven) expect([w.titel, sectie(oud, e.id) !== null, sectie(nu, e.id) !== null]).toEqual([w.titel, true, false])
      for (const e of nieuw) expect([w.titel, sectie(oud, e.id) !== null, sectie(nu, e.id) !== null]).toEqual([w.titel, false, true])
      getoetst++
    }
    expect(getoetst).toBeGreaterThan(0)
  })

  it('shows a renamed eenheid under its old name before the rename (fixture: Team Alpha until 2020)', async () => {
    const oud = (await get(`/organisatie?organisatie=${f.organisatieId}&peildatum=2019-12-31`)).body
    const nu = (await get(`/organisatie?organisatie=${f.organisatieId}&peildatum=2020-01-01`)).body
    expect(sectie(oud, f.eenheden.teamA)).toContain('Team Alpha')
    expect(sectie(nu, f.eenheden.teamA)).toContain('Team A<')
    expect(oud).toContain('U ziet de organisatie op 31 december 2019.')
  })

  it('names public office holders but no other staff (fixture: the gemeentesecretaris and the loco, not the teammanagers or medewerkers)', async () => {
    const page = (await get(`/organisatie?organisatie=${f.organisatieId}&peildatum=2024-06-01`)).body
    expect(page).toContain('Gemeentesecretaris/algemeen directeur: Gerda Smit, Frits Mulder (loco)')
    expect(page).toContain('Teammanager A')
    for (const naam of ['Carla de Boer', 'Hanna Vos', 'Tom Bakker', 'Anna Jansen', 'Bram Visser', 'Tineke Meijer', 'Bob de Wit']) {
      expect(page).not.toContain(naam)
    }
    const team = (await get(`/organisatie/eenheden/${f.eenheden.teamA}?peildatum=2024-06-01`)).body
    expect(team).toContain('Beleidsmedewerker A1')
    expect(team).not.toContain('Anna Jansen')
    expect(team).not.toContain('Tom Bakker')
  })

  it('leaks the name of no medewerker of the demo organisatie, while it does name the burgemeester', async () => {
    const publiek = [...PUBLIEKE_AMBTEN]
    const personen = await sql<{ naam: string; publiek: boolean }>`
      select p.naam, bool_or(r.code = any(${publiek}::text[])) as publiek
      from bezetting b join persoon p on p.id = b.persoon_id
      join functie_versie fv on fv.functie_id = b.functie_id and fv.geldig_van <= ${peildatum}::date and (fv.geldig_tot is null or fv.geldig_tot > ${peildatum}::date)
      join roltype r on r.id = fv.roltype_id
      where b.organisatie_id = ${demoId} and b.geldig_van <= ${peildatum}::date and (b.geldig_tot is null or b.geldig_tot > ${peildatum}::date)
      group by p.naam`.execute(t.db)
    const ambtsdragers = new Set(personen.rows.filter((p) => p.publiek).map((p) => p.naam))
    // A generated name may belong to an ambtsdrager and a medewerker at once; that one may appear.
    const medewerkers = personen.rows.filter((p) => !p.publiek && !ambtsdragers.has(p.naam)).map((p) => p.naam)
    expect(medewerkers.length).toBeGreaterThan(100)
    const page = (await get(`/organisatie?peildatum=${peildatum}`)).body
    const gelekt = medewerkers.filter((naam) => page.includes(escapeHtml(naam)))
    expect(gelekt).toEqual([])
    const burgemeester = personen.rows.find((p) => p.publiek && page.includes(`Burgemeester: ${escapeHtml(p.naam)}`))
    expect(burgemeester).toBeDefined()
  })

  it('shows data as text: an eenheid called <script> is escaped, and a javascript: website is no link', async () => {
    const naam = '<script>alert("koers")</script>'
    const e = await t.db.insertInto('eenheid').values({ organisatie_id: f.organisatieId }).returning('id').executeTakeFirstOrThrow()
    await t.db.insertInto('eenheid_versie').values({
      organisatie_id: f.organisatieId, eenheid_id: e.id, naam, soort: 'team', geldig_van: '2015-01-01',
      omschrijving: '<img src=x onerror=alert(1)>', email: 'x"onmouseover="alert(1)@test.example', website: 'javascript:alert(1)',
    }).execute()
    await t.db.insertInto('lijn').values({ organisatie_id: f.organisatieId, soort: 'hierarchisch', eenheid_id: e.id, boven_eenheid_id: f.eenheden.cd, geldig_van: '2015-01-01' }).execute()
    for (const url of [`/organisatie?organisatie=${f.organisatieId}`, `/organisatie/eenheden/${e.id}`]) {
      const { status, body } = await get(url)
      expect(status).toBe(200)
      expect(body).toContain('&lt;script&gt;alert(&quot;koers&quot;)&lt;/script&gt;')
      expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(body).toContain('x&quot;onmouseover=&quot;alert(1)@test.example')
      expect(body).not.toMatch(/<script|<img|href="javascript:/i)
    }
  })
})

describe('the read cache (src/db/lees-cache.ts) on public pages', () => {
  it('serves a page again without a statement, and a change from the next request on', async () => {
    const url = `/organisatie?organisatie=${f.organisatieId}`
    await get(url)
    const voor = t.database.bewaking.statements
    const tweede = await get(url, { 'accept-encoding': 'gzip' })
    expect(tweede.status).toBe(200)
    expect(t.database.bewaking.statements).toBe(voor)
    expect(gunzipSync(tweede.raw).toString('utf8')).toContain('Concernstaf')

    await t.db.updateTable('eenheid_versie').set({ naam: 'Concernstaf en Control' }).where('eenheid_id', '=', f.eenheden.staf).execute()
    const na = await get(url)
    expect(na.body).toContain('Concernstaf en Control')
    await t.db.updateTable('eenheid_versie').set({ naam: 'Concernstaf' }).where('eenheid_id', '=', f.eenheden.staf).execute()
  })

  it('keeps no error page: an eenheid that appears later is found at once', async () => {
    const e = await t.db.insertInto('eenheid').values({ organisatie_id: f.organisatieId }).returning('id').executeTakeFirstOrThrow()
    const url = `/organisatie/eenheden/${e.id}`
    expect((await get(url)).status).toBe(404)
    await t.db.insertInto('eenheid_versie').values({ organisatie_id: f.organisatieId, eenheid_id: e.id, naam: 'Team Later', soort: 'team', geldig_van: '2015-01-01' }).execute()
    await t.db.insertInto('lijn').values({ organisatie_id: f.organisatieId, soort: 'hierarchisch', eenheid_id: e.id, boven_eenheid_id: f.eenheden.cd, geldig_van: '2015-01-01' }).execute()
    const na = await get(url)
    expect(na.status).toBe(200)
    expect(na.body).toContain('Team Later')
  })
})

describe('ambtenOp: the rule in SQL', () => {
  it('reads the holder of a public office only, so no other name leaves the database for a public page', async () => {
    const rows = await ambtenOp(t.db, f.organisatieId, '2024-06-01')
    expect(rows.filter((r) => r.persoon !== null).map((r) => [r.roltype, r.persoon])).toEqual([
      ['gemeentesecretaris', 'Gerda Smit'], ['gemeentesecretaris', 'Frits Mulder'],
    ])
    // The leading functies of the other eenheden are there, by functie only.
    expect(rows.filter((r) => r.persoon === null).map((r) => r.functie).sort()).toEqual(['Concerndirecteur fysiek', 'Hoofd concernstaf', 'Teammanager A', 'Teammanager B'])
  })
})

describe('one eenheid: GET /organisatie/eenheden/:eenheidId', () => {
  it('shows what it does, where it hangs, its parts, functional lines and contact details', async () => {
    const { status, body } = await get(`/organisatie/eenheden/${f.eenheden.teamB}?peildatum=2024-06-01`)
    expect(status).toBe(200)
    expect(body).toMatch(/<h1 class="utrecht-heading-1">Team B<\/h1>/)
    expect(body).toContain(`Valt hiërarchisch onder <a class="utrecht-link utrecht-link--html-a" href="/organisatie/eenheden/${f.eenheden.fysiek}?peildatum=2024-06-01">Domein Fysiek</a>`)
    expect(body).toMatch(/Functioneel aangestuurd door<\/h3><ul[^>]*><li[^>]*><a [^>]*>Concernstaf<\/a>: matrix: advies/)
    expect(body).toContain('Teammanager B')
    const cd = (await get(`/organisatie/eenheden/${f.eenheden.cd}`)).body
    expect(cd).toContain('href="mailto:directie@test.example"')
    expect(cd).toMatch(/Onderdelen van Concerndirectie<\/h3>.*Concernstaf.*Domein Fysiek/s)
  })
})

describe('errors are Dutch HTML pages', () => {
  it.each([
    ['an unknown eenheid', '/organisatie/eenheden/00000000-0000-4000-8000-000000000000', 404, 'bestaat niet'],
    ['an id that is no UUID', '/organisatie/eenheden/abc', 404, 'bestaat niet'],
    ['an unknown organisatie', '/organisatie?organisatie=gm0000', 404, 'Deze organisatie bestaat niet'],
    ['an impossible peildatum', '/organisatie?peildatum=2024-02-30', 400, 'bestaande datum'],
    ['an unknown page under /organisatie', '/organisatie/onbekend', 404, 'Deze pagina bestaat niet'],
  ])('%s', async (_, url, status, tekst) => {
    const res = await get(url)
    expect(res.status).toBe(status)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toContain(tekst)
    expect(res.body).toContain('<html lang="nl"')
  })

  it('for an eenheid on a peildatum before it existed, with its lifetime', async () => {
    const res = await get(`/organisatie/eenheden/${f.eenheden.teamA}?peildatum=2010-01-01`)
    expect(res.status).toBe(404)
    expect(res.body).toContain('2015-01-01')
  })
})

describe('every public page', () => {
  const paginas = () => ['/organisatie', `/organisatie/eenheden/${f.eenheden.fysiek}`, '/toegankelijkheidsverklaring']

  it('is Dutch, has a skip link to main, one h1, headings without skipped levels, and no script', async () => {
    for (const url of paginas()) {
      const { status, body } = await get(url)
      expect(status, url).toBe(200)
      expect(body).toMatch(/^<!doctype html>\n<html lang="nl"/)
      expect(body).toContain('<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">')
      expect(body).toMatch(/<main [^>]*id="inhoud"/)
      expect(body.match(/<h1[ >]/g), url).toHaveLength(1)
      const niveaus = [...body.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]))
      niveaus.forEach((n, i) => expect(n - (niveaus[i - 1] ?? 0), `${url}: h${niveaus[i - 1]} → h${n}`).toBeLessThanOrEqual(1))
      expect(body).not.toMatch(/<script|\son[a-z]+=/i)
    }
  })

  it('sends a Content-Security-Policy that allows no script and only its own inline style, by hash', async () => {
    for (const url of paginas()) {
      const { headers, body } = await get(url)
      const csp = String(headers['content-security-policy'])
      expect(csp).toContain("default-src 'none'")
      expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/)
      const css = /<style>([\s\S]*?)<\/style>/.exec(body)![1]!
      expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`)
      expect(headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('is gzipped for a client that accepts it', async () => {
    const plain = await get('/organisatie')
    const zipped = await get('/organisatie', { 'accept-encoding': 'gzip, deflate' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.raw.length).toBeLessThan(plain.raw.length / 4)
    expect(gunzipSync(zipped.raw).toString('utf8')).toBe(plain.body)
  })

  it('is not part of the OpenAPI document of the JSON API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths).filter((p) => /^\/(organisatie|toegankelijkheidsverklaring)\b/.test(p))).toEqual([])
  })
})

describe('the organisatie\'s huisstijl on its public pages', () => {
  it('uses its colours only where they are plain #rrggbb with 4.5:1 contrast on white', () => {
    const tokens = (primair: string, tekst = '#222222') => ({ kleuren: { primair, tekst } })
    expect(kleurenUitHuisstijl(tokens('#5A1A1A'))).toEqual({ primair: '#5a1a1a', link: '#5a1a1a', tekst: '#222222' })
    expect(kleurenUitHuisstijl(tokens('#ffee00', '#cccccc'))).toEqual(KOERS_KLEUREN)
    expect(kleurenUitHuisstijl(tokens('#000;}</style><script>', '#000000')).primair).toBe(KOERS_KLEUREN.primair)
    expect(kleurenUitHuisstijl(null)).toEqual(KOERS_KLEUREN)
  })

  it('shows its colours, font and logo, and serves the logo', async () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#5a1a1a"/></svg>'
    const put = await t.app.inject({
      method: 'PUT', url: `/api/v1/organisaties/${f.organisatieId}/huisstijl`,
      payload: {
        tokens: { kleuren: { primair: '#5a1a1a', tekst: '#222222', achtergrond: '#ffffff', lijn: '#555555', accent: '#f3e6e6' }, lettertype: 'Fira Sans' },
        logo: { mediatype: 'image/svg+xml', data: Buffer.from(logo).toString('base64') },
      },
    })
    expect(put.statusCode).toBe(200)
    const { body } = await get(`/organisatie?organisatie=${f.organisatieId}`)
    expect(body).toContain('--koers-primair:#5a1a1a;')
    expect(body).toContain('--utrecht-document-font-family:"Fira Sans", system-ui')
    expect(body).toContain(`<img class="koers-kop__logo" src="/organisatie/logo/${f.organisatieId}" alt="" width="144" height="48">`)
    const beeld = await get(`/organisatie/logo/${f.organisatieId}`)
    expect([beeld.status, beeld.headers['content-type'], beeld.body]).toEqual([200, 'image/svg+xml', logo])
    expect(beeld.headers['content-security-policy']).toContain("default-src 'none'")
    // The demo organisatie has no huisstijl of its own: Koers's theme, no logo.
    const demo = (await get('/organisatie')).body
    expect(demo).toContain(`--koers-primair:${KOERS_KLEUREN.primair};`)
    expect(demo).not.toContain('<img class="koers-kop__logo"')
    expect((await get(`/organisatie/logo/${demoId}`)).status).toBe(404)
  })
})

describe('GET /toegankelijkheidsverklaring (Besluit digitale toegankelijkheid overheid)', () => {
  it('publishes docs/toegankelijkheidsverklaring.md with the model sections and the organisation as contact', async () => {
    const { body } = await get('/toegankelijkheidsverklaring')
    for (const kop of ['Toegankelijkheidsverklaring', 'Nalevingsstatus', 'Hoe wij de toegankelijkheid toetsen', 'Bekende beperkingen', 'Feedback en contactgegevens', 'Handhavingsprocedure']) {
      expect(body).toMatch(new RegExp(`<h[12] class="utrecht-heading-[12]">${kop}</h[12]>`))
    }
    expect(body).toContain('WCAG) <strong>2.1 op niveau AA</strong>')
    expect(body).toContain('axe-core')
    const demo = await t.db.selectFrom('organisatie').select(['naam', 'email']).where('id', '=', demoId).executeTakeFirstOrThrow()
    expect(body).toContain(`Contact over toegankelijkheid: <strong>${escapeHtml(demo.naam)}</strong>`)
    if (demo.email) expect(body).toContain(`href="mailto:${demo.email}"`)
  })
})
