// Login sessions: a random token in an HttpOnly cookie, its SHA-256 in the sessie table, a CSRF
// token that cookie-authenticated writes must echo in the X-CSRF-Token header.
import type { Db } from '../../db/database.ts'
import { hashGeheim, nieuwGeheim } from './geheimen.ts'

export const SESSIE_COOKIE = 'koers_sessie'
/** A session lasts a working day; logging in again starts a new one. */
export const SESSIE_DUUR_MS = 10 * 60 * 60 * 1000

export interface NieuweSessie {
  token: string
  csrfToken: string
  verlooptOp: Date
}

export async function startSessie(db: Db, accountId: string, methode: 'wachtwoord' | 'oidc'): Promise<NieuweSessie> {
  const token = nieuwGeheim()
  const csrfToken = nieuwGeheim()
  const verlooptOp = new Date(Date.now() + SESSIE_DUUR_MS)
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('sessie').values({ token_hash: hashGeheim(token), account_id: accountId, csrf_token: csrfToken, methode, verloopt_op: verlooptOp }).execute()
    await tx.updateTable('account').set({ laatst_ingelogd_op: new Date() }).where('id', '=', accountId).execute()
  })
  return { token, csrfToken, verlooptOp }
}

export async function beeindigSessie(db: Db, sessieId: string): Promise<void> {
  await db.updateTable('sessie').set({ beeindigd_op: new Date() }).where('id', '=', sessieId).where('beeindigd_op', 'is', null).execute()
}

export function sessieCookieOpties(veilig: boolean, verlooptOp?: Date) {
  return {
    path: '/',
    httpOnly: true,
    // Lax: the cookie comes along when a user follows a link to Koers (and on the OpenID Connect
    // redirect back), never on cross-site writes; CSRF tokens cover the rest.
    sameSite: 'lax' as const,
    secure: veilig,
    ...(verlooptOp ? { expires: verlooptOp } : {}),
  }
}
