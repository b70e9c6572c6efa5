// Bundling (eenhedenSamenvoegen) and decoupling (eenheidSplitsen): the two acties that replace
// eenheden by new ones. In both, functies move to the new eenheid with a new functie_versie while
// their bezettingen stay on the same functie, so people move with their post; child eenheden are
// re-hung; then the old eenheden end on D.
import { conflict, type InvalidParam } from '../../server/problem.ts'
import type { Actie } from './acties.schemas.ts'
import {
  assertGeenKringloop, assertGeenLatereWijzigingen, doelEenheid, endEenheid, endLijn, huidigeEenheid, maakEenheid, type ApplyContext,
} from './apply-context.ts'
import {
  eenheidLijnenOp, eenheidVersiesOp, functieVersiesIn, ouderLijnOp, reviseFunctieVersie, reviseLijn, type Lijn,
} from './structuur.repository.ts'

type Soort<S extends Actie['soort']> = Extract<Actie, { soort: S }>

/**
 * Bundles eenheden into one new eenheid. It hangs under bovenEenheidId/bovenSleutel, or by default
 * under the parent the bundled eenheden share (409 naming bovenEenheidId when they do not share one).
 * Functies and child eenheden move to the new eenheid; functional eenheid-lijnen are re-pointed to
 * it (a lijn between two bundled eenheden, or one that would duplicate another, ends instead); then
 * the bundled eenheden end with their remaining lijnen.
 */
export async function applyEenhedenSamenvoegen(ctx: ApplyContext, a: Soort<'eenhedenSamenvoegen'>, pad: string): Promise<void> {
  const versies = []
  for (const [k, id] of a.eenheidIds.entries()) versies.push(await huidigeEenheid(ctx, id, `${pad}.eenheidIds.${k}`))
  const oud = new Set(a.eenheidIds)
  const bovenVeld = a.bovenSleutel !== undefined ? `${pad}.bovenSleutel` : `${pad}.bovenEenheidId`

  let boven: string | null
  if (a.bovenEenheidId !== undefined || a.bovenSleutel !== undefined) {
    boven = await doelEenheid(ctx, a.bovenEenheidId, a.bovenSleutel, [`${pad}.bovenEenheidId`, `${pad}.bovenSleutel`])
    // The new eenheid takes over the children of the bundled ones: under one of their descendants it would close a loop.
    for (const v of versies) await assertGeenKringloop(ctx, v.eenheid_id, v.naam, boven!, bovenVeld)
  } else {
    const ouders = new Set<string | null>()
    for (const id of a.eenheidIds) ouders.add((await ouderLijnOp(ctx, id))?.boven_eenheid_id ?? null)
    if (ouders.size !== 1) {
      const reason = `is verplicht: de samen te voegen eenheden hangen op ${ctx.datum} niet onder dezelfde eenheid`
      throw conflict(`${pad}.bovenEenheidId ${reason}.`, [{ name: `${pad}.bovenEenheidId`, code: 'required', reason }])
    }
    boven = [...ouders][0] ?? null
  }

  const functies = await functieVersiesIn(ctx, a.eenheidIds)
  const lijnen = await eenheidLijnenOp(ctx, a.eenheidIds)
  const kinderen = lijnen.filter((l) => l.soort === 'hierarchisch' && oud.has(l.boven_eenheid_id!) && !oud.has(l.eenheid_id!))
  await assertGeenLatereWijzigingen(ctx, `${pad}.eenheidIds`, {
    eenheden: [...a.eenheidIds, ...kinderen.map((l) => l.eenheid_id!)],
    functies: functies.map((f) => f.functie_id),
  })

  const nieuw = await maakEenheid(ctx, a.sleutel, { naam: a.naam, soort: a.eenheidSoort }, boven)
  for (const f of functies) await reviseFunctieVersie(ctx, f, { eenheid_id: nieuw })
  for (const l of kinderen) await reviseLijn(ctx, l, { boven_eenheid_id: nieuw })
  await herleidFunctioneleLijnen(ctx, lijnen.filter((l) => l.soort === 'functioneel'), oud, nieuw, `${pad}.eenheidIds`)
  for (const [k, v] of versies.entries()) await endEenheid(ctx, v, 'samengevoegd', `${pad}.eenheidIds.${k}`)
}

/** Re-points functional lijnen from the bundled eenheden to the new one; ends self-lijnen and duplicates. */
async function herleidFunctioneleLijnen(ctx: ApplyContext, lijnen: Lijn[], oud: ReadonlySet<string>, nieuw: string, veld: string): Promise<void> {
  const bestaand = new Set<string>()
  for (const l of lijnen) {
    const eenheid = oud.has(l.eenheid_id!) ? nieuw : l.eenheid_id!
    const bovenEenheid = oud.has(l.boven_eenheid_id!) ? nieuw : l.boven_eenheid_id!
    const key = `${eenheid}>${bovenEenheid}`
    if (eenheid === bovenEenheid || bestaand.has(key)) {
      await endLijn(ctx, l, veld, 'een functionele lijn van de samen te voegen eenheden')
      continue
    }
    bestaand.add(key)
    await reviseLijn(ctx, l, { eenheid_id: eenheid, boven_eenheid_id: bovenEenheid })
  }
}

/**
 * Decouples an eenheid into delen: each deel is a new eenheid under the same parent (soort: the
 * deel's, else the old eenheid's). Every functie in the eenheid on D must go to exactly one deel,
 * and so must every child eenheid; anything unassigned or assigned from elsewhere is refused (409,
 * all at once). Functional lijnen of the old eenheid end with it: which deel inherits them is a
 * choice the wijziging would have to state (a later actie can draw them anew).
 */
export async function applyEenheidSplitsen(ctx: ApplyContext, a: Soort<'eenheidSplitsen'>, pad: string): Promise<void> {
  const veld = `${pad}.eenheidId`
  const v = await huidigeEenheid(ctx, a.eenheidId, veld)
  const boven = (await ouderLijnOp(ctx, a.eenheidId))?.boven_eenheid_id ?? null
  const functies = await functieVersiesIn(ctx, [a.eenheidId])
  const kinderen = (await eenheidLijnenOp(ctx, [a.eenheidId])).filter((l) => l.soort === 'hierarchisch' && l.boven_eenheid_id === a.eenheidId)
  const kindNamen = new Map((await eenheidVersiesOp(ctx, kinderen.map((l) => l.eenheid_id!))).map((k) => [k.eenheid_id, k.naam]))

  const fouten: InvalidParam[] = []
  const toegewezenFuncties = new Set<string>()
  const toegewezenKinderen = new Set<string>()
  a.delen.forEach((deel, j) => {
    deel.functieIds.forEach((id, k) => {
      toegewezenFuncties.add(id)
      if (!functies.some((f) => f.functie_id === id)) {
        fouten.push({ name: `${pad}.delen.${j}.functieIds.${k}`, code: 'niet-in-eenheid', reason: `functie ${id} zit op ${ctx.datum} niet in eenheid '${v.naam}'` })
      }
    })
    ;(deel.onderliggendeEenheidIds ?? []).forEach((id, k) => {
      toegewezenKinderen.add(id)
      if (!kinderen.some((l) => l.eenheid_id === id)) {
        fouten.push({ name: `${pad}.delen.${j}.onderliggendeEenheidIds.${k}`, code: 'niet-onderliggend', reason: `eenheid ${id} hangt op ${ctx.datum} niet onder eenheid '${v.naam}'` })
      }
    })
  })
  const losseFuncties = functies.filter((f) => !toegewezenFuncties.has(f.functie_id))
  if (losseFuncties.length > 0) {
    fouten.push({ name: `${pad}.delen`, code: 'niet-toegewezen', reason: `deze functies van '${v.naam}' zijn aan geen deel toegewezen: ${losseFuncties.map((f) => `'${f.naam}' (${f.functie_id})`).join(', ')}` })
  }
  const losseKinderen = kinderen.filter((l) => !toegewezenKinderen.has(l.eenheid_id!))
  if (losseKinderen.length > 0) {
    fouten.push({ name: `${pad}.delen`, code: 'niet-toegewezen', reason: `deze onderliggende eenheden van '${v.naam}' zijn aan geen deel toegewezen: ${losseKinderen.map((l) => `'${kindNamen.get(l.eenheid_id!) ?? ''}' (${l.eenheid_id})`).join(', ')}` })
  }
  if (fouten.length > 0) {
    throw conflict(`Eenheid '${v.naam}' kan zo niet worden gesplitst: ${fouten.map((f) => `${f.name} ${f.reason}`).join('; ')}.`, fouten)
  }
  await assertGeenLatereWijzigingen(ctx, veld, { eenheden: [a.eenheidId, ...kinderen.map((l) => l.eenheid_id!)], functies: functies.map((f) => f.functie_id) })

  for (const deel of a.delen) {
    const id = await maakEenheid(ctx, deel.sleutel, { naam: deel.naam, soort: deel.eenheidSoort ?? v.soort }, boven)
    for (const f of functies.filter((f) => deel.functieIds.includes(f.functie_id))) await reviseFunctieVersie(ctx, f, { eenheid_id: id })
    for (const l of kinderen.filter((l) => deel.onderliggendeEenheidIds?.includes(l.eenheid_id!))) await reviseLijn(ctx, l, { boven_eenheid_id: id })
  }
  await endEenheid(ctx, v, 'gesplitst', veld)
}
