import { describe, expect, it } from 'vitest'
import { eenheidIdUitServerLink, href, isGeldigeDatum, metQuery, parseRoute, peildatumUit, routePath, type Route, inlogHref, veiligTerugNaar } from './routes.ts'

const O = '76508af1-007f-4ebc-8e4e-14b092069680'
const E = 'c04ccc06-16e3-4bbe-b5a3-582fbaa0e42f'

describe('parseRoute', () => {
  it('maps every page path to its page and back', () => {
    const routes: Route[] = [
      { pagina: 'organisatie', organisatieId: O },
      { pagina: 'organogram', organisatieId: O },
      { pagina: 'eenheid', organisatieId: O, eenheidId: E },
      { pagina: 'persoon', organisatieId: O, persoonId: E },
      { pagina: 'roltypen', organisatieId: O },
      { pagina: 'roltype', organisatieId: O, roltypeId: E },
      { pagina: 'wijzigingen', organisatieId: O },
      { pagina: 'wijziging-nieuw', organisatieId: O },
      { pagina: 'wijziging', organisatieId: O, wijzigingId: E },
      { pagina: 'wijziging-bewerken', organisatieId: O, wijzigingId: E },
      { pagina: 'opgaven', organisatieId: O },
      { pagina: 'opgave', organisatieId: O, opgaveId: E },
      { pagina: 'capaciteit', organisatieId: O },
      { pagina: 'samenwerking', organisatieId: O },
      { pagina: 'overleggen', organisatieId: O },
      { pagina: 'overleg', organisatieId: O, overlegId: E },
      { pagina: 'vergadering', organisatieId: O, vergaderingId: E },
      { pagina: 'voorstellen', organisatieId: O },
      { pagina: 'voorstel', organisatieId: O, voorstelId: E },
      { pagina: 'mijn-taken', organisatieId: O },
      { pagina: 'or-verzoeken', organisatieId: O },
      { pagina: 'or-verzoek', organisatieId: O, verzoekId: E },
    ]
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route)
  })

  it('treats /app and /app/ as the start, and /app/o/{id} as the organisatie page', () => {
    expect(parseRoute('/app')).toEqual({ pagina: 'start' })
    expect(parseRoute('/app/')).toEqual({ pagina: 'start' })
    expect(parseRoute(`/app/o/${O}`)).toEqual({ pagina: 'organisatie', organisatieId: O })
  })

  it('answers niet-gevonden for unknown pages and ids that are not UUIDs', () => {
    expect(parseRoute('/app/onbekend').pagina).toBe('niet-gevonden')
    expect(parseRoute('/app/o/abc/organisatie').pagina).toBe('niet-gevonden')
    expect(parseRoute(`/app/o/${O}/eenheden/abc`).pagina).toBe('niet-gevonden')
    expect(parseRoute(`/app/o/${O}/eenheden/${E}/extra`).pagina).toBe('niet-gevonden')
    expect(parseRoute(`/app/o/${O}/wijzigingen/${E}/verwijderen`).pagina).toBe('niet-gevonden')
  })
})

describe('peildatum in the URL', () => {
  it('reads a valid date and ignores a missing or impossible one', () => {
    expect(peildatumUit('?peildatum=2024-01-01')).toBe('2024-01-01')
    expect(peildatumUit('')).toBeNull()
    expect(peildatumUit('?peildatum=2024-02-30')).toBeNull()
    expect(peildatumUit('?peildatum=morgen')).toBeNull()
    expect(isGeldigeDatum('2024-02-29')).toBe(true)
    expect(isGeldigeDatum('2023-02-29')).toBe(false)
  })

  it('keeps the peildatum in every link and leaves empty extras out', () => {
    expect(href({ pagina: 'eenheid', organisatieId: O, eenheidId: E }, '2024-01-01')).toBe(`/app/o/${O}/eenheden/${E}?peildatum=2024-01-01`)
    expect(href({ pagina: 'organogram', organisatieId: O }, null, { weergave: 'honingraat', niveaus: undefined, ingeklapt: '' })).toBe(`/app/o/${O}/organogram?weergave=honingraat`)
    expect(href({ pagina: 'roltypen', organisatieId: O }, null)).toBe(`/app/o/${O}/roltypen`)
  })

  it('sets and removes one query value while keeping the others', () => {
    expect(metQuery('/app/x?peildatum=2024-01-01&weergave=boom', { weergave: 'honingraat' })).toBe('/app/x?peildatum=2024-01-01&weergave=honingraat')
    expect(metQuery('/app/x?peildatum=2024-01-01', { peildatum: null })).toBe('/app/x')
  })
})

describe('eenheidIdUitServerLink', () => {
  it('finds the eenheid id in the links of the server-rendered organogram', () => {
    expect(eenheidIdUitServerLink(`/organisatie/eenheden/${E}`)).toBe(E)
    expect(eenheidIdUitServerLink(`https://koers.example/organisatie/eenheden/${E}?peildatum=2024-01-01`)).toBe(E)
    expect(eenheidIdUitServerLink('/organisatie')).toBeNull()
  })
})

describe('login and beheer routes', () => {
  it('maps the login, account and beheer pages both ways', () => {
    expect(parseRoute('/app/inloggen')).toEqual({ pagina: 'inloggen' })
    expect(parseRoute('/app/account')).toEqual({ pagina: 'account' })
    expect(parseRoute(`/app/o/${O}/beheer/accounts`)).toEqual({ pagina: 'beheer-accounts', organisatieId: O })
    expect(parseRoute(`/app/o/${O}/beheer/api-tokens`)).toEqual({ pagina: 'beheer-api-tokens', organisatieId: O })
    expect(parseRoute(`/app/o/${O}/beheer/mandaten`)).toEqual({ pagina: 'beheer-mandaten', organisatieId: O })
    expect(parseRoute(`/app/o/${O}/beheer/iets`)).toEqual({ pagina: 'niet-gevonden' })
    expect(routePath({ pagina: 'beheer-mandaten', organisatieId: O })).toBe(`/app/o/${O}/beheer/mandaten`)
    expect(routePath({ pagina: 'inloggen' })).toBe('/app/inloggen')
  })

  it('returns after login only to a page inside the app', () => {
    expect(veiligTerugNaar(`/app/o/${O}/eenheden/${E}?peildatum=2024-01-01`)).toBe(`/app/o/${O}/eenheden/${E}?peildatum=2024-01-01`)
    expect(veiligTerugNaar('https://elders.example/app')).toBe('/app')
    expect(veiligTerugNaar('//elders.example/app')).toBe('/app')
    expect(veiligTerugNaar('/app/../api/v1')).toBe('/app')
    expect(veiligTerugNaar('/application')).toBe('/app')
    expect(veiligTerugNaar('/app/inloggen?terugNaar=/app')).toBe('/app')
    expect(veiligTerugNaar(null)).toBe('/app')
    expect(inlogHref(`/app/o/${O}/organisatie`)).toBe(`/app/inloggen?terugNaar=${encodeURIComponent(`/app/o/${O}/organisatie`)}`)
    expect(inlogHref('/app', { uitgelogd: '1' })).toBe('/app/inloggen?uitgelogd=1')
  })
})
