// Paths inside the Koers checkout (migrations, docs, the built web app), found from the folder that
// holds package.json. Code runs from its sources (tsx) or from the server bundle in dist/server
// (bin/bundle-server.js), so a path relative to the current file would differ between the two.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let wortel: string | undefined

export function projectPad(...delen: string[]): string {
  if (wortel === undefined) {
    let map = path.dirname(fileURLToPath(import.meta.url))
    while (!fs.existsSync(path.join(map, 'package.json'))) {
      const boven = path.dirname(map)
      if (boven === map) throw new Error(`Geen package.json gevonden boven ${fileURLToPath(import.meta.url)}`)
      map = boven
    }
    wortel = map
  }
  return path.join(wortel, ...delen)
}
