// A fixed-window counter per key (the client's IP address for logins): enough to slow down password
// guessing from one place; the per-address lockout in inloggen.ts covers guessing spread over many.
export class RateLimiet {
  private readonly vensters = new Map<string, { start: number; aantal: number }>()
  constructor(readonly maximum: number, readonly vensterMs: number) {}

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  tel(sleutel: string, nu = Date.now()): number {
    if (this.vensters.size > 10_000) for (const [k, v] of this.vensters) if (nu - v.start >= this.vensterMs) this.vensters.delete(k)
    const v = this.vensters.get(sleutel)
    if (!v || nu - v.start >= this.vensterMs) {
      this.vensters.set(sleutel, { start: nu, aantal: 1 })
      return 0
    }
    v.aantal += 1
    return v.aantal > this.maximum ? Math.ceil((v.start + this.vensterMs - nu) / 1000) : 0
  }
}
