// Verzoeken aan de ondernemingsraad and the organisatie's OR setting: the only SQL for or_verzoek and
// organisatie_instelling (issue 6). Every write runs in the caller's transaction and records an audit event.
import { sql, type Selectable } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import type { OrVerzoekTable } from '../../db/schema.ts'
import { conflict, invalid, notFound } from '../../server/problem.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import type { NieuwOrVerzoek, OrAntwoord, OrBesluit, OrVerzoek, OrVerzoekWijziging } from './or-verzoek.schemas.ts'

type Conn = Db | Tx
type Rij = Selectable<OrVerzoekTable>

// WOR art. 25 (advies, and art. 30 for the benoeming of a bestuurder), art. 27 (instemming); an
// informatieverzoek may name any article (art. 31 and others).
const ARTIKELEN: Record<OrVerzoek['soort'], RegExp | null> = {
  advies: /^art\. (25|30) lid /,
  instemming: /^art\. 27 lid /,
  informatie: null,
}
const STANDPUNTEN: Record<OrVerzoek['soort'], ReadonlyArray<NonNullable<OrVerzoek['orStandpunt']>>> = {
  advies: ['positief', 'negatief', 'voorwaardelijk'],
  instemming: ['instemming', 'geen_instemming'],
  informatie: [],
}

export async function createOrVerzoek(tx: Tx, organisatieId: string, n: NieuwOrVerzoek, actor: string): Promise<string> {
  const artikel = ARTIKELEN[n.soort]
  if (artikel && n.worGrondslag === undefined) throw invalid('worGrondslag', `is verplicht voor een ${n.soort}sverzoek: noem artikel, lid en letter (bijv. ‘${n.soort === 'advies' ? 'art. 25 lid 1e' : 'art. 27 lid 1d'}’)`, 'verplicht')
  if (artikel && n.worGrondslag !== undefined && !artikel.test(n.worGrondslag)) {
    throw invalid('worGrondslag', n.soort === 'advies' ? 'een adviesrecht staat in WOR art. 25 (of art. 30)' : 'een instemmingsrecht staat in WOR art. 27', 'verkeerd-artikel')
  }
  const ingediendOp = n.ingediendOp ?? vandaag()
  if (n.termijn < ingediendOp) throw invalid('termijn', 'ligt vóór de datum van indienen', 'volgorde')
  if (n.wijzigingId !== undefined) {
    const w = await tx.selectFrom('wijziging').select('id').where('id', '=', n.wijzigingId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
    if (!w) throw invalid('wijzigingId', 'is geen wijziging van deze organisatie', 'onbekend')
  }
  const rij = await tx.insertInto('or_verzoek').values({
    organisatie_id: organisatieId, soort: n.soort, wor_grondslag: n.worGrondslag ?? null, onderwerp: n.onderwerp, toelichting: n.toelichting ?? null,
    wijziging_id: n.wijzigingId ?? null, ingediend_op: ingediendOp, termijn: n.termijn,
    or_standpunt: null, or_antwoord: null, beantwoord_op: null, besluit: null, afwijkend: null, motivering: null, besloten_op: null,
  }).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'or.verzoek_indienen', objectType: 'or_verzoek', objectId: rij.id, na: rij })
  return rij.id
}

async function lock(tx: Tx, organisatieId: string, id: string): Promise<Rij> {
  const v = await tx.selectFrom('or_verzoek').selectAll().where('id', '=', id).where('organisatie_id', '=', organisatieId).forUpdate().executeTakeFirst()
  if (!v) throw notFound('OR-verzoek', id)
  return v
}

/** Moves the termijn (agreed with the OR) or withdraws the verzoek, while the OR has not answered. */
export async function updateOrVerzoek(tx: Tx, organisatieId: string, id: string, w: OrVerzoekWijziging, actor: string) {
  const voor = await lock(tx, organisatieId, id)
  if (voor.status !== 'ingediend') {
    throw conflict(`Dit verzoek heeft status ‘${voor.status}’: de termijn verplaatsen of het verzoek intrekken kan alleen zolang de OR niet heeft geantwoord.`)
  }
  if (w.termijn !== undefined && w.termijn < voor.ingediend_op) throw invalid('termijn', 'ligt vóór de datum van indienen', 'volgorde')
  const na = await tx.updateTable('or_verzoek').set({ ...(w.termijn !== undefined ? { termijn: w.termijn } : {}), ...(w.status ? { status: w.status } : {}) })
    .where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  const handeling = w.status === 'ingetrokken' ? 'or.verzoek_intrekken' : 'or.termijn_verplaatsen'
  await recordAuditEvent(tx, { organisatieId, actor, handeling, objectType: 'or_verzoek', objectId: id, voor, na })
}

/** Records the OR's answer: its standpunt (advies, instemming) and text. */
export async function answerOrVerzoek(tx: Tx, organisatieId: string, id: string, a: OrAntwoord, actor: string) {
  const voor = await lock(tx, organisatieId, id)
  if (voor.status !== 'ingediend') throw conflict(`Dit verzoek heeft status ‘${voor.status}’: het antwoord van de OR is al vastgelegd of het verzoek is ingetrokken.`)
  const toegestaan = STANDPUNTEN[voor.soort]
  if (toegestaan.length > 0 && a.standpunt === undefined) throw invalid('standpunt', `is verplicht bij een ${voor.soort}sverzoek: ${toegestaan.join(', ')}`, 'verplicht')
  if (a.standpunt !== undefined && !toegestaan.includes(a.standpunt)) {
    throw invalid('standpunt', toegestaan.length === 0 ? 'een informatieverzoek vraagt geen standpunt' : `past niet bij een ${voor.soort}sverzoek: kies ${toegestaan.join(', ')}`, 'ongeldig')
  }
  const beantwoordOp = a.beantwoordOp ?? vandaag()
  if (beantwoordOp < voor.ingediend_op) throw invalid('beantwoordOp', 'ligt vóór de datum van indienen', 'volgorde')
  const na = await tx.updateTable('or_verzoek').set({ status: 'beantwoord', or_standpunt: a.standpunt ?? null, or_antwoord: a.antwoord, beantwoord_op: beantwoordOp })
    .where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'or.antwoord_vastleggen', objectType: 'or_verzoek', objectId: id, voor, na })
}

/** The bestuurder's decision after the OR's answer. Deviating from the advice needs reasons (WOR art.
 *  25 lid 5); deciding without the OR's instemming too (WOR art. 27 lid 4: only with the kantonrechter's permission). */
export async function decideOrVerzoek(tx: Tx, organisatieId: string, id: string, b: OrBesluit, actor: string) {
  const voor = await lock(tx, organisatieId, id)
  if (voor.soort === 'informatie') throw conflict('Een informatieverzoek aan de OR kent geen besluit: het is af met het antwoord van de OR.')
  if (voor.status !== 'beantwoord') {
    throw conflict(voor.status === 'ingediend'
      ? `De OR heeft nog niet geantwoord (termijn ${voor.termijn}): een besluit komt na het ${voor.soort === 'advies' ? 'advies (WOR art. 25 lid 2)' : 'antwoord op het instemmingsverzoek (WOR art. 27)'}.`
      : `Dit verzoek heeft status ‘${voor.status}’: er kan geen besluit meer bij.`)
  }
  // A decision without the OR's consent counts as deviating whatever the caller says (WOR art. 27 lid 4).
  const afwijkend = b.afwijkend || (voor.soort === 'instemming' && voor.or_standpunt === 'geen_instemming')
  if (afwijkend && b.motivering === undefined) {
    throw invalid('motivering', voor.soort === 'advies'
      ? 'is verplicht: een besluit dat afwijkt van het advies van de OR moet worden gemotiveerd (WOR art. 25 lid 5)'
      : 'is verplicht: een besluit zonder instemming van de OR moet worden gemotiveerd, met de toestemming van de kantonrechter (WOR art. 27 lid 4)', 'verplicht')
  }
  const beslotenOp = b.beslotenOp ?? vandaag()
  if (voor.beantwoord_op && beslotenOp < voor.beantwoord_op) throw invalid('beslotenOp', 'ligt vóór het antwoord van de OR', 'volgorde')
  const na = await tx.updateTable('or_verzoek').set({ status: 'besloten', besluit: b.besluit, afwijkend, motivering: b.motivering ?? null, besloten_op: beslotenOp })
    .where('id', '=', id).returningAll().executeTakeFirstOrThrow()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'or.besluiten', objectType: 'or_verzoek', objectId: id, voor, na })
}

const selectie = (db: Conn, organisatieId: string) => db.selectFrom('or_verzoek as v').leftJoin('wijziging as w', 'w.id', 'v.wijziging_id')
  .selectAll('v').select(['w.titel as wijziging_titel', 'w.status as wijziging_status']).where('v.organisatie_id', '=', organisatieId)

function weergave(v: Rij & { wijziging_titel: string | null; wijziging_status: string | null }): OrVerzoek {
  return {
    id: v.id, soort: v.soort, worGrondslag: v.wor_grondslag, onderwerp: v.onderwerp, toelichting: v.toelichting,
    wijziging: v.wijziging_id ? { id: v.wijziging_id, titel: v.wijziging_titel ?? '', status: v.wijziging_status ?? '' } : null,
    status: v.status, ingediendOp: v.ingediend_op, termijn: v.termijn, termijnVerstreken: v.status === 'ingediend' && v.termijn < vandaag(),
    orStandpunt: v.or_standpunt, orAntwoord: v.or_antwoord, beantwoordOp: v.beantwoord_op,
    besluit: v.besluit, afwijkend: v.afwijkend, motivering: v.motivering, beslotenOp: v.besloten_op,
  }
}

export async function listOrVerzoeken(db: Conn, organisatieId: string, f: { status?: OrVerzoek['status'] | undefined; soort?: OrVerzoek['soort'] | undefined; wijzigingId?: string | undefined }) {
  let q = selectie(db, organisatieId)
  if (f.status) q = q.where('v.status', '=', f.status)
  if (f.soort) q = q.where('v.soort', '=', f.soort)
  if (f.wijzigingId) q = q.where('v.wijziging_id', '=', f.wijzigingId)
  return (await q.orderBy('v.termijn').orderBy('v.id').limit(1000).execute()).map(weergave)
}

export async function getOrVerzoek(db: Conn, organisatieId: string, id: string): Promise<OrVerzoek> {
  const v = await selectie(db, organisatieId).where('v.id', '=', id).executeTakeFirst()
  if (!v) throw notFound('OR-verzoek', id)
  return weergave(v)
}

export async function getOrInstelling(db: Conn, organisatieId: string) {
  const r = await db.selectFrom('organisatie_instelling').select('wijziging_wacht_op_or').where('organisatie_id', '=', organisatieId).executeTakeFirst()
  return { wijzigingWachtOpOr: r?.wijziging_wacht_op_or ?? false }
}

export async function setOrInstelling(tx: Tx, organisatieId: string, wachten: boolean, actor: string) {
  const voor = await getOrInstelling(tx, organisatieId)
  await tx.insertInto('organisatie_instelling').values({ organisatie_id: organisatieId, wijziging_wacht_op_or: wachten })
    .onConflict((oc) => oc.column('organisatie_id').doUpdateSet({ wijziging_wacht_op_or: wachten })).execute()
  await recordAuditEvent(tx, { organisatieId, actor, handeling: 'or.instelling_wijzigen', objectType: 'organisatie', objectId: organisatieId, voor, na: { wijzigingWachtOpOr: wachten } })
}

/**
 * For the vaststelling of a wijziging: when the organisatie waits for the OR
 * (organisatie_instelling.wijziging_wacht_op_or), a wijziging with any actie — every actie changes the
 * organisation, WOR art. 25 lid 1e — needs an adviesverzoek linked to it that the OR has answered
 * (status beantwoord or besloten). Throws 409 otherwise.
 */
export async function controleerOrAdvies(tx: Tx, organisatieId: string, wijzigingId: string): Promise<void> {
  const { wijzigingWachtOpOr } = await getOrInstelling(tx, organisatieId)
  if (!wijzigingWachtOpOr) return
  const w = await tx.selectFrom('wijziging').select(sql<number>`jsonb_array_length(acties)`.as('acties')).where('id', '=', wijzigingId).where('organisatie_id', '=', organisatieId).executeTakeFirst()
  if (!w || Number(w.acties) === 0) return
  const verzoeken = await tx.selectFrom('or_verzoek').select(['status', 'termijn']).where('organisatie_id', '=', organisatieId).where('wijziging_id', '=', wijzigingId)
    .where('soort', '=', 'advies').where('status', '<>', 'ingetrokken').execute()
  if (verzoeken.some((v) => v.status === 'beantwoord' || v.status === 'besloten')) return
  const open = verzoeken.find((v) => v.status === 'ingediend')
  throw conflict(`Deze wijziging verandert de organisatie (WOR art. 25 lid 1e) en wacht op het advies van de ondernemingsraad. ${open
    ? `Het adviesverzoek is ingediend maar nog niet beantwoord (termijn ${open.termijn}); leg eerst het advies van de OR vast.`
    : 'Vraag eerst advies aan de OR met een adviesverzoek dat naar deze wijziging verwijst.'}`)
}
