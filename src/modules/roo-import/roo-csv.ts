// Reading the CSV exports of the Register van Overheidsorganisaties (ROO): ';'-separated, every
// field quoted, UTF-8 (with or without BOM), one header row. Multi-valued cells are ';'-joined
// inside one quoted field and are taken apart by the helpers below. Everything here is pure, so
// the quirks of the real files are unit-tested without a database.
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'

/** The audit actor of every ROO import. */
export const ROO_ACTOR = 'import:roo'

/** A problem with the file as a whole (missing, unreadable, wrong columns): the import does not start. */
export class RooImportError extends Error {
  override name = 'RooImportError'
}

export interface Overgeslagen {
  /** Line number in the file (the header is line 1). */
  regel: number
  reden: string
}

export interface RooRegel<K extends string> {
  regel: number
  waarden: Record<K, string>
}

/**
 * Reads a ROO export and returns its rows keyed by our own column names. `kolommen` maps each
 * name to the header texts it may have: ROO renamed columns between export versions (the office
 * holders' TOOI URI is "Resource identifier v5.0 organisatie"), so headers are compared without
 * case, surrounding spaces or a trailing "(…)" explanation.
 */
export function readRooCsv<K extends string>(
  csvPath: string,
  kolommen: Record<K, readonly string[]>,
): { regels: RooRegel<K>[]; overgeslagen: Overgeslagen[] } {
  const records = parseFile(csvPath)
  const header = records[0]?.record
  if (!header) throw new RooImportError(`${csvPath} is leeg: een ROO-export begint met een kopregel`)

  const positie = new Map(header.map((h, i) => [kolomSleutel(h), i]))
  const index = {} as Record<K, number>
  const ontbreekt: string[] = []
  for (const [naam, namen] of Object.entries(kolommen) as [K, readonly string[]][]) {
    const i = namen.map((n) => positie.get(kolomSleutel(n))).find((p) => p !== undefined)
    if (i === undefined) ontbreekt.push(`"${namen[0]}"`)
    else index[naam] = i
  }
  if (ontbreekt.length > 0) {
    throw new RooImportError(
      `${csvPath} mist de kolom(men) ${ontbreekt.join(', ')}; is dit wel de juiste ROO-export? Gevonden kolommen: ${header.slice(0, 8).join(', ')}${header.length > 8 ? ', …' : ''}`,
    )
  }

  const regels: RooRegel<K>[] = []
  const overgeslagen: Overgeslagen[] = []
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      overgeslagen.push({ regel: info.lines, reden: `regel heeft ${record.length} kolommen, de kopregel ${header.length}` })
      continue
    }
    const waarden = {} as Record<K, string>
    for (const naam of Object.keys(index) as K[]) waarden[naam] = (record[index[naam]] ?? '').trim()
    regels.push({ regel: info.lines, waarden })
  }
  return { regels, overgeslagen }
}

function parseFile(csvPath: string): { record: string[]; info: { lines: number } }[] {
  let inhoud: Buffer
  try {
    inhoud = fs.readFileSync(csvPath)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new RooImportError(`Bestand niet gevonden: ${csvPath}`)
    if (code === 'EISDIR') throw new RooImportError(`${csvPath} is een map, geen CSV-bestand`)
    if (code === 'EACCES') throw new RooImportError(`Geen leesrechten op ${csvPath}`)
    throw new RooImportError(`Kan ${csvPath} niet lezen: ${(err as Error).message}`)
  }
  try {
    // With info: true every record comes as { record, info }; the sync typings do not model that option.
    return parse(inhoud, { delimiter: ';', bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
      record: string[]
      info: { lines: number }
    }[]
  } catch (err) {
    throw new RooImportError(`${csvPath} is geen geldig ROO-CSV-bestand (';'-gescheiden, tussen aanhalingstekens): ${(err as Error).message}`)
  }
}

function kolomSleutel(kop: string): string {
  return kop.trim().toLowerCase().replace(/\s*\(.*$/, '')
}

/** ROO dates are DD-MM-YYYY; returns 'YYYY-MM-DD', '' for an empty cell, or null when it is no real date. */
export function parseRooDatum(tekst: string): string | null {
  if (tekst === '') return ''
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(tekst)
  if (!m) return null
  const iso = `${m[3]}-${m[2]}-${m[1]}`
  return isDatum(iso) ? iso : null
}

/** True for a real calendar date written as 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isDatum(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

export function volgendeDag(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Today in the Netherlands (the machine may run on UTC, where the date flips an hour or two late). */
export function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date())
}

/**
 * Cells like "postbus20@enschede.nl, label: algemeen;postbus20@enschede.nl, label: Omgevingsloket":
 * returns the value labelled "algemeen", or null. Values for other desks (Omgevingsloket) are not
 * the organisation's general contact, so they are not used as a fallback.
 */
export function algemeneWaarde(cel: string): string | null {
  for (const deel of cel.split(';')) {
    const i = deel.lastIndexOf(', label: ')
    if (i < 0) continue
    if (deel.slice(i + ', label: '.length).trim().toLowerCase() === 'algemeen') return deel.slice(0, i).trim() || null
  }
  return null
}

export type Adres = Record<string, string>

/**
 * The addresses cell: entries "adresType: Bezoekadres, openbareRuimte: …, huisnummer: …" joined by
 * ';'. Keys are camelCase words, which is how a free-text toelichting containing ", " or ": " (e.g.
 * "Gemeentehuis Blaricum: Kerklaan 16, 1261 JB Blaricum") stays in one value.
 */
export function parseAdressen(cel: string): Adres[] {
  return cel
    .split(/;(?=\s*adresType: )/)
    .map((deel) => {
      const adres: Adres = {}
      const sleutels = [...deel.matchAll(/(?:^|, )([a-z][a-zA-Z]*): /g)]
      sleutels.forEach((m, i) => {
        const start = m.index + m[0].length
        const eind = sleutels[i + 1]?.index ?? deel.length
        adres[m[1]!] = deel.slice(start, eind).trim()
      })
      return adres
    })
    .filter((a) => a.adresType !== undefined)
}

/**
 * One line as on an envelope: "Hengelosestraat 51, 7514 AD ENSCHEDE" or "Postbus 20, 7500 AA ENSCHEDE".
 * A visiting address shows the street even when ROO also lists a postbus with it; a postal address
 * prefers the postbus.
 */
export function formatAdres(adres: Adres | undefined, soort: 'bezoek' | 'post'): string | null {
  if (!adres) return null
  const straat = [adres.openbareRuimte, [adres.huisnummer, adres.huisletter].filter(Boolean).join(''), adres.toevoeging].filter(Boolean).join(' ')
  const bus = adres.postbus ? `Postbus ${adres.postbus}` : adres.antwoordnummer ? `Antwoordnummer ${adres.antwoordnummer}` : ''
  const eerste = soort === 'bezoek' ? straat || bus : bus || straat
  const postcode = (adres.postcode ?? '').replace(/^(\d{4})\s*([A-Za-z]{2})$/, (_, c: string, l: string) => `${c} ${l.toUpperCase()}`)
  const plaats = [postcode, adres.woonplaats].filter(Boolean).join(' ')
  return [eerste, plaats].filter(Boolean).join(', ') || null
}

/** The first address of exactly this type ("Bezoekadres", not "Bezoekadres Omgevingsloket"). */
export function adresVanType(adressen: Adres[], type: string): Adres | undefined {
  return adressen.find((a) => a.adresType === type)
}
