// The huisstijl table: read with the Koers theme as fallback, replaced as a whole with an audit
// event in the same transaction (ENGINEERING.md 8). SQL for house styles lives here only.
import type { Db, Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { KOERS_HUISSTIJL, type Huisstijl, type HuisstijlTokens, type Logo } from './huisstijl.ts'

export interface OpgeslagenHuisstijl extends Huisstijl {
  standaard: boolean
  gewijzigdOp: Date | null
}

export async function getHuisstijl(db: Db | Tx, organisatieId: string): Promise<OpgeslagenHuisstijl> {
  const rij = await db.selectFrom('huisstijl').selectAll().where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!rij) return { ...KOERS_HUISSTIJL, standaard: true, gewijzigdOp: null }
  const logo: Logo | null = rij.logo && rij.logo_mediatype ? { mediatype: rij.logo_mediatype, data: new Uint8Array(rij.logo) } : null
  return { tokens: rij.tokens as HuisstijlTokens, logo, standaard: false, gewijzigdOp: rij.gewijzigd_op }
}

/** What the audit trail keeps of a house style: the tokens and the logo's type and size, not its bytes. */
const spoor = (h: Huisstijl) => ({ tokens: h.tokens, logo: h.logo ? { mediatype: h.logo.mediatype, bytes: h.logo.data.length } : null })

export async function setHuisstijl(tx: Tx, organisatieId: string, nieuw: Huisstijl, actor: string): Promise<void> {
  const voor = await getHuisstijl(tx, organisatieId)
  const waarden = {
    tokens: JSON.stringify(nieuw.tokens),
    logo: nieuw.logo ? Buffer.from(nieuw.logo.data) : null,
    logo_mediatype: nieuw.logo?.mediatype ?? null,
    gewijzigd_op: new Date(),
  }
  await tx
    .insertInto('huisstijl')
    .values({ organisatie_id: organisatieId, ...waarden })
    .onConflict((oc) => oc.column('organisatie_id').doUpdateSet(waarden))
    .execute()
  await recordAuditEvent(tx, {
    organisatieId,
    actor,
    handeling: 'huisstijl.wijzigen',
    objectType: 'huisstijl',
    objectId: organisatieId,
    voor: voor.standaard ? null : spoor(voor),
    na: spoor(nieuw),
  })
}
