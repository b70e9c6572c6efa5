import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
let t = performance.now()
const lite = await PGlite.create()
console.log('create', performance.now() - t)
t = performance.now()
const pool = new pg.Pool(createPgConfig(lite) as any)
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) })
await sql`create table x(id int primary key, d date, n numeric)`.execute(db)
await db.transaction().execute(async (tx) => { await sql`insert into x values (1, '2024-01-01', 1.5)`.execute(tx) })
try { await db.transaction().execute(async (tx) => { await sql`insert into x values (2, '2024-01-01', 1)`.execute(tx); throw new Error('boom') }) } catch {}
console.log((await sql`select * from x`.execute(db)).rows, (await sql`select version()`.execute(db)).rows)
const blob = await lite.dumpDataDir('none')
console.log('dump', blob.size, performance.now() - t)
t = performance.now()
const l2 = await PGlite.create({ loadDataDir: blob })
console.log('load', performance.now() - t, (await l2.query('select count(*) from x')).rows)
t = performance.now()
const l3 = await lite.clone()
console.log('clone', performance.now() - t)
