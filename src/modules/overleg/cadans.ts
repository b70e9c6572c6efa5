// A cadence (RRULE, RFC 5545) expanded into meeting times. The rule is read in the overleg's own
// time zone: every third Tuesday at 09:00 stays 09:00 in Amsterdam across the change to summer time.
// rrule works in "floating" time here: wall-clock times encoded as UTC, converted with luxon after.
import rrulePkg from 'rrule'
import { DateTime } from 'luxon'

const { RRule } = rrulePkg

export function cadansTijden(rrule: string, eersteBegin: Date, tijdzone: string, tot: Date): Date[] {
  const start = DateTime.fromJSDate(eersteBegin, { zone: tijdzone })
  const zwevend = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second))
  const eind = DateTime.fromJSDate(tot, { zone: tijdzone })
  const zwevendTot = new Date(Date.UTC(eind.year, eind.month - 1, eind.day, eind.hour, eind.minute, eind.second))
  const regel = new RRule({ ...RRule.parseString(rrule), dtstart: zwevend })
  return regel.between(zwevend, zwevendTot, true).map((d) =>
    DateTime.fromObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() }, { zone: tijdzone }).toJSDate())
}
