// Which meetings a voorstel may be put on the agenda of (issue 6). Pure rules, shared by the route
// (voorstel-route.ts), the repository that writes the agendapunt and the dossier that offers the steps.
import type { OverlegSoort } from '../../db/schema.ts'
import type { StapVerzoek } from './voorstel.schemas.ts'

/** Which overleg a meeting must be of to agenderen a voorstel there. */
export const AGENDA_OVERLEG: Partial<Record<StapVerzoek['handeling'], readonly OverlegSoort[]>> = {
  agenderen_pho: ['pho', 'strategisch_pho'],
  agenderen_college: ['college'],
  agenderen_voorbereidende_raad: ['voorbereidende_raad'],
  agenderen_besluitvormende_raad: ['besluitvormende_raad'],
}

/** A meeting that is still to come or under way: it takes agendapunten (migration 0007 refuses the others). */
export const OPEN_VERGADERING: ReadonlySet<string> = new Set(['gepland', 'agenda_gepubliceerd', 'geopend'])

/**
 * Why the voorstel may not go to a meeting of this overleg, or null when it may. A PHO belongs to a
 * portefeuille (overleg.portefeuille_id): the voorstel is discussed with its own portefeuillehouder
 * (seed 004, portefeuillehoudersoverleg: "de collegevoorstellen met de portefeuillehouder
 * voorbesproken"), so only a PHO of the voorstel's portefeuille. The strategisch PHO is the
 * portefeuillehouders' joint overleg and takes any voorstel; without a portefeuille any PHO will do.
 */
export function redenNietInOverleg(overleg: { soort: string; portefeuilleId: string | null; naam: string }, voorstelPortefeuilleId: string | null): string | null {
  if (overleg.soort !== 'pho' || voorstelPortefeuilleId === null || overleg.portefeuilleId === voorstelPortefeuilleId) return null
  return `is een vergadering van ${overleg.naam}, het portefeuillehoudersoverleg van een andere portefeuille; kies een portefeuillehoudersoverleg van de portefeuille van het voorstel, of het strategisch portefeuillehoudersoverleg`
}

/** Whether the voorstel is on the agenda of a planned or open meeting of one of these overleg soorten. */
export function staatOpOpenAgenda(agendapunten: ReadonlyArray<{ overlegSoort: string; vergaderingStatus: string }>, soorten: readonly string[]): boolean {
  return agendapunten.some((a) => soorten.includes(a.overlegSoort) && OPEN_VERGADERING.has(a.vergaderingStatus))
}
