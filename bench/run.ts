// `npm run bench`: measures what the issues set goals for, and writes bench/RESULTS.md.
// Not a test: numbers depend on the machine; the goals are checked and reported, not asserted.
//   npm run bench                 everything (PostgreSQL via BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
//   npm run bench -- --snel       fewer runs and a shorter throughput window
//   npm run bench -- --alleen organisatie   only the organisation queries and the heatmap, printed
import fs from 'node:fs'
import os from 'node:os'
import pg from 'pg'
import { sql } from 'kysely'
import { openDatabase, type Database } from '../src/db/database.ts'
import { migrate } from '../src/db/migrate.ts'
import { generateOrganisatie } from '../src/modules/demo/seed-demo.ts'
import { benchQueries } from './queries.ts'
import { benchThroughput } from './throughput.ts'
import { benchStart } from './start.ts'
import { benchOrganogram, organogramTabel } from './organogram.ts'
import { benchCapaciteit, CAPACITEIT } from './capaciteit.ts'
import { organogramJavaScript } from './web-grootte.ts'
import { ms } from './stats.ts'

const snel = process.argv.includes('--snel')
// `--alleen organisatie`: only the organisation queries and the heatmap, printed, RESULTS.md untouched.
const alleen = process.argv.includes('--alleen') ? process.argv[process.argv.indexOf('--alleen') + 1] : undefined
if (alleen !== undefined && alleen !== 'organisatie') throw new Error(`--alleen kent alleen 'organisatie', niet '${alleen}'`)
const RUNS = snel ? 50 : 300
const SECONDS = snel ? 5 : 10
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const GROOTTE = { eenheden: 2000, personen: 20000, jaren: 10 }

async function benchDatabase(kind: 'postgres' | 'pglite'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({})
  const name = 'koers_bench'
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
  const u = new URL(serverUrl)
  u.pathname = `/${name}`
  return openDatabase({ databaseUrl: u.toString(), poolSize: 10 })
}

const regels: string[] = []
const log = (s = '') => { console.log(s); regels.push(s) }

async function main() {
  const datum = new Date().toISOString().slice(0, 10)
  log('# Benchmarkresultaten')
  log()
  log(`Gemeten op ${datum} met \`npm run bench${snel ? ' -- --snel' : ''}\` op ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'onbekend'}), Node ${process.version}.`)
  log(`Organisatie: ${GROOTTE.personen.toLocaleString('nl')} personen, ${GROOTTE.eenheden.toLocaleString('nl')} eenheden, ${GROOTTE.jaren} jaar geschiedenis (gegenereerd, seed 42). ${RUNS} metingen per query na opwarmen.`)
  log()
  log('## Organisatiequeries (doel: p99 < 25 ms op PostgreSQL, < 50 ms ingebed)')
  log()
  log('| database | query | p50 | p99 | doel gehaald |')
  log('|---|---|---|---|---|')
  let pgDb: Database | undefined
  let eenheidPad = ''
  const heatmaps: Array<{ kind: 'postgres' | 'pglite'; r: Awaited<ReturnType<typeof benchCapaciteit>> }> = []
  for (const kind of ['postgres', 'pglite'] as const) {
    const database = await benchDatabase(kind)
    await migrate(database.db)
    const t0 = performance.now()
    const { organisatieId } = await generateOrganisatie(database.db, { naam: 'Benchgemeente', organisatiecode: 'gm9998', ...GROOTTE, seed: 42 })
    console.error(`${kind}: organisatie gegenereerd in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    await sql`analyze`.execute(database.db) // as autovacuum would on a live database
    const r = await benchQueries(database.db, organisatieId, RUNS)
    const doel = kind === 'postgres' ? 25 : 50
    for (const q of r.resultaten) log(`| ${kind === 'postgres' ? 'PostgreSQL 15' : 'PGlite'} | ${q.label} | ${ms(q.p50)} | ${ms(q.p99)} | ${q.p99 < doel ? 'ja' : '**nee**'} |`)
    // The same organisation (2,000 eenheden) gets the opgaven and claims of the heatmap section.
    heatmaps.push({ kind, r: await benchCapaciteit(database.db, organisatieId, RUNS) })
    if (kind === 'postgres') {
      pgDb = database
      eenheidPad = `/api/v1/organisaties/${organisatieId}/eenheden/${r.doelen.subboom}`
    } else {
      await database.close()
    }
  }
  log()
  log('## Capaciteitsheatmap (doel: p99 < 100 ms)')
  log()
  const g = heatmaps[0]!.r.gegenereerd
  const mix = Object.entries(g.statussen).map(([s, n]) => `${n.toLocaleString('nl')} ${s}`).join(', ')
  log(`\`heatmap()\` (eenheid × kwartaal: bezetting, gevraagd, toegekend) op dezelfde organisatie van ${GROOTTE.eenheden.toLocaleString('nl')} eenheden, met ${g.opgaven} opgaven en ${g.claims.toLocaleString('nl')} capaciteitsclaims over ${CAPACITEIT.van} … ${CAPACITEIT.tot} op ${g.teams.toLocaleString('nl')} teams (${mix}), in bulk geschreven en daarna \`analyze\`. Rijen: eenheden met claims in de periode.`)
  log()
  log('| database | periode | rijen | cellen | p50 | p99 | doel gehaald |')
  log('|---|---|---|---|---|---|---|')
  for (const { kind, r } of heatmaps) {
    for (const m of r.metingen) log(`| ${kind === 'postgres' ? 'PostgreSQL 15' : 'PGlite'} | ${m.label} | ${m.rijen.toLocaleString('nl')} | ${m.cellen.toLocaleString('nl')} | ${ms(m.p50)} | ${ms(m.p99)} | ${m.p99 < 100 ? 'ja' : '**nee**'} |`)
  }
  if (alleen === 'organisatie') {
    await pgDb!.close()
    console.error('--alleen organisatie: bench/RESULTS.md is niet bijgewerkt')
    return
  }
  log()
  log('## API-doorvoer (doel: ≥ 0,2 van het plafond)')
  log()
  const d = await benchThroughput(pgDb!.db, eenheidPad, SECONDS)
  await pgDb!.close()
  log(`autocannon, 10 verbindingen, ${SECONDS} s per meting, PostgreSQL.`)
  log()
  log('| meting | req/s | p99 latentie |')
  log('|---|---|---|')
  log(`| Fastify hello world (plafond) | ${Math.round(d.plafond.rps).toLocaleString('nl')} | ${d.plafond.p99} ms |`)
  log(`| GET één eenheid (steeds dezelfde: uit de leescache) | ${Math.round(d.eenheid.rps).toLocaleString('nl')} | ${d.eenheid.p99} ms |`)
  log(`| GET één eenheid, steeds een andere van ${d.eenheden.toLocaleString('nl')} op een andere dag (buiten de leescache) | ${Math.round(d.zonderCache.rps).toLocaleString('nl')} | ${d.zonderCache.p99} ms |`)
  log()
  log('De verhouding is die van de eerste meting: een gelezen eenheid blijft in het geheugen van het proces tot de eerstvolgende schrijfactie (src/db/lees-cache.ts). De tweede meting toont wat een lezing kost die de database raakt (token en rechten komen wel uit het geheugen).')
  log()
  log(`Verhouding: **${d.verhouding.toFixed(2)}** (${d.verhouding >= 0.2 ? 'doel gehaald' : 'doel niet gehaald'}).`)
  log()
  log('## Starten (doel: eerste start < 10 s, herstart < 2 s)')
  log()
  const s = await benchStart()
  log('Van `koers serve` tot het eerste beantwoorde API-verzoek, ingebedde database in een lege map.')
  log()
  log('| meting | tijd | doel gehaald |')
  log('|---|---|---|')
  log(`| eerste start (initdb, migraties, demo-organisatie) | ${(s.eerste / 1000).toFixed(2)} s | ${s.eerste < 10_000 ? 'ja' : '**nee**'} |`)
  log(`| herstart | ${(s.herstart / 1000).toFixed(2)} s | ${s.herstart < 2_000 ? 'ja' : '**nee**'} |`)
  log()
  log('## Organogram: layout + SVG op de server (doel: p50 < 100 ms bij 2.000, < 1 s bij 20.000 eenheden)')
  log()
  log('Synthetische bomen in het geheugen (5–6 niveaus), zonder database; beide weergaven.')
  log()
  for (const regel of organogramTabel(await benchOrganogram(snel ? 10 : 30))) log(regel)
  log()
  log('## JavaScript van de organogrampagina (doel: < 200 kB gzip)')
  log()
  log('Uit de Vite-build in `dist/web` (`npm run build`): het startscript, de paginachunk en wat die importeren.')
  log()
  log('| bestand | gzip |')
  log('|---|---|')
  const js = organogramJavaScript()
  for (const b of js.bestanden) log(`| ${b.naam} | ${(b.gzip / 1024).toFixed(1)} kB |`)
  log(`| **totaal** | **${(js.totaal / 1024).toFixed(1)} kB** (${js.totaal < 200 * 1024 ? 'doel gehaald' : '**doel niet gehaald**'}) |`)
  log()
  // Sections measured by hand or by another command (Lighthouse, what misses its goal) are kept as they are.
  const pad = new URL('./RESULTS.md', import.meta.url)
  const oud = fs.existsSync(pad) ? fs.readFileSync(pad, 'utf8') : ''
  const behouden = oud.indexOf('\n## Lighthouse')
  fs.writeFileSync(pad, regels.join('\n') + (behouden >= 0 ? oud.slice(behouden) : ''))
  console.error('Geschreven naar bench/RESULTS.md')
}

main().then(() => process.exit(0), (e) => { console.error(e instanceof Error ? e.message : e); process.exit(1) })
