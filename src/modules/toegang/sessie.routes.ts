// Logging in and out with e-mail and password, the current session (with its CSRF token, functies
// and rights), and changing one's own password.
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import type { Db } from '../../db/database.ts'
import { ProblemError } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import type { AccountActor } from './actor.ts'
import { inloggen } from './inloggen.ts'
import { RateLimiet } from './rate-limiet.ts'
import { rechtenVan } from './rechten.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import { beeindigSessie, SESSIE_COOKIE, sessieCookieOpties, startSessie } from './sessie.ts'
import { HuidigeSessie, Inloggen, WachtwoordWijzigen } from './toegang.schemas.ts'
import { controleerWachtwoord, hashWachtwoord } from './wachtwoord.ts'

const tags = ['toegang']
const FOUT = 'Het e-mailadres of het wachtwoord klopt niet, of dit adres is tijdelijk geblokkeerd na te veel pogingen. Probeer het later opnieuw.'

function alleenAccount(actor: { soort: string }): asserts actor is AccountActor {
  if (actor.soort !== 'account') throw new ProblemError(403, 'Dit kan alleen met een persoonlijk account, niet met een API-token.', undefined, 'alleen_account')
}

export function sessieRoutes(api: ApiInstance, options: { inlogLimiet?: RateLimiet } = {}) {
  const limiet = options.inlogLimiet ?? new RateLimiet(10, 60_000)

  api.post('/sessies', {
    config: { toegang: { publiek: true } },
    schema: {
      tags,
      summary: 'Inloggen met e-mailadres en wachtwoord; zet de sessiecookie',
      description: 'Het antwoord verraadt niet of een account bestaat. Na 5 mislukte pogingen is een adres 15 minuten geblokkeerd; per IP-adres zijn 10 pogingen per minuut toegestaan.',
      body: Inloggen,
      response: { 201: HuidigeSessie },
    },
  }, async (request, reply) => {
    const wacht = limiet.tel(request.ip)
    if (wacht > 0) {
      reply.header('Retry-After', String(wacht))
      throw new ProblemError(429, `Te veel inlogpogingen vanaf dit adres. Probeer het over ${wacht} seconden opnieuw.`, undefined, 'te_veel_pogingen')
    }
    const uitkomst = await inloggen(request.db, request.body.email, request.body.wachtwoord)
    if (!uitkomst.ok) throw new ProblemError(401, FOUT, undefined, 'inloggen_mislukt')
    const sessie = await startSessie(request.db, uitkomst.accountId, 'wachtwoord')
    reply.setCookie(SESSIE_COOKIE, sessie.token, sessieCookieOpties(request.protocol === 'https', sessie.verlooptOp))
    return reply.code(201).send(await huidigeSessie(request.db, uitkomst.accountId, sessie.csrfToken, sessie.verlooptOp))
  })

  api.get('/sessies/huidig', {
    config: { toegang: { ingelogd: true } },
    schema: { tags, summary: 'De huidige sessie: account, CSRF-token, functies en rechten', response: { 200: HuidigeSessie } },
  }, async (request) => {
    const actor = request.actor
    alleenAccount(actor)
    if (!actor.sessie) throw new ProblemError(403, 'Er is geen sessie; log in via POST /sessies.', undefined, 'geen_sessie')
    const s = await request.db.selectFrom('sessie').select('verloopt_op').where('id', '=', actor.sessie.id).executeTakeFirstOrThrow()
    return huidigeSessie(request.db, actor.accountId, actor.sessie.csrfToken, s.verloopt_op)
  })

  api.delete('/sessies/huidig', {
    config: { toegang: { ingelogd: true } },
    schema: { tags, summary: 'Uitloggen: beëindigt de sessie en wist de cookie', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const actor = request.actor
    alleenAccount(actor)
    if (actor.sessie) await beeindigSessie(request.db, actor.sessie.id)
    reply.clearCookie(SESSIE_COOKIE, sessieCookieOpties(request.protocol === 'https'))
    return reply.code(204).send(null)
  })

  api.put('/sessies/huidig/wachtwoord', {
    config: { toegang: { ingelogd: true } },
    schema: { tags, summary: 'Het eigen wachtwoord wijzigen (vraagt het huidige wachtwoord)', body: WachtwoordWijzigen, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const actor = request.actor
    alleenAccount(actor)
    const account = await request.db.selectFrom('account').select(['wachtwoord_hash', 'organisatie_id']).where('id', '=', actor.accountId).executeTakeFirstOrThrow()
    if (!account.wachtwoord_hash || !(await controleerWachtwoord(account.wachtwoord_hash, request.body.huidigWachtwoord))) {
      throw new ProblemError(400, 'Het huidige wachtwoord klopt niet.', [{ name: 'huidigWachtwoord', code: 'onjuist', reason: 'klopt niet' }], 'ongeldige-invoer')
    }
    const nieuw = await hashWachtwoord(request.body.nieuwWachtwoord)
    await request.db.transaction().execute(async (tx) => {
      await tx.updateTable('account').set({ wachtwoord_hash: nieuw, gewijzigd_op: new Date() }).where('id', '=', actor.accountId).execute()
      // Other sessions of this account end: whoever knew the old password is logged out.
      await tx.updateTable('sessie').set({ beeindigd_op: new Date() }).where('account_id', '=', actor.accountId).where('beeindigd_op', 'is', null).where('id', '!=', actor.sessie?.id ?? '00000000-0000-0000-0000-000000000000').execute()
      await recordAuditEvent(tx, { organisatieId: account.organisatie_id, actor: `account:${actor.accountId}`, handeling: 'account.wachtwoord_wijzigen', objectType: 'account', objectId: actor.accountId })
    })
    return reply.code(204).send(null)
  })
}

async function huidigeSessie(db: Db, accountId: string, csrfToken: string, verlooptOp: Date) {
  const a = await db
    .selectFrom('account as a')
    .leftJoin('persoon as p', 'p.id', 'a.persoon_id')
    .select(['a.id', 'a.email', 'a.organisatie_id', 'a.persoon_id', 'a.platform_beheerder', 'p.naam'])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow()
  const peildatum = vandaag()
  const functies = a.persoon_id
    ? await db
      .selectFrom('bezetting as b')
      .innerJoin('functie_versie as fv', 'fv.functie_id', 'b.functie_id')
      .innerJoin('eenheid_versie as ev', 'ev.eenheid_id', 'fv.eenheid_id')
      .innerJoin('roltype as r', 'r.id', 'fv.roltype_id')
      .select(['b.functie_id', 'fv.naam', 'fv.eenheid_id', 'ev.naam as eenheidNaam', 'r.code', 'b.vervanging'])
      .where('b.persoon_id', '=', a.persoon_id)
      .where(geldigOp('b', peildatum))
      .where(geldigOp('fv', peildatum))
      .where(geldigOp('ev', peildatum))
      .orderBy('fv.naam')
      .execute()
    : []
  const actor: AccountActor = { soort: 'account', accountId: a.id, email: a.email, organisatieId: a.organisatie_id, persoonId: a.persoon_id, platformBeheerder: a.platform_beheerder, sessie: null }
  const rechten = a.organisatie_id ? await rechtenVan(db, actor, a.organisatie_id, peildatum) : []
  return {
    account: { id: a.id, email: a.email, organisatieId: a.organisatie_id, persoonId: a.persoon_id, persoonNaam: a.naam, platformBeheerder: a.platform_beheerder },
    csrfToken,
    verlooptOp: verlooptOp.toISOString(),
    functies: functies.map((f) => ({ functieId: f.functie_id, naam: f.naam, eenheidId: f.eenheid_id, eenheidNaam: f.eenheidNaam, roltype: f.code, vervanging: f.vervanging })),
    rechten,
  }
}
