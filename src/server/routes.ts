// Every module's routes, mounted under /api/v1. A module exports one function that takes the API
// instance (which carries the database) and registers its routes.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Db } from '../db/database.ts'
import { organisatieRoutes } from '../modules/organisatie/organisatie.routes.ts'
import { wijzigingRoutes } from '../modules/wijziging/wijziging.routes.ts'
import { eenheidRoutes } from '../modules/organisatie/eenheid.routes.ts'
import { functieRoutes } from '../modules/organisatie/functie.routes.ts'
import { persoonRoutes } from '../modules/organisatie/persoon.routes.ts'
import { roltypeRoutes } from '../modules/organisatie/roltype.routes.ts'
import { organogramRoutes } from '../modules/organogram/organogram.routes.ts'
import { oidcConfiguratieRoutes } from '../modules/toegang/oidc-configuratie.routes.ts'
import { toegangHooks } from './toegang.ts'
import { sessieRoutes } from '../modules/toegang/sessie.routes.ts'
import { accountRoutes } from '../modules/toegang/account.routes.ts'
import { mandaatRoutes } from '../modules/toegang/mandaat.routes.ts'
import { geschiedenisRoutes } from '../modules/audit/geschiedenis.routes.ts'
import { opgaveRoutes } from '../modules/opgave/opgave.routes.ts'
import { capaciteitRoutes } from '../modules/opgave/capaciteit.routes.ts'
import { overlegRoutes } from '../modules/overleg/overleg.routes.ts'
import { voorstelRoutes } from '../modules/voorstel/voorstel.routes.ts'
import { orRoutes } from '../modules/or/or-verzoek.routes.ts'
import { agendaFeedRoutes } from '../modules/agenda/agenda-feed.routes.ts'
import { notificatieRoutes } from '../modules/notificatie/notificatie.routes.ts'
import { oriRoutes } from '../modules/ori/ori.routes.ts'

export type ApiInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>

export async function apiRoutes(instance: FastifyInstance, db: Db) {
  const api = instance.withTypeProvider<TypeBoxTypeProvider>() as ApiInstance
  // A route without query parameters still rejects unknown ones, so a typo never passes silently.
  api.addHook('onRoute', (route) => {
    route.schema ??= {}
    route.schema.querystring ??= Type.Object({}, { additionalProperties: false })
  })
  toegangHooks(api, db)
  organisatieRoutes(api)
  eenheidRoutes(api)
  functieRoutes(api)
  persoonRoutes(api)
  roltypeRoutes(api)
  wijzigingRoutes(api)
  organogramRoutes(api)
  sessieRoutes(api)
  accountRoutes(api)
  mandaatRoutes(api)
  geschiedenisRoutes(api)
  opgaveRoutes(api)
  capaciteitRoutes(api)
  overlegRoutes(api)
  voorstelRoutes(api)
  orRoutes(api)
  agendaFeedRoutes(api)
  notificatieRoutes(api)
  oriRoutes(api)
  oidcConfiguratieRoutes(api)
}
