#!/usr/bin/env node
// The `koers` command. Plain JavaScript so that Node can start it as is. It runs the server bundle
// that `npm start` builds (dist/server/koers.mjs, bin/bundle-server.js) while that bundle is newer
// than every file in src/; otherwise it registers tsx, which lets Node load the TypeScript sources
// directly, and hands over to src/cli/main.ts. Both run the same code: the bundle only saves loading
// ~250 files through tsx at every start.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const wortel = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bundel = path.join(wortel, 'dist', 'server', 'koers.mjs')

function nieuwsteBron(map) {
  let nieuwste = 0
  for (const item of fs.readdirSync(map, { withFileTypes: true })) {
    const pad = path.join(map, item.name)
    const t = item.isDirectory() ? nieuwsteBron(pad) : fs.statSync(pad).mtimeMs
    if (t > nieuwste) nieuwste = t
  }
  return nieuwste
}

function bundelIsActueel() {
  if (process.env.KOERS_BRONNEN === '1') return false // force the sources, e.g. while debugging
  try {
    return fs.statSync(bundel).mtimeMs > nieuwsteBron(path.join(wortel, 'src'))
  } catch {
    return false
  }
}

let main
if (bundelIsActueel()) {
  ;({ main } = await import(bundel))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
const code = await main(process.argv.slice(2))
// serve returns undefined and keeps running; every other command ends here, even if a library
// left a timer or socket behind.
if (code !== undefined) process.exit(code)
