// The import reports as a person reads them: counts first, then the skipped rows with reasons.
import type { Overgeslagen } from '../modules/roo-import/roo-csv.ts'
import type { RooFunctiesRapport } from '../modules/roo-import/import-roo-functies.ts'
import type { RooGemeentenRapport } from '../modules/roo-import/import-roo-gemeenten.ts'

/** The national office-holders file can skip thousands of rows (e.g. before the gemeenten are in); --json has them all. */
const MAX_REGELS = 50

export function formatGemeentenRapport(csv: string, r: RooGemeentenRapport, ms: number): string {
  return [
    `ROO-gemeenten geïmporteerd uit ${csv} in ${seconden(ms)}`,
    `  aangemaakt:   ${r.aangemaakt}`,
    `  bijgewerkt:   ${r.bijgewerkt}`,
    `  ongewijzigd:  ${r.ongewijzigd}`,
    `  overgeslagen: ${r.overgeslagen.length}`,
    ...overgeslagen(r.overgeslagen),
  ].join('\n') + '\n'
}

export function formatFunctiesRapport(csv: string, r: RooFunctiesRapport, ms: number): string {
  const a = r.aangemaakt
  return [
    `ROO-functies geïmporteerd uit ${csv} in ${seconden(ms)}`,
    `  aangemaakt:   ${a.eenheden} eenheden, ${a.functies} functies, ${a.personen} personen, ${a.bezettingen} bezettingen`,
    `  beëindigd:    ${r.beeindigd} bezettingen`,
    `  ongewijzigd:  ${r.ongewijzigd} bezettingen`,
    `  overgeslagen: ${r.overgeslagen.length} regels`,
    ...overgeslagen(r.overgeslagen),
    ...(r.waarschuwingen.length > 0 ? ['', 'Waarschuwingen:', ...r.waarschuwingen.map((w) => `  ${w}`)] : []),
  ].join('\n') + '\n'
}

function overgeslagen(regels: Overgeslagen[]): string[] {
  if (regels.length === 0) return []
  const rest = regels.length - MAX_REGELS
  return [
    '',
    'Overgeslagen regels:',
    ...regels.slice(0, MAX_REGELS).map((o) => `  regel ${o.regel}: ${o.reden}`),
    ...(rest > 0 ? [`  … en nog ${rest} (alle regels: --json)`] : []),
  ]
}

function seconden(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`
}
