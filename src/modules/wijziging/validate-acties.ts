// Checks a wijziging's acties beyond their JSON schema, before anything is applied, and reports every
// problem at once as 400 problem+json naming the field (`acties.2.eenheidId`):
// - every referenced id exists in *this* organisatie and is valid on the ingangsdatum;
// - every sleutel is defined once, and before it is used;
// - where an actie takes "an id or a sleutel", exactly one of them is given (at most one where the
//   default applies: a new eenheid without boven is a top-level eenheid; a bundle without boven
//   goes under the common parent of the bundled eenheden);
// - an eenheid is not its own parent, and a split assigns every functie/child at most once.
// These are properties of the request itself plus the organisation as it stands before the
// wijziging. Whether the acties fit together with the state they create one after another (an
// eenheid ended by actie 1 and renamed by actie 3, a cycle, an unassigned functie) is checked while
// applying, as 409, by apply-acties.ts. Runs on POST and PUT too, so a draft with a bad reference is
// rejected early.
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { ProblemError, type InvalidParam } from '../../server/problem.ts'
import type { Actie } from './acties.schemas.ts'
import type { OrganisatieGeldigheid } from './wijziging.repository.ts'

interface Verwijzing { veld: string; id: string }

export async function validateActies(db: Db | Tx, organisatie: OrganisatieGeldigheid, ingangsdatum: string, acties: readonly Actie[]): Promise<void> {
  const fouten: InvalidParam[] = []
  const fout = (name: string, reason: string, code = 'ongeldig') => fouten.push({ name, code, reason })

  if (ingangsdatum < organisatie.geldig_van || (organisatie.geldig_tot !== null && ingangsdatum >= organisatie.geldig_tot)) {
    fout('ingangsdatum', `valt buiten de looptijd van de organisatie (${organisatie.geldig_van} tot ${organisatie.geldig_tot ?? 'heden'})`, 'buiten-looptijd')
  }

  const eenheden: Verwijzing[] = []
  const functies: Verwijzing[] = []
  const sleutels = new Set<string>()
  const defineer = (veld: string, sleutel: string) => {
    if (sleutels.has(sleutel)) fout(veld, `sleutel '${sleutel}' is al eerder in deze wijziging gebruikt`, 'dubbele-sleutel')
    sleutels.add(sleutel)
  }
  const gebruik = (veld: string, sleutel: string | undefined) => {
    if (sleutel !== undefined && !sleutels.has(sleutel)) fout(veld, `sleutel '${sleutel}' is niet in een eerdere actie van deze wijziging aangemaakt`, 'onbekende-sleutel')
  }
  const eenVan = (pad: string, id: string | undefined, sleutel: string | undefined, velden: [string, string], verplicht: boolean) => {
    if (id !== undefined && sleutel !== undefined) fout(`${pad}.${velden[1]}`, `geef ${velden[0]} of ${velden[1]}, niet beide`, 'beide')
    else if (verplicht && id === undefined && sleutel === undefined) fout(`${pad}.${velden[0]}`, `is verplicht (of ${velden[1]})`, 'required')
  }

  acties.forEach((actie, i) => {
    const pad = `acties.${i}`
    switch (actie.soort) {
      case 'eenheidAanmaken':
        eenVan(pad, actie.bovenEenheidId, actie.bovenSleutel, ['bovenEenheidId', 'bovenSleutel'], false)
        if (actie.bovenEenheidId) eenheden.push({ veld: `${pad}.bovenEenheidId`, id: actie.bovenEenheidId })
        gebruik(`${pad}.bovenSleutel`, actie.bovenSleutel)
        defineer(`${pad}.sleutel`, actie.sleutel)
        break
      case 'eenheidHernoemen':
        eenheden.push({ veld: `${pad}.eenheidId`, id: actie.eenheidId })
        break
      case 'eenheidVerplaatsen':
        eenheden.push({ veld: `${pad}.eenheidId`, id: actie.eenheidId })
        eenVan(pad, actie.bovenEenheidId, actie.bovenSleutel, ['bovenEenheidId', 'bovenSleutel'], true)
        if (actie.bovenEenheidId) eenheden.push({ veld: `${pad}.bovenEenheidId`, id: actie.bovenEenheidId })
        if (actie.bovenEenheidId === actie.eenheidId) fout(`${pad}.bovenEenheidId`, 'een eenheid kan niet onder zichzelf hangen', 'kringloop')
        gebruik(`${pad}.bovenSleutel`, actie.bovenSleutel)
        break
      case 'eenhedenSamenvoegen':
        actie.eenheidIds.forEach((id, k) => eenheden.push({ veld: `${pad}.eenheidIds.${k}`, id }))
        eenVan(pad, actie.bovenEenheidId, actie.bovenSleutel, ['bovenEenheidId', 'bovenSleutel'], false)
        if (actie.bovenEenheidId) {
          eenheden.push({ veld: `${pad}.bovenEenheidId`, id: actie.bovenEenheidId })
          if (actie.eenheidIds.includes(actie.bovenEenheidId)) fout(`${pad}.bovenEenheidId`, 'mag niet een van de samen te voegen eenheden zijn', 'kringloop')
        }
        gebruik(`${pad}.bovenSleutel`, actie.bovenSleutel)
        defineer(`${pad}.sleutel`, actie.sleutel)
        break
      case 'eenheidSplitsen': {
        eenheden.push({ veld: `${pad}.eenheidId`, id: actie.eenheidId })
        const functieDeel = new Map<string, number>()
        const kindDeel = new Map<string, number>()
        actie.delen.forEach((deel, j) => {
          defineer(`${pad}.delen.${j}.sleutel`, deel.sleutel)
          deel.functieIds.forEach((id, k) => {
            const veld = `${pad}.delen.${j}.functieIds.${k}`
            functies.push({ veld, id })
            if (functieDeel.has(id)) fout(veld, `functie ${id} is al toegewezen aan deel ${functieDeel.get(id)}`, 'dubbel')
            else functieDeel.set(id, j)
          })
          ;(deel.onderliggendeEenheidIds ?? []).forEach((id, k) => {
            const veld = `${pad}.delen.${j}.onderliggendeEenheidIds.${k}`
            eenheden.push({ veld, id })
            if (id === actie.eenheidId) fout(veld, 'de te splitsen eenheid kan niet onder een van haar delen hangen', 'kringloop')
            else if (kindDeel.has(id)) fout(veld, `eenheid ${id} is al toegewezen aan deel ${kindDeel.get(id)}`, 'dubbel')
            else kindDeel.set(id, j)
          })
        })
        break
      }
      case 'eenheidOpheffen':
        eenheden.push({ veld: `${pad}.eenheidId`, id: actie.eenheidId })
        break
      case 'functieVerplaatsen':
        functies.push({ veld: `${pad}.functieId`, id: actie.functieId })
        eenVan(pad, actie.eenheidId, actie.eenheidSleutel, ['eenheidId', 'eenheidSleutel'], true)
        if (actie.eenheidId) eenheden.push({ veld: `${pad}.eenheidId`, id: actie.eenheidId })
        gebruik(`${pad}.eenheidSleutel`, actie.eenheidSleutel)
        break
    }
  })

  const [eenheidStatus, functieStatus] = await Promise.all([
    geldigheid(db, 'eenheid_versie', 'eenheid_id', organisatie.id, ingangsdatum, eenheden),
    geldigheid(db, 'functie_versie', 'functie_id', organisatie.id, ingangsdatum, functies),
  ])
  for (const [verwijzingen, status, wat] of [[eenheden, eenheidStatus, 'eenheid'], [functies, functieStatus, 'functie']] as const) {
    for (const v of verwijzingen) {
      const geldig = status.get(v.id)
      if (geldig === undefined) fout(v.veld, `${wat} ${v.id} bestaat niet in deze organisatie`, 'onbekend')
      else if (!geldig) fout(v.veld, `${wat} ${v.id} bestaat niet op ${ingangsdatum}`, 'niet-geldig')
    }
  }

  if (fouten.length > 0) {
    fouten.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    const detail = `Er ${fouten.length === 1 ? 'is 1 fout' : `zijn ${fouten.length} fouten`} in de wijziging: ${fouten.map((f) => `${f.name} ${f.reason}`).join('; ')}.`
    throw new ProblemError(400, detail, fouten, 'ongeldige-invoer')
  }
}

/** id → valid on the date (true), exists in the organisatie but not then (false); absent = unknown here. */
async function geldigheid(
  db: Db | Tx,
  tabel: 'eenheid_versie' | 'functie_versie',
  kolom: 'eenheid_id' | 'functie_id',
  organisatieId: string,
  datum: string,
  verwijzingen: readonly Verwijzing[],
): Promise<Map<string, boolean>> {
  const ids = [...new Set(verwijzingen.map((v) => v.id))]
  if (ids.length === 0) return new Map()
  const { rows } = await sql<{ id: string; geldig: boolean }>`
    select ${sql.ref(kolom)} as id, bool_or(geldig_van <= ${datum}::date and (geldig_tot is null or geldig_tot > ${datum}::date)) as geldig
      from ${sql.table(tabel)}
     where organisatie_id = ${organisatieId} and ${sql.ref(kolom)} = any(${ids}::uuid[])
     group by ${sql.ref(kolom)}`.execute(db)
  return new Map(rows.map((r) => [r.id, r.geldig]))
}
