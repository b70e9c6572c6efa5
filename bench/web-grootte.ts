// JavaScript the organogram page loads, gzipped (issue 3: under 200 kB). Reads the Vite build in
// dist/web: the entry script of index.html, the OrganogramPagina chunk, and every chunk those import.
//   npm run build && node --import tsx bench/web-grootte.ts
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const WEB = fileURLToPath(new URL('../dist/web/', import.meta.url))

export function organogramJavaScript(): { bestanden: Array<{ naam: string; gzip: number }>; totaal: number } {
  const index = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8')
  const entry = /<script[^>]+src="\/app\/(assets\/[^"]+\.js)"/.exec(index)?.[1]
  const pagina = fs.readdirSync(path.join(WEB, 'assets')).find((f) => /^OrganogramPagina-.*\.js$/.test(f))
  if (!entry || !pagina) throw new Error('dist/web is niet (volledig) gebouwd: draai eerst npm run build')
  const te = [entry, `assets/${pagina}`]
  const gezien = new Set<string>()
  while (te.length > 0) {
    const rel = te.pop()!
    if (gezien.has(rel)) continue
    gezien.add(rel)
    const code = fs.readFileSync(path.join(WEB, rel), 'utf8')
    // Static imports between chunks: `from"./x.js"` or `import"./x.js"` (dynamic imports of other pages are not loaded).
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) te.push(`assets/${m[1]}`)
  }
  const bestanden = [...gezien].map((rel) => ({ naam: rel, gzip: gzipSync(fs.readFileSync(path.join(WEB, rel))).length }))
  return { bestanden, totaal: bestanden.reduce((s, b) => s + b.gzip, 0) }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = organogramJavaScript()
  for (const b of r.bestanden) console.log(`| ${b.naam} | ${(b.gzip / 1024).toFixed(1)} kB |`)
  console.log(`| **totaal** | **${(r.totaal / 1024).toFixed(1)} kB** (doel < 200 kB: ${r.totaal < 200 * 1024 ? 'gehaald' : 'niet gehaald'}) |`)
}
