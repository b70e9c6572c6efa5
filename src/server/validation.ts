// Strict validation (ENGINEERING.md): bodies are never coerced ("36" is not 36), unknown fields are
// errors rather than silently dropped, and all errors are reported at once. Query strings and path
// parameters are text by nature, so only those are coerced to the declared number/boolean types.
import { Ajv, type Options } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

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

const strictAjv = makeAjv(false)
const coercingAjv = makeAjv(true)

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'querystring' || httpPart === 'params' || httpPart === 'headers' ? coercingAjv : strictAjv
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>
}
