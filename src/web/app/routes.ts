// The app's URLs: every page lives under /app/o/{organisatieId}/… and carries the state that makes
// it linkable in its query (peildatum everywhere; weergave, niveaus, ingeklapt on the organogram).
// Pure functions, so the mapping URL <-> page is unit-tested (routes.test.ts).

export const APP_BASE = '/app'

export type Route =
  | { pagina: 'start' }
  | { pagina: 'organisatie'; organisatieId: string }
  | { pagina: 'eenheid'; organisatieId: string; eenheidId: string }
  | { pagina: 'persoon'; organisatieId: string; persoonId: string }
  | { pagina: 'roltypen'; organisatieId: string }
  | { pagina: 'roltype'; organisatieId: string; roltypeId: string }
  | { pagina: 'wijzigingen'; organisatieId: string }
  | { pagina: 'wijziging-nieuw'; organisatieId: string }
  | { pagina: 'wijziging'; organisatieId: string; wijzigingId: string }
  | { pagina: 'wijziging-bewerken'; organisatieId: string; wijzigingId: string }
  | { pagina: 'organogram'; organisatieId: string }
  | { pagina: 'opgaven'; organisatieId: string }
  | { pagina: 'opgave'; organisatieId: string; opgaveId: string }
  | { pagina: 'capaciteit'; organisatieId: string }
  | { pagina: 'samenwerking'; organisatieId: string }
  | { pagina: 'overleggen'; organisatieId: string }
  | { pagina: 'overleg'; organisatieId: string; overlegId: string }
  | { pagina: 'vergadering'; organisatieId: string; vergaderingId: string }
  | { pagina: 'voorstellen'; organisatieId: string }
  | { pagina: 'voorstel'; organisatieId: string; voorstelId: string }
  | { pagina: 'mijn-taken'; organisatieId: string }
  | { pagina: 'or-verzoeken'; organisatieId: string }
  | { pagina: 'or-verzoek'; organisatieId: string; verzoekId: string }
  | { pagina: 'beheer-accounts'; organisatieId: string }
  | { pagina: 'beheer-api-tokens'; organisatieId: string }
  | { pagina: 'beheer-mandaten'; organisatieId: string }
  | { pagina: 'inloggen' }
  | { pagina: 'account' }
  | { pagina: 'niet-gevonden' }

export type Pagina = Route['pagina']

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DATUM = /^\d{4}-\d{2}-\d{2}$/

/** Maps a pathname (with or without the /app base) to a page; unknown paths are 'niet-gevonden'. */
export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(APP_BASE) ? pathname.slice(APP_BASE.length) : pathname
  const delen = rest.split('/').filter((d) => d !== '').map(decodeURIComponent)
  if (delen.length === 0) return { pagina: 'start' }
  if (delen.length === 1 && delen[0] === 'inloggen') return { pagina: 'inloggen' }
  if (delen.length === 1 && delen[0] === 'account') return { pagina: 'account' }
  const [o, organisatieId, soort, id, extra, ...overig] = delen
  if (o !== 'o' || !organisatieId || !UUID.test(organisatieId) || overig.length > 0) return { pagina: 'niet-gevonden' }
  if (soort === undefined) return { pagina: 'organisatie', organisatieId }
  const metId = id !== undefined && UUID.test(id)
  switch (soort) {
    case 'organisatie':
      return id === undefined ? { pagina: 'organisatie', organisatieId } : { pagina: 'niet-gevonden' }
    case 'organogram':
      return id === undefined ? { pagina: 'organogram', organisatieId } : { pagina: 'niet-gevonden' }
    case 'eenheden':
      return metId && extra === undefined ? { pagina: 'eenheid', organisatieId, eenheidId: id } : { pagina: 'niet-gevonden' }
    case 'personen':
      return metId && extra === undefined ? { pagina: 'persoon', organisatieId, persoonId: id } : { pagina: 'niet-gevonden' }
    case 'roltypen':
      if (id === undefined) return { pagina: 'roltypen', organisatieId }
      return metId && extra === undefined ? { pagina: 'roltype', organisatieId, roltypeId: id } : { pagina: 'niet-gevonden' }
    case 'wijzigingen':
      if (id === undefined) return { pagina: 'wijzigingen', organisatieId }
      if (id === 'nieuw' && extra === undefined) return { pagina: 'wijziging-nieuw', organisatieId }
      if (!metId) return { pagina: 'niet-gevonden' }
      if (extra === undefined) return { pagina: 'wijziging', organisatieId, wijzigingId: id }
      return extra === 'bewerken' ? { pagina: 'wijziging-bewerken', organisatieId, wijzigingId: id } : { pagina: 'niet-gevonden' }
    case 'opgaven':
      if (id === undefined) return { pagina: 'opgaven', organisatieId }
      return metId && extra === undefined ? { pagina: 'opgave', organisatieId, opgaveId: id } : { pagina: 'niet-gevonden' }
    case 'capaciteit':
      return id === undefined ? { pagina: 'capaciteit', organisatieId } : { pagina: 'niet-gevonden' }
    case 'samenwerking':
      return id === undefined ? { pagina: 'samenwerking', organisatieId } : { pagina: 'niet-gevonden' }
    case 'overleggen':
      if (id === undefined) return { pagina: 'overleggen', organisatieId }
      return metId && extra === undefined ? { pagina: 'overleg', organisatieId, overlegId: id } : { pagina: 'niet-gevonden' }
    case 'vergaderingen':
      return metId && extra === undefined ? { pagina: 'vergadering', organisatieId, vergaderingId: id } : { pagina: 'niet-gevonden' }
    case 'voorstellen':
      if (id === undefined) return { pagina: 'voorstellen', organisatieId }
      return metId && extra === undefined ? { pagina: 'voorstel', organisatieId, voorstelId: id } : { pagina: 'niet-gevonden' }
    case 'mijn-taken':
      return id === undefined ? { pagina: 'mijn-taken', organisatieId } : { pagina: 'niet-gevonden' }
    case 'or-verzoeken':
      if (id === undefined) return { pagina: 'or-verzoeken', organisatieId }
      return metId && extra === undefined ? { pagina: 'or-verzoek', organisatieId, verzoekId: id } : { pagina: 'niet-gevonden' }
    case 'beheer':
      if (extra !== undefined) return { pagina: 'niet-gevonden' }
      if (id === 'accounts') return { pagina: 'beheer-accounts', organisatieId }
      if (id === 'api-tokens') return { pagina: 'beheer-api-tokens', organisatieId }
      if (id === 'mandaten') return { pagina: 'beheer-mandaten', organisatieId }
      return { pagina: 'niet-gevonden' }
    default:
      return { pagina: 'niet-gevonden' }
  }
}

/** The path of a page (without query). */
export function routePath(route: Route): string {
  if (route.pagina === 'start' || route.pagina === 'niet-gevonden') return APP_BASE
  if (route.pagina === 'inloggen') return `${APP_BASE}/inloggen`
  if (route.pagina === 'account') return `${APP_BASE}/account`
  const o = `${APP_BASE}/o/${route.organisatieId}`
  switch (route.pagina) {
    case 'organisatie': return `${o}/organisatie`
    case 'organogram': return `${o}/organogram`
    case 'eenheid': return `${o}/eenheden/${route.eenheidId}`
    case 'persoon': return `${o}/personen/${route.persoonId}`
    case 'roltypen': return `${o}/roltypen`
    case 'roltype': return `${o}/roltypen/${route.roltypeId}`
    case 'wijzigingen': return `${o}/wijzigingen`
    case 'wijziging-nieuw': return `${o}/wijzigingen/nieuw`
    case 'wijziging': return `${o}/wijzigingen/${route.wijzigingId}`
    case 'wijziging-bewerken': return `${o}/wijzigingen/${route.wijzigingId}/bewerken`
    case 'opgaven': return `${o}/opgaven`
    case 'opgave': return `${o}/opgaven/${route.opgaveId}`
    case 'capaciteit': return `${o}/capaciteit`
    case 'samenwerking': return `${o}/samenwerking`
    case 'overleggen': return `${o}/overleggen`
    case 'overleg': return `${o}/overleggen/${route.overlegId}`
    case 'vergadering': return `${o}/vergaderingen/${route.vergaderingId}`
    case 'voorstellen': return `${o}/voorstellen`
    case 'voorstel': return `${o}/voorstellen/${route.voorstelId}`
    case 'mijn-taken': return `${o}/mijn-taken`
    case 'or-verzoeken': return `${o}/or-verzoeken`
    case 'or-verzoek': return `${o}/or-verzoeken/${route.verzoekId}`
    case 'beheer-accounts': return `${o}/beheer/accounts`
    case 'beheer-api-tokens': return `${o}/beheer/api-tokens`
    case 'beheer-mandaten': return `${o}/beheer/mandaten`
  }
}

/** The peildatum in a query string, or null for "today" (absent or not a valid date). */
export function peildatumUit(search: string): string | null {
  const waarde = new URLSearchParams(search).get('peildatum')
  return waarde !== null && isGeldigeDatum(waarde) ? waarde : null
}

export function isGeldigeDatum(waarde: string): boolean {
  if (!DATUM.test(waarde)) return false
  const d = new Date(`${waarde}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === waarde
}

/**
 * A link to a page that keeps the peildatum the user is looking at. Other query values are
 * page-specific and only set when given (undefined/null/'' leave them out).
 */
export function href(route: Route, peildatum: string | null, extra: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams()
  if (peildatum) query.set('peildatum', peildatum)
  for (const [sleutel, waarde] of Object.entries(extra)) {
    if (waarde !== undefined && waarde !== null && waarde !== '') query.set(sleutel, String(waarde))
  }
  const q = query.toString()
  return q ? `${routePath(route)}?${q}` : routePath(route)
}

/** The same URL with one query value set (or removed with null), for state kept in the URL. */
export function metQuery(url: string, wijzigingen: Record<string, string | null>): string {
  const [pad = '', q = ''] = url.split('?')
  const query = new URLSearchParams(q)
  for (const [sleutel, waarde] of Object.entries(wijzigingen)) {
    if (waarde === null || waarde === '') query.delete(sleutel)
    else query.set(sleutel, waarde)
  }
  const s = query.toString()
  return s ? `${pad}?${s}` : pad
}

/** Server links in the organogram SVG (/organisatie/eenheden/{id}) mapped to the app's eenheid page. */
export function eenheidIdUitServerLink(link: string): string | null {
  const m = /\/eenheden\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(link)
  return m?.[1] && UUID.test(m[1]) ? m[1] : null
}

/**
 * Where to go after logging in: a path inside the app (never another site, never the login page
 * itself), else the start page. The server checks terugNaar the same way for OpenID Connect.
 */
export function veiligTerugNaar(waarde: string | null | undefined): string {
  if (!waarde || waarde.length > 1000) return APP_BASE
  if (!/^\/app(?:[/?#]|$)/.test(waarde) || /[\\\s]/.test(waarde) || waarde.includes('/..') || waarde.includes('//')) return APP_BASE
  if (/^\/app\/inloggen(?:[/?#]|$)/.test(waarde)) return APP_BASE
  return waarde
}

/** The login page, with the page to return to afterwards (left out when that is the start page). */
export function inlogHref(terugNaar: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams()
  const terug = veiligTerugNaar(terugNaar)
  if (terug !== APP_BASE && terug !== `${APP_BASE}/`) query.set('terugNaar', terug)
  for (const [k, v] of Object.entries(extra)) query.set(k, v)
  const q = query.toString()
  return `${APP_BASE}/inloggen${q ? `?${q}` : ''}`
}
