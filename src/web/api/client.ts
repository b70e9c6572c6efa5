// fetch for the Koers API: JSON in and out; an error answer (RFC 9457 problem+json) becomes an
// ApiFout that carries the problem, so pages can show its Dutch `detail` and field errors.
import type { Probleem } from './types.ts'

export const API_BASE = '/api/v1'

export class ApiFout extends Error {
  constructor(readonly status: number, readonly probleem: Probleem | null, bericht: string) {
    super(bericht)
  }
}

export type QueryWaarden = Record<string, string | number | boolean | null | undefined>

export function apiUrl(pad: string, query: QueryWaarden = {}): string {
  const q = new URLSearchParams()
  for (const [sleutel, waarde] of Object.entries(query)) {
    if (waarde !== undefined && waarde !== null && waarde !== '') q.set(sleutel, String(waarde))
  }
  const s = q.toString()
  return `${API_BASE}${pad}${s ? `?${s}` : ''}`
}

async function antwoord<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T
  const type = response.headers.get('content-type') ?? ''
  const probleem = type.includes('json') ? ((await response.json().catch(() => null)) as Probleem | null) : null
  const bericht = probleem?.detail ?? (response.status === 404 ? 'Niet gevonden.' : `De server antwoordde met status ${response.status}.`)
  throw new ApiFout(response.status, probleem, bericht)
}

async function verstuur<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json, application/problem+json', ...init.headers } })
  } catch (fout) {
    if ((fout as Error).name === 'AbortError') throw fout
    throw new ApiFout(0, null, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.')
  }
  return antwoord<T>(response)
}

export function apiGet<T>(url: string, signal?: AbortSignal): Promise<T> {
  return verstuur<T>(url, signal ? { signal } : {})
}

export function apiSend<T>(methode: 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown): Promise<T> {
  return verstuur<T>(url, body === undefined
    ? { method: methode }
    : { method: methode, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}
