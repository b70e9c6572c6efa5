// Login by e-mail and password. The answer to a failed login is always the same, whether the address
// is unknown, the password wrong or the address locked, and takes the same time (a dummy argon2
// verification), so nobody learns which accounts exist. After MAX_POGINGEN failures an address is
// locked for BLOKKADE_MS, also when no account has it. Per-IP rate limiting is in sessie.routes.ts.
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { hashGeheim } from './geheimen.ts'
import { controleerWachtwoord, dummyHash } from './wachtwoord.ts'

export const MAX_POGINGEN = 5
export const BLOKKADE_MS = 15 * 60 * 1000

export type InlogUitkomst = { ok: true; accountId: string } | { ok: false }

export async function inloggen(db: Db, email: string, wachtwoord: string): Promise<InlogUitkomst> {
  const sleutel = hashGeheim(`inlog:${email.trim().toLowerCase()}`)
  const poging = await db.selectFrom('inlogpoging').select(['mislukt', 'geblokkeerd_tot']).where('sleutel', '=', sleutel).executeTakeFirst()
  const geblokkeerd = poging?.geblokkeerd_tot !== undefined && poging.geblokkeerd_tot !== null && poging.geblokkeerd_tot > new Date()
  const account = await db
    .selectFrom('account')
    .select(['id', 'wachtwoord_hash'])
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .where('actief', '=', true)
    .executeTakeFirst()
  const juist = await controleerWachtwoord(account?.wachtwoord_hash ?? (await dummyHash()), wachtwoord)
  if (account?.wachtwoord_hash && juist && !geblokkeerd) {
    await db.updateTable('inlogpoging').set({ mislukt: 0, geblokkeerd_tot: null }).where('sleutel', '=', sleutel).execute()
    return { ok: true, accountId: account.id }
  }
  if (!geblokkeerd) {
    const mislukt = (poging?.mislukt ?? 0) + 1
    const blokkeer = mislukt >= MAX_POGINGEN ? new Date(Date.now() + BLOKKADE_MS) : null
    await db
      .insertInto('inlogpoging')
      .values({ sleutel, mislukt: blokkeer ? 0 : mislukt, geblokkeerd_tot: blokkeer, laatste_poging: new Date() })
      .onConflict((oc) => oc.column('sleutel').doUpdateSet({ mislukt: blokkeer ? 0 : mislukt, geblokkeerd_tot: blokkeer, laatste_poging: new Date() }))
      .execute()
  }
  return { ok: false }
}
