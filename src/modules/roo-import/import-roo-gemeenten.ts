// Imports the ROO export of all gemeenten as organisaties. The file is the source for the fields it
// carries; re-running it with the same file changes nothing, not even gewijzigd_op, and leaves no
// audit event, so it can run nightly.
//
// Decisions:
// - Matching: by TOOI URI, then by Organisatiecode; an organisatie created by hand with only its code
//   gets its TOOI URI filled in by the import.
// - An empty cell never erases a value Koers has: ROO leaves fields empty that a beheerder may well
//   have filled in (two gemeenten have no KvK-nummer), and the import must not undo that.
// - Startdatum is empty for 220 gemeenten. A new organisatie then starts on ONBEKENDE_STARTDATUM
//   rather than on the import date, which would make the gemeente vanish at every earlier peildatum;
//   an existing organisatie keeps its geldig_van.
// - Einddatum: ROO's Einddatum is the last day, so geldig_tot (exclusive) is the day after. A
//   gemeente that already ended before the peildatum is not created (it cannot use Koers); one that
//   is in Koers gets its geldig_tot set — ended, never deleted (Archiefwet). A future Einddatum (a
//   planned merger) is imported as a planned end.
import type { Db, Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { ensureRoltypen } from '../roltypen/roltypen-catalogus.ts'
import { GEMEENTE_KOLOMMEN, GEMEENTE_VELDEN, gemeenteUitRoo, type GemeenteUitRoo, type GemeenteVeld } from './gemeente-uit-roo.ts'
import { isDatum, readRooCsv, ROO_ACTOR, RooImportError, vandaag, type Overgeslagen } from './roo-csv.ts'
import { insertGemeente, selectOrganisaties, updateOrganisatie, type BestaandeOrganisatie } from './roo-gemeenten.repository.ts'

/** geldig_van of a gemeente whose Startdatum ROO does not give: the Gemeentewet of 1851 made gemeenten what they are today. */
export const ONBEKENDE_STARTDATUM = '1851-01-01'

export interface RooGemeentenRapport {
  aangemaakt: number
  bijgewerkt: number
  ongewijzigd: number
  overgeslagen: Overgeslagen[]
}

export interface RooGemeentenOpties {
  /** Date against which an Einddatum counts as past; default today. */
  peildatum?: string | undefined
}

export async function importRooGemeenten(db: Db, csvPath: string, opties: RooGemeentenOpties = {}): Promise<RooGemeentenRapport> {
  const peildatum = opties.peildatum ?? vandaag()
  if (!isDatum(peildatum)) throw new RooImportError(`Peildatum "${peildatum}" is geen datum (JJJJ-MM-DD)`)
  const { regels, overgeslagen } = readRooCsv(csvPath, GEMEENTE_KOLOMMEN)
  const rapport: RooGemeentenRapport = { aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0, overgeslagen }

  await db.transaction().execute(async (tx) => {
    const bestaand = await selectOrganisaties(tx)
    const opTooi = new Map(bestaand.filter((o) => o.tooi_uri).map((o) => [o.tooi_uri!, o]))
    const opCode = new Map(bestaand.filter((o) => o.organisatiecode).map((o) => [o.organisatiecode!, o]))
    const eerderInBestand = new Map<string, number>()

    for (const { regel, waarden } of regels) {
      const gemeente = gemeenteUitRoo(waarden)
      if ('reden' in gemeente) {
        rapport.overgeslagen.push({ regel, reden: gemeente.reden })
        continue
      }
      const code = gemeente.velden.organisatiecode!
      const eerder = eerderInBestand.get(code)
      if (eerder !== undefined) {
        rapport.overgeslagen.push({ regel, reden: `${code} staat ook op regel ${eerder}; alleen die regel is gebruikt` })
        continue
      }
      eerderInBestand.set(code, regel)

      const match = (gemeente.velden.tooi_uri ? opTooi.get(gemeente.velden.tooi_uri) : undefined) ?? opCode.get(code)
      const reden = match
        ? await werkBij(tx, match, gemeente, { opTooi, opCode }, rapport)
        : await maakAan(tx, gemeente, peildatum, { opTooi, opCode }, rapport)
      if (reden) rapport.overgeslagen.push({ regel, reden })
    }
  })
  return rapport
}

interface Indexen {
  opTooi: Map<string, BestaandeOrganisatie>
  opCode: Map<string, BestaandeOrganisatie>
}

async function maakAan(tx: Tx, gemeente: GemeenteUitRoo, peildatum: string, indexen: Indexen, rapport: RooGemeentenRapport) {
  if (gemeente.geldigTot && gemeente.geldigTot <= peildatum) {
    return `opgeheven (Einddatum vóór ${peildatum}) en nog niet in Koers: niet aangemaakt`
  }
  const geldigVan = gemeente.geldigVan ?? ONBEKENDE_STARTDATUM
  const rij = { ...gemeente.velden, naam: gemeente.velden.naam!, geldig_van: geldigVan, geldig_tot: gemeente.geldigTot }
  const id = await insertGemeente(tx, rij)
  await ensureRoltypen(tx, id)
  await recordAuditEvent(tx, { organisatieId: id, actor: ROO_ACTOR, handeling: 'organisatie.aanmaken', objectType: 'organisatie', objectId: id, na: rij })
  const nieuw: BestaandeOrganisatie = { id, ...rij }
  if (rij.tooi_uri) indexen.opTooi.set(rij.tooi_uri, nieuw)
  indexen.opCode.set(rij.organisatiecode!, nieuw)
  rapport.aangemaakt++
  return undefined
}

async function werkBij(tx: Tx, bestaand: BestaandeOrganisatie, gemeente: GemeenteUitRoo, indexen: Indexen, rapport: RooGemeentenRapport) {
  const wijzigingen: Partial<Record<GemeenteVeld | 'geldig_van' | 'geldig_tot', string>> = {}
  for (const veld of GEMEENTE_VELDEN) {
    const nieuw = gemeente.velden[veld]
    if (nieuw !== null && nieuw !== bestaand[veld]) wijzigingen[veld] = nieuw
  }
  if (gemeente.geldigVan && gemeente.geldigVan !== bestaand.geldig_van) wijzigingen.geldig_van = gemeente.geldigVan
  if (gemeente.geldigTot && gemeente.geldigTot !== bestaand.geldig_tot) wijzigingen.geldig_tot = gemeente.geldigTot

  // The unique columns must not collide with another organisatie (e.g. one created by hand).
  const andereMetCode = wijzigingen.organisatiecode && indexen.opCode.get(wijzigingen.organisatiecode)
  if (andereMetCode && andereMetCode.id !== bestaand.id) return `Organisatiecode ${wijzigingen.organisatiecode} hoort al bij "${andereMetCode.naam}"`
  const andereMetTooi = wijzigingen.tooi_uri && indexen.opTooi.get(wijzigingen.tooi_uri)
  if (andereMetTooi && andereMetTooi.id !== bestaand.id) return `TOOI URI ${wijzigingen.tooi_uri} hoort al bij "${andereMetTooi.naam}"`
  const van = wijzigingen.geldig_van ?? bestaand.geldig_van
  const tot = wijzigingen.geldig_tot ?? bestaand.geldig_tot
  if (tot && tot <= van) return `geldig van ${van} tot ${tot} is geen periode; ${bestaand.naam} is niet bijgewerkt`

  // Also for unchanged rows: an organisatie created before the catalogue grew gets the new roltypen.
  await ensureRoltypen(tx, bestaand.id)
  const velden = Object.keys(wijzigingen) as (keyof typeof wijzigingen)[]
  if (velden.length === 0) {
    rapport.ongewijzigd++
    return undefined
  }
  await updateOrganisatie(tx, bestaand.id, wijzigingen)
  await recordAuditEvent(tx, {
    organisatieId: bestaand.id,
    actor: ROO_ACTOR,
    handeling: 'organisatie.bijwerken',
    objectType: 'organisatie',
    objectId: bestaand.id,
    voor: Object.fromEntries(velden.map((v) => [v, bestaand[v]])),
    na: wijzigingen,
  })
  if (wijzigingen.tooi_uri) indexen.opTooi.set(wijzigingen.tooi_uri, bestaand)
  if (wijzigingen.organisatiecode) indexen.opCode.set(wijzigingen.organisatiecode, bestaand)
  Object.assign(bestaand, wijzigingen)
  rapport.bijgewerkt++
  return undefined
}
