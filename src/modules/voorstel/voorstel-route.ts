// The route of a voorstel as a state machine (issue 6; seed 004 "Route van een voorstel"):
//
//   concept ─indienen→ ter_goedkeuring ─goedkeuren→ goedgekeurd            (organisatiebesluit: teammanager 4g)
//                     ←terugsturen─┘
//   collegevoorstel: goedgekeurd ─agenderen_pho→ pho ─agenderen_college→ college ─besluiten→ besloten
//   raadsvoorstel:   … college ─agenderen_voorbereidende_raad (or besluiten: aangenomen)→ voorbereidende_raad
//                    ─agenderen_voorbereidende_raad (with a vergaderingId)→ voorbereidende_raad (on that meeting's agenda)
//                    ─agenderen_besluitvormende_raad→ besluitvormende_raad ─besluiten→ besloten
//   dt_voorstel:     goedgekeurd ─besluiten→ besloten (by the DT, organisatiebesluit structurele overleggen 3)
//   every state but besloten and teruggetrokken ─terugtrekken→ teruggetrokken
//
// Only these transitions exist, so a voorstel can never skip the teammanager's approval; anything
// else is 409 naming the current status and the steps that are possible from there. Besluiten with
// uitkomst 'aangehouden' keeps the voorstel where it is (it returns on a later agenda). Agenderen for
// the voorbereidende raad is refused (409) while the voorstel is on the agenda of a voorbereidende raad
// meeting that is planned or open; a PHO meeting must be of the voorstel's portefeuille (agendering.ts).
import type { Tx } from '../../db/database.ts'
import type { OverlegSoort } from '../../db/schema.ts'
import { conflict, invalid, ProblemError } from '../../server/problem.ts'
import type { Actor } from '../toegang/actor.ts'
import { authorize, isToegestaan, type ToegangContext } from '../toegang/authorize.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { agendapuntenVan, agendeerVoorstel, eigenaarVan, insertStap, lockVoorstel, notificeer, setVoorstelStatus, type VoorstelRij } from './voorstel.repository.ts'
import { AGENDA_OVERLEG, staatOpOpenAgenda } from './agendering.ts'
import type { StapVerzoek, Voorstel } from './voorstel.schemas.ts'

export type VoorstelStatus = Voorstel['status']
export type VoorstelSoort = Voorstel['soort']
export type VoorstelHandeling = StapVerzoek['handeling']
export type Uitkomst = NonNullable<Voorstel['uitkomst']>

export const STATUS_NAMEN: Record<VoorstelStatus, string> = {
  concept: 'concept',
  ter_goedkeuring: 'ter goedkeuring bij de teammanager',
  goedgekeurd: 'goedgekeurd',
  pho: 'in het portefeuillehoudersoverleg',
  college: 'in het college',
  voorbereidende_raad: 'in de voorbereidende raadsvergadering',
  besluitvormende_raad: 'in de besluitvormende raadsvergadering',
  besloten: 'besloten',
  teruggetrokken: 'teruggetrokken',
}

export const HANDELING_NAMEN: Record<VoorstelHandeling, string> = {
  indienen: 'indienen bij de teammanager',
  goedkeuren: 'goedkeuren voor agendering',
  terugsturen: 'terugsturen naar de opsteller',
  agenderen_pho: 'agenderen voor het portefeuillehoudersoverleg',
  agenderen_college: 'agenderen voor het college',
  agenderen_voorbereidende_raad: 'agenderen voor de voorbereidende raadsvergadering',
  agenderen_besluitvormende_raad: 'agenderen voor de besluitvormende raadsvergadering',
  besluiten: 'het besluit vastleggen',
  terugtrekken: 'terugtrekken',
}

export const EINDSTATUSSEN: ReadonlySet<VoorstelStatus> = new Set(['besloten', 'teruggetrokken'])

type Overgangen = Partial<Record<VoorstelStatus, Partial<Record<VoorstelHandeling, VoorstelStatus>>>>
// organisatiebesluit: teammanager 4g — every route starts with the teammanager's approval.
const BEGIN: Overgangen = {
  concept: { indienen: 'ter_goedkeuring' },
  ter_goedkeuring: { goedkeuren: 'goedgekeurd', terugsturen: 'concept' },
}
const ROUTES: Record<VoorstelSoort, Overgangen> = {
  collegevoorstel: { ...BEGIN, goedgekeurd: { agenderen_pho: 'pho' }, pho: { agenderen_college: 'college' }, college: { besluiten: 'besloten' } },
  raadsvoorstel: {
    ...BEGIN,
    goedgekeurd: { agenderen_pho: 'pho' },
    pho: { agenderen_college: 'college' },
    // The college decides to send a raadsvoorstel to the raad (Gemeentewet art. 160: het college bereidt raadsbesluiten voor).
    college: { agenderen_voorbereidende_raad: 'voorbereidende_raad', besluiten: 'voorbereidende_raad' },
    // After the college: the griffier puts it on a voorbereidende raad's agenda (Gemeentewet art. 107a), then the besluitvormende.
    voorbereidende_raad: { agenderen_voorbereidende_raad: 'voorbereidende_raad', agenderen_besluitvormende_raad: 'besluitvormende_raad' },
    besluitvormende_raad: { besluiten: 'besloten' },
  },
  dt_voorstel: { ...BEGIN, goedgekeurd: { besluiten: 'besloten' } },
}

/** The steps that exist from this status, whoever takes them: handeling → the status it reaches. */
export function mogelijkeStappen(soort: VoorstelSoort, status: VoorstelStatus): Array<{ handeling: VoorstelHandeling; naar: VoorstelStatus }> {
  if (EINDSTATUSSEN.has(status)) return []
  const uit = Object.entries(ROUTES[soort][status] ?? {}).map(([handeling, naar]) => ({ handeling: handeling as VoorstelHandeling, naar: naar! }))
  return [...uit, { handeling: 'terugtrekken', naar: 'teruggetrokken' }]
}

/** The status the handeling leads to, or 409 naming the current status and what is possible. */
export function volgendeStatus(soort: VoorstelSoort, status: VoorstelStatus, handeling: VoorstelHandeling, uitkomst?: Uitkomst): VoorstelStatus {
  const stappen = mogelijkeStappen(soort, status)
  const stap = stappen.find((s) => s.handeling === handeling)
  if (!stap) {
    const verder = stappen.length === 0
      ? 'Dat is een eindstatus: er zijn geen volgende stappen.'
      : `Mogelijke volgende stappen: ${stappen.map((s) => s.handeling).join(', ')}.`
    throw conflict(`Het voorstel heeft status ‘${status}’ (${STATUS_NAMEN[status]}); ‘${handeling}’ kan vanaf daar niet. ${verder}`)
  }
  if (handeling === 'besluiten') {
    if (uitkomst === 'aangehouden') return status // aangehouden: it returns on a later agenda
    // A college that does not adopt a raadsvoorstel does not send it to the raad: the route ends there.
    if (soort === 'raadsvoorstel' && status === 'college' && uitkomst === 'verworpen') return 'besloten'
  }
  return stap.naar
}

/** The combinations of fields a step needs, before anything is looked up (400 naming the field). */
export function controleerStapVerzoek(v: StapVerzoek) {
  if (v.handeling === 'besluiten' && v.uitkomst === undefined) throw invalid('uitkomst', 'is verplicht bij besluiten: aangenomen, geamendeerd_aangenomen, verworpen of aangehouden', 'verplicht')
  if (v.handeling !== 'besluiten' && v.uitkomst !== undefined) throw invalid('uitkomst', 'hoort alleen bij besluiten', 'niet-toegestaan')
  if (v.handeling === 'terugsturen' && v.opmerking === undefined) throw invalid('opmerking', 'is verplicht bij terugsturen: zeg de opsteller wat er anders moet', 'verplicht')
  if (v.vergaderingId !== undefined && !AGENDA_OVERLEG[v.handeling]) throw invalid('vergaderingId', 'hoort alleen bij agenderen voor PHO, college of raad', 'niet-toegestaan')
}

/** A step that leaves the status as it is only puts the voorstel on an agenda: it needs the meeting (400). */
export function controleerAgendering(verzoek: StapVerzoek, van: VoorstelStatus, naar: VoorstelStatus) {
  if (naar === van && AGENDA_OVERLEG[verzoek.handeling] && verzoek.vergaderingId === undefined) {
    throw invalid('vergaderingId', `is verplicht: het voorstel blijft ${STATUS_NAMEN[van]}; deze stap zet het alleen op de agenda van de vergadering die u kiest`, 'verplicht')
  }
}

/** The step is offered (and allowed) only while the voorstel is not yet on an open agenda of that overleg (409 otherwise). */
export function alGeagendeerd(handeling: VoorstelHandeling, agendapunten: ReadonlyArray<{ overlegSoort: string; vergaderingStatus: string }>): boolean {
  return handeling === 'agenderen_voorbereidende_raad' && staatOpOpenAgenda(agendapunten, AGENDA_OVERLEG[handeling]!)
}

/** Whether this actor may take the step on this voorstel (the state aside):
 *  - indienen: only the opsteller;
 *  - terugtrekken: the opsteller, or voorstel.routeren;
 *  - goedkeuren, terugsturen: voorstel.agenderen on the voorstel's eenheid (organisatiebesluit: teammanager 4g);
 *  - agenderen and besluiten: voorstel.routeren (organisatiebesluit: gemeentesecretaris 1; Gemeentewet art. 107a for the griffier). */
export async function magStap(ctx: ToegangContext, v: Pick<VoorstelRij, 'organisatie_id' | 'eenheid_id' | 'opsteller_persoon_id'>, handeling: VoorstelHandeling): Promise<boolean> {
  const opsteller = isOpsteller(ctx.actor, v)
  if (handeling === 'indienen') return opsteller
  const object = { organisatieId: v.organisatie_id, eenheidId: v.eenheid_id }
  if (handeling === 'terugtrekken') return opsteller || isToegestaan(ctx, 'voorstel.routeren', object)
  if (handeling === 'goedkeuren' || handeling === 'terugsturen') return isToegestaan(ctx, 'voorstel.agenderen', object)
  return isToegestaan(ctx, 'voorstel.routeren', object)
}

/** Who may write a new text version: the opsteller, or voorstel.routeren for the voorstel's eenheid.
 *  Only while it is a concept (after terugsturen too): that is the repository's 409. */
export async function magTekstWijzigen(ctx: ToegangContext, v: Pick<VoorstelRij, 'organisatie_id' | 'eenheid_id' | 'opsteller_persoon_id'>): Promise<boolean> {
  return isOpsteller(ctx.actor, v) || isToegestaan(ctx, 'voorstel.routeren', { organisatieId: v.organisatie_id, eenheidId: v.eenheid_id })
}

export function isOpsteller(actor: Actor, v: Pick<VoorstelRij, 'organisatie_id' | 'opsteller_persoon_id'>): boolean {
  return actor.soort === 'account' && actor.organisatieId === v.organisatie_id && actor.persoonId === v.opsteller_persoon_id
}

/** Throws 403 unless the actor may take the step (see magStap), with the mandate it lacks. */
export async function autoriseerStap(ctx: ToegangContext, v: VoorstelRij, handeling: VoorstelHandeling): Promise<void> {
  if (await magStap(ctx, v, handeling)) return
  if (handeling === 'indienen') throw new ProblemError(403, 'Alleen de opsteller kan dit voorstel indienen.', undefined, 'geen_mandaat')
  const object = { organisatieId: v.organisatie_id, eenheidId: v.eenheid_id }
  // organisatiebesluit: teammanager 4g — goedkeuren voor agendering, only for the voorstel's own eenheid.
  await authorize(ctx, handeling === 'goedkeuren' || handeling === 'terugsturen' ? 'voorstel.agenderen' : 'voorstel.routeren', object)
}

/**
 * Takes one step in the caller's transaction: locks the voorstel, checks the transition (409),
 * optionally puts it on a meeting's agenda, records the step with the owner of the state it reaches,
 * notifies that owner's holders and records an audit event. Authorisation is the caller's.
 */
export async function voerStapUit(tx: Tx, organisatieId: string, voorstelId: string, verzoek: StapVerzoek, actor: string): Promise<VoorstelStatus> {
  controleerStapVerzoek(verzoek)
  const v = await lockVoorstel(tx, organisatieId, voorstelId)
  const naar = volgendeStatus(v.soort, v.status, verzoek.handeling, verzoek.uitkomst)
  controleerAgendering(verzoek, v.status, naar)
  if (verzoek.handeling === 'agenderen_voorbereidende_raad' && alGeagendeerd(verzoek.handeling, await agendapuntenVan(tx, v.id))) {
    throw conflict('Het voorstel staat al op de agenda van een voorbereidende raadsvergadering die gepland of geopend is; het kan pas opnieuw worden geagendeerd als die vergadering gesloten of geannuleerd is.')
  }
  const agendapunt = verzoek.vergaderingId ? await agendeerVoorstel(tx, organisatieId, v, verzoek.vergaderingId, AGENDA_OVERLEG[verzoek.handeling]!) : null
  const eigenaar = await eigenaarVan(tx, organisatieId, { ...v, status: naar })
  const uitkomst = verzoek.uitkomst ?? null
  await setVoorstelStatus(tx, v.id, naar, naar === 'besloten' ? uitkomst : null)
  await insertStap(tx, { organisatie_id: organisatieId, voorstel_id: v.id, stap: naar, handeling: verzoek.handeling, eigenaar_functie_id: eigenaar, uitkomst, opmerking: verzoek.opmerking ?? null, actor })
  await notificeer(tx, organisatieId, v, naar, eigenaar, { uitkomst, opmerking: verzoek.opmerking ?? null, agenda: agendapunt })
  await recordAuditEvent(tx, {
    organisatieId, actor, handeling: `voorstel.${verzoek.handeling}`, objectType: 'voorstel', objectId: v.id,
    voor: { status: v.status }, na: { status: naar, uitkomst, opmerking: verzoek.opmerking ?? null, eigenaarFunctieId: eigenaar, agendapuntId: agendapunt?.id ?? null, vergaderingId: verzoek.vergaderingId ?? null },
  })
  return naar
}

/**
 * Called by the meeting module when an agendapunt with a voorstel is decided, in its transaction.
 * College, besluitvormende raad and DT decide: this records the besluiten step (a college that adopts
 * a raadsvoorstel sends it on to the voorbereidende raad). Other overleggen (PHO, voorbereidende raad,
 * MT, …) advise or discuss: nothing changes and null is returned. The voorstel must be in the state
 * that overleg decides on (409 otherwise). The caller has authorised the decision (vergadering.beheren).
 */
export async function verwerkBesluitOverVoorstel(tx: Tx, organisatieId: string, voorstelId: string, overlegSoort: OverlegSoort, uitkomst: Uitkomst, actor: string): Promise<VoorstelStatus | null> {
  const verwacht: Partial<Record<OverlegSoort, VoorstelStatus>> = { college: 'college', besluitvormende_raad: 'besluitvormende_raad', dt: 'goedgekeurd' }
  const status = verwacht[overlegSoort]
  if (!status) return null
  const v = await lockVoorstel(tx, organisatieId, voorstelId)
  if (v.status !== status || (overlegSoort === 'dt' && v.soort !== 'dt_voorstel')) {
    throw conflict(`Het ${overlegSoort === 'dt' ? 'DT' : overlegSoort === 'college' ? 'college' : 'de raad'} kan niet besluiten over dit voorstel (${v.soort}): het heeft status ‘${v.status}’ (${STATUS_NAMEN[v.status]}).`)
  }
  return voerStapUit(tx, organisatieId, voorstelId, { handeling: 'besluiten', uitkomst }, actor)
}
