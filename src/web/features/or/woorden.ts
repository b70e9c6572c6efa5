// The words for verzoeken aan de ondernemingsraad and their termijn (WOR art. 25 advies, art. 27
// instemming, art. 31 informatie). Pure, so unit-tested (woorden.test.ts).
import type { OrVerzoek } from '../../api/types.ts'

export const OR_SOORTEN: Record<OrVerzoek['soort'], string> = {
  advies: 'Adviesaanvraag (WOR art. 25)', instemming: 'Instemmingsaanvraag (WOR art. 27)', informatie: 'Informatieverzoek (WOR art. 31)',
}
export const OR_STATUSSEN: Record<OrVerzoek['status'], string> = {
  ingediend: 'Wacht op de OR', beantwoord: 'Beantwoord door de OR', besloten: 'Besloten', ingetrokken: 'Ingetrokken',
}
export const OR_STANDPUNTEN: Record<NonNullable<OrVerzoek['orStandpunt']>, string> = {
  positief: 'Positief advies', negatief: 'Negatief advies', voorwaardelijk: 'Positief advies onder voorwaarden',
  instemming: 'Instemming', geen_instemming: 'Geen instemming',
}
/** The standpunten that fit a soort: advice is positive, negative or conditional; consent is given or not. */
export const STANDPUNTEN_PER_SOORT: Record<OrVerzoek['soort'], Array<NonNullable<OrVerzoek['orStandpunt']>>> = {
  advies: ['positief', 'voorwaardelijk', 'negatief'], instemming: ['instemming', 'geen_instemming'], informatie: [],
}

const DAG = 86_400_000

/** Days from `vandaag` to `termijn` (both 'YYYY-MM-DD'); negative once it has passed. */
export function dagenTot(termijn: string, vandaag: string): number {
  return Math.round((Date.parse(`${termijn}T00:00:00Z`) - Date.parse(`${vandaag}T00:00:00Z`)) / DAG)
}

/** The termijn in words for a verzoek the OR has not answered yet; null once it has (or it ended). */
export function termijnInWoorden(v: Pick<OrVerzoek, 'status' | 'termijn'>, vandaag: string): string | null {
  if (v.status !== 'ingediend') return null
  const dagen = dagenTot(v.termijn, vandaag)
  if (dagen < 0) return `Termijn ${-dagen === 1 ? 'gisteren' : `${-dagen} dagen geleden`} verstreken`
  if (dagen === 0) return 'Termijn verloopt vandaag'
  if (dagen === 1) return 'Termijn verloopt morgen'
  return `Nog ${dagen} dagen`
}
