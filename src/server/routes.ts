// Every module's routes, mounted under /api/v1. A module exports one function that takes the API
// instance (which carries the database) and registers its routes.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Db } from '../db/database.ts'
import { organisatieRoutes } from '../modules/organisatie/organisatie.routes.ts'
import { wijzigingRoutes } from '../modules/wijziging/wijziging.routes.ts'

export type ApiInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider> & { db: Db }

export async function apiRoutes(instance: FastifyInstance, db: Db) {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>() as ApiInstance
  api.decorate('db', db)
  organisatieRoutes(api)
  wijzigingRoutes(api)
}
