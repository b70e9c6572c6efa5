// Dutch notation for what the API returns: dates, FTE, and the words for its codes.
import type { ActieSoort, Dienstverband, EenheidSoort, Handeling, Scope, Vervanging } from '../api/types.ts'

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })
const FTE = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 })

/** '2027-01-01' → '1 januari 2027' */
export function datum(waarde: string | null | undefined): string {
  if (!waarde) return ''
  const d = new Date(`${waarde.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? waarde : DATUM.format(d)
}

export function tijdstip(waarde: string | null | undefined): string {
  if (!waarde) return ''
  const d = new Date(waarde)
  return Number.isNaN(d.getTime()) ? waarde : TIJDSTIP.format(d)
}

/** A period [van, tot): '1 januari 2022 – heden' or '… – 31 december 2023' (tot is exclusive). */
export function periode(van: string, tot: string | null): string {
  if (tot === null) return `vanaf ${datum(van)}`
  const laatsteDag = new Date(`${tot}T00:00:00Z`)
  laatsteDag.setUTCDate(laatsteDag.getUTCDate() - 1)
  return `${datum(van)} tot en met ${datum(laatsteDag.toISOString().slice(0, 10))}`
}

export function fte(waarde: number): string {
  return `${FTE.format(waarde)} fte`
}

export function getal(waarde: number): string {
  return FTE.format(waarde)
}

/** Today in the Netherlands as 'YYYY-MM-DD' (the API's default peildatum). */
export function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date())
}

const EENHEID_SOORTEN: Record<EenheidSoort, string> = {
  concerndirectie: 'Concerndirectie', concernstaf: 'Concernstaf', directie: 'Directie', domein: 'Domein', afdeling: 'Afdeling',
  team: 'Team', uitvoeringsorganisatie: 'Uitvoeringsorganisatie', programmabureau: 'Programmabureau', bestuursorgaan: 'Bestuursorgaan',
  fractie: 'Fractie', griffie: 'Griffie', overig: 'Overig',
}
export const EENHEID_SOORT_CODES = Object.keys(EENHEID_SOORTEN) as EenheidSoort[]
export function eenheidSoort(soort: string): string {
  return EENHEID_SOORTEN[soort as EenheidSoort] ?? soort
}

const DIENSTVERBANDEN: Record<Dienstverband, string> = { vast: 'vast', tijdelijk: 'tijdelijk', inhuur: 'inhuur', stage: 'stage', bestuurlijk: 'bestuurlijk' }
export function dienstverband(waarde: Dienstverband): string {
  return DIENSTVERBANDEN[waarde] ?? waarde
}

export function vervanging(waarde: Vervanging): string | null {
  return waarde === 'loco' ? 'loco' : waarde === 'waarnemer' ? 'waarnemer' : null
}

export const ACTIE_SOORTEN: Record<ActieSoort, string> = {
  eenheidAanmaken: 'Eenheid aanmaken',
  eenheidHernoemen: 'Eenheid hernoemen',
  eenheidVerplaatsen: 'Eenheid verplaatsen',
  eenhedenSamenvoegen: 'Eenheden samenvoegen',
  eenheidSplitsen: 'Eenheid splitsen',
  eenheidOpheffen: 'Eenheid opheffen',
  functieVerplaatsen: 'Functie verplaatsen',
}

export const WIJZIGING_STATUS: Record<string, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld', ingetrokken: 'Ingetrokken' }

export const OPHEFFING_REDEN: Record<string, string> = { opgeheven: 'opgeheven', samengevoegd: 'samengevoegd', gesplitst: 'gesplitst' }
export const PERSOON_REDEN: Record<string, string> = {
  functieOpgeheven: 'functie vervalt', eenheidSamengevoegd: 'eenheid wordt samengevoegd', eenheidGesplitst: 'eenheid wordt gesplitst',
  functieVerplaatst: 'functie gaat naar een andere eenheid', eenheidVerplaatst: 'eenheid komt ergens anders te hangen', eenheidHernoemd: 'eenheid krijgt een andere naam',
}

/**
 * The handelingen of the toegang module in a few words (GET /handelingen has the long descriptions).
 * Typed loosely (string keys) so that a handeling the server adds before this list knows it still
 * type-checks; handeling() then shows its code.
 */
export const HANDELINGEN: Record<string, string> = {
  'organisatie.lezen': 'De organisatie inzien',
  'persoon.beheren': 'Personen registreren en wijzigen',
  'bezetting.beheren': 'Personen benoemen en bezettingen beëindigen',
  'functie.beheren': 'Functies aanmaken',
  'wijziging.opstellen': 'Reorganisaties opstellen',
  'wijziging.vaststellen': 'Reorganisaties vaststellen',
  'audit.lezen': 'De geschiedenis (audit trail) inzien',
  'huisstijl.beheren': 'De huisstijl beheren',
  'account.beheren': 'Accounts en API-tokens beheren',
  'mandaat.beheren': 'Mandaten beheren',
  'samenwerkingsafspraak.beheren': 'Samenwerkingsafspraken beheren',
  'voorstel.agenderen': 'Voorstellen agenderen voor het college',
  'capaciteit.toezeggen': 'Capaciteit toezeggen op opgaven',
  'opgave.beheren': 'Opgaven beheren',
  'opgave.prioriteren': 'Opgaven prioriteren',
  'overleg.beheren': 'Overleggen inrichten',
  'vergadering.beheren': 'Vergaderingen plannen en vastleggen',
  'voorstel.routeren': 'Voorstellen door de besluitroute leiden',
  'or.beheren': 'Verzoeken aan de ondernemingsraad indienen',
}
export const HANDELING_CODES = Object.keys(HANDELINGEN) as Handeling[]
export function handeling(code: string): string {
  return HANDELINGEN[code] ?? code
}

export const SCOPES: Record<Scope, string> = { eigen_eenheid: 'de eigen eenheid', subboom: 'de eigen eenheid en alles daaronder', organisatie: 'de hele organisatie' }
export function scope(waarde: string, eenheidNaam?: string | null): string {
  if (waarde === 'organisatie') return SCOPES.organisatie
  if (eenheidNaam) return waarde === 'subboom' ? `${eenheidNaam} en alles daaronder` : eenheidNaam
  return SCOPES[waarde as Scope] ?? waarde
}

/** What happened in an audit event: 'bezetting.beeindigen' → 'Bezetting beëindigd'. */
const AUDIT_HANDELINGEN: Record<string, string> = {
  aanmaken: 'aangemaakt', wijzigen: 'gewijzigd', beeindigen: 'beëindigd', opheffen: 'opgeheven', hernoemen: 'hernoemd',
  verplaatsen: 'verplaatst', vaststellen: 'vastgesteld', intrekken: 'ingetrokken', samenvoegen: 'samengevoegd', splitsen: 'gesplitst',
}
const AUDIT_OBJECTEN: Record<string, string> = {
  eenheid: 'Eenheid', functie: 'Functie', persoon: 'Persoon', bezetting: 'Bezetting', wijziging: 'Wijziging', account: 'Account',
  mandaat: 'Mandaat', api_token: 'API-token', huisstijl: 'Huisstijl', samenwerkingsafspraak: 'Samenwerkingsafspraak', organisatie: 'Organisatie',
}
export function auditHandeling(code: string): string {
  const [object = '', actie = ''] = code.split('.')
  const o = AUDIT_OBJECTEN[object]
  const a = AUDIT_HANDELINGEN[actie]
  return o && a ? `${o} ${a}` : code
}

/** Who did it: the person's name, or the kind of actor ('systeem', 'cli', an API token). */
export function actorNaam(actor: string, naam: string | null): string {
  if (naam) return naam
  if (actor === 'systeem') return 'Koers (systeem)'
  if (actor === 'cli') return 'Beheerder (opdrachtregel)'
  if (actor.startsWith('token:')) return 'Koppeling (API-token)'
  if (actor.startsWith('import:')) return `Import (${actor.slice(7)})`
  if (actor.startsWith('account:')) return 'Account zonder persoon'
  return actor
}
