// Passwords: argon2id (OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1), in PHC string form.
import { hash, verify } from '@node-rs/argon2'

const OPTIES = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

/** The minimum length of a new password (NCSC ICT-beveiligingsrichtlijnen: lengte boven complexiteit). */
export const MINIMALE_LENGTE = 12

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, OPTIES)
}

export async function controleerWachtwoord(opgeslagen: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(opgeslagen, wachtwoord)
  } catch {
    return false
  }
}

// Compared against when no account matches, so an unknown address costs the same time as a wrong
// password and the response time reveals nothing.
let dummy: Promise<string> | undefined
export function dummyHash(): Promise<string> {
  dummy ??= hashWachtwoord('geen-account-met-dit-adres')
  return dummy
}
