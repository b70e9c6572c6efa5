#!/usr/bin/env node
// Bundles the server's TypeScript sources into one ESM file, dist/server/koers.mjs, with esbuild (the
// compiler tsx uses too). Packages stay external: they load from node_modules as usual. Run by
// `npm start` (prestart); bin/koers.js uses the bundle while it is newer than every file in src/, so
// a start skips loading ~250 source files through tsx (~0.8 s). Without the bundle, or once a source
// file has changed, koers.js runs the sources through tsx as before.
//   node bin/bundle-server.js [--uit <file>]   (default dist/server/koers.mjs; the test builds elsewhere)
import path from 'node:path'
import { build } from 'esbuild'

const uit = process.argv.includes('--uit') ? path.resolve(process.argv[process.argv.indexOf('--uit') + 1]) : new URL('../dist/server/koers.mjs', import.meta.url).pathname

// Code splitting: what the sources import dynamically (the CLI's commands, PNG and PDF rendering)
// becomes its own chunk, so its packages (pdfkit, fontkit, resvg) load when first used, not at start.
await build({
  entryPoints: { [path.basename(uit, '.mjs')]: new URL('../src/cli/main.ts', import.meta.url).pathname },
  outdir: path.dirname(uit),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})
