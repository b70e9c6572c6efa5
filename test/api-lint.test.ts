// The OpenAPI document the app serves meets the NL API Design Rules: the same Spectral check as
// `npm run lint` (bin/lint-api.js), run on the document of a test app.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from './app.ts'

interface Finding { severity: string; code: string; path: string; message: string }
interface LintResult { findings: Finding[]; errors: Finding[]; warnings: Finding[] }
interface LintModule { lintOpenapiDocument(document: object): LintResult }

// bin/lint-api.js is plain JavaScript without a declaration file; a non-literal specifier keeps
// the type checker from asking for one, and LintModule states the shape this test relies on.
const lintModulePath = '../bin/lint-api.js'
const { lintOpenapiDocument } = (await import(lintModulePath)) as LintModule

type Json = Record<string, any>

let document: Json
beforeAll(async () => {
  const { app } = await createTestApp()
  const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
  expect(res.statusCode).toBe(200)
  document = res.json()
})

const operations = () =>
  Object.entries<Json>(document.paths).flatMap(([url, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${url}`, op })),
  )

describe('OpenAPI document', () => {
  it('is OpenAPI 3.x with the server URL /api/v1 and paths relative to it', () => {
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/)
    expect(document.servers[0].url).toBe('/api/v1')
    expect(operations().length).toBeGreaterThan(0)
    for (const url of Object.keys(document.paths)) expect(url.startsWith('/api/v1')).toBe(false)
  })

  it('declares the API-Version header on every 2xx response', () => {
    const missing: string[] = []
    for (const { name, op } of operations()) {
      for (const [code, response] of Object.entries<Json>(op.responses ?? {})) {
        if (/^2\d\d$/.test(code) && !response.headers?.['API-Version']) missing.push(`${name} ${code}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('has no error-severity findings from the API Design Rules ruleset', () => {
    const { errors } = lintOpenapiDocument(document)
    expect(errors.map((e) => `${e.code} at ${e.path}: ${e.message}`)).toEqual([])
  })

  it('is judged by a ruleset that does fail a document breaking the rules', () => {
    // Guards the check above against passing vacuously (ruleset not applied, output not parsed):
    // a trailing slash, a snake_case query key, no 400 and no API-Version header must be errors.
    const broken = {
      openapi: '3.0.3',
      info: document.info,
      servers: document.servers,
      paths: {
        '/eenheden/': {
          get: {
            parameters: [{ name: 'pagina_grootte', in: 'query', schema: { type: 'integer' } }],
            responses: { 200: { description: 'Eenheden' } },
          },
        },
      },
    }
    const codes = new Set(lintOpenapiDocument(broken).errors.map((e) => e.code))
    expect([...codes].sort()).toEqual([
      'nlgov:missing-header',
      'nlgov:problem-invalid-input',
      'nlgov:query-keys-camel-case',
      'path-keys-no-trailing-slash',
    ])
  })
})
