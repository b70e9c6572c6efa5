// RFC 9457 problem details, in Dutch, naming the fields that are wrong (ADR /core/error-handling).
import type { ErrorObject } from 'ajv'

export interface InvalidParam {
  /** The field, as the client sent it: 'naam', 'acties.2.eenheidId', 'peildatum'. */
  name: string
  code: string
  reason: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  invalidParams?: InvalidParam[]
}

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
}

export function statusTitle(status: number): string {
  return TITLES[status] ?? 'Fout'
}

/** A domain error that becomes a problem+json response. Services throw these; handlers never catch. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly code = 'fout',
  ) {
    super(detail)
  }
}

export const notFound = (wat: string, id: string) => new ProblemError(404, `${wat} ${id} bestaat niet.`, undefined, 'niet-gevonden')
export const conflict = (detail: string, invalidParams?: InvalidParam[]) => new ProblemError(409, detail, invalidParams, 'conflict')
export const invalid = (name: string, reason: string, code = 'ongeldig') =>
  new ProblemError(400, `${name}: ${reason}`, [{ name, code, reason }], 'ongeldige-invoer')

export function problemBody(status: number, detail: string, instance?: string, invalidParams?: InvalidParam[], code?: string): Problem {
  const body: Problem = {
    type: `https://koers.example/problemen/${code ?? (status === 400 ? 'ongeldige-invoer' : String(status))}`,
    title: statusTitle(status),
    status,
    detail,
  }
  if (instance) body.instance = instance
  if (invalidParams && invalidParams.length > 0) body.invalidParams = invalidParams
  return body
}

function fieldName(prefix: string, error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty))
  const name = parts.join('.')
  return name || prefix
}

function reason(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': return 'is verplicht'
    case 'additionalProperties': return 'is geen bekend veld'
    case 'type': return `moet van het type ${dutchType(String(p.type))} zijn`
    case 'format': return `moet het formaat ${dutchFormat(String(p.format))} hebben`
    case 'minLength': return Number(p.limit) === 1 ? 'mag niet leeg zijn' : `moet minstens ${p.limit} tekens lang zijn`
    case 'maxLength': return `mag hoogstens ${p.limit} tekens lang zijn`
    case 'minimum': return `moet minstens ${p.limit} zijn`
    case 'maximum': return `mag hoogstens ${p.limit} zijn`
    case 'exclusiveMinimum': return `moet groter zijn dan ${p.limit}`
    case 'exclusiveMaximum': return `moet kleiner zijn dan ${p.limit}`
    case 'enum': return `moet een van deze waarden zijn: ${(p.allowedValues as unknown[]).join(', ')}`
    case 'const': return `moet ${String(p.allowedValue)} zijn`
    case 'pattern': return 'heeft niet het juiste formaat'
    case 'minItems': return `moet minstens ${p.limit} element(en) bevatten`
    case 'maxItems': return `mag hoogstens ${p.limit} elementen bevatten`
    case 'uniqueItems': return 'mag geen dubbele elementen bevatten'
    case 'anyOf': case 'oneOf': return 'past bij geen van de toegestane vormen'
    case 'multipleOf': return `moet een veelvoud van ${p.multipleOf} zijn`
    case 'minProperties': return Number(p.limit) === 1 ? 'moet minstens één veld bevatten' : `moet minstens ${p.limit} velden bevatten`
    default: return 'is ongeldig'
  }
}

function dutchType(t: string): string {
  return ({ string: 'tekst', number: 'getal', integer: 'geheel getal', boolean: 'waar/onwaar', object: 'object', array: 'lijst', null: 'leeg' } as Record<string, string>)[t] ?? t
}
function dutchFormat(f: string): string {
  return ({ date: 'datum (JJJJ-MM-DD)', 'date-time': 'tijdstip (ISO 8601)', uuid: 'UUID', email: 'e-mailadres', uri: 'URI' } as Record<string, string>)[f] ?? f
}

/**
 * Ajv errors → invalidParams. With anyOf/oneOf Ajv also reports every failed branch; those are noise
 * for a user, so only the union's own error is kept when branch errors sit under the same path.
 */
export function invalidParamsFromAjv(errors: ErrorObject[], context: string): InvalidParam[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  const kept = errors.filter((e) => {
    // Ajv's discriminator adds a generic error beside the specific ones of the chosen branch.
    if (e.keyword === 'discriminator') return !errors.some((o) => o !== e && o.keyword !== 'discriminator' && o.instancePath.startsWith(e.instancePath))
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') return true
    return !unions.some((u) => e.schemaPath.startsWith(u.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')))
  })
  const seen = new Set<string>()
  const out: InvalidParam[] = []
  for (const e of kept) {
    const name = fieldName(context, e)
    const item = { name, code: e.keyword, reason: reason(e) }
    const key = `${item.name}|${item.reason}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(item)
  }
  return out
}
