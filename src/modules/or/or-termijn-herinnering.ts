// A reminder when the termijn of an OR-verzoek approaches and the OR has not answered (issue 6 item 7:
// a notification "when something waits for someone … an OR deadline"), in the app and, through the
// mailer, by e-mail.
//
// - Which verzoeken: status ingediend (no answer recorded) and a termijn from today up to
//   HERINNERING_DAGEN days ahead, in Amsterdam dates. A termijn already past is not reminded of: the
//   verzoek shows as termijnVerstreken instead.
// - Why seven days: the WOR sets no term for the OR's answer; the bestuurder sets the termijn so the
//   advice can still have real influence (WOR art. 25 lid 2), and the OR advises only after discussing
//   the matter in an overlegvergadering with the bestuurder (WOR art. 23, 25). One week (five
//   werkdagen; Koers has no holiday calendar, so calendar days) still leaves room to call that meeting
//   or agree a later termijn with the OR, and is short enough not to be noise for a termijn weeks away.
// - To whom: the bestuurder's side, which waits for the answer and files the verzoeken: the holders of
//   a functie whose roltype has or.beheren (seed 004 gemeentesecretaris 10; a loco too). Koers does not
//   model the OR or its ambtelijk secretariaat as functies, so they are not notified here.
// - Exactly once per verzoek per termijn: the audit event or.termijn_herinneren (with the termijn) is
//   recorded in the same transaction as the notifications, and is the record that it was sent; a
//   round takes the verzoek's row lock before it looks, so concurrent rounds (or servers) cannot both
//   send. A moved termijn is reminded of again.
// The job runs on the owner connection (the installation, not a user), at start and every hour.
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import { datumVan, plusDagen } from '../../server/api-schemas.ts'
import { herhaal } from '../../server/herhaal.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { notificeer } from '../notificatie/notificatie.repository.ts'
import { bestuurderszijde, HERINNERING, lockVoorHerinnering, termijnenZonderHerinnering } from './or-termijn.repository.ts'

export const HERINNERING_DAGEN = 7
const PER_RONDE = 500

const LEESBAAR = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

const dagenTussen = (van: string, tot: string) => Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000)

const SOORT_WOORD = { advies: 'adviesverzoek', instemming: 'instemmingsverzoek', informatie: 'informatieverzoek' } as const

export function herinneringTitel(v: { soort: keyof typeof SOORT_WOORD; onderwerp: string; termijn: string }, vandaag: string): string {
  const over = dagenTussen(vandaag, v.termijn)
  const wanneer = over === 0 ? 'vandaag' : over === 1 ? 'morgen' : `over ${over} dagen`
  return `De termijn van het ${SOORT_WOORD[v.soort]} ‘${v.onderwerp}’ aan de OR verloopt ${wanneer} (${LEESBAAR.format(new Date(`${v.termijn}T00:00:00Z`))}); de OR heeft nog niet geantwoord`.slice(0, 500)
}

/**
 * One round: reminds of every OR termijn that falls within HERINNERING_DAGEN days of `nu` and was not
 * reminded of yet. Each verzoek in its own transaction, so one failure does not hold up the others.
 * Returns the number of verzoeken reminded of now.
 */
export async function herinnerOrTermijnen(db: Db, nu: Date, log?: Pick<FastifyBaseLogger, 'error'>): Promise<number> {
  const vandaag = datumVan(nu)
  const kandidaten = await termijnenZonderHerinnering(db, vandaag, plusDagen(vandaag, HERINNERING_DAGEN), PER_RONDE)
  let aantal = 0
  for (const k of kandidaten) {
    try {
      const verstuurd = await db.transaction().execute(async (tx) => {
        const v = await lockVoorHerinnering(tx, k.id, k.termijn)
        if (!v) return false
        const personen = await bestuurderszijde(tx, v.organisatie_id, vandaag)
        // Nobody to tell (the functie is vacant): nothing recorded, so the next round tries again.
        if (personen.length === 0) return false
        await notificeer(tx, {
          organisatieId: v.organisatie_id, persoonIds: personen, soort: 'or.termijn', titel: herinneringTitel(v, vandaag), link: `/app/o/${v.organisatie_id}/or-verzoeken/${v.id}`, objectType: 'or_verzoek', objectId: v.id,
        })
        await recordAuditEvent(tx, {
          organisatieId: v.organisatie_id, actor: 'systeem', handeling: HERINNERING, objectType: 'or_verzoek', objectId: v.id,
          na: { termijn: v.termijn, ontvangers: personen, worGrondslag: v.wor_grondslag },
        })
        return true
      })
      if (verstuurd) aantal++
    } catch (error) {
      log?.error({ err: error, orVerzoek: k.id }, 'Herinnering aan de termijn van een OR-verzoek mislukt; volgende ronde opnieuw')
    }
  }
  return aantal
}

export interface HerinneringOpties {
  /** Milliseconds between rounds; default one hour. */
  interval?: number
  /** The clock, for tests. */
  klok?: () => Date
  log?: Pick<FastifyBaseLogger, 'error' | 'info'>
}

/** Runs a round when the server is ready and then every interval; stops (awaiting a running round)
 *  when the server closes, before the database does (onClose hooks run last-first). */
export function startOrTermijnHerinneringen(app: FastifyInstance, db: Db, opties: HerinneringOpties = {}) {
  const klok = opties.klok ?? (() => new Date())
  const bijFout = (error: unknown) => opties.log?.error({ err: error }, 'Herinneringen aan OR-termijnen mislukt')
  const job = herhaal(() => herinnerOrTermijnen(db, klok(), opties.log), { interval: opties.interval ?? 3_600_000, bijFout })
  app.addHook('onReady', async () => {
    void job.nu().catch(bijFout).finally(job.plan)
  })
  app.addHook('onClose', () => job.stop())
}
