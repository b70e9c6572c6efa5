// Helpers for the demo and generator tests (not a test file itself).
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { openDatabase, type Db } from '../../db/database.ts'
import { migrate } from '../../db/migrate.ts'
import type { DB } from '../../db/schema.ts'
import { Acties } from '../wijziging/acties.schemas.ts'
import { seedDemo } from './seed-demo.ts'

/** `alias` is valid on peildatum p (geldig_van inclusive, geldig_tot exclusive). */
export function geldig(alias: string, p: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${alias}.geldig_van`)} <= ${p}::date and (${sql.ref(`${alias}.geldig_tot`)} is null or ${sql.ref(`${alias}.geldig_tot`)} > ${p}::date))`
}

export async function rijen<T>(db: Kysely<DB>, q: RawBuilder<T>): Promise<T[]> {
  return (await q.execute(db)).rows
}

// The same Ajv settings as the API (src/server/validation.ts): strict, all errors, discriminator.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true, keywords: ['example'] })
addFormats(ajv)
const valideerActies = ajv.compile(Acties)

/** Schema errors of a wijziging's acties (empty when valid). */
export function actiesFouten(acties: unknown): string[] {
  return valideerActies(acties) ? [] : (valideerActies.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

class Terug<T> extends Error {
  constructor(readonly waarde: T) {
    super('terugdraaien')
  }
}

/** Runs `werk` in a transaction that is always rolled back; returns what it returned. */
export async function opnieuw<T>(db: Db, werk: (tx: Kysely<DB>) => Promise<T>): Promise<T> {
  try {
    await db.transaction().execute(async (tx) => {
      throw new Terug(await werk(tx))
    })
  } catch (e) {
    if (e instanceof Terug) return e.waarde as T
    throw e
  }
  throw new Error('unreachable')
}

/**
 * The organisation tables of a database, ordered by id, as JSON. Creation timestamps are left out
 * (they record when the row was written) and roltype ids are replaced by their code (the roltype
 * catalogue draws its ids from gen_random_uuid(); everything the demo writes itself is seeded).
 */
export async function tabellen(db: Db, organisatieId?: string): Promise<Record<string, unknown[]>> {
  const zonder = sql.raw(`- 'aangemaakt_op' - 'gewijzigd_op'`)
  const van = (kolom: string) => (organisatieId ? sql`where ${sql.ref(kolom)} = ${organisatieId}` : sql``)
  const q = async (naam: string, query: RawBuilder<{ r: unknown }>) => [naam, (await query.execute(db)).rows.map((x) => x.r)] as const
  return Object.fromEntries(await Promise.all([
    q('organisatie', sql`select to_jsonb(t) ${zonder} as r from organisatie t ${van('t.id')} order by id`),
    q('wijziging', sql`select to_jsonb(t) as r from wijziging t ${van('t.organisatie_id')} order by id`),
    q('eenheid', sql`select to_jsonb(t) ${zonder} as r from eenheid t ${van('t.organisatie_id')} order by id`),
    q('eenheid_versie', sql`select to_jsonb(t) as r from eenheid_versie t ${van('t.organisatie_id')} order by id`),
    q('functie', sql`select to_jsonb(t) ${zonder} as r from functie t ${van('t.organisatie_id')} order by id`),
    q('functie_versie', sql`select to_jsonb(t) - 'roltype_id' || jsonb_build_object('rol', r.code) as r from functie_versie t join roltype r on r.id = t.roltype_id ${van('t.organisatie_id')} order by t.id`),
    q('lijn', sql`select to_jsonb(t) as r from lijn t ${van('t.organisatie_id')} order by id`),
    q('persoon', sql`select to_jsonb(t) ${zonder} as r from persoon t ${van('t.organisatie_id')} order by id`),
    q('bezetting', sql`select to_jsonb(t) as r from bezetting t ${van('t.organisatie_id')} order by id`),
    q('portefeuille', sql`select to_jsonb(t) as r from portefeuille t ${van('t.organisatie_id')} order by id`),
    q('taak', sql`select jsonb_build_object('rol', r.code, 'nummer', t.nummer, 'volgorde', t.volgorde, 'tekst', t.tekst) as r from taak t join roltype r on r.id = t.roltype_id ${van('t.organisatie_id')} order by r.code, t.volgorde`),
  ]))
}

/** Seeds the demo into a fresh in-memory database and returns its contents. */
export async function verseDemo(): Promise<{ organisatieId: string; tabellen: Record<string, unknown[]> }> {
  const database = await openDatabase({})
  try {
    await migrate(database.db)
    const { organisatieId } = await seedDemo(database.db)
    return { organisatieId, tabellen: await tabellen(database.db) }
  } finally {
    await database.close()
  }
}
