// House style: Koers's own neutral theme (NL Design System in spirit, not Gemeente Utrecht's
// proprietary tokens; ENGINEERING.md), and an organisatie's own colours, font and logo on top.
// The colours are checked before use: text must reach WCAG 2.1 AA contrast (1.4.3: 4.5:1) on the
// fill it sits on, and lines 3:1 on the background (1.4.11 non-text contrast); where an
// organisatie's tokens fall short, black or white text (or the text colour for lines) is used.

export interface HuisstijlKleuren {
  primair: string
  tekst: string
  achtergrond: string
  lijn: string
  accent: string
}

export interface HuisstijlTokens {
  kleuren: HuisstijlKleuren
  /** A font family the organisatie hosts itself; the exports fall back to Noto Sans, which they embed. */
  lettertype: string
}

export type LogoMediatype = 'image/svg+xml' | 'image/png'

export interface Logo {
  mediatype: LogoMediatype
  data: Uint8Array
}

export interface Huisstijl {
  tokens: HuisstijlTokens
  logo: Logo | null
}

/** Koers's neutral theme: dark blue, grey lines, a pale blue accent, Noto Sans. */
export const KOERS_HUISSTIJL: Huisstijl = {
  tokens: {
    kleuren: { primair: '#1d3b5c', tekst: '#1b1b1b', achtergrond: '#ffffff', lijn: '#55606e', accent: '#dce8f3' },
    lettertype: 'Noto Sans',
  },
  logo: null,
}

/** The font the PNG and PDF exports embed (from @expo-google-fonts/noto-sans). */
export const INGEBED_LETTERTYPE = 'Noto Sans'

function kanaal(c: number) {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminantie(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  return 0.2126 * kanaal((n >> 16) & 255) + 0.7152 * kanaal((n >> 8) & 255) + 0.0722 * kanaal(n & 255)
}

/** WCAG 2.1 contrast ratio between two #rrggbb colours, 1…21. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number]
  return (l1 + 0.05) / (l2 + 0.05)
}

export const AA_TEKST = 4.5
export const AA_GRAFISCH = 3

/** The wanted text colour if it reaches 4.5:1 on the fill, otherwise black or white, whichever contrasts more. */
export function leesbareTekst(vulling: string, gewenst: string): string {
  if (contrast(vulling, gewenst) >= AA_TEKST) return gewenst
  return contrast(vulling, '#000000') >= contrast(vulling, '#ffffff') ? '#000000' : '#ffffff'
}

export interface KnoopKleuren { vulling: string; rand: string; tekst: string }

/** What the renderers use: colours per level, each text colour checked against its fill. */
export interface Palet {
  achtergrond: string
  tekst: string
  lijn: string
  functioneel: string
  wortel: KnoopKleuren
  niveau1: KnoopKleuren
  overig: KnoopKleuren
  lettertype: string
}

export function palet(tokens: HuisstijlTokens): Palet {
  const k = tokens.kleuren
  const tekst = leesbareTekst(k.achtergrond, k.tekst)
  const lijn = contrast(k.lijn, k.achtergrond) >= AA_GRAFISCH ? k.lijn : tekst
  // A box edge must stand out from the background too, or the boxes of deeper levels disappear.
  const rand = contrast(k.primair, k.achtergrond) >= AA_GRAFISCH ? k.primair : tekst
  return {
    achtergrond: k.achtergrond,
    tekst,
    lijn,
    functioneel: rand,
    wortel: { vulling: k.primair, rand, tekst: leesbareTekst(k.primair, k.achtergrond) },
    niveau1: { vulling: k.accent, rand, tekst: leesbareTekst(k.accent, k.tekst) },
    overig: { vulling: k.achtergrond, rand, tekst },
    lettertype: tokens.lettertype,
  }
}

export function knoopKleuren(p: Palet, diepte: number): KnoopKleuren {
  return diepte === 0 ? p.wortel : diepte === 1 ? p.niveau1 : p.overig
}

/** The CSS font-family list for SVG: the organisatie's own font first, then the embedded one. */
export function lettertypeLijst(p: Palet): string {
  const eigen = p.lettertype.trim()
  const namen = eigen && eigen !== INGEBED_LETTERTYPE ? [eigen, INGEBED_LETTERTYPE] : [INGEBED_LETTERTYPE]
  return [...namen.map((n) => `'${n}'`), 'Arial', 'sans-serif'].join(', ')
}
