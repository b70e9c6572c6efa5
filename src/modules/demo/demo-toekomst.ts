// Change that lies ahead of the demo's last simulated month, so a future peildatum has something to
// show: one wijziging already vastgesteld (a rename from 1 January 2027) and one still a concept
// ("Herinrichting sociaal domein", 1 April 2027). The concept is not applied: it is only a row with
// acties, written against the organisation as it will stand on its ingangsdatum.
import type { DemoIds } from './demo-organisatie.ts'
import type { OrgModel } from './model.ts'
import type { Tijdlijn } from './tijdlijn.ts'
import { DEMO_DOMEIN } from './demo-data.ts'

export const HERNOEMING_PER = '2027-01-01'
export const HERINRICHTING_PER = '2027-04-01'

export function planToekomst(m: OrgModel, tl: Tijdlijn, ids: DemoIds): void {
  tl.plan(HERNOEMING_PER, () => {
    const d = HERNOEMING_PER
    m.wijziging(d, {
      titel: 'Naamswijziging team Belastingen',
      toelichting: 'Het team Belastingen heet voortaan Belastingen en Invordering: de invordering, tot nu toe belegd bij Financiën, is in 2026 al naar het team overgegaan.',
      vastgesteldOp: '2026-10-06T10:00:00Z',
    }, () => {
      const e = ids.teams.get('belastingen')!
      m.hernoemEenheid(d, e, 'Belastingen en Invordering', { email: `belastingen-en-invordering@${DEMO_DOMEIN}` })
      const tm = [...m.eenheid(e).functies].find((f) => m.functie(f).versie.leidinggevend)!
      m.wijzigFunctie(d, tm, { naam: 'Teammanager Belastingen en Invordering' })
    })

    const werk = m.eenheid(ids.teams.get('werk')!)
    const beleidsfunctie = [...werk.functies].find((f) => m.functie(f).versie.naam === 'Beleidsmedewerker werk')
      ?? [...werk.functies].find((f) => !m.functie(f).versie.leidinggevend)!
    m.conceptWijziging(HERINRICHTING_PER, {
      titel: 'Herinrichting sociaal domein',
      toelichting: 'Inkomen en Schuldhulpverlening gaan samen op in één team Inkomen en Schulden, zodat inwoners met geldzorgen één aanspreekpunt hebben. Het team Wmo gaat Wmo en Beschermd Wonen heten nu de gemeente de taken voor beschermd wonen overneemt. De beleidsfunctie voor werk verhuist naar Beleid Sociaal Domein. Concept: de ondernemingsraad wordt om advies gevraagd (WOR art. 25).',
      aangemaaktOp: '2026-09-15T10:00:00Z',
    }, [
      {
        soort: 'eenhedenSamenvoegen', eenheidIds: [ids.teams.get('inkomen')!, ids.teams.get('schuldhulpverlening')!],
        sleutel: 'inkomen-en-schulden', naam: 'Inkomen en Schulden', eenheidSoort: 'team', bovenEenheidId: ids.domeinen.sociaal,
      },
      { soort: 'eenheidHernoemen', eenheidId: ids.teams.get('wmo')!, naam: 'Wmo en Beschermd Wonen' },
      { soort: 'functieVerplaatsen', functieId: beleidsfunctie, eenheidId: ids.teams.get('beleid-sociaal-domein')! },
    ])
  })
}
