// What follows from a besluit on an agendapunt: when it concerns a voorstel, its route moves on
// (issue 6: one dossier from opsteller to raadsbesluit). The caller has authorised the besluit
// (vergadering.beheren or the chair).
import type { Tx } from '../../db/database.ts'
import type { OverlegSoort, Uitkomst } from '../../db/schema.ts'
import { verwerkBesluitOverVoorstel } from '../voorstel/voorstel-route.ts'

export interface BesluitGevolg {
  vergaderingId: string
  voorstelId: string | null
  overlegSoort: string
  uitkomst: string | null
}

export async function verwerkBesluit(tx: Tx, organisatieId: string, g: BesluitGevolg, actor: string) {
  if (g.voorstelId && g.uitkomst) await verwerkBesluitOverVoorstel(tx, organisatieId, g.voorstelId, g.overlegSoort as OverlegSoort, g.uitkomst as Uitkomst, actor)
}
