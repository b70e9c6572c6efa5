// The OpenAPI document is generated from the route schemas by @fastify/swagger; this file adds what
// the NL API Design Rules ask of every operation, so no route can forget it:
// - paths relative to the server URL /api/v1 (/core/uri-version);
// - the API-Version header on every 2xx/3xx response (/core/version-header);
// - problem+json for every 4xx/5xx, and a 400 wherever input can be wrong (/core/error-handling).
import type { FastifyInstance } from 'fastify'
import { API_VERSION, ProblemSchema } from './api-schemas.ts'

type Json = Record<string, any>

const PREFIX = '/api/v1'

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: structuredClone(ProblemSchema) as Json } },
})

const versionHeader = {
  'API-Version': {
    description: 'De volledige versie van de API (semver)',
    schema: { type: 'string', example: API_VERSION },
  },
}

const cache = new WeakMap<FastifyInstance, Json>()

export function openapiDocument(app: FastifyInstance): Json {
  const cached = cache.get(app)
  if (cached) return cached
  const doc = structuredClone((app as unknown as { swagger: () => Json }).swagger())
  const paths: Json = {}
  for (const [url, item] of Object.entries<Json>(doc.paths ?? {})) {
    // @fastify/swagger already strips the server URL (/api/v1) from the paths; be robust if it does not.
    const local = url.startsWith(PREFIX) ? url.slice(PREFIX.length) || '/' : url
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
      op.responses ??= {}
      for (const [code, response] of Object.entries<Json>(op.responses)) {
        if (/^[23]\d\d$/.test(code)) {
          if (!response.description || response.description === 'Default Response') response.description = code === '201' ? 'Aangemaakt' : 'Gelukt'
          response.headers = { ...versionHeader, ...(response.headers ?? {}) }
        } else if (/^[45]\d\d$/.test(code)) {
          op.responses[code] = problemResponse(response.description ?? 'Fout')
        }
      }
      const hasParams = (op.parameters?.length ?? 0) > 0
      if (hasParams || method !== 'get') op.responses['400'] ??= problemResponse('Ongeldige invoer; invalidParams noemt de velden')
      if (op.parameters?.some((p: Json) => p.in === 'path')) op.responses['404'] ??= problemResponse('Niet gevonden')
      op.responses['500'] ??= problemResponse('Interne fout')
    }
    paths[local] = item
  }
  doc.paths = paths
  cache.set(app, doc)
  return doc
}
