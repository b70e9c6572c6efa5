// Brings one organisatie's office holders in step with the ROO file, as of the peildatum:
// - a (naam, roltype) pair that already holds a bezetting is left alone;
// - a pair the file no longer lists gets its bezetting ended on the peildatum — never deleted
//   (Archiefwet), and only for organisaties that appear in the file at all, so a partial file does
//   not end everyone else's posts;
// - a new pair gets a bezetting on a vacant functie of that roltype if there is one (the seat a
//   departed raadslid left), otherwise on a new functie in its bestuur eenheid.
// Eenheden are created only when a new functie needs them and the organisatie has none of that
// kind yet, so a hand-made structure (the demo organisation's) is used as it is.
import type { Tx } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { ensureRoltypen } from '../roltypen/roltypen-catalogus.ts'
import { ROO_ACTOR } from './roo-csv.ts'
import { BESTUUR_EENHEDEN, ROO_ROLTYPEN, type BestuurEenheid, type RooFunctie } from './roo-functies.ts'
import {
  createBezettingen, createEenheid, createFuncties, createHierarchischeLijn, createPersonen, endBezettingen, findBezetteFunctie,
  findEenheid, findPersonen, findVacanteFuncties, selectBezettingen, type ImportBezetting, type NieuweBezetting,
} from './roo-functies.repository.ts'

/** One row of the file that passed validation. */
export interface Wens {
  regel: number
  naam: string
  functie: RooFunctie
}

export interface SyncResultaat {
  eenheden: number
  functies: number
  personen: number
  bezettingen: number
  beeindigd: number
  ongewijzigd: number
  waarschuwingen: string[]
}

function sleutel(naam: string, roltype: string, loco: boolean): string {
  return `${loco ? 'loco' : roltype}\u0000${naam}`
}

const bezettingSleutel = (b: ImportBezetting) => sleutel(b.naam, b.roltype, b.vervanging === 'loco')
const wensSleutel = (w: Wens) => sleutel(w.naam, w.functie.roltype, w.functie.loco === true)

export async function syncBestuur(tx: Tx, organisatieId: string, wensen: Wens[], peildatum: string): Promise<SyncResultaat> {
  const resultaat: SyncResultaat = { eenheden: 0, functies: 0, personen: 0, bezettingen: 0, beeindigd: 0, ongewijzigd: 0, waarschuwingen: [] }
  const roltypen = await ensureRoltypen(tx, organisatieId)
  const huidig = await selectBezettingen(tx, organisatieId, ROO_ROLTYPEN, peildatum)
  const gewenst = new Set(wensen.map(wensSleutel))
  const bestaand = new Set(huidig.map(bezettingSleutel))

  // Ending first frees the seats that newcomers below take over.
  const weg = huidig.filter((b) => !gewenst.has(bezettingSleutel(b)))
  const eindbaar = weg.filter((b) => b.geldig_van < peildatum)
  for (const b of weg.filter((b) => b.geldig_van >= peildatum)) {
    // geldig_tot must lie after geldig_van; a bezetting that starts on or after the peildatum cannot end on it.
    resultaat.waarschuwingen.push(`${b.naam} (${b.roltype}${b.vervanging === 'loco' ? ', loco' : ''}) staat niet meer in het bestand, maar de bezetting begint op ${b.geldig_van}: niet beëindigd`)
  }
  await endBezettingen(tx, eindbaar.map((b) => b.id), peildatum)
  resultaat.beeindigd = eindbaar.length

  const nieuw = wensen.filter((w) => !bestaand.has(wensSleutel(w)))
  resultaat.ongewijzigd = wensen.length - nieuw.length
  const gemaakt = { eenheden: [] as { id: string; naam: string }[], functies: [] as string[], personen: new Map<string, string>() }

  const eenheden = new Map<BestuurEenheid, string>()
  async function eenheid(soort: BestuurEenheid): Promise<string> {
    const bekend = eenheden.get(soort)
    if (bekend) return bekend
    const def = BESTUUR_EENHEDEN[soort]
    let id = await findEenheid(tx, organisatieId, { soort: def.soort, naamBevat: def.naamBevat, voorkeursnaam: def.naam }, peildatum)
    if (!id) {
      id = await createEenheid(tx, organisatieId, { naam: def.naam, soort: def.soort, omschrijving: def.omschrijving }, peildatum)
      gemaakt.eenheden.push({ id, naam: def.naam })
      if (def.boven) await createHierarchischeLijn(tx, organisatieId, id, await eenheid(def.boven), peildatum)
    }
    eenheden.set(soort, id)
    return id
  }
  async function nieuweFuncties(functie: RooFunctie, aantal: number): Promise<string[]> {
    if (aantal === 0) return [] // vacant seats sufficed: no eenheid needed either
    const versie = { eenheid_id: await eenheid(functie.eenheid), roltype_id: roltypen.get(functie.roltype)!, naam: functie.naam, leidinggevend: functie.leidinggevend }
    const ids = await createFuncties(tx, organisatieId, aantal, versie, peildatum)
    gemaakt.functies.push(...ids)
    return ids
  }

  const personen = await findPersonen(tx, organisatieId, [...new Set(nieuw.map((w) => w.naam))])
  const ontbrekend = [...new Set(nieuw.map((w) => w.naam))].filter((n) => !personen.has(n))
  for (const p of await createPersonen(tx, organisatieId, ontbrekend)) {
    personen.set(p.naam, p.id)
    gemaakt.personen.set(p.id, p.naam)
  }

  const functieRoltype = new Map<string, string>()
  const bezettingen: NieuweBezetting[] = []
  for (const [roltype, groep] of groepeer(nieuw.filter((w) => !w.functie.loco), (w) => w.functie.roltype)) {
    const vacant = (await findVacanteFuncties(tx, organisatieId, roltypen.get(roltype)!, peildatum)).slice(0, groep.length)
    const functieIds = [...vacant, ...(await nieuweFuncties(groep[0]!.functie, groep.length - vacant.length))]
    groep.forEach((w, i) => {
      functieRoltype.set(functieIds[i]!, roltype)
      bezettingen.push({ persoon_id: personen.get(w.naam)!, functie_id: functieIds[i]!, dienstverband: w.functie.dienstverband, vervanging: null })
    })
  }
  const rijen = await createBezettingen(tx, organisatieId, bezettingen, peildatum)

  // Now that the burgemeester's own bezetting exists, the loco lands on the functie somebody holds.
  const loco = nieuw.filter((w) => w.functie.loco)
  if (loco.length > 0) {
    const burgemeester = loco[0]!.functie
    const functieId =
      (await findBezetteFunctie(tx, organisatieId, roltypen.get(burgemeester.roltype)!, peildatum)) ??
      (await nieuweFuncties(burgemeester, 1))[0]!
    functieRoltype.set(functieId, burgemeester.roltype)
    const locoBezettingen = loco.map((w) => ({ persoon_id: personen.get(w.naam)!, functie_id: functieId, dienstverband: w.functie.dienstverband, vervanging: 'loco' as const }))
    rijen.push(...(await createBezettingen(tx, organisatieId, locoBezettingen, peildatum)))
  }
  resultaat.bezettingen = rijen.length
  resultaat.eenheden = gemaakt.eenheden.length
  resultaat.functies = gemaakt.functies.length
  resultaat.personen = gemaakt.personen.size

  if (rijen.length > 0 || eindbaar.length > 0) {
    // One event per organisatie and run, naming every row written: the national file would otherwise
    // leave some 40,000 events on its first run.
    const naamVan = new Map([...personen].map(([naam, id]) => [id, naam]))
    await recordAuditEvent(tx, {
      organisatieId,
      actor: ROO_ACTOR,
      handeling: 'bestuur.importeren',
      objectType: 'organisatie',
      objectId: organisatieId,
      na: {
        peildatum,
        eenheden: gemaakt.eenheden,
        functies: gemaakt.functies,
        personen: [...gemaakt.personen].map(([id, naam]) => ({ id, naam })),
        bezettingen: rijen.map((r) => ({ id: r.id, functieId: r.functie_id, persoon: naamVan.get(r.persoon_id), roltype: functieRoltype.get(r.functie_id), vervanging: r.vervanging })),
        beeindigd: eindbaar.map((b) => ({ id: b.id, persoon: b.naam, roltype: b.roltype, vervanging: b.vervanging })),
      },
    })
  }
  return resultaat
}

/** Map.groupBy arrived in Node 21; Koers runs on Node 20. */
function groepeer<T>(items: T[], sleutelVan: (item: T) => string): Map<string, T[]> {
  const groepen = new Map<string, T[]>()
  for (const item of items) {
    const sleutel = sleutelVan(item)
    const groep = groepen.get(sleutel) ?? []
    groepen.set(sleutel, groep)
    groep.push(item)
  }
  return groepen
}
