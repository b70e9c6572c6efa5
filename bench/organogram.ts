// Server-side organogram: layout + SVG render for synthetic organisations of 2,000 and 20,000
// eenheden, in memory (no database), both weergaven. Goals (issue 3): p50 < 100 ms at 2,000 and
// < 1 s at 20,000. Measured twice: as served (large trees fold to 3 levels by default) and with
// every level open, the worst case.
//   node --import tsx bench/organogram.ts [runs]     prints a markdown table
import { pathToFileURL } from 'node:url'
import { berekenLayout } from '../src/modules/organogram/layout.ts'
import { renderSvg } from '../src/modules/organogram/render-svg.ts'
import { synthetischeBoom } from '../src/modules/organogram/synthetische-boom.ts'
import { ms, time } from './stats.ts'

export interface OrganogramMeting {
  eenheden: number
  weergave: 'boom' | 'honingraat'
  niveaus: 'standaard' | 'alle'
  getekend: number
  svgBytes: number
  runs: number
  p50: number
  p99: number
  doel: number
}

export async function benchOrganogram(runs: number): Promise<OrganogramMeting[]> {
  const uit: OrganogramMeting[] = []
  for (const eenheden of [2_000, 20_000]) {
    const { knopen, lijnen } = synthetischeBoom(eenheden)
    const doel = eenheden <= 2_000 ? 100 : 1_000
    // The open 20,000 tree takes most of a second a run: fewer runs keep the bench short.
    for (const niveaus of ['standaard', 'alle'] as const) {
      const n = eenheden > 2_000 && niveaus === 'alle' ? Math.min(runs, 15) : runs
      for (const weergave of ['boom', 'honingraat'] as const) {
        let getekend = 0
        let svgBytes = 0
        const r = await time(`${eenheden} ${weergave} ${niveaus}`, n, async () => {
          const layout = berekenLayout(knopen, lijnen, { weergave, niveaus: niveaus === 'alle' ? 1_000 : undefined })
          const svg = renderSvg(layout, { organisatieNaam: 'Benchgemeente', peildatum: '2025-01-01' })
          getekend = layout.zichtbareEenheden
          svgBytes = svg.length
        }, Math.min(3, n))
        uit.push({ eenheden, weergave, niveaus, getekend, svgBytes, runs: n, p50: r.p50, p99: r.p99, doel })
      }
    }
  }
  return uit
}

export function organogramTabel(metingen: OrganogramMeting[]): string[] {
  return [
    '| eenheden | weergave | niveaus | getekend | SVG | metingen | p50 | p99 | doel (p50) gehaald |',
    '|---|---|---|---|---|---|---|---|---|',
    ...metingen.map((m) =>
      `| ${m.eenheden.toLocaleString('nl')} | ${m.weergave} | ${m.niveaus === 'standaard' ? 'standaard (3 bij > 120)' : 'alle open'} | ${m.getekend.toLocaleString('nl')} | ${(m.svgBytes / 1024).toFixed(0)} kB | ${m.runs} | ${ms(m.p50)} | ${ms(m.p99)} | ${m.p50 < m.doel ? 'ja' : '**nee**'} (< ${m.doel.toLocaleString('nl')} ms) |`),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 50)
  benchOrganogram(runs).then((m) => {
    console.log('## Organogram: layout + SVG op de server (doel: p50 < 100 ms bij 2.000, < 1 s bij 20.000 eenheden)\n')
    console.log(organogramTabel(m).join('\n'))
  }, (e) => { console.error(e); process.exit(1) })
}
