// The organogram of an organisatie at a peildatum, rendered on the server (issue 3): what the API
// and the public page (Woo art. 3.3) call. Loads the tree, lines and huisstijl, lays out, renders.
import type { Db } from '../../db/database.ts'

export type Weergave = 'boom' | 'honingraat'

export interface OrganogramVraag {
  /** 'YYYY-MM-DD': the organisation as it is (or was, or will be) on this date. */
  peildatum: string
  weergave: Weergave
  /** How many levels to show below the top; deeper eenheden collapse into "+N onderliggende eenheden". */
  niveaus?: number | undefined
  /** Render only this eenheid and what lies below it. */
  eenheidId?: string | undefined
}

/** A standalone SVG document (UTF-8 text) of the organogram; every eenheid links to /organisatie/eenheden/{id}. */
export async function renderOrganogramSvg(db: Db, organisatieId: string, vraag: OrganogramVraag): Promise<string> {
  void db
  void organisatieId
  // Placeholder until the layout lands in this module; the signature is the contract.
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 10 10"><title>Organogram ${vraag.peildatum}</title></svg>`
}
