// A small seeded pseudo-random generator, so that the demo organisation and the benchmark
// organisations come out identical on every install and every run: same seed, same names, same
// dates, same UUIDs. Math.random and crypto are deliberately not used anywhere in this module.

/** mulberry32: 32-bit state, fast, good enough for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: turns a text (an organisatiecode) into a 32-bit seed. */
export function hashTekst(tekst: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < tekst.length; i++) {
    h ^= tekst.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export class Rng {
  private readonly volgende: () => number

  constructor(seed: number) {
    this.volgende = mulberry32(seed)
  }

  /** A number in [0, 1). */
  getal(): number {
    return this.volgende()
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.volgende() * (max - min + 1))
  }

  kans(p: number): boolean {
    return this.volgende() < p
  }

  kies<T>(lijst: readonly T[]): T {
    if (lijst.length === 0) throw new Error('Kan niet kiezen uit een lege lijst')
    return lijst[Math.floor(this.volgende() * lijst.length)]!
  }

  /** Picks by weight: [[waarde, gewicht], …]. */
  kiesGewogen<T>(lijst: readonly (readonly [T, number])[]): T {
    const totaal = lijst.reduce((s, [, g]) => s + g, 0)
    let r = this.volgende() * totaal
    for (const [waarde, gewicht] of lijst) {
      r -= gewicht
      if (r < 0) return waarde
    }
    return lijst[lijst.length - 1]![0]
  }

  /** Fisher–Yates, in place; returns the same array. */
  schud<T>(lijst: T[]): T[] {
    for (let i = lijst.length - 1; i > 0; i--) {
      const j = Math.floor(this.volgende() * (i + 1))
      ;[lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!]
    }
    return lijst
  }

  /** A version-4-shaped UUID drawn from this generator (deterministic, unlike gen_random_uuid()). */
  uuid(): string {
    const hex: string[] = []
    for (let i = 0; i < 4; i++) hex.push((Math.floor(this.volgende() * 4294967296) >>> 0).toString(16).padStart(8, '0'))
    const s = hex.join('')
    const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16)
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`
  }
}

// Dates are 'YYYY-MM-DD' strings throughout (as the database returns them), which compare correctly
// as text. Arithmetic goes through UTC so no time zone can shift a day.

export function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(j, m - 1 + maanden, 1))
  const laatste = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate()
  t.setUTCDate(Math.min(d, laatste))
  return t.toISOString().slice(0, 10)
}

/** The first of each month from van (inclusive) to tot (exclusive). van must be a first of the month. */
export function maandenTussen(van: string, tot: string): string[] {
  const uit: string[] = []
  for (let d = van; d < tot; d = plusMaanden(d, 1)) uit.push(d)
  return uit
}
