// The browser-test harness: the real Koers server on a fresh copy of the demo database, listening
// on a free port on 127.0.0.1, and Debian's Chromium driven by playwright-core (ENGINEERING.md:
// no browser downloads). A journey file calls startKoers() and launchChromium() once.
import { existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { afterAll } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { buildApp } from '../src/server/app.ts'
import { seedDemoAccounts, type DemoAccount } from '../src/modules/demo/demo-accounts.ts'
import { createTestDatabase } from '../test/database.ts'

export const CHROMIUM = '/usr/bin/chromium'

/** The flags measured to work on this machine (ENGINEERING.md, browser). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

/** Thrown, never skipped: a browser test that cannot run must fail the run. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt: ${CHROMIUM} bestaat niet. De browsertests draaien in Debians Chromium ` +
        `(installeer het met "apt-get install chromium"; .ci/run doet dat zelf). Ze worden niet overgeslagen.`,
    )
  }
}

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
 * with the demo accounts (issue 4: every API route needs an actor, so journeys log in first).
 */
export async function startKoers(): Promise<Koers> {
  const database = await createTestDatabase()
  const organisatieId = (await database.db.selectFrom('organisatie').select('id').where('demo', '=', true).executeTakeFirstOrThrow()).id
  const wachtwoord = `e2e-${randomBytes(12).toString('base64url')}`
  const lijst = await seedDemoAccounts(database.db, organisatieId, wachtwoord)
  const accounts = Object.fromEntries(lijst.map((a) => [a.rol, a])) as Record<Rol, DemoAccount>
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
