// The `koers` command as a user runs it: a child process (node bin/koers.js …), judged by its exit
// code and output. Few tests, because every embedded database start costs seconds.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { withDatabase } from '../../test/global-setup.ts'
import { ROO_GEMEENTEN_CSV } from '../modules/roo-import/test-helpers.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STACK_REGEL = /^\s+at /m

interface Uitkomst {
  code: number | null
  stdout: string
  stderr: string
}

/** The environment of a user who set nothing, plus what the test sets. */
function omgeving(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, KOERS_DATA_DIR: _k, PORT: _p, ...rest } = process.env
  return { ...rest, LOG_LEVEL: 'silent', ...extra }
}

interface Proces {
  kind: ChildProcess
  uitkomst: Promise<Uitkomst>
  /** Resolves when stdout contains the text; rejects when the process ends first. */
  wachtOp(tekst: string): Promise<void>
}

function start(args: string[], env: NodeJS.ProcessEnv): Proces {
  const kind = spawn(process.execPath, ['bin/koers.js', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let klaar = false
  kind.stdout.on('data', (d: Buffer) => (stdout += d))
  kind.stderr.on('data', (d: Buffer) => (stderr += d))
  const uitkomst = new Promise<Uitkomst>((resolve) => kind.on('close', (code) => {
    klaar = true
    resolve({ code, stdout, stderr })
  }))
  const wachtOp = async (tekst: string) => {
    while (!stdout.includes(tekst)) {
      if (klaar) throw new Error(`koers ${args.join(' ')} stopte voordat "${tekst}" verscheen: ${stderr}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return { kind, uitkomst, wachtOp }
}

const koers = (args: string[], env = omgeving()) => start(args, env).uitkomst

describe('koers (command line)', () => {
  it('lists its commands under --help and help, with exit code 0', async () => {
    for (const args of [['--help'], ['help']]) {
      const r = await koers(args)
      expect(r.code).toBe(0)
      for (const opdracht of ['serve', 'migrate', 'seed', 'import roo-gemeenten <csv>', 'import roo-functies <csv>']) expect(r.stdout).toContain(opdracht)
      expect(r.stdout).toContain('PGlite draait in één proces')
    }
  })

  it('answers an unknown command or option with the usage and exit code 2', async () => {
    const onbekend = await koers(['opruimen'])
    expect(onbekend.code).toBe(2)
    expect(onbekend.stderr).toContain('Onbekende opdracht "opruimen"')
    expect(onbekend.stderr).toContain('Gebruik: koers <opdracht>')
    const optie = await koers(['import', 'roo-functies', 'x.csv', '--peildatum', '31-01-2025'])
    expect(optie.code).toBe(2)
    expect(optie.stderr).toContain('--peildatum moet een datum zijn als 2025-01-31, niet "31-01-2025"')
  })

  it('fails with exit code 1 and a Dutch message, no stack trace, on a missing file or a wrong PORT', async () => {
    const bestand = await koers(['import', 'roo-gemeenten', '/nonexistent.csv'])
    expect(bestand).toMatchObject({ code: 1, stdout: '', stderr: 'Bestand niet gevonden: /nonexistent.csv\n' })
    const poort = await koers(['serve'], omgeving({ PORT: 'abc' }))
    expect(poort.code).toBe(1)
    expect(poort.stderr).toContain('PORT moet een poortnummer tussen 1 en 65535 zijn, niet "abc"')
    for (const r of [bestand, poort]) expect(r.stderr).not.toMatch(STACK_REGEL)
  })

  it('imports the gemeenten, serves them, refuses a second process on the embedded data folder, and stops cleanly', { timeout: 120_000 }, async () => {
    const env = omgeving({ ...(await testDatabase()), PORT: String(20_000 + Math.floor(Math.random() * 30_000)) })
    const embedded = env.KOERS_DATA_DIR !== undefined

    const eerste = await koers(['import', 'roo-gemeenten', ROO_GEMEENTEN_CSV, '--json'], env)
    expect(eerste.stderr).not.toMatch(STACK_REGEL)
    expect(eerste.code).toBe(0)
    expect(JSON.parse(eerste.stdout)).toEqual({ aangemaakt: 342, bijgewerkt: 0, ongewijzigd: 0, overgeslagen: [] })

    const server = start(['serve'], env)
    await server.wachtOp('Stoppen: Ctrl+C')
    if (embedded) {
      const tweede = await koers(['import', 'roo-gemeenten', ROO_GEMEENTEN_CSV], env)
      expect(tweede.code).toBe(1)
      expect(tweede.stderr).toContain('is in gebruik door "koers serve"')
    }
    server.kind.kill('SIGTERM')
    const gestopt = await server.uitkomst
    expect(gestopt.code).toBe(0)
    expect(gestopt.stdout).toContain(`Koers luistert op http://localhost:${env.PORT}`)
    expect(gestopt.stdout).toContain(embedded ? 'Database: ingebedde database (PGlite)' : 'Database: PostgreSQL-server')
    expect(gestopt.stdout).toContain('Demo-organisatie: niet gevuld, de database bevatte al organisaties')
    expect(gestopt.stdout).toContain('Koers is gestopt.')
    if (embedded) expect(fs.existsSync(path.join(env.KOERS_DATA_DIR!, 'koers.lock'))).toBe(false)

    const opnieuw = await koers(['import', 'roo-gemeenten', ROO_GEMEENTEN_CSV, '--json'], env)
    expect(JSON.parse(opnieuw.stdout)).toMatchObject({ aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 342 })
  })
})

/** An empty data folder, or under TEST_DATABASE_URL a fresh copy of the migrated template database. */
async function testDatabase(): Promise<{ KOERS_DATA_DIR: string } | { DATABASE_URL: string }> {
  const spec = inject('testDatabase')
  if (spec.kind === 'pglite') {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-cli-'))
    afterAll(() => fs.rmSync(map, { recursive: true, force: true }))
    return { KOERS_DATA_DIR: map }
  }
  // Named like test/database.ts names its copies, so global teardown drops it even after a crash.
  const naam = `koers_t_${spec.template.replace('koers_tpl_', '')}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: spec.url })
  await admin.connect()
  await admin.query(`create database ${naam} template ${spec.template}`)
  afterAll(async () => {
    await admin.query(`drop database if exists ${naam} with (force)`)
    await admin.end()
  })
  return { DATABASE_URL: withDatabase(spec.url, naam) }
}
