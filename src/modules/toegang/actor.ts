// Who sends a request. Established once per request (authenticate.ts) from a session cookie or a
// machine client's bearer token; everything else asks authorize() what this actor may do.
import type { Handeling } from './handelingen.ts'

export type Actor = Anoniem | AccountActor | TokenActor

export interface Anoniem {
  soort: 'anoniem'
}

export interface AccountActor {
  soort: 'account'
  accountId: string
  email: string
  organisatieId: string | null
  persoonId: string | null
  platformBeheerder: boolean
  /** Set when the request came with a session cookie: writes must echo the CSRF token. */
  sessie: { id: string; csrfToken: string } | null
}

export interface TokenActor {
  soort: 'token'
  tokenId: string
  organisatieId: string
  handelingen: readonly Handeling[]
}

export const ANONIEM: Anoniem = { soort: 'anoniem' }

/** How the actor appears in the audit trail. */
export function auditActor(actor: Actor): string {
  switch (actor.soort) {
    case 'account': return `account:${actor.accountId}`
    case 'token': return `token:${actor.tokenId}`
    case 'anoniem': return 'anoniem'
  }
}
