// Random secrets (session cookies, API tokens, CSRF tokens) and their stored form. These are 256-bit
// random values, so a plain SHA-256 is the right hash for them; passwords use argon2id (wachtwoord.ts).
import { createHash, randomBytes } from 'node:crypto'

export function nieuwGeheim(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url')
}

export function hashGeheim(geheim: string): string {
  return createHash('sha256').update(geheim).digest('hex')
}
