// Which meetings the vergadering picker of an agenderen step offers (issue 6). The server decides
// (agendeerVoorstel answers 400 naming vergaderingId); this only keeps the choices to those it accepts.
import type { VergaderingKort, VoorstelHandeling } from '../../api/types.ts'
import { AGENDA_SOORTEN } from './woorden.ts'

const OPEN = new Set(['gepland', 'agenda_gepubliceerd', 'geopend'])

/**
 * The meetings of the overleg soorten the step agendeert for that are planned or open. A PHO belongs
 * to a portefeuille: only a PHO of the voorstel's own portefeuille is offered (seed 004,
 * portefeuillehoudersoverleg), the strategisch PHO always; without a portefeuille any PHO.
 */
export function kiesbareVergaderingen(vergaderingen: readonly VergaderingKort[], handeling: VoorstelHandeling, portefeuilleId: string | null): VergaderingKort[] {
  const soorten = AGENDA_SOORTEN[handeling]
  if (!soorten) return []
  return vergaderingen.filter((v) => soorten.includes(v.overlegSoort) && OPEN.has(v.status)
    && (v.overlegSoort !== 'pho' || portefeuilleId === null || v.overlegPortefeuilleId === portefeuilleId))
}
