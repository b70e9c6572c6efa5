// The organogram as a PDF page (A4 or A3 landscape) with pdfkit, drawn from the same layout as
// the SVG: title block, the drawing scaled to fit within the margins, legend. Text is real PDF
// text in embedded Noto Sans, so it can be selected, searched and read aloud.
import PDFDocument from 'pdfkit'
import type { OrganogramLayout, Papier } from './organogram.schemas.ts'
import { KOERS_HUISSTIJL, knoopKleuren, palet, type Huisstijl, type Palet } from './huisstijl.ts'
import { zeshoekPunten } from './layout-honingraat.ts'
import { logoAfmeting, logoInVak } from './logo.ts'
import { LETTERTYPE_BESTANDEN, renderPng } from './render-png.ts'
import { LEGENDA_TEKSTEN, STREEP, legendaPosities, ondertitel, omschrijving, tekstRegels, type Opschrift } from './render-svg.ts'
import { datumTekst } from './tekst.ts'

/** Landscape page sizes in PDF points (1/72 inch): ISO 216 A4 and A3. */
export const PAPIER: Record<Papier, { breedte: number; hoogte: number }> = {
  A4: { breedte: 841.89, hoogte: 595.28 },
  A3: { breedte: 1190.55, hoogte: 841.89 },
}
const MARGE = 36 // half an inch
const KOP = 56
const VOET = 34

export async function renderPdf(layout: OrganogramLayout, opschrift: Opschrift, papier: Papier, huisstijl: Huisstijl = KOERS_HUISSTIJL): Promise<Buffer> {
  const pagina = PAPIER[papier]
  const p = palet(huisstijl.tokens)
  const titel = `Organogram ${opschrift.organisatieNaam} op ${datumTekst(opschrift.peildatum)}`
  const doc = new PDFDocument({
    size: [pagina.breedte, pagina.hoogte],
    margin: 0,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: titel, Subject: omschrijving(opschrift, layout), Author: opschrift.organisatieNaam, Creator: 'Koers' },
  })
  const delen: Buffer[] = []
  doc.on('data', (d: Buffer) => delen.push(d))
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)))
    doc.on('error', reject)
  })
  doc.registerFont('regulier', LETTERTYPE_BESTANDEN.regulier)
  doc.registerFont('vet', LETTERTYPE_BESTANDEN.vet)
  doc.rect(0, 0, pagina.breedte, pagina.hoogte).fill(p.achtergrond)

  // Title block: logo, title, peildatum.
  let x = MARGE
  if (huisstijl.logo) {
    const vak = logoInVak(huisstijl.logo, 120, 40)
    const { breedte, hoogte } = logoAfmeting(huisstijl.logo)
    const png = huisstijl.logo.mediatype === 'image/png'
      ? Buffer.from(huisstijl.logo.data)
      : await renderPng(new TextDecoder().decode(huisstijl.logo.data), breedte, hoogte)
    doc.image(png, x, MARGE, { fit: [vak.breedte, vak.hoogte] })
    x += vak.breedte + 14
  }
  doc.font('vet').fontSize(16).fillColor(p.tekst).text(`Organogram ${opschrift.organisatieNaam}`, x, MARGE + 4, { lineBreak: false })
  doc.font('regulier').fontSize(9).fillColor(p.tekst).text(ondertitel(opschrift, layout), x, MARGE + 26, { lineBreak: false })

  // The drawing, scaled to fit (never enlarged past 1 px = 1 pt) and centred.
  const vlak = { x: MARGE, y: MARGE + KOP, breedte: pagina.breedte - 2 * MARGE, hoogte: pagina.hoogte - 2 * MARGE - KOP - VOET }
  const schaal = Math.min(1, vlak.breedte / layout.breedte, vlak.hoogte / layout.hoogte)
  doc.save()
  doc.translate(vlak.x + (vlak.breedte - layout.breedte * schaal) / 2, vlak.y + (vlak.hoogte - layout.hoogte * schaal) / 2)
  doc.scale(schaal)
  tekenOrganogram(doc, layout, p)
  doc.restore()

  legenda(doc, p, pagina.hoogte - MARGE - 12)
  doc.end()
  return klaar
}

function tekenOrganogram(doc: PDFKit.PDFDocument, layout: OrganogramLayout, p: Palet) {
  doc.lineWidth(STREEP.dikte).strokeColor(p.lijn)
  for (const l of layout.lijnen) if (l.soort === 'hierarchisch') doc.path(l.d).stroke()

  for (const k of layout.knopen) {
    const kleur = knoopKleuren(p, k.diepte)
    const vorm = (dx: number, dy: number) => {
      if (k.vorm === 'zeshoek') {
        const punten = zeshoekPunten(k.x + dx, k.y + dy)
        const paren: Array<[number, number]> = []
        for (let i = 0; i < punten.length; i += 2) paren.push([punten[i]!, punten[i + 1]!])
        doc.polygon(...paren)
      } else doc.roundedRect(k.x - k.breedte / 2 + dx, k.y - k.hoogte / 2 + dy, k.breedte, k.hoogte, 4)
    }
    if (k.verborgenOnderliggend > 0) {
      vorm(4, 4)
      doc.lineWidth(1).fillAndStroke(p.achtergrond, kleur.rand)
    }
    vorm(0, 0)
    doc.lineWidth(k.diepte === 0 ? 2 : 1.25).fillAndStroke(kleur.vulling, kleur.rand)
    for (const r of tekstRegels(k)) {
      // Centred by hand: pdfkit's own wrapping (the width option) measures against the unscaled
      // page and would start new pages for text low in a large drawing.
      doc.font(r.vet ? 'vet' : 'regulier').fontSize(r.grootte).fillColor(kleur.tekst)
      doc.text(r.tekst, k.x - doc.widthOfString(r.tekst) / 2, k.y + r.dy, { lineBreak: false, baseline: 'alphabetic' })
    }
  }

  // Functional lines: dashed, with a filled arrowhead drawn by hand (PDF has no markers).
  for (const l of layout.lijnen) {
    if (l.soort !== 'functioneel') continue
    doc.lineWidth(5).strokeColor(p.achtergrond).strokeOpacity(0.85).path(l.d).stroke()
    doc.strokeOpacity(1).lineWidth(STREEP.functioneelDikte).strokeColor(p.functioneel)
      .dash(STREEP.functioneel[0], { space: STREEP.functioneel[1] }).path(l.d).stroke().undash()
    const n = (l.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number)
    if (n.length >= 4) pijl(doc, n[n.length - 4]!, n[n.length - 3]!, n[n.length - 2]!, n[n.length - 1]!, p.functioneel)
  }
}

/** A filled arrowhead at (x, y), pointing away from (vanX, vanY). */
function pijl(doc: PDFKit.PDFDocument, vanX: number, vanY: number, x: number, y: number, kleur: string) {
  const hoek = Math.atan2(y - vanY, x - vanX)
  const punt = (a: number, r: number): [number, number] => [x + r * Math.cos(hoek + a), y + r * Math.sin(hoek + a)]
  doc.polygon([x, y], punt(Math.PI - 0.45, 10), punt(Math.PI + 0.45, 10)).fill(kleur)
}

function legenda(doc: PDFKit.PDFDocument, p: Palet, y: number) {
  const { posities } = legendaPosities(8)
  doc.font('vet').fontSize(8).fillColor(p.tekst).text('Legenda', MARGE, y + 3, { lineBreak: false, baseline: 'alphabetic' })
  const m = MARGE + 56
  const tekst = (x: number, t: string) => doc.font('regulier').fontSize(8).fillColor(p.tekst).text(t, m + x, y + 3, { lineBreak: false, baseline: 'alphabetic' })
  const { hierarchisch: h, functioneel: f, ingeklapt: i } = posities
  doc.lineWidth(STREEP.dikte).strokeColor(p.lijn).moveTo(m + h.x, y).lineTo(m + h.x + 40, y).stroke()
  tekst(h.tekstX, LEGENDA_TEKSTEN.hierarchisch)
  doc.lineWidth(STREEP.functioneelDikte).strokeColor(p.functioneel).dash(STREEP.functioneel[0], { space: STREEP.functioneel[1] })
    .moveTo(m + f.x, y).lineTo(m + f.x + 34, y).stroke().undash()
  pijl(doc, m + f.x, y, m + f.x + 40, y, p.functioneel)
  tekst(f.tekstX, LEGENDA_TEKSTEN.functioneel)
  doc.lineWidth(1).rect(m + i.x + 12, y - 4, 24, 12).fillAndStroke(p.achtergrond, p.overig.rand)
  doc.rect(m + i.x + 8, y - 8, 24, 12).fillAndStroke(p.achtergrond, p.overig.rand)
  tekst(i.tekstX, LEGENDA_TEKSTEN.ingeklapt)
}
