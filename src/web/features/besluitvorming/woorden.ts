// The words for besluitvorming's codes (issue 6) and the cadence of an overleg in Dutch. Pure, so
// unit-tested (woorden.test.ts).
import type { VoorstelHandeling, VoorstelStatus } from '../../api/types.ts'

export const OVERLEG_SOORTEN: Record<string, string> = {
  mt: 'Managementteam', dt: 'Directieteam', pho: 'Portefeuillehoudersoverleg', strategisch_pho: 'Strategisch portefeuillehoudersoverleg',
  college: 'College van B en W', voorbereidende_raad: 'Voorbereidende raad', besluitvormende_raad: 'Besluitvormende raad', or: 'Ondernemingsraad', overig: 'Overig',
}
export const MODI: Record<string, string> = { adviserend: 'Adviserend', besluitvormend: 'Besluitvormend' }
export const ROLLEN: Record<string, string> = { voorzitter: 'Voorzitter', lid: 'Lid', adviseur: 'Adviseur' }
export const VERGADERING_STATUSSEN: Record<string, string> = {
  gepland: 'Gepland', agenda_gepubliceerd: 'Agenda gepubliceerd', geopend: 'Geopend', gesloten: 'Gesloten', geannuleerd: 'Geannuleerd',
}
export const AGENDAPUNT_SOORTEN: Record<string, string> = { informatie: 'Ter informatie', bespreking: 'Ter bespreking', besluitvorming: 'Ter besluitvorming' }
export const UITKOMSTEN: Record<string, string> = { aangenomen: 'Aangenomen', geamendeerd_aangenomen: 'Geamendeerd aangenomen', verworpen: 'Verworpen', aangehouden: 'Aangehouden' }
export const KEUZES: Record<string, string> = { voor: 'Voor', tegen: 'Tegen', onthouding: 'Onthouding' }
export const VOORSTEL_SOORTEN: Record<string, string> = { collegevoorstel: 'Collegevoorstel', raadsvoorstel: 'Raadsvoorstel', dt_voorstel: 'DT-voorstel' }
export const VOORSTEL_STATUSSEN: Record<VoorstelStatus, string> = {
  concept: 'Concept', ter_goedkeuring: 'Ter goedkeuring bij de teammanager', goedgekeurd: 'Goedgekeurd', pho: 'In het portefeuillehoudersoverleg',
  college: 'In het college', voorbereidende_raad: 'In de voorbereidende raad', besluitvormende_raad: 'In de besluitvormende raad', besloten: 'Besloten', teruggetrokken: 'Teruggetrokken',
}
export const STAP_NAMEN: Record<string, string> = {
  opstellen: 'Opgesteld', indienen: 'Ingediend bij de teammanager', goedkeuren: 'Goedgekeurd voor agendering', terugsturen: 'Teruggestuurd naar de opsteller',
  agenderen_pho: 'Geagendeerd voor het portefeuillehoudersoverleg', agenderen_college: 'Geagendeerd voor het college',
  agenderen_voorbereidende_raad: 'Geagendeerd voor de voorbereidende raad', agenderen_besluitvormende_raad: 'Geagendeerd voor de besluitvormende raad',
  besluiten: 'Besluit vastgelegd', terugtrekken: 'Teruggetrokken',
}
/** Which overleg soorten a step puts the voorstel on the agenda of (the vergadering picker). */
export const AGENDA_SOORTEN: Partial<Record<VoorstelHandeling, string[]>> = {
  agenderen_pho: ['pho', 'strategisch_pho'], agenderen_college: ['college'],
  agenderen_voorbereidende_raad: ['voorbereidende_raad'], agenderen_besluitvormende_raad: ['besluitvormende_raad'],
}

export function woord(lijst: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '—'
  return lijst[code] ?? code
}

const DAGEN: Record<string, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' }
const RANGTELWOORDEN: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' }

/** FREQ=WEEKLY;INTERVAL=3;BYDAY=TU → "elke 3 weken op dinsdag"; FREQ=MONTHLY;BYDAY=1TH → "elke eerste donderdag van de maand". */
export function cadansInWoorden(rrule: string | null): string {
  if (!rrule) return 'Geen vaste cadans'
  const delen = Object.fromEntries(rrule.split(';').map((d) => d.split('=') as [string, string]))
  const interval = Number(delen.INTERVAL ?? '1')
  const dagen = (delen.BYDAY ?? '').split(',').filter(Boolean)
  const dagWoorden = dagen.map((d) => {
    const m = /^(-?\d)?([A-Z]{2})$/.exec(d)
    if (!m) return d
    return m[1] ? `${RANGTELWOORDEN[m[1]] ?? `${m[1]}e`} ${DAGEN[m[2]!] ?? m[2]}` : DAGEN[m[2]!] ?? m[2]!
  })
  const opDagen = dagWoorden.length === 0 ? '' : ` op ${dagWoorden.join(' en ')}`
  switch (delen.FREQ) {
    case 'DAILY': return interval === 1 ? 'Elke dag' : `Elke ${interval} dagen`
    case 'WEEKLY': return `${interval === 1 ? 'Elke week' : interval === 2 ? 'Om de week' : `Elke ${interval} weken`}${opDagen}`
    case 'MONTHLY':
      if (dagen.length > 0 && /^-?\d/.test(dagen[0]!)) return `${interval === 1 ? 'Elke' : `Om de ${interval} maanden, de`} ${dagWoorden.join(' en ')} van de maand`
      return `${interval === 1 ? 'Elke maand' : `Elke ${interval} maanden`}${opDagen}`
    case 'YEARLY': return interval === 1 ? 'Elk jaar' : `Elke ${interval} jaar`
    default: return rrule
  }
}

/** The date and time of a meeting in Dutch, in Amsterdam time. */
export function moment(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
}
