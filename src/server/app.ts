// Assembles the HTTP app: strict validation, problem+json errors, the API-Version header, OpenAPI
// generated from the route schemas, and the routes of every module under /api/v1.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import cookie from '@fastify/cookie'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Db } from '../db/database.ts'
import { API_VERSION } from './api-schemas.ts'
import { ProblemError, invalidParamsFromAjv, problemBody } from './problem.ts'
import { serializerCompiler, validatorCompiler } from './validation.ts'
import { openapiDocument } from './openapi.ts'
import { apiRoutes } from './routes.ts'
import { webApp } from './web-app.ts'
import { publiekRoutes } from '../modules/publiek/publiek.routes.ts'
import { oidcRoutes } from '../modules/toegang/oidc.routes.ts'
import { agendaFeedPlugin } from '../modules/agenda/agenda-feed.routes.ts'

export const API_PREFIX = '/api/v1'

export interface AppOptions {
  db: Db
  logLevel?: string
  /** Where users reach Koers (Config.publiekeUrl); default http://localhost:3000. */
  publiekeUrl?: string
}

export type App = FastifyInstance & { withTypeProvider: () => FastifyInstance }

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logLevel && options.logLevel !== 'silent' ? { level: options.logLevel } : false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false },
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  await app.register(cookie)

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Koers API',
        description:
          'De organisatie van een gemeente als gedateerde gegevens: eenheden, lijnen, functies, roltypen, personen, bezetting, bestuur en wijzigingen. Elke lezing van de organisatie kent een peildatum.',
        version: API_VERSION,
        contact: { name: 'Koers', email: 'koers@example.org', url: 'https://koers.example.org' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: API_PREFIX, description: 'Deze installatie' }],
      tags: [
        { name: 'organisaties', description: 'Gemeenten en gemeenschappelijke regelingen' },
        { name: 'eenheden', description: 'Organisatie-eenheden en hun lijnen' },
        { name: 'functies', description: 'Functies (posten) en hun bezetting' },
        { name: 'personen', description: 'Personen en bezetting' },
        { name: 'roltypen', description: 'Roltypen met genummerde taken' },
        { name: 'bestuur', description: 'Bestuursorganen en portefeuilles' },
        { name: 'wijzigingen', description: 'Reorganisaties als gedateerde wijzigingen' },
        { name: 'opgaven', description: 'Opgaven (programma’s, projecten, maatschappelijke opgaven) en capaciteitsclaims op eenheden' },
        { name: 'besluitvorming', description: 'Voorstellen en hun route langs teammanager, PHO, college en raad; verzoeken aan de ondernemingsraad (WOR)' },
        { name: 'agenda', description: 'Geheime agenda-adressen (iCalendar) van overleggen' },
        { name: 'notificaties', description: 'Meldingen voor de ingelogde persoon' },
        { name: 'ori', description: 'Openbare vergaderingen, agendapunten en besluiten in de vorm van de VNG ORI-API (Woo)' },
        { name: 'toegang', description: 'Inloggen, accounts, API-tokens, mandaten, samenwerkingsafspraken en de geschiedenis (audit trail)' },
      ],
    },
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith(API_PREFIX)) {
      reply.header('API-Version', API_VERSION)
      // ADR /core/transport/security-headers
      reply.header('X-Content-Type-Options', 'nosniff')
      reply.header('X-Frame-Options', 'DENY')
      reply.header('Content-Security-Policy', "frame-ancestors 'none'")
      reply.header('Referrer-Policy', 'no-referrer')
      if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store')
    }
    return payload
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return reply
        .code(error.status)
        .type('application/problem+json')
        .send(problemBody(error.status, error.detail, request.url, error.invalidParams, error.code))
    }
    if (error.validation) {
      const context = error.validationContext ?? 'body'
      const invalidParams = invalidParamsFromAjv(error.validation as never, context)
      const where = ({ body: 'de inhoud van het verzoek', querystring: 'de zoekparameters', params: 'het pad', headers: 'de headers' } as Record<string, string>)[context] ?? context
      const detail = `Er ${invalidParams.length === 1 ? 'is 1 fout' : `zijn ${invalidParams.length} fouten`} in ${where}: ${invalidParams.map((p) => `${p.name} ${p.reason}`).join('; ')}.`
      return reply.code(400).type('application/problem+json').send(problemBody(400, detail, request.url, invalidParams))
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    if (status === 500) { request.log.error(error); if (process.env.KOERS_DEBUG) console.error(error) }
    const detail =
      status === 500
        ? 'Er ging iets mis aan onze kant. De fout is vastgelegd; probeer het later opnieuw.'
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Stuur de inhoud als application/json.'
          : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
            ? 'De inhoud van het verzoek is geen geldige JSON.'
            : error.message
    return reply.code(status).type('application/problem+json').send(problemBody(status, detail, request.url))
  })

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send(problemBody(404, `Er is geen bron op ${request.method} ${request.url.split('?')[0]}.`, request.url))
  })

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true }, config: { toegang: { publiek: true } } }, async () => openapiDocument(app))
      await apiRoutes(api, options.db)
    },
    { prefix: API_PREFIX },
  )
  await app.register(webApp)
  await app.register(publiekRoutes, { db: options.db })
  await app.register(oidcRoutes, { db: options.db, ...(options.publiekeUrl ? { publiekeUrl: options.publiekeUrl } : {}) })
  await app.register(agendaFeedPlugin, { db: options.db })

  return app
}
