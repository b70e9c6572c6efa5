// GET /organisaties/{organisatieId}/organogram: the organogram at a peildatum as SVG, PNG, PDF or
// its layout (JSON, for the web app), rendered on the server so exports need no browser. Also
// mounts the huisstijl routes the drawings depend on.
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { OrganogramJson, OrganogramQuery, type Formaat } from './organogram.schemas.ts'
import { huisstijlRoutes } from './huisstijl.routes.ts'
import { renderOrganogram } from './render-organogram.ts'
import { getOrganisatie } from '../organisatie/organisatie.repository.ts'

const Bestand = (description: string) => Type.String({ format: 'binary', description })

/** 'Gemeente Súdwest-Fryslân' → 'gemeente-sudwest-fryslan', safe in a Content-Disposition filename. */
export function bestandsdeel(naam: string): string {
  return naam.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'organisatie'
}

export function organogramRoutes(api: ApiInstance) {
  huisstijlRoutes(api)

  // Public, like the public organisation page that draws the same picture: it shows eenheden and
  // their lines only, which the Woo (art. 3.3 lid 1d, organisatie en werkwijze) asks to publish.
  api.get('/organisaties/:organisatieId/organogram', {
    config: { toegang: { publiek: true } },
    schema: {
      tags: ['organisaties'],
      summary: 'Het organogram op een peildatum, als boom of honingraat, in svg, png, pdf (A4/A3 liggend) of als layout (json)',
      description:
        'Wordt op de server getekend. Functionele lijnen zijn gestippeld met een pijl naar de aansturende eenheid, hiërarchische lijnen doorgetrokken. Bij meer dan 120 eenheden zijn standaard 3 niveaus zichtbaar; diepere eenheden staan als "+N onderliggende eenheden" bij hun bovenliggende eenheid.',
      params: OrganisatieParams,
      querystring: OrganogramQuery,
      response: {
        200: {
          description: 'Het organogram in het gevraagde formaat',
          content: {
            'image/svg+xml': { schema: Type.String({ description: 'Een op zichzelf staand SVG-document' }) },
            'image/png': { schema: Bestand('PNG-afbeelding') },
            'application/pdf': { schema: Bestand('PDF, één pagina') },
            'application/json': { schema: OrganogramJson },
          },
        },
      },
    },
  }, async (request, reply) => {
    const { organisatieId } = request.params
    const q = request.query
    const peildatum = q.peildatum ?? vandaag()
    const formaat: Formaat = q.formaat ?? 'svg'
    const { inhoud, contentType } = await renderOrganogram(request.db, organisatieId, {
      peildatum,
      weergave: q.weergave ?? 'boom',
      formaat,
      papier: q.papier,
      niveaus: q.niveaus,
      eenheidId: q.eenheidId,
      ingeklapt: q.ingeklapt?.split(','),
    })
    reply.type(contentType)
    if (q.download) {
      const naam = bestandsdeel((await getOrganisatie(request.db, organisatieId)).naam)
      reply.header('Content-Disposition', `attachment; filename="organogram-${naam}-${peildatum}.${formaat}"`)
    }
    // PNG and PDF are Buffers, which Fastify sends as they are; the type provider only knows the schemas.
    return reply.send(inhoud as string)
  })
}
