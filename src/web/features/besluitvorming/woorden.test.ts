import { describe, expect, it } from 'vitest'
import { cadansInWoorden, woord, VOORSTEL_STATUSSEN } from './woorden.ts'

describe('cadansInWoorden', () => {
  it('says the cadence of a meeting in Dutch', () => {
    expect(cadansInWoorden('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU')).toBe('Elke 3 weken op dinsdag')
    expect(cadansInWoorden('FREQ=WEEKLY;BYDAY=MO')).toBe('Elke week op maandag')
    expect(cadansInWoorden('FREQ=MONTHLY;BYDAY=1TH')).toBe('Elke eerste donderdag van de maand')
    expect(cadansInWoorden('FREQ=MONTHLY;BYDAY=3TH')).toBe('Elke derde donderdag van de maand')
    expect(cadansInWoorden(null)).toBe('Geen vaste cadans')
  })
  it('falls back to the code for unknown words', () => {
    expect(woord(VOORSTEL_STATUSSEN, 'besloten')).toBe('Besloten')
    expect(woord({}, 'x')).toBe('x')
    expect(woord({}, null)).toBe('—')
  })
})
