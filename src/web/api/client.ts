// fetch for the Koers API: JSON in and out; an error answer (RFC 9457 problem+json) becomes an
// ApiFout that carries the problem, so pages can show its Dutch `detail` and field errors.
// Requests carry the session cookie (same origin); writes echo the session's CSRF token in
// X-CSRF-Token; a 401 (no or an expired session) hands over to whoever registered bijNietIngelogd
// (the app shell: to the login page, and back afterwards).
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

let csrfToken: string | null = null
let nietIngelogd: (() => void) | null = null

/** The CSRF token of the current session (null after logout), sent with every write. */
export function zetCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called on a 401 from any request except the session's own (login, current session). */
export function bijNietIngelogd(handler: (() => void) | null): void {
  nietIngelogd = handler
}

const SESSIE_URL = `${API_BASE}/sessies`

async function antwoord<T>(response: Response, url: string): Promise<T> {
  if (response.status === 401 && !url.startsWith(SESSIE_URL)) nietIngelogd?.()
  if (response.status === 204) return undefined as T
  if (response.ok) return (await response.json()) as T
  const type = response.headers.get('content-type') ?? ''
  const probleem = type.includes('json') ? ((await response.json().catch(() => null)) as Probleem | null) : null
  const bericht = probleem?.detail ?? (response.status === 404 ? 'Niet gevonden.' : `De server antwoordde met status ${response.status}.`)
  throw new ApiFout(response.status, probleem, bericht)
}

async function verstuur<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response
  const schrijft = init.method !== undefined && init.method !== 'GET'
  // Built in one expression: the production build may drop property writes (vite.config.ts).
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...(init.headers as Record<string, string> | undefined),
    ...(schrijft && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
  }
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', headers })
  } catch (fout) {
    if ((fout as Error).name === 'AbortError') throw fout
    throw new ApiFout(0, null, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.')
  }
  return antwoord<T>(response, url)
}

export function apiGet<T>(url: string, signal?: AbortSignal): Promise<T> {
  return verstuur<T>(url, signal ? { signal } : {})
}

export function apiSend<T>(methode: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  return verstuur<T>(url, body === undefined
    ? { method: methode }
    : { method: methode, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}
