// Authentication and authorisation for every API route, in one place (issue 4):
// - every route declares config.toegang; a route without one fails at start-up;
// - onRequest establishes the actor (session cookie, bearer token or anonymous);
// - preValidation checks CSRF for cookie-authenticated writes and the route's handeling through
//   authorize(), before the input is validated, so a refused actor learns nothing about the input;
// - the handler then runs on a connection as role koers_gebruiker that sees only the organisaties
//   the actor may see (PostgreSQL row-level security, migration 0005): queries cannot forget it.
import { timingSafeEqual } from 'node:crypto'
import { sql } from 'kysely'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { bewakingVan, uitCache, type Db } from '../db/database.ts'
import { vandaag } from './api-schemas.ts'
import type { Actor } from '../modules/toegang/actor.ts'
import { authenticate } from '../modules/toegang/authenticate.ts'
import { authorize, eigenFuncties, heeftHandeling, weigering, type ToegangContext } from '../modules/toegang/authorize.ts'
import type { Handeling } from '../modules/toegang/handelingen.ts'
import { zichtbareOrganisaties } from '../modules/toegang/rechten.ts'
import { ProblemError, notFound } from './problem.ts'

/** The access rule of a route. */
export type Toegang =
  | { publiek: true }
  | { ingelogd: true }
  /** object 'dienst': the service resolves the object (e.g. from the body) and calls authorize itself;
   *  'houder': the same, but the object may name functies whose holders may act without a mandate
   *  (an opgave's opgavemanager), so before validation only reading the organisatie is required. */
  | { handeling: Handeling; object?: 'pad' | 'dienst' | 'houder' }

declare module 'fastify' {
  interface FastifyContextConfig {
    toegang?: Toegang
    /** A read whose answer follows from the path, the query, today's date and the organisaties the
     *  actor may see, and nothing else about the actor: kept in the process's read cache
     *  (src/db/lees-cache.ts) until the next change; at most `max` answers (few for large ones). */
    leesCache?: { max: number }
  }
  interface FastifyRequest {
    actor: Actor
    toegang: ToegangContext
    /** The database as this request may see it (row-level security); the owner connection for public routes. */
    db: Db
    zichtbaar?: string[]
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS'])

function gelijk(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function toegangHooks(api: FastifyInstance, db: Db) {
  api.decorateRequest('actor', null as never)
  api.decorateRequest('toegang', null as never)
  api.decorateRequest('db', null as never)
  api.decorateRequest('zichtbaar', undefined)

  const bewaking = bewakingVan(db)
  api.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.toegang) throw new Error(`Route ${String(route.method)} ${route.url} heeft geen toegangsregel (config.toegang).`)
    if (route.config.leesCache && ![route.method].flat().every((m) => m === 'GET' || m === 'HEAD')) throw new Error(`Route ${String(route.method)} ${route.url}: alleen GET-antwoorden kunnen in de leescache.`)
    const cache = route.config.leesCache && bewaking ? bewaking.cache<unknown>(`route ${route.url}`, route.config.leesCache.max) : undefined
    const original = route.handler
    const opVerbinding = (zichtbaar: string[], request: FastifyRequest, reply: FastifyReply, self: FastifyInstance) =>
      db.connection().execute(async (conn) => {
        await sql`select set_config('role', 'koers_gebruiker', false), set_config('koers.organisaties', ${`{${zichtbaar.join(',')}}`}, false)`.execute(conn)
        request.db = conn
        // Services that authorize an object they resolved read the rights on this same connection.
        request.toegang = { ...request.toegang, db: conn }
        try {
          return await original.call(self, request, reply)
        } finally {
          await sql`select set_config('role', 'none', false), set_config('koers.organisaties', '', false)`.execute(conn)
        }
      })
    route.handler = async function (this: FastifyInstance, request, reply) {
      const zichtbaar = request.zichtbaar
      if (!zichtbaar) return original.call(this, request, reply)
      if (!cache) return opVerbinding(zichtbaar, request, reply, this)
      // Same path and query, same day, same visible organisaties: the same rows under row-level security.
      const sleutel = `${request.url}\n${vandaag()}\n${[...zichtbaar].sort().join(',')}`
      const bekend = cache.lees(sleutel)
      if (bekend !== undefined) return bekend
      const generatie = bewaking!.generatie
      const antwoord: unknown = await opVerbinding(zichtbaar, request, reply, this)
      if (reply.statusCode === 200 && antwoord !== undefined) cache.bewaar(sleutel, antwoord, generatie)
      return antwoord
    }
  })

  api.addHook('onRequest', async (request) => {
    request.db = db
    request.actor = await authenticate(db, request)
    request.toegang = { actor: request.actor, db }
  })

  // Organisaties are never deleted (Archiefwet), so one that was found once stays known.
  const bekend = new Set<string>()
  async function bestaat(organisatieId: string) {
    if (bekend.has(organisatieId)) return true
    const found = await db.selectFrom('organisatie').select('id').where('id', '=', organisatieId).executeTakeFirst()
    if (found) bekend.add(organisatieId)
    return found !== undefined
  }

  api.addHook('preValidation', async (request: FastifyRequest) => {
    const toegang = request.routeOptions.config.toegang
    if (!toegang) throw new ProblemError(500, 'Deze route heeft geen toegangsregel.')
    if ('publiek' in toegang) return
    const { actor } = request
    if (actor.soort === 'account' && actor.sessie && !VEILIG.has(request.method)) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !gelijk(header, actor.sessie.csrfToken)) {
        throw new ProblemError(403, 'Het CSRF-token ontbreekt of klopt niet. Stuur de waarde uit GET /api/v1/sessies/huidig mee in de header X-CSRF-Token.', undefined, 'csrf')
      }
    }
    if (actor.soort === 'anoniem') throw new ProblemError(401, 'U bent niet ingelogd. Log in om dit te doen.', undefined, 'niet_ingelogd')
    if ('ingelogd' in toegang) return

    const params = (request.params ?? {}) as { organisatieId?: string; eenheidId?: string }
    const organisatieId = params.organisatieId
    if (organisatieId === undefined) throw new ProblemError(500, 'Deze route noemt een handeling maar geen organisatie.')
    if (!UUID.test(organisatieId)) return // validation answers 400 for the path
    if (!(await bestaat(organisatieId))) throw notFound('Organisatie', organisatieId)
    if (toegang.object === 'houder') {
      if (!(await heeftHandeling(request.toegang, 'organisatie.lezen', organisatieId))) throw weigering(actor, toegang.handeling)
    } else if (toegang.object === 'dienst') {
      if (!(await heeftHandeling(request.toegang, toegang.handeling, organisatieId))) throw weigering(actor, toegang.handeling)
    } else {
      const eenheidId = params.eenheidId !== undefined && UUID.test(params.eenheidId) ? params.eenheidId : null
      await authorize(request.toegang, toegang.handeling, { organisatieId, eenheidId })
    }
    const zichtbaar = () => zichtbareOrganisaties(db, actor, undefined, eigenFuncties(request.toegang))
    request.zichtbaar = actor.soort === 'account' ? await uitCache(db, 'zichtbaar', `${actor.accountId}|${vandaag()}`, zichtbaar) : await zichtbaar()
  })
}
