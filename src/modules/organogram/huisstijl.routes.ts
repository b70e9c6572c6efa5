// GET/PUT /organisaties/{organisatieId}/huisstijl: an organisatie's own colours, font and logo,
// used by the organogram exports and the public pages.
import { auditActor } from '../toegang/actor.ts'
import type { ApiInstance } from '../../server/routes.ts'
import { inTransaction } from '../../db/database.ts'
import { invalid } from '../../server/problem.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { HuisstijlInvoer, HuisstijlUitvoer } from './huisstijl.schemas.ts'
import { getHuisstijl, setHuisstijl, type OpgeslagenHuisstijl } from './huisstijl.repository.ts'
import { logoProbleem } from './logo.ts'
import type { Logo } from './huisstijl.ts'

function uitvoer(organisatieId: string, h: OpgeslagenHuisstijl): HuisstijlUitvoer {
  return {
    organisatieId,
    standaard: h.standaard,
    tokens: h.tokens,
    logo: h.logo ? { mediatype: h.logo.mediatype, data: Buffer.from(h.logo.data).toString('base64') } : null,
    gewijzigdOp: h.gewijzigdOp?.toISOString() ?? null,
  }
}

export function huisstijlRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/huisstijl', {
    config: { toegang: { handeling: 'organisatie.lezen' } },
    schema: {
      tags: ['organisaties'],
      summary: 'De huisstijl van de organisatie (kleuren, lettertype, logo); zonder eigen huisstijl het neutrale thema van Koers',
      params: OrganisatieParams,
      response: { 200: HuisstijlUitvoer },
    },
  }, async (request) => uitvoer(request.params.organisatieId, await getHuisstijl(request.db, request.params.organisatieId)))

  api.put('/organisaties/:organisatieId/huisstijl', {
    config: { toegang: { handeling: 'huisstijl.beheren' } },
    schema: {
      tags: ['organisaties'],
      summary: 'De huisstijl van de organisatie vervangen; de organogrammen en de publieke pagina gebruiken hem meteen',
      params: OrganisatieParams,
      body: HuisstijlInvoer,
      response: { 200: HuisstijlUitvoer },
    },
  }, async (request) => {
    const { organisatieId } = request.params
    const { tokens, logo: invoer } = request.body
    let logo: Logo | null = null
    if (invoer) {
      const data = new Uint8Array(Buffer.from(invoer.data, 'base64'))
      const probleem = logoProbleem(invoer.mediatype, data)
      if (probleem) throw invalid('logo.data', `Het logo ${probleem}.`)
      logo = { mediatype: invoer.mediatype, data }
    }
    await inTransaction(request.db, (tx) => setHuisstijl(tx, organisatieId, { tokens, logo }, auditActor(request.actor)))
    return uitvoer(organisatieId, await getHuisstijl(request.db, organisatieId))
  })
}
