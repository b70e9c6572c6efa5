// Strict validation (ENGINEERING.md): bodies are never coerced ("36" is not 36), unknown fields are
// errors rather than silently dropped, and all errors are reported at once. Query strings and path
// parameters are text by nature, so only those are coerced to the declared number/boolean types.
import { Ajv, type Options, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'
import type { FastifySerializerCompiler } from 'fastify/types/schema.js'
import fastJsonStringify from 'fast-json-stringify'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

function makeAjv(coerceTypes: boolean): Ajv {
  const options: Options = {
    allErrors: true,
    removeAdditional: false,
    coerceTypes,
    useDefaults: true,
    strict: true,
    discriminator: true,
    // OpenAPI keywords that may sit in schemas; they carry no validation.
    keywords: ['example'],
  }
  const ajv = new Ajv(options)
  addFormats(ajv)
  return ajv
}

// Created on first use, like the validators below: each instance compiles its meta-schemas (~80 ms).
let strictAjv: Ajv | undefined
let coercingAjv: Ajv | undefined

// Compiled on first use, not at start-up: compiling the ~400 schemas of every route took ~0.5 s of
// each start (bench/RESULTS.md, herstart), for routes a process may never serve. Fastify reads
// `errors` from the function it was given after a failed validation, so the wrapper passes them on.
// A schema that strict mode rejects now fails on the route's first request; the test that sends bad
// input to every route (test/bad-input.test.ts) compiles them all.
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const coerce = httpPart === 'querystring' || httpPart === 'params' || httpPart === 'headers'
  let compiled: ValidateFunction | undefined
  const validate = ((data: unknown) => {
    compiled ??= (coerce ? (coercingAjv ??= makeAjv(true)) : (strictAjv ??= makeAjv(false))).compile(schema)
    const ok = compiled(data)
    validate.errors = compiled.errors
    return ok
  }) as ((data: unknown) => boolean) & { errors?: ValidateFunction['errors'] }
  return validate as unknown as ReturnType<FastifySchemaCompiler<object>>
}

// Response serializers, likewise compiled on first use (fast-json-stringify, Fastify's own default).
export const serializerCompiler: FastifySerializerCompiler<object> = ({ schema }) => {
  let compiled: ((data: unknown) => string) | undefined
  return (data: unknown) => (compiled ??= fastJsonStringify(schema as never))(data)
}
