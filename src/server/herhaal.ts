// A background job that runs in rounds (mailing notificaties, reminding of OR termijnen): one round at
// a time (asking for a round while one runs gets that one, not a second), the next one `interval`
// after the previous ended, and a stop that awaits a running round, so a server stops its jobs
// before it closes the database (onClose hooks run last-first).
export interface Herhaling {
  /** Runs a round now, or returns the one that is running. */
  nu(): Promise<number>
  /** Schedules the next round after the interval (and so on after each). */
  plan(): void
  stop(): Promise<void>
}

export function herhaal(ronde: () => Promise<number>, opties: { interval: number; bijFout: (error: unknown) => void }): Herhaling {
  let bezig: Promise<number> | null = null
  let timer: NodeJS.Timeout | null = null
  let gestopt = false
  const nu = () => {
    bezig ??= ronde().finally(() => { bezig = null })
    return bezig
  }
  const plan = () => {
    if (gestopt) return
    timer = setTimeout(() => { nu().catch(opties.bijFout).finally(plan) }, opties.interval)
    timer.unref()
  }
  return {
    nu,
    plan,
    async stop() {
      gestopt = true
      if (timer) clearTimeout(timer)
      await bezig?.catch(() => 0)
    },
  }
}
