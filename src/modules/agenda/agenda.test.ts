// Issue 6, calendar feeds: a secret feed URL shown once (only its hash kept), read by a real
// iCalendar parser (ical.js, Mozilla's), whose expansion of the recurrence must give exactly the
// meetings: every three weeks on Tuesday 09:00 Europe/Amsterdam, also after the change to summer time
// (28 March 2027), without the cancelled one, with the moved one at its new time and with the ad hoc
// meeting; per persoon only the overleggen they take part in; a revoked feed is 404.
import { beforeAll, describe, expect, it } from 'vitest'
import ICAL from 'ical.js'
import { createHash } from 'node:crypto'
import { createTestApp } from '../../../test/app.ts'
import { account, headers, login, type Sessie } from '../../../test/toegang-actoren.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
let tom: Sessie
let anna: Sessie
let mt: string
let adhoc: string
const basis = () => `/api/v1/organisaties/${fx.organisatieId}`

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Agenda')
  const o = fx.organisatieId
  await account(t.db, o, fx.personen.tom, 'tom@agenda.example')
  await account(t.db, o, fx.personen.anna, 'anna@agenda.example')
  tom = await login(t.app, 'tom@agenda.example')
  anna = await login(t.app, 'anna@agenda.example')
  // The MT: every three weeks on Tuesday from 5 January 2027, 09:00–11:00 in Amsterdam (08:00 UTC in winter).
  mt = (await t.db.insertInto('overleg').values({
    organisatie_id: o, naam: 'Managementteam', soort: 'mt', modus: 'besluitvormend', rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU',
    eerste_begin: new Date('2027-01-05T08:00:00Z'), duur_minuten: 120, locatie: 'Kamer 3.14', geldig_van: '2026-01-01',
  }).returning('id').executeTakeFirstOrThrow()).id
  await t.db.insertInto('overleg_samenstelling').values([
    { organisatie_id: o, overleg_id: mt, rol: 'voorzitter', roltype_code: 'gemeentesecretaris' },
    { organisatie_id: o, overleg_id: mt, rol: 'lid', roltype_code: 'teammanager' },
  ]).execute()
  const vergadering = (begin: string, eind: string, bron: 'cadans' | 'adhoc', status: 'gepland' | 'geannuleerd' = 'gepland', locatie: string | null = null) =>
    t.db.insertInto('vergadering').values({ organisatie_id: o, overleg_id: mt, begin: new Date(begin), eind: new Date(eind), bron, status, locatie }).returning('id').executeTakeFirstOrThrow()
  await vergadering('2027-01-05T08:00:00Z', '2027-01-05T10:00:00Z', 'cadans')                  // as the cadence says: no override
  await vergadering('2027-01-26T08:00:00Z', '2027-01-26T10:00:00Z', 'cadans', 'geannuleerd')   // cancelled
  await vergadering('2027-02-17T10:00:00Z', '2027-02-17T12:00:00Z', 'cadans')                  // 16 Feb moved to Wednesday 11:00
  adhoc = (await vergadering('2027-03-10T13:00:00Z', '2027-03-10T14:30:00Z', 'adhoc', 'gepland', 'Raadzaal')).id
  await vergadering('2027-03-11T13:00:00Z', '2027-03-11T14:00:00Z', 'adhoc', 'geannuleerd')   // cancelled ad hoc: not in the feed
})

async function maakFeed(s: Sessie, body: object) {
  const res = await t.app.inject({ method: 'POST', url: `${basis()}/agenda-feeds`, headers: headers(s), payload: body })
  expect(res.statusCode, res.body).toBe(201)
  return res.json() as { id: string; url: string; soort: string; naam: string }
}
const haal = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname })

/** Every occurrence ical.js finds in [van, tot): wall time in Amsterdam, UTC instant, UID, location. */
function verwacht(ics: string, van: string, tot: string) {
  const kalender = new ICAL.Component(ICAL.parse(ics))
  for (const tz of kalender.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  const events = kalender.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  const uit: Array<{ lokaal: string; utc: string; uid: string; locatie: string }> = []
  const grens = [new Date(van).getTime(), new Date(tot).getTime()]
  const neem = (start: ICAL.Time, e: ICAL.Event) => {
    const d = start.toJSDate()
    if (d.getTime() >= grens[0]! && d.getTime() < grens[1]!) uit.push({ lokaal: start.toString(), utc: d.toISOString(), uid: e.uid, locatie: e.location })
  }
  for (const e of events) {
    if (e.isRecurrenceException()) continue
    if (!e.isRecurring()) { neem(e.startDate, e); continue }
    for (const ex of events) if (ex.uid === e.uid && ex.isRecurrenceException()) e.relateException(ex)
    const it = e.iterator()
    for (let n = it.next(); n && n.toJSDate().getTime() < grens[1]!; n = it.next()) {
      const detail = e.getOccurrenceDetails(n)
      neem(detail.startDate, detail.item)
    }
  }
  return uit.sort((a, b) => a.utc.localeCompare(b.utc))
}

describe('agenda-feeds', () => {
  let mtFeed: { id: string; url: string }

  it('gives an overleg feed whose recurrence expands to exactly the right meetings, also across summer time', async () => {
    mtFeed = await maakFeed(anna, { overlegId: mt })
    expect(mtFeed.url).toMatch(/^http:\/\/[^/]+\/agenda\/kal_[A-Za-z0-9_-]{43}\.ics$/)
    const token = new URL(mtFeed.url).pathname.slice('/agenda/'.length, -'.ics'.length)
    // Only the hash is stored.
    const rij = await t.db.selectFrom('agenda_feed').select('token_hash').where('id', '=', mtFeed.id).executeTakeFirstOrThrow()
    expect(rij.token_hash).toBe(createHash('sha256').update(token).digest('hex'))

    const res = await haal(mtFeed.url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const ics = res.body
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam')
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270105T090000')
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU')
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/) // UTC, RFC 5545 §3.8.7.2

    // Three months: January to March 2027. The DST change is Sunday 28 March.
    expect(verwacht(ics, '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z')).toEqual([
      { lokaal: '2027-01-05T09:00:00', utc: '2027-01-05T08:00:00.000Z', uid: `overleg-${mt}@koers`, locatie: 'Kamer 3.14' },
      // 26 January: cancelled (EXDATE)
      { lokaal: '2027-02-17T11:00:00', utc: '2027-02-17T10:00:00.000Z', uid: `overleg-${mt}@koers`, locatie: 'Kamer 3.14' }, // moved (RECURRENCE-ID 16 Feb)
      { lokaal: '2027-03-09T09:00:00', utc: '2027-03-09T08:00:00.000Z', uid: `overleg-${mt}@koers`, locatie: 'Kamer 3.14' },
      { lokaal: '2027-03-10T14:00:00', utc: '2027-03-10T13:00:00.000Z', uid: `vergadering-${adhoc}@koers`, locatie: 'Raadzaal' }, // ad hoc
      { lokaal: '2027-03-30T09:00:00', utc: '2027-03-30T07:00:00.000Z', uid: `overleg-${mt}@koers`, locatie: 'Kamer 3.14' }, // summer time: still 09:00
    ])
    expect(ics).toContain(`RECURRENCE-ID;TZID=Europe/Amsterdam:20270216T090000`)
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20270126T090000')
  })

  it('gives a persoon feed with the overleggen they take part in today, and none of the others', async () => {
    const vanTom = await maakFeed(tom, { voorMijzelf: true })
    expect(vanTom).toMatchObject({ soort: 'persoon', naam: 'Mijn overleggen' })
    const ics = (await haal(vanTom.url)).body
    expect(ics).toContain('X-WR-CALNAME:Overleggen van Tom Bakker')
    expect(verwacht(ics, '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z')).toHaveLength(5)

    const vanAnna = await maakFeed(anna, { voorMijzelf: true })
    const leeg = (await haal(vanAnna.url)).body
    expect(leeg).toContain('BEGIN:VCALENDAR')
    expect(leeg).not.toContain('BEGIN:VEVENT')
  })

  it('lists only one’s own feeds without their secret, and revokes: the address then gives 404, the feed stays listed', async () => {
    const lijst = (await t.app.inject({ method: 'GET', url: `${basis()}/agenda-feeds`, headers: headers(anna) })).json().resultaten
    expect(lijst.map((f: { soort: string }) => f.soort).sort()).toEqual(['overleg', 'persoon'])
    expect(JSON.stringify(lijst)).not.toContain('kal_')
    // Tom can neither see nor revoke Anna's feed.
    expect((await t.app.inject({ method: 'DELETE', url: `${basis()}/agenda-feeds/${mtFeed.id}`, headers: headers(tom) })).statusCode).toBe(404)
    expect((await haal(mtFeed.url)).statusCode).toBe(200)

    expect((await t.app.inject({ method: 'DELETE', url: `${basis()}/agenda-feeds/${mtFeed.id}`, headers: headers(anna) })).statusCode).toBe(204)
    const weg = await haal(mtFeed.url)
    expect(weg.statusCode).toBe(404)
    expect(weg.body).not.toMatch(/ingetrokken/i)
    const na = (await t.app.inject({ method: 'GET', url: `${basis()}/agenda-feeds/${mtFeed.id}`, headers: headers(anna) })).json()
    expect(na.ingetrokkenOp).not.toBeNull()
    expect((await t.app.inject({ method: 'GET', url: '/agenda/kal_onbekend.ics' })).statusCode).toBe(404)
  })

  it('refuses an overleg of another organisatie, an unclear request and a machine client’s feed "for myself"', async () => {
    const ander = await createFixtureOrganisatie(t.db, 'Gemeente Elders')
    const elders = await t.db.insertInto('overleg').values({ organisatie_id: ander.organisatieId, naam: 'DT', soort: 'dt', modus: 'adviserend', geldig_van: '2026-01-01' }).returning('id').executeTakeFirstOrThrow()
    const res = await t.app.inject({ method: 'POST', url: `${basis()}/agenda-feeds`, headers: headers(anna), payload: { overlegId: elders.id } })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams[0].name).toBe('overlegId')
    for (const payload of [{}, { overlegId: mt, voorMijzelf: true }]) {
      expect((await t.app.inject({ method: 'POST', url: `${basis()}/agenda-feeds`, headers: headers(anna), payload })).statusCode).toBe(400)
    }
    const { volmachtToken } = await import('../../../test/app.ts')
    const token = await volmachtToken(t.db, fx.organisatieId)
    const machine = await t.app.inject({ method: 'POST', url: `${basis()}/agenda-feeds`, headers: { authorization: `Bearer ${token}` }, payload: { voorMijzelf: true } })
    expect(machine.statusCode).toBe(403)
  })
})
