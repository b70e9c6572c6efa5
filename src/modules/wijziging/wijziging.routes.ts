// HTTP for wijzigingen: thin handlers that validate (schema), call the use case and shape the
// response. The rules live in the use cases (create-, replace-, preview-, adopt-, withdraw-wijziging).
import { auditActor } from '../toegang/actor.ts'
import type { ApiInstance } from '../../server/routes.ts'
import { Pagina, ProblemSchema, paginering } from '../../server/api-schemas.ts'
import { adoptWijziging } from './adopt-wijziging.ts'
import { createWijziging } from './create-wijziging.ts'
import { previewWijziging } from './preview-wijziging.ts'
import { replaceWijziging } from './replace-wijziging.ts'
import { withdrawWijziging } from './withdraw-wijziging.ts'
import { findOrganisatie, findWijziging, listWijzigingen, toWijziging } from './wijziging.repository.ts'
import {
  Wijziging, WijzigingDiff, WijzigingInvoer, WijzigingParams, WijzigingSamenvatting, WijzigingenParams, WijzigingenQuery,
} from './wijziging.schemas.ts'

const tags = ['wijzigingen']
const Conflict = { ...ProblemSchema, description: 'Conflict met de stand van de organisatie of van de wijziging' }

export function wijzigingRoutes(api: ApiInstance) {
  api.get(
    '/organisaties/:organisatieId/wijzigingen',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } },
      schema: {
        tags,
        summary: 'Wijzigingen (reorganisaties) van een organisatie, nieuwste ingangsdatum eerst',
        params: WijzigingenParams,
        querystring: WijzigingenQuery,
        response: { 200: Pagina(WijzigingSamenvatting) },
      },
    },
    async (request) => {
      const { pagina = 1, paginaGrootte = 50, status } = request.query
      await findOrganisatie(request.db, request.params.organisatieId)
      const result = await listWijzigingen(request.db, request.params.organisatieId, { status, offset: (pagina - 1) * paginaGrootte, limit: paginaGrootte })
      return { resultaten: result.resultaten, paginering: paginering(pagina, paginaGrootte, result.totaal) }
    },
  )

  api.post(
    '/organisaties/:organisatieId/wijzigingen',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } },
      schema: {
        tags,
        summary: 'Maakt een wijziging aan, als concept',
        description: 'Verwijzingen in de acties worden meteen gecontroleerd: ids moeten op de ingangsdatum in deze organisatie bestaan, sleutels moeten uniek zijn en eerder zijn aangemaakt.',
        params: WijzigingenParams,
        body: WijzigingInvoer,
        response: { 201: Wijziging },
      },
    },
    async (request, reply) => {
      const wijziging = await createWijziging(request.db, request.params.organisatieId, request.body, auditActor(request.actor))
      reply.header('Location', `${request.url.split('?')[0]}/${wijziging.id}`)
      return reply.code(201).send(wijziging)
    },
  )

  api.get(
    '/organisaties/:organisatieId/wijzigingen/:wijzigingId',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } }, schema: { tags, summary: 'Eén wijziging met haar acties en, als zij is vastgesteld, haar resultaat', params: WijzigingParams, response: { 200: Wijziging } } },
    async (request) => toWijziging(await findWijziging(request.db, request.params.organisatieId, request.params.wijzigingId)),
  )

  api.put(
    '/organisaties/:organisatieId/wijzigingen/:wijzigingId',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } },
      schema: {
        tags,
        summary: 'Vervangt een wijziging die nog concept is',
        params: WijzigingParams,
        body: WijzigingInvoer,
        response: { 200: Wijziging, 409: Conflict },
      },
    },
    async (request) => replaceWijziging(request.db, request.params.organisatieId, request.params.wijzigingId, request.body, auditActor(request.actor)),
  )

  api.get(
    '/organisaties/:organisatieId/wijzigingen/:wijzigingId/voorvertoning',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } },
      schema: {
        tags,
        summary: 'Wie en wat deze wijziging op haar ingangsdatum verandert',
        description: 'Voor een concept: de wijziging wordt proefondervindelijk toegepast en teruggedraaid, dus dit is precies wat vaststellen zou doen. Voor een vastgestelde wijziging: het opgeslagen resultaat.',
        params: WijzigingParams,
        response: { 200: WijzigingDiff, 409: Conflict },
      },
    },
    async (request) => previewWijziging(request.db, request.params.organisatieId, request.params.wijzigingId),
  )

  api.post(
    '/organisaties/:organisatieId/wijzigingen/:wijzigingId/vaststelling',
    {
      config: { toegang: { handeling: 'wijziging.vaststellen' } },
      schema: {
        tags,
        summary: 'Stelt een wijziging vast: past alle acties in één keer toe (alles of niets)',
        params: WijzigingParams,
        response: { 200: Wijziging, 409: Conflict },
      },
    },
    async (request) => adoptWijziging(request.db, request.params.organisatieId, request.params.wijzigingId, auditActor(request.actor)),
  )

  api.post(
    '/organisaties/:organisatieId/wijzigingen/:wijzigingId/intrekking',
    {
      config: { toegang: { handeling: 'wijziging.opstellen' } },
      schema: {
        tags,
        summary: 'Trekt een concept-wijziging in; zij blijft bewaard met status ingetrokken',
        params: WijzigingParams,
        response: { 200: Wijziging, 409: Conflict },
      },
    },
    async (request) => withdrawWijziging(request.db, request.params.organisatieId, request.params.wijzigingId, auditActor(request.actor)),
  )
}

