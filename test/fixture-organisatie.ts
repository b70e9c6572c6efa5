// A small organisatie with an exactly known structure, for assertions that must not depend on the
// (larger, generated) demo organisation. Everything starts 2015-01-01 unless said otherwise.
//
//   Concerndirectie (GS leidinggevend, CM; CM —hier→ GS)
//   ├── Concernstaf (Hoofd staf leidinggevend)
//   └── Domein Fysiek (Concerndirecteur fysiek leidinggevend)
//       ├── Team A  (named "Team Alpha" until 2020-01-01; TM-A leidinggevend, A1, A2, A3 vacant)
//       └── Team B  (TM-B leidinggevend, B1; Team B —functioneel→ Concernstaf)
//   TM-A and TM-B —functioneel→ CM (seed 004: de concernmanager stuurt de teammanagers functioneel aan)
import type { Db } from '../src/db/database.ts'
import { ensureRoltypen } from '../src/modules/roltypen/roltypen-catalogus.ts'

export async function createFixtureOrganisatie(db: Db, naam = 'Testgemeente') {
  return db.transaction().execute(async (tx) => {
    const org = await tx.insertInto('organisatie').values({ naam, soort: 'gemeente', geldig_van: '2015-01-01' }).returning('id').executeTakeFirstOrThrow()
    const o = org.id
    const rol = await ensureRoltypen(tx, o)
    const van = '2015-01-01'

    const eenheid = async (naam: string, soort: 'concerndirectie' | 'concernstaf' | 'domein' | 'team', extra: { email?: string } = {}) => {
      const e = await tx.insertInto('eenheid').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('eenheid_versie').values({ organisatie_id: o, eenheid_id: e.id, naam, soort, geldig_van: van, geldig_tot: null, email: extra.email ?? null }).execute()
      return e.id
    }
    const cd = await eenheid('Concerndirectie', 'concerndirectie', { email: 'directie@test.example' })
    const staf = await eenheid('Concernstaf', 'concernstaf')
    const fysiek = await eenheid('Domein Fysiek', 'domein')
    const teamB = await eenheid('Team B', 'team')
    // Team A was called Team Alpha until 2020: two versions.
    const teamA = (await tx.insertInto('eenheid').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()).id
    await tx.insertInto('eenheid_versie').values([
      { organisatie_id: o, eenheid_id: teamA, naam: 'Team Alpha', soort: 'team', geldig_van: van, geldig_tot: '2020-01-01' },
      { organisatie_id: o, eenheid_id: teamA, naam: 'Team A', soort: 'team', geldig_van: '2020-01-01', geldig_tot: null, telefoon: '14 0999' },
    ]).execute()

    const hier = (kind: string, ouder: string) => ({ organisatie_id: o, soort: 'hierarchisch' as const, eenheid_id: kind, boven_eenheid_id: ouder, geldig_van: van })
    await tx.insertInto('lijn').values([hier(staf, cd), hier(fysiek, cd), hier(teamA, fysiek), hier(teamB, fysiek)]).execute()

    const functie = async (eenheidId: string, roltype: string, naam: string, formatie: number, leidinggevend = false, schaal = 10) => {
      const f = await tx.insertInto('functie').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('functie_versie').values({
        organisatie_id: o, functie_id: f.id, eenheid_id: eenheidId, roltype_id: rol.get(roltype)!, naam, schaal,
        formatie_fte: formatie, leidinggevend, geldig_van: van,
      }).execute()
      return f.id
    }
    const gs = await functie(cd, 'gemeentesecretaris', 'Gemeentesecretaris/algemeen directeur', 1, true, 17)
    const cm = await functie(cd, 'concernmanager', 'Concernmanager', 1, false, 16)
    const hoofdStaf = await functie(staf, 'strategisch_adviseur', 'Hoofd concernstaf', 1, true, 14)
    const cdir = await functie(fysiek, 'concerndirecteur', 'Concerndirecteur fysiek', 1, true, 16)
    const tmA = await functie(teamA, 'teammanager', 'Teammanager A', 1, true, 13)
    const a1 = await functie(teamA, 'medewerker', 'Beleidsmedewerker A1', 1)
    const a2 = await functie(teamA, 'medewerker', 'Beleidsmedewerker A2', 1)
    const a3 = await functie(teamA, 'medewerker', 'Beleidsmedewerker A3', 1)
    const tmB = await functie(teamB, 'teammanager', 'Teammanager B', 1, true, 13)
    const b1 = await functie(teamB, 'medewerker', 'Adviseur B1', 1)

    await tx.insertInto('lijn').values([
      { organisatie_id: o, soort: 'hierarchisch', functie_id: cm, boven_functie_id: gs, geldig_van: van },
      { organisatie_id: o, soort: 'functioneel', functie_id: tmA, boven_functie_id: cm, geldig_van: van },
      { organisatie_id: o, soort: 'functioneel', functie_id: tmB, boven_functie_id: cm, geldig_van: van },
      { organisatie_id: o, soort: 'functioneel', eenheid_id: teamB, boven_eenheid_id: staf, geldig_van: van, omschrijving: 'matrix: advies' },
    ]).execute()

    const persoon = async (naam: string, achternaam: string) =>
      (await tx.insertInto('persoon').values({ organisatie_id: o, naam, achternaam }).returning('id').executeTakeFirstOrThrow()).id
    const gerda = await persoon('Gerda Smit', 'Smit')
    const carla = await persoon('Carla de Boer', 'Boer')
    const frits = await persoon('Frits Mulder', 'Mulder')
    const hanna = await persoon('Hanna Vos', 'Vos')
    const tom = await persoon('Tom Bakker', 'Bakker')
    const anna = await persoon('Anna Jansen', 'Jansen')
    const bram = await persoon('Bram Visser', 'Visser')
    const tineke = await persoon('Tineke Meijer', 'Meijer')
    const bob = await persoon('Bob de Wit', 'Wit')

    const bez = (persoonId: string, functieId: string, fte: number, dienstverband: 'vast' | 'inhuur' | 'stage' | 'tijdelijk', geldig_van = van, geldig_tot: string | null = null, vervanging: 'loco' | null = null) =>
      ({ organisatie_id: o, persoon_id: persoonId, functie_id: functieId, fte, dienstverband, geldig_van, geldig_tot, vervanging })
    await tx.insertInto('bezetting').values([
      bez(gerda, gs, 1, 'vast'),
      bez(frits, gs, 0, 'vast', van, null, 'loco'), // loco-secretaris
      bez(carla, cm, 1, 'vast'),
      bez(hanna, hoofdStaf, 1, 'vast'),
      bez(frits, cdir, 1, 'vast'),
      bez(tom, tmA, 1, 'vast'),
      bez(anna, b1, 1, 'vast', '2016-01-01', '2020-01-01'), // Anna worked in Team B before
      bez(anna, a1, 1, 'vast', '2020-01-01'),
      bez(bram, a2, 0.8, 'inhuur'),
      bez(tineke, tmB, 1, 'vast'),
      bez(bob, b1, 0.5, 'stage', '2021-01-01'),
    ]).execute()

    return {
      organisatieId: o,
      eenheden: { cd, staf, fysiek, teamA, teamB },
      functies: { gs, cm, hoofdStaf, cdir, tmA, a1, a2, a3, tmB, b1 },
      personen: { gerda, carla, frits, hanna, tom, anna, bram, tineke, bob },
    }
  })
}
export type Fixture = Awaited<ReturnType<typeof createFixtureOrganisatie>>
