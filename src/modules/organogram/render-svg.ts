// The organogram as a standalone SVG document: a title block, the drawing and a legend. Every
// eenheid is a link (<a href>) so click-through works without script, text is real <text> (no
// foreignObject) so it can be selected, searched and read, and functional lines differ from
// hierarchical ones by dash pattern and arrow, not by colour alone (WCAG 1.4.1).
import type { LayoutKnoop, OrganogramLayout } from './organogram.schemas.ts'
import { KOERS_HUISSTIJL, knoopKleuren, lettertypeLijst, palet, type Huisstijl, type Palet } from './huisstijl.ts'
import { zeshoekPunten } from './layout-honingraat.ts'
import { BINNEN_ZESHOEK, LETTER, naamGrootte } from './layout.ts'
import { logoDataUri, logoInVak } from './logo.ts'
import { brekeLabel, datumTekst, tekstBreedte, xml } from './tekst.ts'

export interface Opschrift {
  organisatieNaam: string
  peildatum: string
}

export interface SvgOpties {
  huisstijl?: Huisstijl
  /** Where an eenheid links to; the public page's eenheid page by default. */
  link?: (id: string) => string
}

/** Heights of the title block and the legend around the drawing (px). */
export const KOP = { hoogte: 96, logoBreedte: 160, logoHoogte: 56 } as const
export const LEGENDA = { hoogte: 64 } as const
/** Functional lines: dashed, with a filled arrowhead at the steering eenheid. Hierarchical: solid, no marker. */
export const STREEP = { functioneel: [8, 5], dikte: 1.5, functioneelDikte: 2 } as const

export const tellerTekst = (n: number) => `+${n.toLocaleString('nl-NL')} onderliggende ${n === 1 ? 'eenheid' : 'eenheden'}`

export interface TekstRegel { tekst: string; dy: number; grootte: number; vet: boolean }

/** The lines of text in a node, with baselines relative to its centre. Shared with the PDF. */
export function tekstRegels(k: LayoutKnoop): TekstRegel[] {
  const vet = k.diepte === 0
  let teller: string[] = []
  if (k.verborgenOnderliggend > 0) {
    const t = tellerTekst(k.verborgenOnderliggend)
    const ruimte = k.vorm === 'zeshoek' ? BINNEN_ZESHOEK : k.breedte - 16
    teller = tekstBreedte(t, LETTER.teller) <= ruimte ? [t] : brekeLabel(t, ruimte, LETTER.teller, 2).regels
  }
  const hoogte = k.regels.length * LETTER.regel + (teller.length ? 4 + teller.length * 13 : 0)
  const top = -hoogte / 2
  return [
    ...k.regels.map((tekst, i) => ({ tekst, dy: top + i * LETTER.regel + 11.5, grootte: naamGrootte(k.vorm), vet })),
    ...teller.map((tekst, j) => ({ tekst, dy: top + k.regels.length * LETTER.regel + 4 + j * 13 + 10, grootte: LETTER.teller, vet: false })),
  ]
}

const n1 = (n: number) => Math.round(n * 10) / 10

function vorm(k: LayoutKnoop, dx: number, dy: number, kleur: { vulling: string; rand: string }, dikte: number) {
  if (k.vorm === 'zeshoek') {
    const p = zeshoekPunten(k.x + dx, k.y + dy).map(n1)
    return `<polygon points="${p.join(' ')}" fill="${kleur.vulling}" stroke="${kleur.rand}" stroke-width="${dikte}"/>`
  }
  return `<rect x="${n1(k.x - k.breedte / 2 + dx)}" y="${n1(k.y - k.hoogte / 2 + dy)}" width="${k.breedte}" height="${k.hoogte}" rx="4" fill="${kleur.vulling}" stroke="${kleur.rand}" stroke-width="${dikte}"/>`
}

function knoopSvg(k: LayoutKnoop, p: Palet, link: (id: string) => string): string {
  const kleur = knoopKleuren(p, k.diepte)
  const titel = k.verborgenOnderliggend > 0 ? `${k.naam} (${tellerTekst(k.verborgenOnderliggend)})` : k.naam
  // A folded eenheid is drawn as a stack of cards: a second outline behind it, visible without colour.
  const stapel = k.verborgenOnderliggend > 0 ? vorm(k, 4, 4, { vulling: p.achtergrond, rand: kleur.rand }, 1) : ''
  const tekst = tekstRegels(k)
    .map((r) => `<tspan x="${k.x}" y="${n1(k.y + r.dy)}"${r.grootte !== LETTER.naam ? ` font-size="${r.grootte}"` : ''}${r.vet ? ' font-weight="bold"' : ''}>${xml(r.tekst)}</tspan>`)
    .join('')
  return `<a href="${xml(link(k.id))}"><g data-id="${k.id}" data-soort="${k.soort}"><title>${xml(titel)}</title>${stapel}${vorm(k, 0, 0, kleur, k.diepte === 0 ? 2 : 1.25)}<text text-anchor="middle" fill="${kleur.tekst}">${tekst}</text></g></a>`
}

export const LEGENDA_TEKSTEN = {
  hierarchisch: 'Hiërarchische leiding',
  functioneel: 'Functionele aansturing (pijl naar de aansturende eenheid)',
  ingeklapt: 'Ingeklapt: +N onderliggende eenheden',
} as const

/** Where each legend entry starts: a 40 px sample, then its text. Shared with the PDF. */
export function legendaPosities(grootte = 12) {
  let x = 0
  const uit = {} as Record<keyof typeof LEGENDA_TEKSTEN, { x: number; tekstX: number }>
  for (const sleutel of Object.keys(LEGENDA_TEKSTEN) as Array<keyof typeof LEGENDA_TEKSTEN>) {
    uit[sleutel] = { x, tekstX: x + 48 }
    x += 48 + tekstBreedte(LEGENDA_TEKSTEN[sleutel], grootte) + 32
  }
  return { posities: uit, breedte: x - 32 }
}

function legenda(p: Palet, y: number): string {
  const { posities } = legendaPosities()
  const m = LETTER.marge
  const tekst = (x: number, t: string) => `<text x="${n1(m + x)}" y="${y + 36}" font-size="12" fill="${p.tekst}">${xml(t)}</text>`
  const { hierarchisch: h, functioneel: f, ingeklapt: i } = posities
  return [
    `<g class="legenda"><text x="${m}" y="${y + 14}" font-size="12" font-weight="bold" fill="${p.tekst}">Legenda</text>`,
    `<path d="M${m + h.x} ${y + 32}h40" stroke="${p.lijn}" stroke-width="${STREEP.dikte}"/>`,
    tekst(h.tekstX, LEGENDA_TEKSTEN.hierarchisch),
    `<path d="M${n1(m + f.x)} ${y + 32}h38" fill="none" stroke="${p.functioneel}" stroke-width="${STREEP.functioneelDikte}" stroke-dasharray="${STREEP.functioneel.join(' ')}" marker-end="url(#pijl-functioneel)"/>`,
    tekst(f.tekstX, LEGENDA_TEKSTEN.functioneel),
    `<rect x="${n1(m + i.x + 12)}" y="${y + 26}" width="24" height="14" fill="${p.achtergrond}" stroke="${p.overig.rand}"/>`,
    `<rect x="${n1(m + i.x + 8)}" y="${y + 22}" width="24" height="14" fill="${p.achtergrond}" stroke="${p.overig.rand}"/>`,
    tekst(i.tekstX, LEGENDA_TEKSTEN.ingeklapt),
    '</g>',
  ].join('')
}

function kop(opschrift: Opschrift, layout: OrganogramLayout, huisstijl: Huisstijl, p: Palet): string {
  const delen: string[] = ['<g class="kop">']
  let x = LETTER.marge
  if (huisstijl.logo) {
    const vak = logoInVak(huisstijl.logo, KOP.logoBreedte, KOP.logoHoogte)
    delen.push(`<image x="${x}" y="${n1(20 + (KOP.logoHoogte - vak.hoogte) / 2)}" width="${n1(vak.breedte)}" height="${n1(vak.hoogte)}" href="${logoDataUri(huisstijl.logo)}"><title>Logo ${xml(opschrift.organisatieNaam)}</title></image>`)
    x += vak.breedte + 20
  }
  delen.push(`<text x="${x}" y="44" font-size="22" font-weight="bold" fill="${p.tekst}">${xml(`Organogram ${opschrift.organisatieNaam}`)}</text>`)
  delen.push(`<text x="${x}" y="70" font-size="13" fill="${p.tekst}">${xml(ondertitel(opschrift, layout))}</text>`)
  delen.push('</g>')
  return delen.join('')
}

/** "Peildatum 1 maart 2024 · 2.000 eenheden, 62 getekend (3 niveaus)". */
export function ondertitel(opschrift: Opschrift, layout: OrganogramLayout): string {
  const totaal = layout.totaalEenheden.toLocaleString('nl-NL')
  const deel = layout.zichtbareEenheden < layout.totaalEenheden ? `, ${layout.zichtbareEenheden.toLocaleString('nl-NL')} getekend${layout.niveaus ? ` (${layout.niveaus} niveaus)` : ''}` : ''
  return `Peildatum ${datumTekst(opschrift.peildatum)} · ${totaal} ${layout.totaalEenheden === 1 ? 'eenheid' : 'eenheden'}${deel}`
}

/** Short description of what the drawing shows, for <desc> (and the public page's text). */
export function omschrijving(opschrift: Opschrift, layout: OrganogramLayout): string {
  const functioneel = layout.lijnen.filter((l) => l.soort === 'functioneel').length
  const vorm = layout.weergave === 'boom' ? 'als boom van boven naar beneden' : 'als honingraat rond de concerndirectie'
  return `De organisatie van ${opschrift.organisatieNaam} op ${datumTekst(opschrift.peildatum)}, getekend ${vorm}: ${layout.zichtbareEenheden} van de ${layout.totaalEenheden} eenheden met hun hiërarchische lijnen (doorgetrokken) en ${functioneel} functionele ${functioneel === 1 ? 'lijn' : 'lijnen'} (gestippeld, met pijl naar de aansturende eenheid).`
}

/** The SVG's width and height (px): the drawing with the title block above and the legend below. */
export function svgAfmeting(layout: OrganogramLayout): { breedte: number; hoogte: number } {
  return {
    breedte: Math.ceil(Math.max(layout.breedte, legendaPosities().breedte + 2 * LETTER.marge)),
    hoogte: Math.ceil(KOP.hoogte + layout.hoogte + LEGENDA.hoogte),
  }
}

export function renderSvg(layout: OrganogramLayout, opschrift: Opschrift, opties: SvgOpties = {}): string {
  const huisstijl = opties.huisstijl ?? KOERS_HUISSTIJL
  const link = opties.link ?? ((id: string) => `/organisatie/eenheden/${id}`)
  const p = palet(huisstijl.tokens)
  const { breedte, hoogte } = svgAfmeting(layout)
  const titel = `Organogram ${opschrift.organisatieNaam} op ${datumTekst(opschrift.peildatum)}`
  const uit: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}" role="img" aria-labelledby="organogram-titel organogram-omschrijving" font-family="${xml(lettertypeLijst(p))}" font-size="${LETTER.naam}">`,
    `<title id="organogram-titel">${xml(titel)}</title>`,
    `<desc id="organogram-omschrijving">${xml(omschrijving(opschrift, layout))}</desc>`,
    `<defs><marker id="pijl-functioneel" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" orient="auto-start-reverse" markerUnits="userSpaceOnUse" overflow="visible"><path d="M0 0L10 5L0 10z" fill="${p.functioneel}"/></marker></defs>`,
    `<rect width="${breedte}" height="${hoogte}" fill="${p.achtergrond}"/>`,
    kop(opschrift, layout, huisstijl, p),
    `<g class="organogram" transform="translate(0 ${KOP.hoogte})">`,
    `<g class="lijnen-hierarchisch" fill="none" stroke="${p.lijn}" stroke-width="${STREEP.dikte}">`,
  ]
  for (const l of layout.lijnen) if (l.soort === 'hierarchisch') uit.push(`<path d="${l.d}"/>`)
  uit.push('</g><g class="eenheden">')
  for (const k of layout.knopen) uit.push(knoopSvg(k, p, link))
  uit.push('</g>')
  const functioneel = layout.lijnen.filter((l) => l.soort === 'functioneel')
  if (functioneel.length > 0) {
    // A halo in the background colour keeps dashed lines readable where they cross boxes.
    uit.push(`<g class="lijnen-functioneel-halo" fill="none" stroke="${p.achtergrond}" stroke-width="5" stroke-opacity="0.85">`)
    for (const l of functioneel) uit.push(`<path d="${l.d}"/>`)
    uit.push(`</g><g class="lijnen-functioneel" fill="none" stroke="${p.functioneel}" stroke-width="${STREEP.functioneelDikte}" stroke-dasharray="${STREEP.functioneel.join(' ')}">`)
    for (const l of functioneel) uit.push(`<path d="${l.d}" marker-end="url(#pijl-functioneel)" data-van="${l.vanId}" data-naar="${l.naarId}"/>`)
    uit.push('</g>')
  }
  uit.push('</g>', legenda(p, KOP.hoogte + layout.hoogte), '</svg>\n')
  return uit.join('')
}
