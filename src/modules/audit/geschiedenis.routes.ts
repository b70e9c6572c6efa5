// GET /organisaties/{id}/geschiedenis?objectType=…&objectId=…: the audit trail of one object, the
// "geschiedenis" the web app shows to whoever holds audit.lezen for it (scope: the object's eenheid).
import { Type } from 'typebox'
import type { ApiInstance } from '../../server/routes.ts'
import type { Db } from '../../db/database.ts'
import { Tijdstip, Uuid, vandaag } from '../../server/api-schemas.ts'
import { authorize } from '../toegang/authorize.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'

const OBJECTTYPEN = ['eenheid', 'functie', 'persoon', 'bezetting', 'wijziging', 'huisstijl', 'account', 'mandaat', 'samenwerkingsafspraak', 'api_token', 'organisatie'] as const

export const GeschiedenisEvent = Type.Object({
  id: Uuid,
  ketenNr: Type.Integer({ description: 'Plaats in de hashketen van de audit trail' }),
  tijdstip: Tijdstip,
  actor: Type.String({ description: 'account:<id>, token:<id>, systeem, cli of import:roo' }),
  actorNaam: Type.Union([Type.String(), Type.Null()], { description: 'De naam van de persoon achter het account, als die er is' }),
  handeling: Type.String(),
  voor: Type.Unknown(),
  na: Type.Unknown(),
})

/** The eenheid an object belongs to today, for the scope of audit.lezen; null = organisatie-wide. */
async function eenheidVan(db: Db, organisatieId: string, objectType: string, objectId: string): Promise<string | null> {
  const peildatum = vandaag()
  if (objectType === 'eenheid') return objectId
  const functieEenheid = async (functieId: string) => (await db.selectFrom('functie_versie as f').select('f.eenheid_id')
    .where('f.functie_id', '=', functieId).where('f.organisatie_id', '=', organisatieId).orderBy('f.geldig_van', 'desc').limit(1).executeTakeFirst())?.eenheid_id ?? null
  if (objectType === 'functie') return functieEenheid(objectId)
  if (objectType === 'bezetting') {
    const b = await db.selectFrom('bezetting').select('functie_id').where('id', '=', objectId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    return b ? functieEenheid(b.functie_id) : null
  }
  if (objectType === 'persoon') {
    const b = await db.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').select('f.eenheid_id')
      .where('b.persoon_id', '=', objectId).where('b.organisatie_id', '=', organisatieId).where(geldigOp('b', peildatum)).where(geldigOp('f', peildatum)).executeTakeFirst()
    return b?.eenheid_id ?? null
  }
  return null
}

export function geschiedenisRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/geschiedenis', {
    config: { toegang: { handeling: 'audit.lezen', object: 'dienst' } },
    schema: {
      tags: ['toegang'],
      summary: 'De geschiedenis (audit trail) van één object: wie deed wanneer wat, met de toestand ervoor en erna',
      params: OrganisatieParams,
      querystring: Type.Object({
        objectType: Type.Union(OBJECTTYPEN.map((t) => Type.Literal(t))),
        objectId: Type.String({ minLength: 1, maxLength: 100 }),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ resultaten: Type.Array(GeschiedenisEvent) }) },
    },
  }, async (request) => {
    const { organisatieId } = request.params
    const { objectType, objectId } = request.query
    const eenheidId = await eenheidVan(request.db, organisatieId, objectType, objectId)
    await authorize(request.toegang, 'audit.lezen', { organisatieId, eenheidId })
    const rijen = await request.db
      .selectFrom('audit_event as e')
      .select(['e.id', 'e.keten_nr', 'e.tijdstip', 'e.actor', 'e.handeling', 'e.voor', 'e.na'])
      .where('e.organisatie_id', '=', organisatieId)
      .where('e.object_type', '=', objectType)
      .where('e.object_id', '=', objectId)
      .orderBy('e.keten_nr', 'desc')
      .limit(500)
      .execute()
    const accountIds = [...new Set(rijen.map((r) => /^account:(.+)$/.exec(r.actor)?.[1]).filter((x): x is string => x !== undefined))]
    const namen = new Map(accountIds.length === 0 ? [] : (await request.db.selectFrom('account as a').innerJoin('persoon as p', 'p.id', 'a.persoon_id')
      .select(['a.id', 'p.naam']).where('a.id', 'in', accountIds).execute()).map((r) => [`account:${r.id}`, r.naam]))
    return {
      resultaten: rijen.map((r) => ({
        id: r.id, ketenNr: r.keten_nr, tijdstip: r.tijdstip.toISOString(), actor: r.actor, actorNaam: namen.get(r.actor) ?? null,
        handeling: r.handeling, voor: r.voor, na: r.na,
      })),
    }
  })
}
