// The words for the opgave and capaciteit codes, and the pure logic of the ranking list and the
// progress of a doel (unit-tested in woorden.test.ts).
import type { Domein, Oordeel, OpgaveSoort, OpgaveStatus } from '../../api/types.ts'

export const OPGAVE_SOORTEN: Record<OpgaveSoort, string> = { programma: 'Programma', project: 'Project', maatschappelijke_opgave: 'Maatschappelijke opgave' }
export const DOMEINEN: Record<Domein, string> = { fysiek: 'Fysiek', sociaal: 'Sociaal', economie: 'Economie', bedrijfsvoering: 'Bedrijfsvoering' }
export const OPGAVE_STATUSSEN: Record<OpgaveStatus, string> = { verkenning: 'Verkenning', actief: 'Actief', afgerond: 'Afgerond', gestopt: 'Gestopt' }
export const OORDELEN: Record<Oordeel, string> = { op_koers: 'Op koers', risico: 'Risico', uit_koers: 'Uit koers' }
export const CLAIM_STATUSSEN: Record<string, string> = { aangevraagd: 'Aangevraagd', toegekend: 'Toegekend', deels: 'Deels toegekend', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken' }
export const ACTIE_STATUSSEN: Record<string, string> = { open: 'Open', gereed: 'Gereed', vervallen: 'Vervallen' }
export const PARTNER_SOORTEN: Record<string, string> = { burgers: 'Burgers', bedrijf: 'Bedrijf', instelling: 'Instelling', organisatie: 'Organisatie' }

export const woord = (lijst: Record<string, string>, code: string | null | undefined, leeg = '—') => (code ? lijst[code] ?? code : leeg)

/** Moves the item at index one place up (-1) or down (+1); returns the same list when it cannot move. */
export function verplaats<T>(lijst: readonly T[], index: number, richting: -1 | 1): T[] {
  const doel = index + richting
  if (index < 0 || index >= lijst.length || doel < 0 || doel >= lijst.length) return [...lijst]
  const kopie = [...lijst]
  const [item] = kopie.splice(index, 1)
  kopie.splice(doel, 0, item as T)
  return kopie
}

/** How far a doel is from its nulwaarde (or 0) to its streefwaarde, as a whole percentage (null without metingen). */
export function voortgangPercentage(nulwaarde: number | null, streefwaarde: number, laatste: number | null): number | null {
  if (laatste === null) return null
  const start = nulwaarde ?? 0
  if (streefwaarde === start) return laatste === streefwaarde ? 100 : 0
  return Math.round(((laatste - start) / (streefwaarde - start)) * 100)
}

/** The level of a heatmap cell for its colour: what is asked and granted against the bezetting. */
export function belasting(cel: { bezettingFte: number; gevraagdFte: number; toegekendFte: number; overbelast: boolean; conflict: boolean }): 'leeg' | 'ruim' | 'krap' | 'vol' | 'over' {
  if (cel.overbelast || cel.conflict) return 'over'
  if (cel.gevraagdFte === 0 && cel.toegekendFte === 0) return 'leeg'
  const deel = cel.bezettingFte === 0 ? 1 : Math.max(cel.gevraagdFte, cel.toegekendFte) / cel.bezettingFte
  return deel < 0.5 ? 'ruim' : deel < 0.9 ? 'krap' : 'vol'
}
export const BELASTING_WOORDEN = { leeg: 'Geen vraag', ruim: 'Ruim', krap: 'Krap', vol: 'Bijna vol', over: 'Te veel gevraagd' } as const
