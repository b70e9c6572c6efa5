// The taken of seed 004 must be the organisatiebesluit's own words: every tekst is checked against the
// seed file itself (read-only, from ../shared/seeds next to the repository), in the printed order.
// Lives here because the demo work owns the catalogue's taken; it tests src/modules/roltypen.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/database.ts'
import { TAKEN_ORGANISATIEBESLUIT } from '../roltypen/taken-organisatiebesluit.ts'
import { createTestDatabase } from '../../../test/database.ts'
import { DEMO_ORGANISATIECODE } from './seed-demo.ts'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const seeds = path.join(repo, '../shared/seeds')
const seed004 = fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('004_'))!), 'utf8')
const VOETNOOT = '\n\nVoetnoot: '

const nummers = (code: string) => TAKEN_ORGANISATIEBESLUIT[code]!.map((t) => t.nummer)
const hoofd = (code: string) => nummers(code).filter((n) => /^\d+$/.test(n))

describe('taken uit het organisatiebesluit (seed 004)', () => {
  it('has the three management roltypen with their duties in printed order', () => {
    expect(Object.keys(TAKEN_ORGANISATIEBESLUIT).sort()).toEqual(['concernmanager', 'gemeentesecretaris', 'teammanager'])
    expect(nummers('gemeentesecretaris')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'])
    expect(hoofd('teammanager')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(nummers('teammanager').filter((n) => n.startsWith('4') && n !== '4')).toEqual(['4a', '4b', '4c', '4d', '4e', '4f', '4g', '4h', '4i', '4j'])
    // The seed's second "2." and "3." after "4." continue the list as 5 and 6.
    expect(nummers('concernmanager')).toEqual(['1', '2', '3', '4', '4a', '4b', '4c', '4d', '4e', '4f', '4g', '5', '6'])
  })

  it('keeps the wording exactly, including the parent sentence of the lettered duties', () => {
    const tm = new Map(TAKEN_ORGANISATIEBESLUIT.teammanager!.map((t) => [t.nummer, t.tekst]))
    expect(tm.get('4g')).toBe('het goedkeuren van voorstellen voor agendering in het college van b&w;')
    expect(tm.get('4')).toBe('De teammanager draagt binnen de gegeven kaders de zorg en verantwoordelijkheid voor:')
    expect(tm.get('8')).toBe('De teammanager legt functioneel verantwoording af aan de concernmanager.')
    const cm = new Map(TAKEN_ORGANISATIEBESLUIT.concernmanager!.map((t) => [t.nummer, t.tekst]))
    expect(cm.get('5')).toMatch(/^De concernmanager voert de eindcoördinatie .* puntjes op de 'i' te zetten\.$/)
  })

  it('attaches footnote ¹ to duty 4 of the gemeentesecretaris and to no other duty', () => {
    const gs = TAKEN_ORGANISATIEBESLUIT.gemeentesecretaris!
    const met = Object.values(TAKEN_ORGANISATIEBESLUIT).flat().filter((t) => t.tekst.includes(VOETNOOT))
    expect(met).toEqual([gs[3]])
    const [taak, voetnoot] = gs[3]!.tekst.split(VOETNOOT) as [string, string]
    expect(taak.endsWith('prestaties en producten.¹')).toBe(true)
    expect(voetnoot).toMatch(/^De gemeentesecretaris\/algemeen directeur heeft de bevoegdheid .* externe ondersteuning inschakelen\.$/)
  })

  it('finds every tekst literally in the seed file, in the order of its section', () => {
    for (const [code, kop] of [['gemeentesecretaris', '\nGemeentesecretaris/algemeen directeur\n'], ['concernmanager', '\nConcernmanager\n'], ['teammanager', '\nTeammanager\n']] as const) {
      let positie = seed004.indexOf(kop)
      expect(positie, kop).toBeGreaterThan(-1)
      for (const t of TAKEN_ORGANISATIEBESLUIT[code]!) {
        const [taak, voetnoot] = t.tekst.split(VOETNOOT)
        const gevonden = seed004.indexOf(taak!, positie)
        expect(gevonden, `${code} ${t.nummer}`).toBeGreaterThan(positie)
        positie = gevonden
        if (voetnoot) expect(seed004.includes(`¹ ${voetnoot}\n`), `${code} ${t.nummer} voetnoot`).toBe(true)
      }
    }
  })
})

describe('taken in the database', () => {
  let database: Database
  beforeAll(async () => { database = await createTestDatabase() })

  it('are stored per roltype for the demo organisatie, numbered and ordered as in the seed', async () => {
    const rijen = await database.db.selectFrom('taak').innerJoin('roltype', 'roltype.id', 'taak.roltype_id')
      .innerJoin('organisatie', 'organisatie.id', 'taak.organisatie_id')
      .select(['roltype.code', 'taak.nummer', 'taak.volgorde', 'taak.tekst', 'roltype.bron'])
      .where('organisatie.organisatiecode', '=', DEMO_ORGANISATIECODE).orderBy('roltype.code').orderBy('taak.volgorde').execute()
    const per = (code: string) => rijen.filter((r) => r.code === code)
    expect(per('teammanager').map((r) => r.nummer)).toEqual(nummers('teammanager'))
    expect(per('gemeentesecretaris')).toHaveLength(11)
    expect(per('concernmanager')).toHaveLength(13)
    expect(per('teammanager').find((r) => r.nummer === '4g')?.tekst).toBe('het goedkeuren van voorstellen voor agendering in het college van b&w;')
    expect(new Set(rijen.map((r) => r.bron))).toEqual(new Set(['organisatiebesluit (seed 004)']))
  })
})
