// The demo's voorstellen and OR-verzoek: a new user finds the route in use (issue 6).
import { describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import { takenVan } from '../voorstel/voorstel.repository.ts'
import { DEMO_ORGANISATIECODE } from './demo-data.ts'
import { seedDemoAccounts } from './demo-accounts.ts'
import { seedDemoOverleggen } from './demo-overleggen.ts'
import { seedDemoVoorstellen } from './demo-voorstellen.ts'

describe('demo voorstellen', () => {
  it('puts work in the demo accounts’ tasks, a raadsvoorstel on the PHO of its portefeuille and a reorganisation before the OR', async () => {
    const { db } = await createTestDatabase()
    const org = await db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirstOrThrow()
    const accounts = await seedDemoAccounts(db, org.id, 'demo-wachtwoord-voor-de-test')
    await seedDemoOverleggen(db, org.id)
    expect(await seedDemoVoorstellen(db, org.id, accounts)).toBe(5)

    const voorstellen = await db.selectFrom('voorstel').select(['id', 'titel', 'status', 'soort', 'portefeuille_id']).where('organisatie_id', '=', org.id).orderBy('titel').execute()
    expect(voorstellen.map((v) => [v.titel, v.status])).toEqual([
      ['Beleidsregel adresonderzoek Basisregistratie Personen 2027', 'ter_goedkeuring'],
      ['Kaders hybride werken 2027', 'goedgekeurd'],
      ['Transitievisie Warmte 2027', 'pho'],
      ['Verordening naamgeving en nummering 2027', 'concept'],
    ])
    // The demo teammanager has the medewerker's voorstel to approve; the medewerker has a concept.
    const tmA = accounts.find((a) => a.rol === 'teammanager-a')!
    const medewerker = accounts.find((a) => a.rol === 'medewerker')!
    expect((await takenVan(db, org.id, tmA.persoonId)).voorstellen.map((v) => v.titel)).toContain('Beleidsregel adresonderzoek Basisregistratie Personen 2027')
    expect((await takenVan(db, org.id, medewerker.persoonId)).voorstellen.map((v) => v.titel)).toEqual(['Verordening naamgeving en nummering 2027'])
    // The Transitievisie sits on the agenda of the PHO of its own portefeuille; the DT-voorstel on the DT's.
    const warmte = voorstellen.find((v) => v.titel.startsWith('Transitievisie'))!
    const punten = await db.selectFrom('agendapunt as p').innerJoin('vergadering as v', 'v.id', 'p.vergadering_id').innerJoin('overleg as o', 'o.id', 'v.overleg_id')
      .select(['p.voorstel_id', 'o.soort', 'o.portefeuille_id']).where('p.organisatie_id', '=', org.id).execute()
    expect(punten.find((p) => p.voorstel_id === warmte.id)).toMatchObject({ soort: 'pho', portefeuille_id: warmte.portefeuille_id })
    expect(punten.find((p) => p.voorstel_id === voorstellen.find((v) => v.soort === 'dt_voorstel')!.id)).toMatchObject({ soort: 'dt' })
    // The planned reorganisation waits for the OR's advice (WOR art. 25 lid 1e).
    const or = await db.selectFrom('or_verzoek as r').innerJoin('wijziging as w', 'w.id', 'r.wijziging_id').select(['r.soort', 'r.wor_grondslag', 'r.status', 'w.status as wijzigingStatus']).where('r.organisatie_id', '=', org.id).execute()
    expect(or).toEqual([{ soort: 'advies', wor_grondslag: 'art. 25 lid 1e', status: 'ingediend', wijzigingStatus: 'concept' }])
    // Every step left an audit event.
    const audit = await db.selectFrom('audit_event').select('handeling').where('organisatie_id', '=', org.id).where('object_type', '=', 'voorstel').execute()
    expect(audit.filter((a) => a.handeling === 'voorstel.indienen')).toHaveLength(3)
  })
})
