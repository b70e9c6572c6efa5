// Opens the database for a command other than serve: claims the embedded data folder, turns
// "cannot connect" into a message naming the database, and applies pending migrations so that an
// import into a fresh folder just works.
import path from 'node:path'
import type { Config } from '../config.ts'
import { openDatabase, type Database } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import { CliError } from './cli-errors.ts'
import { claimDataDir } from './data-dir-lock.ts'

export interface CliDatabase {
  database: Database
  /** Names of the migrations applied just now. */
  toegepast: string[]
  close(): Promise<void>
}

export async function openCliDatabase(config: Config, opdracht: string): Promise<CliDatabase> {
  const release = config.databaseUrl ? () => {} : claimDataDir(config.dataDir, opdracht)
  let database: Database
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 })
  } catch (err) {
    release()
    throw databaseError(config, err)
  }
  try {
    const toegepast = await migrate(database.db)
    return {
      database,
      toegepast,
      close: async () => {
        await database.close()
        release()
      },
    }
  } catch (err) {
    await database.close().catch(() => {})
    release()
    throw new CliError(`Migraties toepassen op ${beschrijfDatabase(config)} mislukt: ${(err as Error).message}`)
  }
}

/** Which database a command uses, for its output: the password never shows. */
export function beschrijfDatabase(config: Config): string {
  if (!config.databaseUrl) return `ingebedde database (PGlite) in ${path.join(config.dataDir, 'pglite')}`
  try {
    const url = new URL(config.databaseUrl)
    if (url.password) url.password = '***'
    return `PostgreSQL-server ${url.toString()}`
  } catch {
    return 'PostgreSQL-server (DATABASE_URL)'
  }
}

const ONBEREIKBAAR = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']
/** PostgreSQL refusing the login or not knowing the database. */
const GEWEIGERD = ['28P01', '28000', '3D000']

/** True when err comes from reaching or logging in to the database server, not from what ran on it. */
export function isVerbindingsfout(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return typeof code === 'string' && (ONBEREIKBAAR.includes(code) || GEWEIGERD.includes(code))
}

/** A failure to open or reach the database, told in terms of what the user configured. */
export function databaseError(config: Config, err: unknown): CliError {
  const e = err as { message?: string; code?: string; errors?: { message?: string }[] }
  // net.connect to several addresses fails with an AggregateError whose own message is empty.
  const reden = e.message || e.errors?.map((x) => x.message).join('; ') || e.code || String(err)
  if (!config.databaseUrl) return new CliError(`Kan de ingebedde database in ${path.join(config.dataDir, 'pglite')} niet openen: ${reden}`)
  const onbereikbaar = ONBEREIKBAAR.includes(e.code ?? '')
  return new CliError(
    onbereikbaar
      ? `Kan de database niet bereiken: ${beschrijfDatabase(config)} (${e.code}). Draait de server en klopt DATABASE_URL?`
      : `Kan de database niet openen: ${beschrijfDatabase(config)}: ${reden}`,
  )
}
