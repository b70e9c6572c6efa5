// The demo organisation's opgaven: three programmes with claims on existing teams, some answered.
import { describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import { conflicten as zoekConflicten, heatmap } from '../opgave/capaciteit.repository.ts'
import { kwartaalVan } from '../opgave/kwartaal.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { DEMO_ORGANISATIECODE } from './demo-data.ts'
import { seedDemoOpgaven } from './demo-opgaven.ts'

describe('demo opgaven', () => {
  it('gives the three programmes their claims on real teams, partly answered', async () => {
    const { db } = await createTestDatabase()
    const org = await db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirstOrThrow()
    expect(await seedDemoOpgaven(db, org.id)).toBe(3)
    const opgaven = await db.selectFrom('opgave').select(['naam', 'opgavemanager_id', 'portefeuille_id']).where('organisatie_id', '=', org.id).orderBy('naam').execute()
    expect(opgaven.map((o) => o.naam)).toEqual(['Dienstverlening', 'Energietransitie', 'Wonen'])
    expect(opgaven.every((o) => o.opgavemanager_id !== null && o.portefeuille_id !== null)).toBe(true)
    const claims = await db.selectFrom('capaciteitsclaim').select(['status', 'eenheid_id']).where('organisatie_id', '=', org.id).execute()
    expect(claims).toHaveLength(3 * 3 * 4)
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(['aangevraagd', 'toegekend', 'deels']))
    const nu = kwartaalVan(vandaag())
    const h = await heatmap(db, org.id, nu, `${Number(nu.slice(0, 4)) + 1}${nu.slice(4)}`)
    expect(h.eenheden.length).toBe(new Set(claims.map((c) => c.eenheid_id)).size)
    expect(h.eenheden.some((e) => e.cellen.some((c) => c.bezettingFte > 0))).toBe(true)
    // Energietransitie and Wonen both ask Ruimtelijke Ontwikkeling for 60% of its bezetting: a conflict
    // for the concernmanager to rank, in every claimed quarter.
    const conflicten = (await zoekConflicten(db, org.id, nu, `${Number(nu.slice(0, 4)) + 1}${nu.slice(4)}`)).resultaten
    const ro = conflicten.filter((c) => c.eenheidNaam === 'Ruimtelijke Ontwikkeling')
    expect(ro).toHaveLength(4)
    expect(ro[0]!.claims.map((c) => c.opgaveNaam).sort()).toEqual(['Energietransitie', 'Wonen'])
    expect(ro[0]!.tekortFte).toBeGreaterThan(0)
  })
})
