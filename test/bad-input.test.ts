// Every endpoint answers bad input with 400 problem+json that names the field. Generated from the
// OpenAPI document, so a route added later is covered without anyone remembering to add a test.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, volmachtToken } from './app.ts'
import { DEMO_ORGANISATIECODE } from '../src/modules/demo/demo-data.ts'

type Op = { method: string; path: string; parameters: Array<{ name: string; in: string; schema?: { format?: string } }>; hasBody: boolean; required: string[] }

let t: Awaited<ReturnType<typeof createTestApp>>
let ops: Op[] = []
const UUID = '00000000-0000-4000-8000-000000000001'
// Bad input is answered for an actor who may do everything in an organisatie that exists; refusals
// of other actors come before validation and are tested in test/toegang.test.ts.
let organisatieId = UUID
let authorization = ''

beforeAll(async () => {
  t = await createTestApp()
  organisatieId = (await t.db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirstOrThrow()).id
  authorization = `Bearer ${await volmachtToken(t.db, organisatieId)}`
  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const schema = op.requestBody?.content?.['application/json']?.schema
      ops.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], hasBody: Boolean(op.requestBody), required: schema?.required ?? [] })
    }
  }
})

function url(op: Op, override: Record<string, string> = {}, query = '') {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? (name === 'organisatieId' ? organisatieId : UUID))
  return `/api/v1${path}${query}`
}

async function expectNamed(method: string, target: string, field: string, payload?: object) {
  const res = await t.app.inject({ method: method as 'GET', url: target, headers: { authorization }, ...(payload ? { payload } : {}) })
  expect(res.statusCode, `${method} ${target}`).toBe(400)
  expect(res.headers['content-type']).toContain('application/problem+json')
  const body = res.json()
  expect(body).toMatchObject({ status: 400, title: 'Ongeldige invoer' })
  expect(body.invalidParams.map((p: { name: string }) => p.name), `${method} ${target}`).toContain(field)
  for (const p of body.invalidParams) expect(p.reason).toMatch(/[a-z]/)
}

describe('bad input on every endpoint', () => {
  it('covers a meaningful number of operations', () => {
    expect(ops.length).toBeGreaterThanOrEqual(20)
  })

  it('rejects a malformed path parameter, naming it', async () => {
    for (const op of ops) {
      for (const p of op.parameters.filter((p) => p.in === 'path')) {
        await expectNamed(op.method, url(op, { [p.name]: 'geen-uuid' }), p.name, op.hasBody ? {} : undefined)
      }
    }
  })

  it('rejects an unknown query key and a malformed date, naming them', async () => {
    for (const op of ops.filter((o) => o.method === 'GET')) {
      await expectNamed('GET', url(op, {}, '?onbekendVeld=1'), 'onbekendVeld')
      for (const p of op.parameters.filter((p) => p.in === 'query' && p.schema?.format === 'date')) {
        await expectNamed('GET', url(op, {}, `?${p.name}=2024-02-30`), p.name)
      }
    }
  })

  it('rejects a body with an unknown field and names the missing required fields', async () => {
    const writes = ops.filter((o) => o.hasBody)
    expect(writes.length).toBeGreaterThanOrEqual(5)
    for (const op of writes) {
      await expectNamed(op.method, url(op), 'onbekendVeld', { onbekendVeld: 1 })
      for (const field of op.required) await expectNamed(op.method, url(op), field, { onbekendVeld: 1 })
    }
  })

  it('answers a body that is not JSON with 400 problem+json', async () => {
    const op = ops.find((o) => o.method === 'POST')!
    const res = await t.app.inject({ method: 'POST', url: url(op), headers: { 'content-type': 'application/json', authorization }, payload: '{kapot' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().detail).toContain('JSON')
  })
})
