// Turns one row of the ROO gemeenten export into the organisatie fields Koers keeps, or into the
// reason the row cannot be imported. Pure, so every quirk of the real file is unit-tested.
import {
  adresVanType, algemeneWaarde, formatAdres, parseAdressen, parseRooDatum, volgendeDag, type RooRegel,
} from './roo-csv.ts'

/** Our name for each column, with the header texts it has in ROO exports. */
export const GEMEENTE_KOLOMMEN = {
  naam: ['Officiële naam'],
  afkorting: ['Afkorting'],
  type: ['Type'],
  startdatum: ['Startdatum'],
  einddatum: ['Einddatum'],
  adressen: ['Adressen'],
  telefoon: ['Telefoonnummers'],
  email: ['E-mail adressen'],
  website: ["Internetpagina's"],
  tooiUri: ['TOOi URI', 'TOOI URI'],
  kvk: ['KVK-nummer'],
  oin: ['OIN'],
  organisatiecode: ['Organisatiecode'],
} as const satisfies Record<string, readonly string[]>

export type GemeenteKolom = keyof typeof GEMEENTE_KOLOMMEN

/** The organisatie columns the import owns. */
export const GEMEENTE_VELDEN = [
  'naam', 'organisatiecode', 'tooi_uri', 'cbs_code', 'oin', 'kvk', 'afkorting', 'website', 'email', 'telefoon',
  'bezoekadres', 'postadres',
] as const
export type GemeenteVeld = (typeof GEMEENTE_VELDEN)[number]

export interface GemeenteUitRoo {
  /** null = the cell is empty; an empty cell never erases what Koers already knows (see import). */
  velden: Record<GemeenteVeld, string | null>
  /** From Startdatum; null when ROO leaves it empty (220 of the 342 gemeenten). */
  geldigVan: string | null
  /** Exclusive end: the day after Einddatum (ROO's Einddatum is the last day the gemeente existed). */
  geldigTot: string | null
}

const TOOI_GEMEENTE = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/gemeente\/(gm\d{4})$/

export function gemeenteUitRoo(w: RooRegel<GemeenteKolom>['waarden']): GemeenteUitRoo | { reden: string } {
  if (w.type.toLowerCase() !== 'gemeente') return { reden: `geen gemeente (Type "${w.type}")` }
  if (!w.naam) return { reden: 'Officiële naam ontbreekt' }

  const tooiUri = w.tooiUri || null
  const codeUitTooi = tooiUri ? TOOI_GEMEENTE.exec(tooiUri)?.[1] : undefined
  if (tooiUri && !codeUitTooi) return { reden: `TOOI URI "${tooiUri}" is geen TOOI-identifier van een gemeente (…/tooi/id/gemeente/gmNNNN)` }
  const codeInCel = w.organisatiecode.toLowerCase()
  if (codeInCel && !/^gm\d{4}$/.test(codeInCel)) return { reden: `Organisatiecode "${w.organisatiecode}" heeft niet de vorm gmNNNN` }
  if (codeInCel && codeUitTooi && codeInCel !== codeUitTooi) {
    return { reden: `Organisatiecode ${codeInCel} past niet bij de TOOI URI ${tooiUri}` }
  }
  // Twelve real rows have an empty Organisatiecode while their TOOI URI ends in the code.
  const organisatiecode = codeInCel || codeUitTooi
  if (!organisatiecode) return { reden: 'geen TOOI URI en geen Organisatiecode: de gemeente is niet te identificeren' }

  const start = parseRooDatum(w.startdatum)
  if (start === null) return { reden: `Startdatum "${w.startdatum}" is geen datum (DD-MM-JJJJ)` }
  const eind = parseRooDatum(w.einddatum)
  if (eind === null) return { reden: `Einddatum "${w.einddatum}" is geen datum (DD-MM-JJJJ)` }
  const geldigTot = eind ? volgendeDag(eind) : null
  if (start && geldigTot && geldigTot <= start) return { reden: `Einddatum ${w.einddatum} ligt vóór Startdatum ${w.startdatum}` }

  const adressen = parseAdressen(w.adressen)
  return {
    velden: {
      naam: w.naam,
      organisatiecode,
      tooi_uri: tooiUri,
      cbs_code: organisatiecode.slice(2),
      oin: w.oin || null,
      kvk: w.kvk || null,
      afkorting: w.afkorting || null,
      website: algemeneWaarde(w.website),
      email: algemeneWaarde(w.email),
      telefoon: algemeneWaarde(w.telefoon),
      bezoekadres: formatAdres(adresVanType(adressen, 'Bezoekadres'), 'bezoek'),
      postadres: formatAdres(adresVanType(adressen, 'Postadres'), 'post'),
    },
    geldigVan: start || null,
    geldigTot,
  }
}
