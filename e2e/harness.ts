// The browser-test harness: the real Koers server on a fresh copy of the demo database, listening
// on a free port on 127.0.0.1, and Debian's Chromium driven by playwright-core (ENGINEERING.md:
// no browser downloads). A journey file calls startKoers() and launchChromium() once.
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { afterAll } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { buildApp } from '../src/server/app.ts'
import { seedDemoAccounts, type DemoAccount } from '../src/modules/demo/demo-accounts.ts'
import { seedDemoOverleggen } from '../src/modules/demo/demo-overleggen.ts'
import { createTestDatabase } from '../test/database.ts'
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from './chromium.ts'

export { CHROMIUM, CHROMIUM_ARGS, assertChromium } from './chromium.ts'

export type Rol = DemoAccount['rol']

export interface Koers {
  baseUrl: string
  db: Awaited<ReturnType<typeof createTestDatabase>>['db']
  /** The demo organisatie and its accounts, one per kind of user (demo-accounts.ts). */
  organisatieId: string
  accounts: Record<Rol, DemoAccount>
  /** The one password of all demo accounts: random per run, never in the repository. */
  wachtwoord: string
}

/**
 * The whole app (API, web app from dist/web, public pages) on its own copy of the demo database,
 * with the demo accounts (issue 4: every API route needs an actor, so journeys log in first) and,
 * with `overleggen`, the demo's structural meetings (issue 6).
 */
export async function startKoers(opties: { overleggen?: boolean } = {}): Promise<Koers> {
  const database = await createTestDatabase()
  const organisatieId = (await database.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirstOrThrow()).id
  const wachtwoord = `e2e-${randomBytes(12).toString('base64url')}`
  const lijst = await seedDemoAccounts(database.db, organisatieId, wachtwoord)
  const accounts = Object.fromEntries(lijst.map((a) => [a.rol, a])) as Record<Rol, DemoAccount>
  // The structural meetings of seed 004 with three months of meetings (issue 6), for the journeys about besluitvorming.
  if (opties.overleggen) await seedDemoOverleggen(database.db, organisatieId)
  const app = await buildApp({ db: database.db })
  await app.listen({ port: 0, host: '127.0.0.1' })
  afterAll(() => app.close())
  const { port } = app.server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, db: database.db, organisatieId, accounts, wachtwoord }
}

export async function launchChromium(): Promise<Browser> {
  assertChromium()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  afterAll(() => browser.close())
  return browser
}
