// Text measurement and label wrapping for the organogram, without a font engine: the layout must
// be pure and fast (20,000 labels), so widths come from a table of Noto Sans advance widths (the
// font the PNG and PDF embed). An organisatie's own font may run a little wider, hence MARGE.

/**
 * Advance widths in 1/1000 em for U+0020…U+00FF (U+007F…U+009F are 0), read once from
 * @expo-google-fonts/noto-sans 400Regular and 700Bold with fontkit:
 * `font.glyphForCodePoint(c).advanceWidth * 1000 / font.unitsPerEm`.
 */
const REGULIER = '260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268,268,572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,600,930,586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615,413,479,361,618,508,786,529,510,470,380,551,380,572,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,260,269,572,572,572,572,551,513,580,832,357,509,572,322,832,500,428,572,350,350,281,623,655,268,225,350,376,509,745,771,781,434,639,639,639,639,639,639,881,632,556,556,556,556,339,339,339,339,730,760,781,781,781,781,781,572,781,731,731,731,731,566,605,631,561,561,561,561,561,561,864,480,564,564,564,564,258,258,258,258,605,618,605,605,605,605,605,572,605,618,618,618,618,510,615,510'
const VET = '260,282,479,646,572,902,750,266,339,339,542,572,285,320,281,415,572,572,572,572,572,572,572,572,572,572,281,285,572,572,572,477,898,692,665,642,732,560,549,724,765,389,331,664,559,943,813,791,621,791,656,551,577,756,650,967,670,626,579,331,415,331,572,411,365,599,632,516,632,597,387,632,650,299,298,620,298,975,650,625,632,632,447,502,434,650,571,856,578,571,493,394,551,394,572,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,260,286,572,572,568,572,551,486,593,832,381,614,572,320,832,500,424,572,379,380,365,653,648,281,263,380,386,614,830,874,845,477,692,692,692,692,692,692,952,642,560,560,560,560,389,389,389,389,732,805,791,791,791,791,791,572,791,756,756,756,756,626,628,704,599,599,599,599,599,599,917,516,597,597,597,597,299,299,299,299,627,650,625,625,625,625,625,572,619,650,650,650,650,571,632,571'

const tabel = (s: string) => Float64Array.from(s.split(',').map(Number))
const BREEDTES = { regulier: tabel(REGULIER), vet: tabel(VET) }
/** Room for a house-style font that runs wider than Noto Sans. */
const MARGE = 1.06
/** Characters outside Latin-1 (e.g. Frisian or Turkish letters) count as a wide glyph. */
const ONBEKEND = 700

export type Gewicht = keyof typeof BREEDTES

export function tekstBreedte(tekst: string, grootte: number, gewicht: Gewicht = 'regulier'): number {
  const t = BREEDTES[gewicht]
  let som = 0
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i)
    som += c >= 32 && c <= 255 ? t[c - 32]! || ONBEKEND : ONBEKEND
  }
  return (som / 1000) * grootte * MARGE
}

export interface Label {
  regels: string[]
  /** True when the name did not fit and ends in an ellipsis; the full name goes in <title>. */
  afgekapt: boolean
}

/**
 * Wraps a name into at most `maxRegels` lines of at most `breedte` wide, breaking at spaces and
 * after hyphens or slashes; a word too long for a line is cut. When the name needs more lines,
 * the last one shown ends with an ellipsis.
 */
export function brekeLabel(naam: string, breedte: number, grootte: number, maxRegels: number, gewicht: Gewicht = 'regulier'): Label {
  const past = (s: string) => tekstBreedte(s, grootte, gewicht) <= breedte
  // Break opportunities: spaces, and after a hyphen or slash ("Publiekszaken/Burgerzaken").
  const stukken = naam.trim().split(/\s+/).flatMap((woord) => woord.split(/(?<=[-/])(?=.)/).map((tekst, i) => ({ tekst, spatie: i === 0 })))
  const regels: string[] = []
  let huidig = ''
  for (const { tekst, spatie } of stukken) {
    const samen = huidig === '' ? tekst : huidig + (spatie ? ' ' : '') + tekst
    if (past(samen)) { huidig = samen; continue }
    if (huidig !== '') regels.push(huidig)
    // A single word wider than the line is cut with a hyphen, the rest carried to the next line.
    let woord = tekst
    while (!past(woord) && woord.length > 1) {
      let n = woord.length - 1
      while (n > 1 && !past(`${woord.slice(0, n)}-`)) n--
      if (woord.length - n < 3 && woord.length > 6) n = woord.length - 3 // no lone "-m" on the next line
      regels.push(`${woord.slice(0, n)}-`)
      woord = woord.slice(n)
    }
    huidig = woord
  }
  if (huidig !== '') regels.push(huidig)
  if (regels.length <= maxRegels) return { regels, afgekapt: false }
  const kort = regels.slice(0, maxRegels)
  kort[maxRegels - 1] = metEllips(kort[maxRegels - 1]!, breedte, grootte, gewicht)
  return { regels: kort, afgekapt: true }
}

function metEllips(regel: string, breedte: number, grootte: number, gewicht: Gewicht): string {
  let r = regel.trimEnd()
  while (r.length > 0 && tekstBreedte(`${r}…`, grootte, gewicht) > breedte) r = r.slice(0, -1).trimEnd()
  return `${r}…`
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Escapes text for XML content and for attribute values in double quotes (the only quotes the
 * renderers use, so ' stays readable); drops characters XML 1.0 forbids.
 */
export function xml(tekst: string): string {
  // eslint-disable-next-line no-control-regex
  return tekst.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => XML[c]!)
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** '2024-03-01' → '1 maart 2024'. */
export function datumTekst(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number)
  return `${d} ${MAANDEN[(m ?? 1) - 1]} ${j}`
}
