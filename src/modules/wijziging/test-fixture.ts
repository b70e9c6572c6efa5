// Test factory: a small, fresh organisatie (all rows from 2020-01-01, open-ended), so wijziging
// tests can assert exact results without depending on the demo data.
//
//   Directie Dienstverlening (directie)
//   ├── Afdeling Burgerzaken (afdeling)
//   │   ├── Team Balie (team): Teammanager Balie [Anna], Baliemedewerker [Bram]
//   │   └── Team Documenten (team): Teammanager Documenten [Cor], Medewerker documenten [vacant]
//   └── Team Belastingen (team): Medewerker belastingen [Dirk]
//   Concernstaf (concernstaf): Strategisch adviseur [Eva]
//   functional lijn: Team Documenten → Concernstaf; functie-lijn: Baliemedewerker → Teammanager Balie
import type { FastifyInstance } from 'fastify'
import type { Db, Tx } from '../../db/database.ts'
import type { EenheidSoort } from '../../db/schema.ts'

export const VANAF = '2020-01-01'

const EENHEDEN = {
  directie: { naam: 'Directie Dienstverlening', soort: 'directie', boven: null },
  afdeling: { naam: 'Afdeling Burgerzaken', soort: 'afdeling', boven: 'directie' },
  balie: { naam: 'Team Balie', soort: 'team', boven: 'afdeling' },
  documenten: { naam: 'Team Documenten', soort: 'team', boven: 'afdeling' },
  belastingen: { naam: 'Team Belastingen', soort: 'team', boven: 'directie' },
  staf: { naam: 'Concernstaf', soort: 'concernstaf', boven: null },
} as const satisfies Record<string, { naam: string; soort: EenheidSoort; boven: string | null }>
type EenheidKey = keyof typeof EENHEDEN

const FUNCTIES = {
  tmBalie: { naam: 'Teammanager Balie', eenheid: 'balie', roltype: 'teammanager' },
  baliemedewerker: { naam: 'Baliemedewerker', eenheid: 'balie', roltype: 'medewerker' },
  tmDocumenten: { naam: 'Teammanager Documenten', eenheid: 'documenten', roltype: 'teammanager' },
  mwDocumenten: { naam: 'Medewerker documenten', eenheid: 'documenten', roltype: 'medewerker' },
  mwBelastingen: { naam: 'Medewerker belastingen', eenheid: 'belastingen', roltype: 'medewerker' },
  adviseur: { naam: 'Strategisch adviseur', eenheid: 'staf', roltype: 'strategisch_adviseur' },
} as const satisfies Record<string, { naam: string; eenheid: EenheidKey; roltype: string }>
type FunctieKey = keyof typeof FUNCTIES

const PERSONEN = {
  anna: { naam: 'Anna de Vries', functie: 'tmBalie' },
  bram: { naam: 'Bram Jansen', functie: 'baliemedewerker' },
  cor: { naam: 'Cor Bakker', functie: 'tmDocumenten' },
  dirk: { naam: 'Dirk Visser', functie: 'mwBelastingen' },
  eva: { naam: 'Eva Smit', functie: 'adviseur' },
} as const satisfies Record<string, { naam: string; functie: FunctieKey }>
type PersoonKey = keyof typeof PERSONEN

export interface Fixture {
  organisatieId: string
  eenheden: Record<EenheidKey, string>
  functies: Record<FunctieKey, string>
  personen: Record<PersoonKey, string>
}

export async function createFixtureOrganisatie(db: Db, naam = 'Gemeente Proefstad'): Promise<Fixture> {
  return db.transaction().execute(async (tx) => {
    const { id: organisatieId } = await tx.insertInto('organisatie')
      .values({ naam, soort: 'gemeente', geldig_van: '2015-01-01', geldig_tot: null })
      .returning('id').executeTakeFirstOrThrow()
    const roltypen: Record<string, string> = {}
    for (const code of ['teammanager', 'medewerker', 'strategisch_adviseur']) {
      const r = await tx.insertInto('roltype').values({ organisatie_id: organisatieId, code, naam: code, omschrijving: null, categorie: 'ambtelijk', bron: null })
        .returning('id').executeTakeFirstOrThrow()
      roltypen[code] = r.id
    }
    const eenheden = {} as Record<EenheidKey, string>
    for (const key of Object.keys(EENHEDEN) as EenheidKey[]) {
      const { id } = await tx.insertInto('eenheid').values({ organisatie_id: organisatieId }).returning('id').executeTakeFirstOrThrow()
      eenheden[key] = id
    }
    for (const [key, e] of Object.entries(EENHEDEN) as Array<[EenheidKey, (typeof EENHEDEN)[EenheidKey]]>) {
      await tx.insertInto('eenheid_versie').values({
        organisatie_id: organisatieId, eenheid_id: eenheden[key], naam: e.naam, soort: e.soort, afkorting: null, omschrijving: null,
        email: null, telefoon: null, bezoekadres: null, postadres: null, website: null, geldig_van: VANAF, geldig_tot: null, wijziging_id: null,
      }).execute()
      if (e.boven) await insertLijn(tx, organisatieId, 'hierarchisch', { eenheid_id: eenheden[key], boven_eenheid_id: eenheden[e.boven] })
    }
    await insertLijn(tx, organisatieId, 'functioneel', { eenheid_id: eenheden.documenten, boven_eenheid_id: eenheden.staf })
    const functies = {} as Record<FunctieKey, string>
    for (const [key, f] of Object.entries(FUNCTIES) as Array<[FunctieKey, (typeof FUNCTIES)[FunctieKey]]>) {
      const { id } = await tx.insertInto('functie').values({ organisatie_id: organisatieId }).returning('id').executeTakeFirstOrThrow()
      functies[key] = id
      await tx.insertInto('functie_versie').values({
        organisatie_id: organisatieId, functie_id: id, eenheid_id: eenheden[f.eenheid], roltype_id: roltypen[f.roltype]!, naam: f.naam, schaal: 10,
        formatie_fte: 1, aandachtsgebied: null, leidinggevend: f.roltype === 'teammanager', geldig_van: VANAF, geldig_tot: null, wijziging_id: null,
      }).execute()
    }
    await insertLijn(tx, organisatieId, 'hierarchisch', { functie_id: functies.baliemedewerker, boven_functie_id: functies.tmBalie })
    const personen = {} as Record<PersoonKey, string>
    for (const [key, p] of Object.entries(PERSONEN) as Array<[PersoonKey, (typeof PERSONEN)[PersoonKey]]>) {
      const { id } = await tx.insertInto('persoon').values({
        organisatie_id: organisatieId, naam: p.naam, voornaam: null, tussenvoegsel: null, achternaam: null, email: null, telefoon: null, geboortejaar: null,
      }).returning('id').executeTakeFirstOrThrow()
      personen[key] = id
      await tx.insertInto('bezetting').values({
        organisatie_id: organisatieId, persoon_id: id, functie_id: functies[p.functie], fte: 1, dienstverband: 'vast', vervanging: null,
        geldig_van: VANAF, geldig_tot: null, wijziging_id: null,
      }).execute()
    }
    return { organisatieId, eenheden, functies, personen }
  })
}

async function insertLijn(
  tx: Tx,
  organisatieId: string,
  soort: 'hierarchisch' | 'functioneel',
  ends: { eenheid_id?: string; boven_eenheid_id?: string; functie_id?: string; boven_functie_id?: string },
): Promise<void> {
  await tx.insertInto('lijn').values({
    organisatie_id: organisatieId, soort, eenheid_id: ends.eenheid_id ?? null, boven_eenheid_id: ends.boven_eenheid_id ?? null,
    functie_id: ends.functie_id ?? null, boven_functie_id: ends.boven_functie_id ?? null, omschrijving: null, geldig_van: VANAF, geldig_tot: null, wijziging_id: null,
  }).execute()
}

/** The wijzigingen API of one organisatie, through app.inject. */
export function wijzigingApi(app: FastifyInstance, organisatieId: string) {
  const base = `/api/v1/organisaties/${organisatieId}/wijzigingen`
  return {
    base,
    create: (payload: unknown) => app.inject({ method: 'POST', url: base, payload: payload as object }),
    replace: (id: string, payload: unknown) => app.inject({ method: 'PUT', url: `${base}/${id}`, payload: payload as object }),
    get: (id: string) => app.inject({ method: 'GET', url: `${base}/${id}` }),
    list: (query = '') => app.inject({ method: 'GET', url: `${base}${query}` }),
    preview: (id: string) => app.inject({ method: 'GET', url: `${base}/${id}/voorvertoning` }),
    adopt: (id: string) => app.inject({ method: 'POST', url: `${base}/${id}/vaststelling` }),
    withdraw: (id: string) => app.inject({ method: 'POST', url: `${base}/${id}/intrekking` }),
  }
}
