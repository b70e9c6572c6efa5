// Seed 004's structural meetings in the demo organisation, with members derived from it.
import { describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import { getOverleg } from '../overleg/overleg.repository.ts'
import { DEMO_ORGANISATIECODE } from './demo-data.ts'
import { seedDemoOverleggen } from './demo-overleggen.ts'

describe('demo overleggen', () => {
  it('configures MT, DT, college, raad, OR and PHOs, with members and meetings for three months', async () => {
    const { db } = await createTestDatabase()
    const org = await db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirstOrThrow()
    expect(await seedDemoOverleggen(db, org.id)).toBeGreaterThanOrEqual(10)
    const alle = await db.selectFrom('overleg').select(['id', 'soort', 'naam']).where('organisatie_id', '=', org.id).execute()
    expect(new Set(alle.map((o) => o.soort))).toEqual(new Set(['mt', 'dt', 'college', 'strategisch_pho', 'voorbereidende_raad', 'besluitvormende_raad', 'or', 'pho']))
    const mt = await getOverleg(db, org.id, alle.find((o) => o.soort === 'mt')!.id)
    const rollen = mt.deelnemers.map((d) => `${d.rol}:${d.roltype}`)
    // The gemeentesecretaris chairs; the loco-secretaris stands by as chair (marked loco).
    expect(mt.deelnemers.filter((d) => d.rol === 'voorzitter').map((d) => d.vervanging).sort()).toEqual(['loco', null])
    expect(rollen.filter((x) => x === 'lid:teammanager').length).toBeGreaterThan(20)
    expect(rollen).toContain('adviseur:concerncontroller')
    const raad = await getOverleg(db, org.id, alle.find((o) => o.soort === 'besluitvormende_raad')!.id)
    expect(raad.quorum).toBe(Math.floor(raad.deelnemers.filter((d) => d.roltype === 'raadslid').length / 2) + 1)
    // Every current portefeuille has its own PHO, chaired by its portefeuillehouder.
    const phos = await db.selectFrom('overleg').select('portefeuille_id').where('organisatie_id', '=', org.id).where('soort', '=', 'pho').execute()
    const portefeuilles = await db.selectFrom('portefeuille').select('id').where('organisatie_id', '=', org.id).where('geldig_tot', 'is', null).execute()
    expect(new Set(phos.map((p) => p.portefeuille_id))).toEqual(new Set(portefeuilles.map((p) => p.id)))
    const vergaderingen = await db.selectFrom('vergadering').select('overleg_id').where('organisatie_id', '=', org.id).execute()
    expect(vergaderingen.filter((v) => v.overleg_id === mt.id).length).toBeGreaterThanOrEqual(4)
  })
})
