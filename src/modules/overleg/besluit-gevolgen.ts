// What follows from a besluit on an agendapunt: when it concerns a voorstel, its route moves on
// (issue 6: one dossier from opsteller to raadsbesluit). Kept apart so the meeting module does not
// depend on the voorstel module's internals.
import type { Tx } from '../../db/database.ts'

export interface BesluitGevolg {
  vergaderingId: string
  voorstelId: string | null
  overlegSoort: string
  uitkomst: string | null
}

type Verwerker = (tx: Tx, organisatieId: string, voorstelId: string, overlegSoort: string, uitkomst: string, actor: string) => Promise<void>
let verwerker: Verwerker | null = null

/** The voorstel module registers how a besluit moves a voorstel along its route. */
export function registreerVoorstelVerwerker(v: Verwerker) {
  verwerker = v
}

export async function verwerkBesluit(tx: Tx, organisatieId: string, g: BesluitGevolg, actor: string) {
  if (g.voorstelId && g.uitkomst && verwerker) await verwerker(tx, organisatieId, g.voorstelId, g.overlegSoort, g.uitkomst, actor)
}
