// Issue 6, notifications: a persoon sees their own, unread first, and marks them read; with an SMTP
// server configured they arrive by e-mail — tested against a real SMTP server (smtp-server) on
// 127.0.0.1 — at the persoon's address or else their account's, and gemaild_op is set. Without an
// SMTP server nothing is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { notificeer } from './notificatie.repository.ts'
import { maakMailer, startNotificatieMailer } from './mailer.ts'

interface Ontvangen { van: string; aan: string[]; data: string }

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let anna: Sessie
let tom: Sessie
let ids: string[]
const basis = () => `/api/v1/organisaties/${fx.organisatieId}`
const ontvangen: Ontvangen[] = []
let smtp: SMTPServer
let poort: number

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Melding')
  await t.db.updateTable('persoon').set({ email: 'anna.jansen@melding.example' }).where('id', '=', fx.personen.anna).execute()
  await account(t.db, fx.organisatieId, fx.personen.anna, 'anna@login.example')
  await account(t.db, fx.organisatieId, fx.personen.tom, 'tom@login.example') // Tom has no persoon e-mail: his account's is used
  anna = await login(t.app, 'anna@login.example')
  tom = await login(t.app, 'tom@login.example')

  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      let data = ''
      stream.setEncoding('utf8')
      stream.on('data', (d: string) => { data += d })
      stream.on('end', () => {
        ontvangen.push({ van: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', aan: session.envelope.rcptTo.map((r) => r.address), data })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  poort = (smtp.server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

/** The body of a simple text/plain message, quoted-printable decoded. */
function tekst(bericht: string): string {
  const [kop, ...rest] = bericht.split('\r\n\r\n')
  const lijf = rest.join('\r\n\r\n')
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(kop!)) return lijf.replace(/\r\n/g, '\n')
  const bytes = lijf.replace(/=\r\n/g, '').replace(/\r\n/g, '\n').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}
const kopregel = (bericht: string, naam: string) => new RegExp(`^${naam}: (.*)$`, 'mi').exec(bericht)?.[1]

describe('notificaties', () => {
  it('shows a persoon only their own notificaties, unread first, and marks one read', async () => {
    ids = await t.db.transaction().execute((tx) => notificeer(tx, {
      organisatieId: fx.organisatieId, persoonIds: [fx.personen.anna, fx.personen.tom, fx.personen.bob, fx.personen.anna],
      soort: 'agenda.gepubliceerd', titel: 'De agenda van het MT van 16 februari staat klaar', link: '/app/overleggen/mt', objectType: 'vergadering',
    }))
    expect(ids).toHaveLength(3) // Anna once
    const [oud] = await t.db.transaction().execute((tx) => notificeer(tx, { organisatieId: fx.organisatieId, persoonIds: [fx.personen.anna], soort: 'test', titel: 'Een gelezen melding' }))
    // This newer one is read: unread ones still come first.
    await t.app.inject({ method: 'POST', url: `${basis()}/notificaties/${oud}/gelezen`, headers: headers(anna) })

    const lijst = (await t.app.inject({ method: 'GET', url: `${basis()}/notificaties`, headers: headers(anna) })).json()
    expect(lijst.ongelezen).toBe(1)
    expect(lijst.resultaten.map((n: { titel: string; gelezenOp: string | null }) => [n.titel, n.gelezenOp === null])).toEqual([
      ['De agenda van het MT van 16 februari staat klaar', true],
      ['Een gelezen melding', false],
    ])
    const annaNotificatie = lijst.resultaten[0].id
    // Tom can neither read nor mark Anna's.
    expect((await t.app.inject({ method: 'POST', url: `${basis()}/notificaties/${annaNotificatie}/gelezen`, headers: headers(tom) })).statusCode).toBe(404)
    const vanTom = (await t.app.inject({ method: 'GET', url: `${basis()}/notificaties?ongelezen=true`, headers: headers(tom) })).json()
    expect(vanTom.resultaten).toHaveLength(1)
    expect(vanTom.resultaten[0].id).not.toBe(annaNotificatie)
  })

  it('does nothing without an SMTP server', () => {
    expect(maakMailer({ db: t.db, smtpUrl: undefined, afzender: 'koers@test.example', publiekeUrl: 'https://koers.test' })).toBeNull()
    const app = Fastify()
    expect(startNotificatieMailer(app, t.db, { smtpUrl: undefined, mailAfzender: undefined, publiekeUrl: 'https://koers.test' })).toBeNull()
  })

  it('mails unmailed, unread notificaties over SMTP to the persoon’s address and sets gemaild_op', async () => {
    const mailer = maakMailer({ db: t.db, smtpUrl: `smtp://127.0.0.1:${poort}`, afzender: 'Koers <koers@melding.example>', publiekeUrl: 'https://koers.melding.example', interval: 3_600_000 })!
    try {
      expect(await mailer.verstuur()).toBe(2) // Anna and Tom; Bob has no e-mail address; the read one is not mailed
      const naarAnna = ontvangen.find((o) => o.aan.includes('anna.jansen@melding.example'))!
      const naarTom = ontvangen.find((o) => o.aan.includes('tom@login.example'))!
      expect(ontvangen).toHaveLength(2)
      expect(naarAnna.van).toBe('koers@melding.example')
      expect(kopregel(naarAnna.data, 'To')).toBe('anna.jansen@melding.example')
      expect(kopregel(naarAnna.data, 'Subject')).toBe('Koers: De agenda van het MT van 16 februari staat klaar')
      const lijf = tekst(naarAnna.data)
      expect(lijf).toContain('Beste Anna Jansen,')
      expect(lijf).toContain('Er is een nieuwe melding voor u in Koers (Gemeente Melding):')
      expect(lijf).toContain('Bekijk het hier: https://koers.melding.example/app/overleggen/mt')
      expect(tekst(naarTom.data)).toContain('Beste Tom Bakker,')

      const rijen = await t.db.selectFrom('notificatie').select(['persoon_id', 'gemaild_op']).where('id', 'in', ids).execute()
      const gemaild = Object.fromEntries(rijen.map((r) => [r.persoon_id, r.gemaild_op !== null]))
      expect(gemaild).toEqual({ [fx.personen.anna]: true, [fx.personen.tom]: true, [fx.personen.bob]: false })
      // Nothing twice.
      expect(await mailer.verstuur()).toBe(0)
      expect(ontvangen).toHaveLength(2)
    } finally {
      await mailer.stop()
    }
  })

  it('starts with the server and stops when it closes', async () => {
    const app = Fastify()
    const mailer = startNotificatieMailer(app, t.db, { smtpUrl: `smtp://127.0.0.1:${poort}`, mailAfzender: 'koers@melding.example', publiekeUrl: 'https://koers.melding.example' })
    expect(mailer).not.toBeNull()
    await app.ready()
    await app.close()
  })
})
