// API throughput for reading one eenheid over HTTP (PostgreSQL), as a ratio to a bare Fastify
// hello-world route measured in the same run on the same machine.
import autocannon from 'autocannon'
import Fastify from 'fastify'
import type { Db } from '../src/db/database.ts'
import { buildApp } from '../src/server/app.ts'
import { createApiToken } from '../src/modules/toegang/api-token.repository.ts'

async function cannon(url: string, seconds: number, headers: Record<string, string> = {}, paden?: () => string) {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers, ...(paden ? { requests: [{ setupRequest: (req) => ({ ...req, path: paden() }) }] } : {}) })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} fouten`)
  return { rps: result.requests.average, p99: result.latency.p99 }
}

export async function benchThroughput(db: Db, path: string, seconds: number) {
  const hello = Fastify({ logger: false })
  hello.get('/', async () => ({ hello: 'world' }))
  await hello.listen({ port: 0, host: '127.0.0.1' })
  const app = await buildApp({ db })
  await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const helloAddr = hello.server.address() as { port: number }
    const appAddr = app.server.address() as { port: number }
    const plafond = await cannon(`http://127.0.0.1:${helloAddr.port}/`, seconds)
    // As a machine client with a read-only token: every request is authenticated and runs under
    // row-level security, as in production.
    const organisatieId = /organisaties\/([0-9a-f-]{36})/.exec(path)![1]!
    const { token } = await db.transaction().execute((tx) => createApiToken(tx, organisatieId, { naam: 'bench', handelingen: ['organisatie.lezen'] }, 'bench'))
    const eenheid = await cannon(`http://127.0.0.1:${appAddr.port}${path}`, seconds, { authorization: `Bearer ${token}` })
    // The same read past the read cache (src/db/lees-cache.ts): every request asks another eenheid on
    // another day of the past year, as after a change. Only eenheden unchanged over that year qualify.
    const jaarGeleden = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)
    const ids = (await db.selectFrom('eenheid_versie').select('eenheid_id').where('organisatie_id', '=', organisatieId)
      .where('geldig_van', '<=', jaarGeleden).where('geldig_tot', 'is', null).execute()).map((r) => r.eenheid_id)
    const dag = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
    const willekeurig = () => `/api/v1/organisaties/${organisatieId}/eenheden/${ids[Math.floor(Math.random() * ids.length)]}?peildatum=${dag(1 + Math.floor(Math.random() * 360))}`
    const zonderCache = await cannon(`http://127.0.0.1:${appAddr.port}${path}`, seconds, { authorization: `Bearer ${token}` }, willekeurig)
    return { plafond, eenheid, zonderCache, verhouding: eenheid.rps / plafond.rps, eenheden: ids.length }
  } finally {
    await hello.close()
    await app.close()
  }
}
