// An HTTP app on a test file's own database, for module tests through app.inject().
//
// Every API route needs an actor (issue 4). Module tests are about their module, not about access,
// so by default `app.inject` acts as a machine client of the organisatie named in the URL holding a
// token with every handeling (created on first use, through the same code as real tokens). Pass
// any Authorization header or `{ volmacht: false }` to act otherwise; test/toegang.test.ts and the
// toegang module's tests use real actors.
import { afterAll } from 'vitest'
import type { InjectOptions } from 'fastify'
import { buildApp } from '../src/server/app.ts'
import type { Db } from '../src/db/database.ts'
import { createApiToken } from '../src/modules/toegang/api-token.repository.ts'
import { HANDELING_CODES } from '../src/modules/toegang/handelingen.ts'
import { createTestDatabase } from './database.ts'

export async function createTestApp(options: { volmacht?: boolean } = {}) {
  const database = await createTestDatabase()
  const app = await buildApp({ db: database.db })
  await app.ready()
  afterAll(() => app.close())
  if (options.volmacht !== false) metVolmacht(app, database.db)
  return { app, db: database.db, database }
}

const ORGANISATIE_IN_URL = /^\/api\/v1\/organisaties\/([0-9a-f-]{36})(?:[/?]|$)/

/** A bearer token with every handeling in the organisatie, for module tests. */
export async function volmachtToken(db: Db, organisatieId: string): Promise<string | null> {
  const bestaat = await db.selectFrom('organisatie').select('id').where('id', '=', organisatieId).executeTakeFirst()
  if (!bestaat) return null
  return db.transaction().execute(async (tx) => (await createApiToken(tx, organisatieId, { naam: 'Volmacht voor tests', handelingen: [...HANDELING_CODES] }, 'test')).token)
}

function metVolmacht(app: Awaited<ReturnType<typeof buildApp>>, db: Db) {
  const tokens = new Map<string, Promise<string | null>>()
  const inject = app.inject.bind(app)
  const eenBestaand = async () => {
    for (const t of tokens.values()) if (await t) return t
    const org = await db.selectFrom('organisatie').select('id').orderBy('aangemaakt_op').executeTakeFirst()
    return org ? volmachtToken(db, org.id) : null
  }
  const wrapped = async (opts: InjectOptions | string) => {
    const o: InjectOptions = typeof opts === 'string' ? { method: 'GET', url: opts } : { ...opts }
    const url = typeof o.url === 'string' ? o.url : ''
    const match = ORGANISATIE_IN_URL.exec(url)
    const headers = { ...(o.headers ?? {}) } as Record<string, string>
    if (match && headers.authorization === undefined && headers.cookie === undefined) {
      let token = tokens.get(match[1]!)
      if (!token) {
        token = volmachtToken(db, match[1]!)
        tokens.set(match[1]!, token)
      }
      // An organisatie that does not exist gets the token of one that does, so a logged-in actor's
      // 404 stays testable.
      const t = (await token) ?? (await eenBestaand())
      if (t) headers.authorization = `Bearer ${t}`
    }
    return inject({ ...o, headers })
  }
  ;(app as unknown as { inject: typeof wrapped }).inject = wrapped
}
