// Applies acties one after another on the ingangsdatum D, each against the state the previous ones
// left. Each actie either fully succeeds or throws (409 naming its field); the caller's transaction
// then rolls back everything, earlier acties included. Bundling and splitting live in
// apply-herindeling.ts.
import { conflict } from '../../server/problem.ts'
import type { Actie } from './acties.schemas.ts'
import {
  assertGeenKringloop, assertGeenLatereWijzigingen, doelEenheid, endEenheid, endFunctie, huidigeEenheid, maakEenheid, type ApplyContext,
} from './apply-context.ts'
import { applyEenhedenSamenvoegen, applyEenheidSplitsen } from './apply-herindeling.ts'
import {
  bezettingenOp, eenheidLijnenOp, eenheidVersiesOp, functieVersieOp, functieVersiesIn, insertHierarchischeLijn, ouderLijnOp, reviseEenheidVersie,
  reviseFunctieVersie, reviseLijn,
} from './structuur.repository.ts'

type Soort<S extends Actie['soort']> = Extract<Actie, { soort: S }>

export async function applyActie(ctx: ApplyContext, actie: Actie, pad: string): Promise<void> {
  switch (actie.soort) {
    case 'eenheidAanmaken': return applyEenheidAanmaken(ctx, actie, pad)
    case 'eenheidHernoemen': return applyEenheidHernoemen(ctx, actie, pad)
    case 'eenheidVerplaatsen': return applyEenheidVerplaatsen(ctx, actie, pad)
    case 'eenhedenSamenvoegen': return applyEenhedenSamenvoegen(ctx, actie, pad)
    case 'eenheidSplitsen': return applyEenheidSplitsen(ctx, actie, pad)
    case 'eenheidOpheffen': return applyEenheidOpheffen(ctx, actie, pad)
    case 'functieVerplaatsen': return applyFunctieVerplaatsen(ctx, actie, pad)
  }
}

/** A new eenheid from D, under bovenEenheidId/bovenSleutel; without either it is a top-level eenheid. */
async function applyEenheidAanmaken(ctx: ApplyContext, a: Soort<'eenheidAanmaken'>, pad: string): Promise<void> {
  const boven = await doelEenheid(ctx, a.bovenEenheidId, a.bovenSleutel, [`${pad}.bovenEenheidId`, `${pad}.bovenSleutel`])
  const versie = { naam: a.naam, soort: a.eenheidSoort, email: a.email, telefoon: a.telefoon, bezoekadres: a.bezoekadres, omschrijving: a.omschrijving }
  await maakEenheid(ctx, a.sleutel, versie, boven)
}

/** A new version with the new naam from D (the rest of the version carried over). */
async function applyEenheidHernoemen(ctx: ApplyContext, a: Soort<'eenheidHernoemen'>, pad: string): Promise<void> {
  const veld = `${pad}.eenheidId`
  const v = await huidigeEenheid(ctx, a.eenheidId, veld)
  if (v.naam === a.naam) throw conflict(`${pad}.naam: eenheid '${v.naam}' heet op ${ctx.datum} al zo.`, [{ name: `${pad}.naam`, code: 'geen-wijziging', reason: 'is de huidige naam al' }])
  await assertGeenLatereWijzigingen(ctx, veld, { eenheden: [a.eenheidId] })
  await reviseEenheidVersie(ctx, v, { naam: a.naam })
}

/**
 * Ends the eenheid's hierarchical lijn on D and starts one to the new parent (carrying the old
 * lijn's planned end, if any). Refused when the new parent lies below the eenheid (a cycle) or is
 * already its parent.
 */
async function applyEenheidVerplaatsen(ctx: ApplyContext, a: Soort<'eenheidVerplaatsen'>, pad: string): Promise<void> {
  const veld = `${pad}.eenheidId`
  const v = await huidigeEenheid(ctx, a.eenheidId, veld)
  const bovenVeld = a.bovenSleutel !== undefined ? `${pad}.bovenSleutel` : `${pad}.bovenEenheidId`
  const boven = await doelEenheid(ctx, a.bovenEenheidId, a.bovenSleutel, [`${pad}.bovenEenheidId`, `${pad}.bovenSleutel`])
  if (!boven) throw new Error('validateActies requires a boven for eenheidVerplaatsen')
  const ouder = await ouderLijnOp(ctx, a.eenheidId)
  if (ouder?.boven_eenheid_id === boven) {
    throw conflict(`${bovenVeld}: eenheid '${v.naam}' hangt op ${ctx.datum} al onder deze eenheid.`, [{ name: bovenVeld, code: 'geen-wijziging', reason: 'is de huidige bovenliggende eenheid al' }])
  }
  await assertGeenKringloop(ctx, a.eenheidId, v.naam, boven, bovenVeld)
  await assertGeenLatereWijzigingen(ctx, veld, { eenheden: [a.eenheidId] })
  if (ouder) await reviseLijn(ctx, ouder, { boven_eenheid_id: boven })
  else await insertHierarchischeLijn(ctx, a.eenheidId, boven, v.geldig_tot)
}

/**
 * Ends an eenheid, its lijnen and its unoccupied functies on D. Refused while functies in it still
 * have a bezetting on D, or eenheden still hang under it: people and teams must first be moved
 * (functieVerplaatsen, eenheidVerplaatsen) so that nobody silently loses their post.
 */
async function applyEenheidOpheffen(ctx: ApplyContext, a: Soort<'eenheidOpheffen'>, pad: string): Promise<void> {
  const veld = `${pad}.eenheidId`
  const v = await huidigeEenheid(ctx, a.eenheidId, veld)
  const functies = await functieVersiesIn(ctx, [a.eenheidId])
  const bezettingen = await bezettingenOp(ctx, functies.map((f) => f.functie_id))
  const kinderen = (await eenheidLijnenOp(ctx, [a.eenheidId])).filter((l) => l.soort === 'hierarchisch' && l.boven_eenheid_id === a.eenheidId)
  const bezwaren: string[] = []
  const bezet = functies.filter((f) => bezettingen.some((b) => b.functie_id === f.functie_id))
  if (bezet.length > 0) {
    bezwaren.push(`functies met een bezetting op ${ctx.datum}: ${bezet.map((f) => `'${f.naam}' (${f.functie_id}, ${bezettingen.filter((b) => b.functie_id === f.functie_id).map((b) => b.persoon_naam).join(', ')})`).join('; ')}`)
  }
  if (kinderen.length > 0) {
    const kindVersies = await eenheidVersiesOp(ctx, kinderen.map((l) => l.eenheid_id!))
    bezwaren.push(`onderliggende eenheden: ${kindVersies.map((k) => `'${k.naam}' (${k.eenheid_id})`).join('; ')}`)
  }
  if (bezwaren.length > 0) {
    const reason = `eenheid '${v.naam}' heeft nog ${bezwaren.join('; en ')}; verplaats die eerst`
    throw conflict(`${veld}: ${reason}.`, [{ name: veld, code: 'niet-leeg', reason }])
  }
  await assertGeenLatereWijzigingen(ctx, veld, { eenheden: [a.eenheidId], functies: functies.map((f) => f.functie_id) })
  for (const f of functies) await endFunctie(ctx, f, veld)
  await endEenheid(ctx, v, 'opgeheven', veld)
}

/** A new functie_versie in the target eenheid from D; the bezettingen stay on the functie, so people move with it. */
async function applyFunctieVerplaatsen(ctx: ApplyContext, a: Soort<'functieVerplaatsen'>, pad: string): Promise<void> {
  const veld = `${pad}.functieId`
  const f = await functieVersieOp(ctx, a.functieId)
  if (!f) {
    const reason = `functie ${a.functieId} bestaat op ${ctx.datum} niet meer: een eerdere actie van deze wijziging heeft haar beëindigd`
    throw conflict(`${veld}: ${reason}.`, [{ name: veld, code: 'beeindigd', reason }])
  }
  const doelVeld = a.eenheidSleutel !== undefined ? `${pad}.eenheidSleutel` : `${pad}.eenheidId`
  const doel = await doelEenheid(ctx, a.eenheidId, a.eenheidSleutel, [`${pad}.eenheidId`, `${pad}.eenheidSleutel`])
  if (!doel) throw new Error('validateActies requires a target for functieVerplaatsen')
  if (f.eenheid_id === doel) {
    throw conflict(`${doelVeld}: functie '${f.naam}' zit op ${ctx.datum} al in deze eenheid.`, [{ name: doelVeld, code: 'geen-wijziging', reason: 'is de huidige eenheid van de functie al' }])
  }
  await assertGeenLatereWijzigingen(ctx, veld, { functies: [a.functieId] })
  await reviseFunctieVersie(ctx, f, { eenheid_id: doel })
}
