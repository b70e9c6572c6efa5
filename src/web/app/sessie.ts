// The logged-in user: a tiny store (read through useSyncExternalStore) with the current session
// from GET /sessies/huidig, its CSRF token handed to the API client, and login and logout.
import { useSyncExternalStore } from 'react'
import { ApiFout, apiGet, apiSend, apiUrl, zetCsrfToken } from '../api/client.ts'
import type { Handeling, HuidigeSessie } from '../api/types.ts'

export type SessieStand =
  | { status: 'laden' }
  | { status: 'ingelogd'; sessie: HuidigeSessie }
  | { status: 'uitgelogd' }
  | { status: 'fout'; fout: ApiFout }

let stand: SessieStand = { status: 'laden' }
const luisteraars = new Set<() => void>()

function meld() {
  for (const l of luisteraars) l()
}

function abonneer(luisteraar: () => void) {
  luisteraars.add(luisteraar)
  return () => luisteraars.delete(luisteraar)
}

export function useSessie(): SessieStand {
  return useSyncExternalStore(abonneer, () => stand)
}

export function zetSessie(sessie: HuidigeSessie | null): void {
  zetCsrfToken(sessie?.csrfToken ?? null)
  stand = sessie ? { status: 'ingelogd', sessie } : { status: 'uitgelogd' }
  meld()
}

/** Asks the server who is logged in (401: nobody). */
export async function laadSessie(): Promise<void> {
  try {
    zetSessie(await apiGet<HuidigeSessie>(apiUrl('/sessies/huidig')))
  } catch (fout) {
    if (fout instanceof ApiFout && (fout.status === 401 || fout.status === 403)) zetSessie(null)
    else {
      stand = { status: 'fout', fout: fout instanceof ApiFout ? fout : new ApiFout(0, null, 'Er ging iets mis bij het ophalen van uw sessie.') }
      meld()
    }
  }
}

export async function inloggen(email: string, wachtwoord: string): Promise<HuidigeSessie> {
  const sessie = await apiSend<HuidigeSessie>('POST', apiUrl('/sessies'), { email, wachtwoord })
  zetSessie(sessie)
  return sessie
}

export async function uitloggen(): Promise<void> {
  try {
    await apiSend<void>('DELETE', apiUrl('/sessies/huidig'))
  } finally {
    zetSessie(null)
  }
}

/** Whether the user may do this somewhere in their own organisatie (the menu; pages ask the server per object). */
export function heeftRecht(sessie: HuidigeSessie, organisatieId: string | null, ...handelingen: Handeling[]): boolean {
  if (organisatieId === null || sessie.account.organisatieId !== organisatieId) return false
  return sessie.rechten.some((r) => handelingen.includes(r.handeling))
}
