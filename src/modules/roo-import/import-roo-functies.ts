// Imports the ROO export of office holders (burgemeester, wethouders, raadsleden, griffier,
// gemeentesecretaris, Woo-contactpersoon) into the bestuur eenheden of the organisaties that the
// gemeenten import created. The file describes the situation on the peildatum: running it again
// changes nothing; someone who disappears from it gets their bezetting ended (see sync-bestuur.ts).
import type { Db } from '../../db/database.ts'
import { isDatum, readRooCsv, RooImportError, vandaag, type Overgeslagen } from './roo-csv.ts'
import { isGeenPersoonsnaam, rooFunctie, rooFunctieSleutel } from './roo-functies.ts'
import { selectOrganisatiesOpTooi } from './roo-functies.repository.ts'
import { syncBestuur, type Wens } from './sync-bestuur.ts'

/** The national export says "Organisatie (onderdeel)" and "Resource identifier v5.0 organisatie"; shorter names are accepted too. */
export const FUNCTIE_KOLOMMEN = {
  organisatie: ['Organisatie (onderdeel)', 'Organisatie'],
  naam: ['Naam'],
  functie: ['Functie'],
  tooiUri: ['Resource identifier v5.0 organisatie', 'TOOI URI', 'TOOi URI'],
} as const satisfies Record<string, readonly string[]>

export interface RooFunctiesRapport {
  aangemaakt: { functies: number; personen: number; bezettingen: number; eenheden: number }
  /** Bezettingen ended on the peildatum because the file no longer lists them. */
  beeindigd: number
  /** Rows whose bezetting already existed. */
  ongewijzigd: number
  overgeslagen: Overgeslagen[]
  /** Things the import noticed but could not do, not tied to one row of the file. */
  waarschuwingen: string[]
}

export interface RooFunctiesOpties {
  /** The date the file describes: new bezettingen start on it, vanished ones end on it. Default today. */
  peildatum?: string | undefined
}

export async function importRooFuncties(db: Db, csvPath: string, opties: RooFunctiesOpties = {}): Promise<RooFunctiesRapport> {
  const peildatum = opties.peildatum ?? vandaag()
  if (!isDatum(peildatum)) throw new RooImportError(`Peildatum "${peildatum}" is geen datum (JJJJ-MM-DD)`)
  const { regels, overgeslagen } = readRooCsv(csvPath, FUNCTIE_KOLOMMEN)
  const rapport: RooFunctiesRapport = {
    aangemaakt: { functies: 0, personen: 0, bezettingen: 0, eenheden: 0 },
    beeindigd: 0,
    ongewijzigd: 0,
    overgeslagen,
    waarschuwingen: [],
  }

  await db.transaction().execute(async (tx) => {
    const organisaties = await selectOrganisatiesOpTooi(tx, [...new Set(regels.map((r) => r.waarden.tooiUri).filter(Boolean))])
    const perOrganisatie = new Map<string, { naam: string; wensen: Wens[] }>()
    const eerder = new Map<string, number>()

    for (const { regel, waarden } of regels) {
      const overslaan = (reden: string) => rapport.overgeslagen.push({ regel, reden })
      const functie = rooFunctie(waarden.functie)
      if (!functie) {
        overslaan(`onbekende functie "${waarden.functie}"`)
        continue
      }
      if (!waarden.tooiUri) {
        overslaan(`geen TOOI URI bij ${waarden.organisatie || 'de organisatie'}`)
        continue
      }
      const organisatie = organisaties.get(waarden.tooiUri)
      if (!organisatie) {
        overslaan(`${waarden.organisatie || waarden.tooiUri} (${waarden.tooiUri}) is niet in Koers: importeer eerst de gemeenten`)
        continue
      }
      if (organisatie.geldig_tot && organisatie.geldig_tot <= peildatum) {
        overslaan(`${organisatie.naam} is opgeheven per ${organisatie.geldig_tot}`)
        continue
      }
      if (isGeenPersoonsnaam(waarden.naam)) {
        overslaan(waarden.naam ? `Naam "${waarden.naam}" is geen persoonsnaam` : 'Naam ontbreekt')
        continue
      }
      const dubbel = `${organisatie.id}\u0000${waarden.naam}\u0000${rooFunctieSleutel(waarden.functie)}`
      const eerdereRegel = eerder.get(dubbel)
      if (eerdereRegel !== undefined) {
        overslaan(`${waarden.naam} staat al als ${waarden.functie} op regel ${eerdereRegel}`)
        continue
      }
      eerder.set(dubbel, regel)
      const groep = perOrganisatie.get(organisatie.id) ?? { naam: organisatie.naam, wensen: [] }
      perOrganisatie.set(organisatie.id, groep)
      groep.wensen.push({ regel, naam: waarden.naam, functie })
    }

    for (const [organisatieId, { naam, wensen }] of perOrganisatie) {
      const r = await syncBestuur(tx, organisatieId, wensen, peildatum)
      rapport.aangemaakt.functies += r.functies
      rapport.aangemaakt.personen += r.personen
      rapport.aangemaakt.bezettingen += r.bezettingen
      rapport.aangemaakt.eenheden += r.eenheden
      rapport.beeindigd += r.beeindigd
      rapport.ongewijzigd += r.ongewijzigd
      rapport.waarschuwingen.push(...r.waarschuwingen.map((w) => `${naam}: ${w}`))
    }
  })
  rapport.overgeslagen.sort((a, b) => a.regel - b.regel)
  return rapport
}
