// Before any journey: Chromium must be there (a missing browser fails the run, it never skips),
// and the web app must have been built from the current sources, since the server serves dist/web.
// `npm run test:e2e` builds first; running vitest directly on a stale build fails with the fix.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { CHROMIUM, assertChromium } from './chromium.ts'

const repo = fileURLToPath(new URL('..', import.meta.url))

function nieuwsteBestand(map: string): number {
  let nieuwste = 0
  for (const entry of readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, entry.name)
    nieuwste = Math.max(nieuwste, entry.isDirectory() ? nieuwsteBestand(p) : statSync(p).mtimeMs)
  }
  return nieuwste
}

export default function setup() {
  assertChromium()
  const versie = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim()
  console.log(`Browsertests in ${versie}`)
  const index = path.join(repo, 'dist/web/index.html')
  let gebouwd = 0
  try {
    gebouwd = statSync(index).mtimeMs
  } catch {
    throw new Error(`De web-app is niet gebouwd (${index} ontbreekt). Draai "npm run test:e2e", of eerst "npm run build".`)
  }
  const bron = Math.max(nieuwsteBestand(path.join(repo, 'src/web')), statSync(path.join(repo, 'vite.config.ts')).mtimeMs)
  if (bron > gebouwd) {
    throw new Error('De gebouwde web-app (dist/web) is ouder dan src/web. Draai "npm run test:e2e", of eerst "npm run build".')
  }
}
