// The audit trail is hash-chained (issue 4): a changed event and a removed event are both found,
// by verifyAuditChain and by `koers audit verify` as an operator runs it.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import { withDatabase } from '../../../test/global-setup.ts'
import { recordAuditEvent } from './record-audit-event.ts'
import { verifyAuditChain } from './verify-audit-chain.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Changes the 3rd-last event and removes the last-but-one, bypassing the append-only trigger as a
 *  database superuser could; returns their chain numbers. */
const VOORAF = `insert into audit_event (actor, handeling, object_type, object_id) select 'test', 'test.schrijven', 'test', g::text from generate_series(1, 4) g`
const KNOEIEN = `
  alter table audit_event disable trigger audit_event_no_update;
  update audit_event set na = '{"bedrag": 1000000}' where keten_nr = (select max(keten_nr) - 2 from audit_event);
  delete from audit_event where keten_nr = (select max(keten_nr) - 1 from audit_event);
  alter table audit_event enable trigger audit_event_no_update;`

function koers(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _d, KOERS_DATA_DIR: _k, ...rest } = process.env
  const kind = spawn(process.execPath, ['bin/koers.js', ...args], { cwd: ROOT, env: { ...rest, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  kind.stdout.on('data', (d: Buffer) => (stdout += d))
  kind.stderr.on('data', (d: Buffer) => (stderr += d))
  return new Promise((resolve) => kind.on('close', (code) => resolve({ code, stdout, stderr })))
}

describe('the audit trail', () => {
  it('chains every event to its predecessor, in the order they were written', async () => {
    const { db } = await createTestDatabase()
    for (let i = 0; i < 3; i++) {
      await db.transaction().execute((tx) => recordAuditEvent(tx, { organisatieId: null, actor: 'test', handeling: 'test.schrijven', objectType: 'test', objectId: String(i), na: { i } }))
    }
    const laatste = await db.selectFrom('audit_event').select(['keten_nr', 'hash', 'vorige_hash', 'object_id']).orderBy('keten_nr', 'desc').limit(3).execute()
    expect(laatste.map((e) => e.object_id)).toEqual(['2', '1', '0'])
    expect(laatste[0]!.vorige_hash).toBe(laatste[1]!.hash)
    expect(laatste[1]!.vorige_hash).toBe(laatste[2]!.hash)
    expect(new Set(laatste.map((e) => e.hash)).size).toBe(3)
    const v = await verifyAuditChain(db)
    expect(v.bevindingen).toEqual([])
    expect(v.laatsteHash).toBe(laatste[0]!.hash)
    // The trigger still refuses an ordinary update or delete (Archiefwet).
    await expect(db.updateTable('audit_event').set({ actor: 'iemand anders' }).where('keten_nr', '=', laatste[0]!.keten_nr).execute()).rejects.toThrow(/append-only/)
    await expect(db.deleteFrom('audit_event').where('keten_nr', '=', laatste[0]!.keten_nr).execute()).rejects.toThrow(/append-only/)
  })

  it('koers audit verify finds a changed event and a removed event, and exits 1', async () => {
    const spec = inject('testDatabase')
    let env: Record<string, string>
    let knoei: () => Promise<void>
    if (spec.kind === 'pglite') {
      // A data folder holding a copy of the test database, as `koers` finds it on disk.
      const map = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-audit-'))
      afterAll(() => fs.rmSync(map, { recursive: true, force: true }))
      const kopie = await PGlite.create(path.join(map, 'pglite'), { loadDataDir: new Blob([fs.readFileSync(spec.dumpPath)]) })
      await kopie.exec(VOORAF)
      await kopie.close()
      env = { KOERS_DATA_DIR: map }
      knoei = async () => {
        const p = await PGlite.create(path.join(map, 'pglite'))
        await p.exec(KNOEIEN)
        await p.close()
      }
    } else {
      const naam = `koers_t_${spec.template.replace('koers_tpl_', '')}_${randomBytes(4).toString('hex')}`
      const admin = new pg.Client({ connectionString: spec.url })
      await admin.connect()
      await admin.query(`create database ${naam} template ${spec.template}`)
      afterAll(async () => {
        await admin.query(`drop database if exists ${naam} with (force)`)
        await admin.end()
      })
      env = { DATABASE_URL: withDatabase(spec.url, naam) }
      const sqlOp = async (tekst: string) => {
        const c = new pg.Client({ connectionString: env.DATABASE_URL })
        await c.connect()
        await c.query(tekst)
        await c.end()
      }
      await sqlOp(VOORAF)
      knoei = () => sqlOp(KNOEIEN)
    }
    const heel = await koers(['audit', 'verify', '--json'], env)
    expect(heel.stderr).toBe('')
    expect(heel.code).toBe(0)
    const voor = JSON.parse(heel.stdout) as { aantal: number; laatsteKetenNr: number; bevindingen: unknown[] }
    expect(voor.aantal).toBeGreaterThan(2)
    expect(voor.bevindingen).toEqual([])

    await knoei()
    const n = voor.laatsteKetenNr
    const geschonden = await koers(['audit', 'verify'], env)
    expect(geschonden.code).toBe(1)
    expect(geschonden.stdout).toContain('DE AUDIT TRAIL IS GESCHONDEN (2 bevindingen)')
    expect(geschonden.stdout).toContain(`Event ${n - 2} is na het vastleggen gewijzigd`)
    expect(geschonden.stdout).toContain(`Event ${n - 1} ontbreekt.`)
  })
})
