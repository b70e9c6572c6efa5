// PGlite runs inside one process and does not notice a second process opening the same folder
// (it writes a postmaster.pid with a fake pid), which corrupts the data. So every koers command
// that opens the embedded database first claims the data folder with a lock file holding its pid.
// A lock left behind by a process that died is recognised (the pid no longer runs) and taken over.
import fs from 'node:fs'
import path from 'node:path'
import { CliError } from './cli-errors.ts'

interface Slot {
  pid: number
  opdracht: string
  sinds: string
}

export const LOCK_FILE = 'koers.lock'

/** Claims dataDir for this process; returns the function that releases it (also run at exit). */
export function claimDataDir(dataDir: string, opdracht: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const bestand = path.join(dataDir, LOCK_FILE)
  const slot: Slot = { pid: process.pid, opdracht, sinds: new Date().toISOString() }
  for (let poging = 0; poging < 2; poging++) {
    try {
      fs.writeFileSync(bestand, JSON.stringify(slot), { flag: 'wx' })
      const release = () => {
        process.off('exit', release)
        if (leesSlot(bestand)?.pid === process.pid) fs.rmSync(bestand, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CliError(`Kan de datamap ${dataDir} niet gebruiken: ${(err as Error).message}`)
      }
      const ander = leesSlot(bestand)
      if (ander && ander.pid !== process.pid && draait(ander.pid)) {
        throw new CliError(
          `De ingebedde database in ${dataDir} is in gebruik door "koers ${ander.opdracht}" (proces ${ander.pid}, sinds ${ander.sinds}).\n` +
            'PGlite werkt in één proces: stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL.',
        )
      }
      fs.rmSync(bestand, { force: true }) // left behind by a process that is gone
    }
  }
  throw new CliError(`Kan de datamap ${dataDir} niet vastleggen: een ander proces claimt hem tegelijk`)
}

function leesSlot(bestand: string): Slot | undefined {
  try {
    const slot = JSON.parse(fs.readFileSync(bestand, 'utf8')) as Partial<Slot>
    return typeof slot.pid === 'number' ? { pid: slot.pid, opdracht: String(slot.opdracht ?? '?'), sinds: String(slot.sinds ?? '?') } : undefined
  } catch {
    return undefined
  }
}

function draait(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
