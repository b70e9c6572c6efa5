// Runs planned steps in date order. The model only accepts operations in date order, while a builder
// is easiest to write per subject (the ambtelijke organisatie, the raad, the college, staff turnover);
// the tijdlijn interleaves them. On the same date, structure goes first (volgorde 0), then bestuur (1),
// then the staff simulation (2), so that new posts exist before anyone is hired into them.
import { maandenTussen } from './prng.ts'

interface Stap {
  datum: string
  volgorde: number
  nr: number
  doe: () => void
}

export class Tijdlijn {
  private stappen: Stap[] = []
  private teller = 0

  plan(datum: string, doe: () => void, volgorde = 0): void {
    this.stappen.push({ datum, volgorde, nr: this.teller++, doe })
  }

  /** A step on the first of every month in [van, tot). */
  maandelijks(van: string, tot: string, doe: (datum: string) => void): void {
    for (const d of maandenTussen(van, tot)) this.plan(d, () => doe(d), 2)
  }

  /** Runs everything; steps may plan further steps (at or after their own date). */
  draai(): void {
    while (this.stappen.length > 0) {
      let i = 0
      for (let j = 1; j < this.stappen.length; j++) if (voor(this.stappen[j]!, this.stappen[i]!)) i = j
      const [stap] = this.stappen.splice(i, 1)
      stap!.doe()
    }
  }
}

function voor(a: Stap, b: Stap): boolean {
  if (a.datum !== b.datum) return a.datum < b.datum
  if (a.volgorde !== b.volgorde) return a.volgorde < b.volgorde
  return a.nr < b.nr
}
