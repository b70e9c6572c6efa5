// iCalendar (RFC 5545) for overleggen (issue 6). Pure: takes the rows, returns the text; the SQL is
// in agenda-feed.repository.ts.
//
// One overleg becomes one recurring VEVENT (§3.6.1) with its RRULE (§3.3.10, §3.8.5.3) and a
// DTSTART in the overleg's time zone (Europe/Amsterdam) with its VTIMEZONE (§3.6.5), so clients
// keep 09:00 local across the change to and from summer time. The cadence's meetings that exist as
// vergadering rows (bron 'cadans') adjust it:
// - a cancelled one becomes an EXDATE (§3.8.5.1) of its occurrence;
// - a moved one (a begin that is no occurrence), or one with another end or location, becomes an
//   override: a VEVENT with the same UID and RECURRENCE-ID (§3.8.4.4) naming the occurrence it
//   replaces. A moved meeting replaces the nearest occurrence within a week that has no row of its
//   own; one that replaces none becomes a VEVENT of its own.
// Ad hoc meetings are VEVENTs of their own. UIDs (§3.8.4.7) are stable: overleg-<id>@koers and
// vergadering-<id>@koers. Dates are luxon DateTimes, so ical-generator writes the wall time of the
// zone (a JS Date would be written in the server's zone, ../shared/ENGINEERING.md).
import ical, { type ICalCalendar } from 'ical-generator'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import { DateTime } from 'luxon'
import rrulePkg from 'rrule'

const { RRule } = rrulePkg as unknown as typeof import('rrule')

export interface KalenderOverleg {
  id: string
  naam: string
  rrule: string | null
  eersteBegin: Date | null
  duurMinuten: number
  tijdzone: string
  locatie: string | null
  /** The last day of the overleg (exclusive), 'YYYY-MM-DD'; the cadence stops there. */
  geldigTot: string | null
  vergaderingen: KalenderVergadering[]
}

export interface KalenderVergadering {
  id: string
  begin: Date
  eind: Date
  locatie: string | null
  bron: 'cadans' | 'adhoc'
  status: string
}

const UID_DOMEIN = 'koers'
const MAX_VERSCHUIVING_MS = 7 * 24 * 3600 * 1000

export const overlegUid = (id: string) => `overleg-${id}@${UID_DOMEIN}`
export const vergaderingUid = (id: string) => `vergadering-${id}@${UID_DOMEIN}`

/** The RRULE value without a leading "RRULE:". */
function regel(rrule: string): string {
  return rrule.trim().replace(/^RRULE:/i, '')
}

/** rrule.js computes in "floating" time: a wall time in the zone, carried as if it were UTC. */
function zwevend(dt: DateTime): Date {
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second))
}
function uitZwevend(d: Date, zone: string): DateTime {
  return DateTime.fromObject(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    { zone },
  )
}

/** The occurrences of the overleg's cadence between two instants (inclusive), in its zone. */
export function voorkomens(overleg: Pick<KalenderOverleg, 'rrule' | 'eersteBegin' | 'tijdzone' | 'geldigTot'>, van: Date, tot: Date): DateTime[] {
  if (!overleg.rrule || !overleg.eersteBegin) return []
  const zone = overleg.tijdzone
  const start = DateTime.fromJSDate(overleg.eersteBegin, { zone })
  const opties = RRule.parseString(regel(overleg.rrule))
  // UNTIL is an instant (UTC, §3.3.10); in floating time it is its wall time in the zone.
  if (opties.until) opties.until = zwevend(DateTime.fromJSDate(opties.until, { zone }))
  const rule = new RRule({ ...opties, dtstart: zwevend(start) })
  const grens = overleg.geldigTot ? DateTime.fromISO(overleg.geldigTot, { zone }) : null
  return rule
    .between(zwevend(DateTime.fromJSDate(van, { zone })), zwevend(DateTime.fromJSDate(tot, { zone })), true)
    .map((d) => uitZwevend(d, zone))
    .filter((d) => !grens || d < grens)
}

/** The RRULE as written: the overleg's rule, ending at geldig_tot when it has no end of its own. */
function rruleRegel(overleg: KalenderOverleg): string {
  let r = regel(overleg.rrule!)
  if (overleg.geldigTot && !/(^|;)(UNTIL|COUNT)=/i.test(r)) {
    // With a DTSTART in a zone, UNTIL must be in UTC (§3.3.10).
    const until = DateTime.fromISO(overleg.geldigTot, { zone: overleg.tijdzone }).minus({ seconds: 1 }).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")
    r += `;UNTIL=${until}`
  }
  return r
}

const icalTijd = (dt: DateTime) => dt.toFormat("yyyyLLdd'T'HHmmss")

interface Aanpassing {
  vergadering: KalenderVergadering
  /** The occurrence it stands for; null when it replaces none. */
  voorkomen: DateTime | null
}

/** Which occurrence each cadence meeting stands for. */
function koppelCadans(overleg: KalenderOverleg): Aanpassing[] {
  const cadans = overleg.vergaderingen.filter((v) => v.bron === 'cadans')
  if (cadans.length === 0 || !overleg.rrule || !overleg.eersteBegin) return cadans.map((v) => ({ vergadering: v, voorkomen: null }))
  const tijden = cadans.map((v) => v.begin.getTime())
  const alle = voorkomens(overleg, new Date(Math.min(...tijden) - MAX_VERSCHUIVING_MS), new Date(Math.max(...tijden) + MAX_VERSCHUIVING_MS))
  const bezet = new Set<number>()
  const uit: Aanpassing[] = []
  // First the meetings on an occurrence, then the moved ones take the nearest free occurrence.
  const opVoorkomen = new Set(alle.map((d) => d.toMillis()))
  for (const v of cadans) if (opVoorkomen.has(v.begin.getTime())) bezet.add(v.begin.getTime())
  for (const v of cadans) {
    const t = v.begin.getTime()
    if (opVoorkomen.has(t)) {
      uit.push({ vergadering: v, voorkomen: alle.find((d) => d.toMillis() === t)! })
      continue
    }
    let beste: DateTime | null = null
    for (const d of alle) {
      const afstand = Math.abs(d.toMillis() - t)
      if (bezet.has(d.toMillis()) || afstand > MAX_VERSCHUIVING_MS) continue
      if (!beste || afstand < Math.abs(beste.toMillis() - t)) beste = d
    }
    if (beste) bezet.add(beste.toMillis())
    uit.push({ vergadering: v, voorkomen: beste })
  }
  return uit
}

function voegOverlegToe(cal: ICalCalendar, overleg: KalenderOverleg, stempel: DateTime) {
  const zone = overleg.tijdzone
  const locatie = (v: KalenderVergadering) => v.locatie ?? overleg.locatie
  const losse = (v: KalenderVergadering, beschrijving: string) => {
    cal.createEvent({
      id: vergaderingUid(v.id), stamp: stempel, timezone: zone, summary: overleg.naam, description: beschrijving,
      start: DateTime.fromJSDate(v.begin, { zone }), end: DateTime.fromJSDate(v.eind, { zone }), location: locatie(v),
    })
  }

  if (overleg.rrule && overleg.eersteBegin) {
    const start = DateTime.fromJSDate(overleg.eersteBegin, { zone })
    const aanpassingen = koppelCadans(overleg)
    const exdates = aanpassingen.filter((a) => a.vergadering.status === 'geannuleerd' && a.voorkomen).map((a) => a.voorkomen!)
    const regels = [`RRULE:${rruleRegel(overleg)}`]
    if (exdates.length) regels.push(`EXDATE;TZID=${zone}:${exdates.map(icalTijd).join(',')}`)
    cal.createEvent({
      id: overlegUid(overleg.id), stamp: stempel, timezone: zone, summary: overleg.naam, location: overleg.locatie,
      start, end: start.plus({ minutes: overleg.duurMinuten }), repeating: regels.join('\r\n'),
    })
    for (const { vergadering: v, voorkomen } of aanpassingen) {
      if (v.status === 'geannuleerd') continue
      if (!voorkomen) {
        losse(v, 'Verplaatste vergadering')
        continue
      }
      const gewoon = v.begin.getTime() === voorkomen.toMillis()
        && v.eind.getTime() === voorkomen.plus({ minutes: overleg.duurMinuten }).toMillis()
        && locatie(v) === overleg.locatie
      if (gewoon) continue
      cal.createEvent({
        id: overlegUid(overleg.id), stamp: stempel, timezone: zone, summary: overleg.naam, location: locatie(v),
        ...(v.begin.getTime() !== voorkomen.toMillis() ? { description: 'Verplaatste vergadering' } : {}),
        start: DateTime.fromJSDate(v.begin, { zone }), end: DateTime.fromJSDate(v.eind, { zone }), recurrenceId: voorkomen,
      })
    }
  } else {
    // Without a cadence a "cadans" row is just a meeting.
    for (const v of overleg.vergaderingen) if (v.bron === 'cadans' && v.status !== 'geannuleerd') losse(v, 'Vergadering')
  }
  for (const v of overleg.vergaderingen) if (v.bron === 'adhoc' && v.status !== 'geannuleerd') losse(v, 'Extra vergadering')
}

/** A calendar with the overleggen: the text of a text/calendar feed. */
export function bouwKalender(naam: string, overleggen: KalenderOverleg[], nu = new Date()): string {
  const cal = ical({ name: naam, prodId: { company: 'Koers', product: 'Overleggen', language: 'NL' }, ttl: 3600 })
  // name null: ical-generator would otherwise write DTSTAMP in local time, which must be UTC
  // (§3.8.7.2); the generator still adds a VTIMEZONE for every zone the events use.
  cal.timezone({ name: null, generator: getVtimezoneComponent })
  cal.x('X-WR-TIMEZONE', overleggen[0]?.tijdzone ?? 'Europe/Amsterdam')
  const stempel = DateTime.fromJSDate(nu, { zone: 'utc' })
  for (const o of overleggen) voegOverlegToe(cal, o, stempel)
  return cal.toString()
}
