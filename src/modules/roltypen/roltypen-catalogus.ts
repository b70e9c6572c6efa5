// The standard roltypen every organisatie starts with. The three management roltypen of seed 004
// (organisatiebesluit) carry their numbered taken verbatim; see taken-organisatiebesluit.ts.
import type { Tx } from '../../db/database.ts'
import { TAKEN_ORGANISATIEBESLUIT } from './taken-organisatiebesluit.ts'
import { ensureMandaten } from '../toegang/mandaten-organisatiebesluit.ts'

export interface RoltypeDefinitie {
  code: string
  naam: string
  categorie: 'ambtelijk' | 'bestuurlijk'
  leidinggevend: boolean
  omschrijving: string
}

export const ROLTYPEN: readonly RoltypeDefinitie[] = [
  { code: 'gemeentesecretaris', naam: 'Gemeentesecretaris/algemeen directeur', categorie: 'ambtelijk', leidinggevend: true, omschrijving: 'Secretaris van het college en algemeen directeur van de ambtelijke organisatie' },
  { code: 'concerndirecteur', naam: 'Concerndirecteur', categorie: 'ambtelijk', leidinggevend: true, omschrijving: 'Lid van de concerndirectie met een eigen aandachtsgebied' },
  { code: 'concernmanager', naam: 'Concernmanager', categorie: 'ambtelijk', leidinggevend: true, omschrijving: 'Stuurt de teammanagers functioneel aan; concernbrede sturing' },
  { code: 'teammanager', naam: 'Teammanager', categorie: 'ambtelijk', leidinggevend: true, omschrijving: 'Integraal verantwoordelijk voor een team' },
  { code: 'concerncontroller', naam: 'Concerncontroller', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Adviseur van directie- en managementteam; planning en control' },
  { code: 'strategisch_adviseur', naam: 'Strategisch adviseur', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Adviseur van directie- en managementteam' },
  { code: 'programmamanager', naam: 'Programmamanager', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Leidt een programma of opgave' },
  { code: 'medewerker', naam: 'Medewerker', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Medewerker in een team' },
  { code: 'griffier', naam: 'Griffier', categorie: 'ambtelijk', leidinggevend: true, omschrijving: 'Ondersteunt de gemeenteraad; leidt de griffie' },
  { code: 'functioneel_beheerder', naam: 'Functioneel beheerder', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Beheert accounts, mandaten, samenwerkingsafspraken en instellingen van Koers voor de organisatie' },
  { code: 'woo_contactpersoon', naam: 'Woo-contactpersoon', categorie: 'ambtelijk', leidinggevend: false, omschrijving: 'Contactpersoon voor verzoeken op grond van de Wet open overheid' },
  { code: 'burgemeester', naam: 'Burgemeester', categorie: 'bestuurlijk', leidinggevend: true, omschrijving: 'Voorzitter van het college en van de gemeenteraad' },
  { code: 'wethouder', naam: 'Wethouder', categorie: 'bestuurlijk', leidinggevend: false, omschrijving: 'Lid van het college met een of meer portefeuilles' },
  { code: 'raadslid', naam: 'Raadslid', categorie: 'bestuurlijk', leidinggevend: false, omschrijving: 'Lid van de gemeenteraad' },
  { code: 'fractievoorzitter', naam: 'Fractievoorzitter', categorie: 'bestuurlijk', leidinggevend: true, omschrijving: 'Voorzitter van een fractie in de gemeenteraad' },
]

/** Creates the standard roltypen (with their taken and mandates) an organisatie lacks; returns roltype ids by code. */
export async function ensureRoltypen(tx: Tx, organisatieId: string): Promise<Map<string, string>> {
  const existing = await tx.selectFrom('roltype').select(['id', 'code']).where('organisatie_id', '=', organisatieId).execute()
  const ids = new Map(existing.map((r) => [r.code, r.id]))
  const missing = ROLTYPEN.filter((r) => !ids.has(r.code))
  if (missing.length > 0) {
    const inserted = await tx
      .insertInto('roltype')
      .values(missing.map((r) => ({
        organisatie_id: organisatieId,
        code: r.code,
        naam: r.naam,
        omschrijving: r.omschrijving,
        categorie: r.categorie,
        leidinggevend: r.leidinggevend,
        bron: TAKEN_ORGANISATIEBESLUIT[r.code] ? 'organisatiebesluit (seed 004)' : null,
      })))
      .returning(['id', 'code'])
      .execute()
    const taken = inserted.flatMap((r) =>
      (TAKEN_ORGANISATIEBESLUIT[r.code] ?? []).map((t, i) => ({ organisatie_id: organisatieId, roltype_id: r.id, nummer: t.nummer, volgorde: i + 1, tekst: t.tekst })),
    )
    if (taken.length > 0) await tx.insertInto('taak').values(taken).execute()
    for (const r of inserted) ids.set(r.code, r.id)
  }
  const org = await tx.selectFrom('organisatie').select('geldig_van').where('id', '=', organisatieId).executeTakeFirstOrThrow()
  await ensureMandaten(tx, organisatieId, ids, org.geldig_van)
  return ids
}
