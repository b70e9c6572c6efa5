// Unit tests for the pure parts: the quirks of the real ROO cells, without a database.
import { describe, expect, it } from 'vitest'
import { gemeenteUitRoo, GEMEENTE_KOLOMMEN, type GemeenteKolom } from './gemeente-uit-roo.ts'
import { algemeneWaarde, formatAdres, parseAdressen, parseRooDatum, readRooCsv, RooImportError } from './roo-csv.ts'
import { isGeenPersoonsnaam, rooFunctie } from './roo-functies.ts'
import { ROO_GEMEENTEN_CSV } from './test-helpers.ts'

describe('ROO cells', () => {
  it('reads DD-MM-YYYY dates and rejects what is no date', () => {
    expect(parseRooDatum('01-01-1998')).toBe('1998-01-01')
    expect(parseRooDatum('')).toBe('')
    expect(parseRooDatum('31-02-2020')).toBeNull()
    expect(parseRooDatum('2020-01-01')).toBeNull()
  })

  it('takes the value labelled algemeen, not the Omgevingsloket one', () => {
    expect(algemeneWaarde('gemeente@x.nl, label: Omgevingsloket;info@x.nl, label: algemeen')).toBe('info@x.nl')
    expect(algemeneWaarde('vergunningen@x.nl, label: Omgevingsloket')).toBeNull()
    expect(algemeneWaarde('')).toBeNull()
  })

  it('keeps a toelichting with commas and colons in one value and prefers the street for a visiting address', () => {
    const [adres] = parseAdressen(
      'adresType: Bezoekadres, toelichting: Gemeentehuis Blaricum: Kerklaan 16, 1261 JB Blaricum, openbareRuimte: Zuidersingel, huisnummer: 5, postbus: 71, postcode: 3755AZ, woonplaats: Eemnes',
    )
    expect(adres).toMatchObject({ toelichting: 'Gemeentehuis Blaricum: Kerklaan 16, 1261 JB Blaricum', openbareRuimte: 'Zuidersingel', postbus: '71' })
    expect(formatAdres(adres, 'bezoek')).toBe('Zuidersingel 5, 3755 AZ Eemnes')
    expect(formatAdres(adres, 'post')).toBe('Postbus 71, 3755 AZ Eemnes')
  })

  it('splits the addresses cell on each adresType', () => {
    const adressen = parseAdressen('adresType: Bezoekadres, openbareRuimte: A, huisnummer: 1;adresType: Postadres, postbus: 20, postcode: 7500 AA, woonplaats: X')
    expect(adressen.map((a) => a.adresType)).toEqual(['Bezoekadres', 'Postadres'])
  })
})

describe('gemeenteUitRoo', () => {
  const rij = (over: Partial<Record<GemeenteKolom, string>>) => ({
    ...(Object.fromEntries(Object.keys(GEMEENTE_KOLOMMEN).map((k) => [k, ''])) as Record<GemeenteKolom, string>),
    naam: 'Gemeente Altena',
    type: 'Gemeente',
    tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1959',
    ...over,
  })

  it('derives the organisatiecode and CBS code from the TOOI URI when the code is empty', () => {
    const g = gemeenteUitRoo(rij({}))
    expect(g).toMatchObject({ velden: { organisatiecode: 'gm1959', cbs_code: '1959' }, geldigVan: null, geldigTot: null })
  })

  it('gives the reason for rows it cannot use', () => {
    expect(gemeenteUitRoo(rij({ tooiUri: '' }))).toEqual({ reden: 'geen TOOI URI en geen Organisatiecode: de gemeente is niet te identificeren' })
    expect(gemeenteUitRoo(rij({ organisatiecode: 'gm0153' }))).toMatchObject({ reden: expect.stringContaining('past niet bij de TOOI URI') })
    expect(gemeenteUitRoo(rij({ type: 'Provincie' }))).toMatchObject({ reden: 'geen gemeente (Type "Provincie")' })
    expect(gemeenteUitRoo(rij({ startdatum: '1-1-2019' }))).toMatchObject({ reden: expect.stringContaining('Startdatum') })
  })

  it('turns the last day in Einddatum into an exclusive geldig_tot', () => {
    expect(gemeenteUitRoo(rij({ startdatum: '01-01-2019', einddatum: '31-12-2024' }))).toMatchObject({ geldigVan: '2019-01-01', geldigTot: '2025-01-01' })
  })
})

describe('readRooCsv', () => {
  it('says which file is missing', () => {
    expect(() => readRooCsv('/bestaat/niet.csv', GEMEENTE_KOLOMMEN)).toThrow(new RooImportError('Bestand niet gevonden: /bestaat/niet.csv'))
  })

  it('names the missing columns of a file that is not the expected export', () => {
    expect(() => readRooCsv(ROO_GEMEENTEN_CSV, { naam: ['Naam'], functie: ['Functie'] })).toThrow(/mist de kolom\(men\) "Naam", "Functie"/)
  })
})

describe('ROO functies', () => {
  it('maps the published functies to roltypen, the locoburgemeester to a loco on the burgemeester', () => {
    expect(rooFunctie('Raadsgriffier')?.roltype).toBe('griffier')
    expect(rooFunctie('Woo Contactpersoon')?.roltype).toBe('woo_contactpersoon')
    expect(rooFunctie('Locoburgemeester')).toMatchObject({ roltype: 'burgemeester', loco: true })
    expect(rooFunctie('Kinderburgemeester')).toBeUndefined()
    expect(rooFunctie('constructor')).toBeUndefined()
  })

  it('recognises a role mailbox published as a name', () => {
    expect(isGeenPersoonsnaam('Woo-contactpersoon')).toBe(true)
    expect(isGeenPersoonsnaam('Mw. drs. T.F. de Jonge RA')).toBe(false)
  })
})
