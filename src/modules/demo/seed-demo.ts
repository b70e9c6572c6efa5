// The demo organisation "Gemeente Voorbeeld" (gm9999): a fictional gemeente of about 800 people
// with its history from 2015 and planned change into 2027, built on first start of an empty
// installation and once per test run (the test template). Deterministic: a fixed seed drives every
// name, date and UUID, so every install has the same data. Fast: built in memory, then written in a
// few bulk inserts in one transaction (see opslaan.ts).
import type { Db } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { ensureRoltypen } from '../roltypen/roltypen-catalogus.ts'
import { bouwBestuur } from './bestuur.ts'
import { ADRESSEN, DEMO_DOMEIN, DEMO_EIND, DEMO_ORGANISATIECODE, DEMO_START, POSTADRES } from './demo-data.ts'
import { bouwAmbtelijkeOrganisatie } from './demo-organisatie.ts'
import { OrgModel } from './model.ts'
import { Namen } from './namen.ts'
import { voegOrganisatieIn, schrijfModel } from './opslaan.ts'
import { Personeel } from './personeel.ts'
import { Rng } from './prng.ts'
import { Tijdlijn } from './tijdlijn.ts'

export { DEMO_ORGANISATIECODE } from './demo-data.ts'
export { generateOrganisatie, type GeneratorOpties, type GeneratorResultaat } from './generator.ts'
export { controleerInvarianten } from './invarianten.ts'
export { HERINRICHTING_PER, HERNOEMING_PER } from './demo-toekomst.ts'

const DEMO_SEED = 9999

/** The date the summary below describes: the last month the staff simulation ran. */
export const DEMO_PEILDATUM = DEMO_EIND

/**
 * What the demo contains on DEMO_PEILDATUM (seed-demo.test.ts checks every number, so they stay true):
 * - personenMetBezetting: everyone holding a post then, bestuur (42 seats) and stand-ins included;
 * - personenTotaal: everyone who ever held a post since 2015 (leavers included);
 * - eenheden: all eenheden existing then (40 teams, concerndirectie, concernstaf, 4 domeinen,
 *   Publiekszaken, Programmabureau, gemeenteraad, college, griffie, 7 fracties);
 * - functies: all posts then; vacatures: medewerker posts with formatie but no bezetting (~11%);
 * - wijzigingen: 4 vastgesteld in the past, 1 vastgesteld from 2027-01-01, 1 concept for 2027-04-01.
 */
export const DEMO_SAMENVATTING = {
  peildatum: DEMO_PEILDATUM,
  personenMetBezetting: 805,
  personenTotaal: 2145,
  eenheden: 58,
  teams: 40,
  functies: 903,
  vacatures: 89,
  wijzigingen: 6,
} as const

export interface DemoResult {
  organisatieId: string
  /** false when the demo organisatie already existed and nothing was written. */
  aangemaakt: boolean
}

export async function seedDemo(db: Db): Promise<DemoResult> {
  const existing = await db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirst()
  if (existing) return { organisatieId: existing.id, aangemaakt: false }

  return db.transaction().execute(async (tx) => {
    const rng = new Rng(DEMO_SEED)
    const ids = new Rng(DEMO_SEED ^ 0x5eed1d5)
    const organisatieId = ids.uuid()
    await voegOrganisatieIn(tx, {
      id: organisatieId, naam: 'Gemeente Voorbeeld', soort: 'gemeente', demo: true, organisatiecode: DEMO_ORGANISATIECODE,
      tooi_uri: `https://identifier.overheid.nl/tooi/id/gemeente/${DEMO_ORGANISATIECODE}`, cbs_code: '9999',
      oin: '00000001999999990000', kvk: '99999999', afkorting: 'GV', website: `https://www.${DEMO_DOMEIN}`,
      email: `info@${DEMO_DOMEIN}`, telefoon: '14 0999', bezoekadres: ADRESSEN.stadhuis, postadres: POSTADRES,
      geldig_van: DEMO_START, geldig_tot: null,
    })
    const m = new OrgModel(organisatieId, await ensureRoltypen(tx, organisatieId), ids)
    const tl = new Tijdlijn()
    const personeel = new Personeel(m, rng, new Namen(rng, DEMO_DOMEIN))
    bouwAmbtelijkeOrganisatie(m, tl, rng, personeel)
    bouwBestuur(m, tl, rng, personeel, {
      start: DEMO_START, eind: DEMO_EIND, plaats: 'Voorbeeld', domein: DEMO_DOMEIN, bezoekadres: ADRESSEN.stadhuis,
      postadres: POSTADRES, telefoon: '14 0999',
    })
    tl.draai()
    const geschreven = await schrijfModel(tx, m)
    await recordAuditEvent(tx, {
      organisatieId, actor: 'systeem', handeling: 'demo.aanmaken', objectType: 'organisatie', objectId: organisatieId,
      na: { naam: 'Gemeente Voorbeeld', organisatiecode: DEMO_ORGANISATIECODE, seed: DEMO_SEED, ...geschreven },
    })
    return { organisatieId, aangemaakt: true }
  })
}
