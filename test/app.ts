// An HTTP app on a test file's own database, for module tests through app.inject().
import { afterAll } from 'vitest'
import { buildApp } from '../src/server/app.ts'
import { createTestDatabase } from './database.ts'

export async function createTestApp() {
  const database = await createTestDatabase()
  const app = await buildApp({ db: database.db })
  await app.ready()
  afterAll(() => app.close())
  return { app, db: database.db, database }
}
