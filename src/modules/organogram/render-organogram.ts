// The organogram of an organisatie at a peildatum, rendered on the server (issue 3): what the API
// and the public page (Woo art. 3.3) call. Loads the tree, the functional lines and the huisstijl,
// lays them out once, and renders the layout as SVG, PNG, PDF or the layout itself (JSON).
import type { Db } from '../../db/database.ts'
import { getOrganisatie } from '../organisatie/organisatie.repository.ts'
import { boomOp, lijnenOp, subboomOp } from '../organisatie/eenheid.repository.ts'
import type { Formaat, OrganogramJson, OrganogramLayout, Papier, Weergave } from './organogram.schemas.ts'
import { getHuisstijl } from './huisstijl.repository.ts'
import type { Huisstijl } from './huisstijl.ts'
import { berekenLayout } from './layout.ts'
import { renderSvg, svgAfmeting, type Opschrift } from './render-svg.ts'

export type { Weergave } from './organogram.schemas.ts'

export interface OrganogramVraag {
  /** 'YYYY-MM-DD': the organisation as it is (or was, or will be) on this date. */
  peildatum: string
  weergave: Weergave
  /** How many levels to show from the top; deeper eenheden fold into "+N onderliggende eenheden". Default: 3 above 120 eenheden, else all. */
  niveaus?: number | undefined
  /** Render only this eenheid and what lies below it (404 problem if it does not exist on the peildatum). */
  eenheidId?: string | undefined
  /** Eenheden drawn folded in. */
  ingeklapt?: readonly string[] | undefined
  /** Where an eenheid links to; default /organisatie/eenheden/{id}. */
  link?: ((id: string) => string) | undefined
}

export interface GeladenOrganogram {
  layout: OrganogramLayout
  opschrift: Opschrift
  huisstijl: Huisstijl
}

/** Reads everything a drawing needs and computes its layout. */
export async function laadOrganogram(db: Db, organisatieId: string, vraag: OrganogramVraag): Promise<GeladenOrganogram> {
  const { peildatum } = vraag
  const organisatie = await getOrganisatie(db, organisatieId)
  const knopen = vraag.eenheidId ? await subboomOp(db, organisatieId, vraag.eenheidId, peildatum) : await boomOp(db, organisatieId, peildatum)
  const lijnen = await lijnenOp(db, organisatieId, peildatum, 'functioneel')
  const huisstijl = await getHuisstijl(db, organisatieId)
  const layout = berekenLayout(knopen, lijnen, { weergave: vraag.weergave, niveaus: vraag.niveaus, eenheidId: vraag.eenheidId, ingeklapt: vraag.ingeklapt })
  return { layout, opschrift: { organisatieNaam: organisatie.naam, peildatum }, huisstijl }
}

/** A standalone SVG document (UTF-8 text) of the organogram; every eenheid links to /organisatie/eenheden/{id}. */
export async function renderOrganogramSvg(db: Db, organisatieId: string, vraag: OrganogramVraag): Promise<string> {
  const { layout, opschrift, huisstijl } = await laadOrganogram(db, organisatieId, vraag)
  return renderSvg(layout, opschrift, { huisstijl, link: vraag.link })
}

export const CONTENT_TYPE: Record<Formaat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
}

/** The organogram in any format: SVG text, PNG or PDF bytes, or the layout as JSON for the web app. */
export async function renderOrganogram(
  db: Db,
  organisatieId: string,
  vraag: OrganogramVraag & { formaat: Formaat; papier?: Papier | undefined },
): Promise<{ inhoud: string | Buffer | OrganogramJson; contentType: string }> {
  const geladen = await laadOrganogram(db, organisatieId, vraag)
  const { layout, opschrift, huisstijl } = geladen
  const contentType = CONTENT_TYPE[vraag.formaat]
  switch (vraag.formaat) {
    case 'json':
      return { inhoud: { organisatieId, organisatieNaam: opschrift.organisatieNaam, peildatum: opschrift.peildatum, layout }, contentType }
    case 'svg':
      return { inhoud: renderSvg(layout, opschrift, { huisstijl, link: vraag.link }), contentType }
    case 'png': {
      const { breedte, hoogte } = svgAfmeting(layout)
      // PNG and PDF pull in resvg (WebAssembly) and pdfkit: loaded on first use, not at every start.
      const { renderPng } = await import('./render-png.ts')
      return { inhoud: await renderPng(renderSvg(layout, opschrift, { huisstijl, link: vraag.link }), breedte, hoogte), contentType }
    }
    case 'pdf': {
      const { renderPdf } = await import('./render-pdf.ts')
      return { inhoud: await renderPdf(layout, opschrift, vraag.papier ?? 'A4', huisstijl), contentType }
    }
  }
}
