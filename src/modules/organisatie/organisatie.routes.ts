import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { Pagina, PagineringQuery, paginering } from '../../server/api-schemas.ts'
import { Organisatie, OrganisatieParams } from './organisatie.schemas.ts'
import { getOrganisatie, listOrganisaties } from './organisatie.repository.ts'

export function organisatieRoutes(api: ApiInstance) {
  api.get(
    '/organisaties',
    {
      config: { toegang: { publiek: true } },
      schema: {
        tags: ['organisaties'],
        summary: 'Organisaties (gemeenten en gemeenschappelijke regelingen)',
        querystring: Type.Object(
          { ...PagineringQuery, zoek: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Deel van naam of organisatiecode' })) },
          { additionalProperties: false },
        ),
        response: { 200: Pagina(Organisatie) },
      },
    },
    async (request) => {
      const { pagina = 1, paginaGrootte = 50, zoek } = request.query
      const result = await listOrganisaties(request.db, { zoek, offset: (pagina - 1) * paginaGrootte, limit: paginaGrootte })
      return { resultaten: result.resultaten, paginering: paginering(pagina, paginaGrootte, result.totaal) }
    },
  )

  api.get(
    '/organisaties/:organisatieId',
    {
      config: { toegang: { publiek: true } },
      schema: {
        tags: ['organisaties'],
        summary: 'Eén organisatie met haar identificaties (TOOI, CBS, OIN, KvK)',
        params: OrganisatieParams,
        response: { 200: Organisatie },
      },
    },
    async (request) => getOrganisatie(request.db, request.params.organisatieId),
  )
}
