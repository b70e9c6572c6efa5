// API throughput for reading one eenheid over HTTP (PostgreSQL), as a ratio to a bare Fastify
// hello-world route measured in the same run on the same machine.
import autocannon from 'autocannon'
import Fastify from 'fastify'
import type { Db } from '../src/db/database.ts'
import { buildApp } from '../src/server/app.ts'

async function cannon(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 10, duration: seconds })
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
    const eenheid = await cannon(`http://127.0.0.1:${appAddr.port}${path}`, seconds)
    return { plafond, eenheid, verhouding: eenheid.rps / plafond.rps }
  } finally {
    await hello.close()
    await app.close()
  }
}
