// Lighthouse on the public pages (issue 3: accessibility 100 and performance ≥ 95 on /organisatie).
//   npm run bench:lighthouse                      starts Koers in-process on a fresh demo database
//   npm run bench:lighthouse -- --url http://127.0.0.1:3000   measures a running server instead
//   … -- --runs 5                                 runs per page and form factor (median reported; default 3)
//   … -- --check                                  exit code 1 when a median misses the goals
// Lighthouse 12 with Debian's Chromium (CHROME_PATH, the flags from ENGINEERING.md), its default
// mobile profile (Moto G Power, simulated slow 4G and 4× CPU slowdown) and the desktop preset.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { openDatabase } from '../src/db/database.ts'
import { migrate } from '../src/db/migrate.ts'
import { seedDemo } from '../src/modules/demo/seed-demo.ts'
import { buildApp } from '../src/server/app.ts'

const CHROMIUM = '/usr/bin/chromium'
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'
const LIGHTHOUSE = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url))
const DOELEN = { accessibility: 100, performance: 95 }
const METRIEKEN = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const

function optie(naam: string): string | undefined {
  const i = process.argv.indexOf(naam)
  return i >= 0 ? process.argv[i + 1] : undefined
}

interface Rapport {
  categories: Record<'accessibility' | 'performance', { score: number }>
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>
}

async function lighthouse(url: string, vorm: 'mobiel' | 'desktop'): Promise<Rapport> {
  const uit = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'koers-lh-')), 'rapport.json')
  const args = [
    LIGHTHOUSE, url, '--quiet', '--only-categories=accessibility,performance', '--output=json', `--output-path=${uit}`,
    `--chrome-flags=${FLAGS}`, ...(vorm === 'desktop' ? ['--preset=desktop'] : []),
  ]
  await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 })
  const rapport = JSON.parse(fs.readFileSync(uit, 'utf8')) as Rapport
  fs.rmSync(path.dirname(uit), { recursive: true, force: true })
  return rapport
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function startKoers(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const database = await openDatabase({})
  await migrate(database.db)
  await seedDemo(database.db)
  const app = await buildApp({ db: database.db })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, stop: async () => { await app.close(); await database.close() } }
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt (${CHROMIUM}); installeer het met "apt-get install chromium".`)
  const runs = Number(optie('--runs') ?? 3)
  const extern = optie('--url')
  const server = extern ? { baseUrl: extern.replace(/\/$/, ''), stop: async () => {} } : await startKoers()
  let gehaald = true
  try {
    // The eenheid page of the first eenheid the organisation page links to.
    const html = await (await fetch(`${server.baseUrl}/organisatie`)).text()
    const eenheid = /href="(\/organisatie\/eenheden\/[^"?]+)"/.exec(html)?.[1]
    const paginas = ['/organisatie', ...(eenheid ? [eenheid] : []), '/toegankelijkheidsverklaring']
    console.log(`Lighthouse ${JSON.parse(fs.readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version}, ${runs} run(s) per pagina en vorm, mediaan; server ${server.baseUrl}`)
    for (const pagina of paginas) {
      for (const vorm of ['mobiel', 'desktop'] as const) {
        const rapporten: Rapport[] = []
        for (let i = 0; i < runs; i++) rapporten.push(await lighthouse(`${server.baseUrl}${pagina}`, vorm))
        const score = (c: 'accessibility' | 'performance') => Math.round(mediaan(rapporten.map((r) => r.categories[c].score * 100)))
        const [a11y, perf] = [score('accessibility'), score('performance')]
        const laatste = rapporten.at(-1)!
        const metrieken = METRIEKEN.map((m) => `${m.replace(/-/g, ' ')} ${laatste.audits[m]?.displayValue ?? '?'}`).join(', ')
        console.log(`${pagina.padEnd(60)} ${vorm.padEnd(8)} toegankelijkheid ${a11y}  prestaties ${perf}   (${metrieken})`)
        for (const a of Object.values(laatste.audits)) {
          if (a.scoreDisplayMode === 'binary' && a.score === 0) console.log(`    niet gehaald: ${a.id}: ${a.title}`)
        }
        if (pagina === '/organisatie' && (a11y < DOELEN.accessibility || perf < DOELEN.performance)) gehaald = false
      }
    }
    console.log(gehaald ? `Doelen gehaald op /organisatie: toegankelijkheid ${DOELEN.accessibility}, prestaties ≥ ${DOELEN.performance}.` : 'Doelen NIET gehaald op /organisatie.')
  } finally {
    await server.stop()
  }
  if (!gehaald && process.argv.includes('--check')) process.exitCode = 1
}

await main()
