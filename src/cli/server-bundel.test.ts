// The server bundle that `npm start` builds (bin/bundle-server.js) runs the same CLI as the sources:
// built here into its own folder, it migrates an embedded database found through projectPad (the
// migrations are read from src/db/migrations, not from next to the bundle).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const BUNDEL = path.join(ROOT, 'dist', 'server-test', 'koers.mjs')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bundel-'))

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(path.dirname(BUNDEL), { recursive: true, force: true })
})

describe('the server bundle', () => {
  it('builds, and migrates an embedded database like the sources do', { timeout: 120_000 }, () => {
    const bouw = spawnSync(process.execPath, ['bin/bundle-server.js', '--uit', BUNDEL], { cwd: ROOT, encoding: 'utf8' })
    expect(bouw.status, bouw.stderr).toBe(0)
    // The entry is small; the code sits in chunks (split so that PDF/PNG packages load when first used).
    const grootte = (map: string): number => fs.readdirSync(map, { withFileTypes: true }).reduce((s, f) => s + (f.isDirectory() ? grootte(path.join(map, f.name)) : f.name.endsWith('.mjs') ? fs.statSync(path.join(map, f.name)).size : 0), 0)
    expect(fs.existsSync(BUNDEL)).toBe(true)
    expect(grootte(path.dirname(BUNDEL))).toBeGreaterThan(100_000)
    const { DATABASE_URL: _d, ...env } = process.env
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(BUNDEL)}); process.exitCode = await main(['migrate'])`], {
      cwd: os.tmpdir(), encoding: 'utf8', env: { ...env, KOERS_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    })
    expect(run.status, run.stderr).toBe(0)
    const migraties = fs.readdirSync(path.join(ROOT, 'src', 'db', 'migrations')).filter((f) => f.endsWith('.sql'))
    for (const m of migraties) expect(run.stdout).toContain(m.replace(/\.sql$/, ''))
  })
})
