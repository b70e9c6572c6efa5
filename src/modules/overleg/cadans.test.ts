import { describe, expect, it } from 'vitest'
import { cadansTijden } from './cadans.ts'

describe('cadansTijden', () => {
  it('keeps the local time across the change to summer time (MT every three weeks on Tuesday 09:00)', () => {
    const tijden = cadansTijden('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', new Date('2027-01-05T08:00:00Z'), 'Europe/Amsterdam', new Date('2027-05-01T00:00:00Z'))
    expect(tijden.map((d) => d.toISOString())).toEqual([
      '2027-01-05T08:00:00.000Z', '2027-01-26T08:00:00.000Z', '2027-02-16T08:00:00.000Z', '2027-03-09T08:00:00.000Z',
      '2027-03-30T07:00:00.000Z', // summer time from 28 March: still 09:00 in Amsterdam
      '2027-04-20T07:00:00.000Z',
    ])
  })
})
