// The history of Gemeente Voorbeeld's ambtelijke organisatie, 2015 → 2027:
//  2015  Algemene directie (gemeentesecretaris + staf) over four sectors (soort directie) with teams.
//  2019  wijziging "Nieuwe hoofdstructuur": a concerndirectie with concerndirecteuren per
//        aandachtsgebied (seed 000), a concernstaf (seed 003), the uitvoeringsorganisatie
//        Publiekszaken, a programmabureau (opgavegericht werken, 000/001) and a concernmanager (004).
//  2020  a new gemeentesecretaris, with a waarnemer in between.
//  2021  wijziging "Bundeling teams": Inkoop + Contractbeheer, Beheer Groen + Beheer Wegen en Water.
//  2022  wijziging "Honingraatstructuur": the sectors are opgeheven, teams hang directly under four
//        domeinen, functional lines across them (seed 001: "Het klassieke hiërarchische
//        sector-organogram is vervangen door een plattere en wendbare honingraatstructuur").
//  2023  wijziging "Splitsing Wijkteams" into Wijkteam Noord and Wijkteam Zuid.
//  2027  vastgesteld: Belastingen is renamed from 1 January; concept: "Herinrichting sociaal domein".
// Domeinen have no leidinggevend functie: each is led by its concerndirecteur, who sits in the
// concerndirectie (seed 000: "De Concerndirectie bestaat uit een Algemeen directeur en
// Concerndirecteuren"); the teammanagers below it have a hierarchisch functie-lijn to that
// concerndirecteur (OrgModel.synchroniseerLijnen). The same held for the sectors from 2019 to 2022.
import { ADRESSEN, DEMO_DOMEIN, DEMO_EIND, DEMO_START, DOMEINEN, FORMATIES, POSTADRES, SECTOREN, TEAMS, type Aandachtsgebied, type Sector, type TeamDef } from './demo-data.ts'
import type { EenheidGegevens, FunctieGegevens, OrgModel } from './model.ts'
import type { Personeel } from './personeel.ts'
import { plusMaanden, type Rng } from './prng.ts'
import type { Tijdlijn } from './tijdlijn.ts'
import { planToekomst } from './demo-toekomst.ts'

export interface DemoIds {
  concerndirectie: string
  gemeentesecretaris: string
  concernmanager: string
  concerndirecteuren: Record<Aandachtsgebied, string>
  domeinen: Record<Aandachtsgebied, string>
  /** Team eenheid ids by sleutel (as of today: bundled and split teams under their new sleutel). */
  teams: Map<string, string>
}

const GEBIEDEN: readonly Aandachtsgebied[] = ['bedrijfsvoering', 'economie', 'fysiek', 'sociaal']
const hoofdletter = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function bouwAmbtelijkeOrganisatie(m: OrgModel, tl: Tijdlijn, rng: Rng, personeel: Personeel): DemoIds {
  const ids = { teams: new Map<string, string>(), concerndirecteuren: {}, domeinen: {} } as DemoIds
  const teammanagers = new Map<string, string>()
  const sectoren = {} as Record<Sector, string>
  let telefoon = 10
  const contact = (sleutel: string, adres: keyof typeof ADRESSEN, omschrijving: string) => ({
    email: `${sleutel}@${DEMO_DOMEIN}`, telefoon: `0999 48 ${telefoon++} 00`, bezoekadres: ADRESSEN[adres], postadres: POSTADRES, omschrijving,
  })
  const eenheid = (naam: string, soort: EenheidGegevens['soort'], sleutel: string, adres: keyof typeof ADRESSEN, omschrijving: string): EenheidGegevens =>
    ({ naam, soort, ...contact(sleutel, adres, omschrijving) })
  const script = (d: string, g: Omit<FunctieGegevens, 'beheer'>): string => {
    const f = m.nieuweFunctie(d, { ...g, beheer: 'script' })
    m.bezet(d, personeel.nieuwePersoon(d), f, { fte: g.formatie, dienstverband: 'vast' })
    return f
  }
  const medewerkers = (d: string, e: string, functies: TeamDef['functies'], aantal: number) => {
    const gewogen = functies.map((f, i) => [f, functies.length - i + 1] as const)
    for (let i = 0; i < aantal; i++) {
      const [naam, schaal] = rng.kiesGewogen(gewogen)
      m.nieuweFunctie(d, { eenheid: e, rol: 'medewerker', naam, schaal: Math.min(12, Math.max(6, schaal)), formatie: rng.kiesGewogen(FORMATIES) })
    }
  }
  const team = (d: string, def: TeamDef, ouder: string) => {
    const e = m.nieuweEenheid(d, eenheid(def.naam, 'team', def.sleutel, def.adres ?? 'stadskantoor', def.omschrijving), ouder)
    teammanagers.set(def.sleutel, m.nieuweFunctie(d, { eenheid: e, rol: 'teammanager', naam: `Teammanager ${def.naam}`, schaal: def.omvang >= 20 ? 13 : 12, formatie: 1, leidinggevend: true }))
    medewerkers(d, e, def.functies, def.omvang)
    if (def.stage) m.nieuweFunctie(d, { eenheid: e, rol: 'medewerker', naam: 'Stagiair', schaal: null, formatie: 0, stage: true })
    ids.teams.set(def.sleutel, e)
    return e
  }
  let directie = ''
  let concernstaf = ''
  let programmabureau = ''
  const staf: string[] = []

  tl.plan(DEMO_START, () => {
    const d = DEMO_START
    directie = m.nieuweEenheid(d, eenheid('Algemene directie', 'directie', 'directie', 'stadhuis', 'De gemeentesecretaris en de directiestaf: de ambtelijke top boven de sectoren.'))
    ids.gemeentesecretaris = script(d, { eenheid: directie, rol: 'gemeentesecretaris', naam: 'Gemeentesecretaris/algemeen directeur', schaal: 17, formatie: 1, leidinggevend: true })
    staf.push(
      m.nieuweFunctie(d, { eenheid: directie, rol: 'concerncontroller', naam: 'Concerncontroller', schaal: 14, formatie: 1 }),
      m.nieuweFunctie(d, { eenheid: directie, rol: 'strategisch_adviseur', naam: 'Strategisch adviseur', schaal: 14, formatie: 1 }),
      m.nieuweFunctie(d, { eenheid: directie, rol: 'medewerker', naam: 'Directiesecretaris', schaal: 9, formatie: 1 }),
      ...[1, 2, 3].map(() => m.nieuweFunctie(d, { eenheid: directie, rol: 'medewerker', naam: 'Bestuursadviseur', schaal: 11, formatie: 1 })),
    )
    for (const [sector, s] of Object.entries(SECTOREN) as [Sector, (typeof SECTOREN)[Sector]][]) {
      sectoren[sector] = m.nieuweEenheid(d, eenheid(s.naam, 'directie', `sector-${sector}`, 'stadskantoor', s.omschrijving), directie)
      ids.concerndirecteuren[s.aandachtsgebied] = script(d, {
        eenheid: sectoren[sector], rol: 'concerndirecteur', naam: `Sectordirecteur ${s.naam.replace('Sector ', '')}`, schaal: 16, formatie: 1,
        aandachtsgebied: s.aandachtsgebied, leidinggevend: true,
      })
    }
    // seed 004: a minimale aanwezigheid van de gemeentesecretaris of loco-secretaris; the loco is the
    // (sector- then concern)directeur bedrijfsvoering, a stand-in role without fte of its own.
    const bv = [...m.functie(ids.concerndirecteuren.bedrijfsvoering).bezettingen][0]!
    m.bezet(d, bv.persoon_id, ids.gemeentesecretaris, { fte: 0, dienstverband: 'vast', vervanging: 'loco' })
    for (const def of TEAMS) team(d, def, sectoren[def.sector])
    m.synchroniseerLijnen(d)
  })
  tl.plan('2019-01-01', () => nieuweHoofdstructuur('2019-01-01'))
  tl.plan('2020-01-01', () => {
    // The bodes' posts lapse with the new servicepunt; whoever holds one leaves (vertrekregeling).
    for (const f of [...m.functies.values()]) if (f.versie.naam === 'Bode') m.hefFunctieOp('2020-01-01', f.id)
  })
  tl.plan('2020-06-01', () => {
    const d = '2020-06-01'
    const gs = m.functie(ids.gemeentesecretaris)
    m.beeindig(d, [...gs.bezettingen].find((b) => b.vervanging === null)!)
    m.bezet(d, personeel.nieuwePersoon(d), gs.id, { fte: 1, dienstverband: 'inhuur', vervanging: 'waarnemer', tot: '2020-10-01' })
  })
  tl.plan('2020-10-01', () => m.bezet('2020-10-01', personeel.nieuwePersoon('2020-10-01'), ids.gemeentesecretaris, { fte: 1, dienstverband: 'vast' }))
  tl.plan('2021-01-01', () => bundeling('2021-01-01'))
  tl.plan('2022-01-01', () => honingraat('2022-01-01'))
  tl.plan('2022-05-01', () => {
    // The Wet open overheid took effect on 1 May 2022: a Woo-contactpersoon in the concernstaf.
    m.nieuweFunctie('2022-05-01', { eenheid: concernstaf, rol: 'woo_contactpersoon', naam: 'Woo-contactpersoon', schaal: 10, formatie: 0.8 })
  })
  tl.plan('2023-01-01', () => splitsing('2023-01-01'))
  tl.plan('2024-01-01', () => {
    // The Omgevingswet took effect on 1 January 2024: more posts for vergunningverlening.
    const e = ids.teams.get('vergunningverlening')!
    for (let i = 0; i < 3; i++) m.nieuweFunctie('2024-01-01', { eenheid: e, rol: 'medewerker', naam: 'Vergunningverlener Omgevingswet', schaal: 10, formatie: 1 })
  })
  tl.plan(DEMO_START, () => personeel.vulAan(DEMO_START), 2)
  tl.maandelijks(plusMaanden(DEMO_START, 1), plusMaanden(DEMO_EIND, 1), (d) => personeel.tik(d))
  planToekomst(m, tl, ids)
  return ids

  function nieuweHoofdstructuur(d: string): void {
    m.wijziging(d, {
      titel: 'Nieuwe hoofdstructuur',
      toelichting: 'De algemene directie en de vier sectordirecteuren maken plaats voor een concerndirectie: de algemeen directeur (gemeentesecretaris) en concerndirecteuren met elk een eigen aandachtsgebied (bedrijfsvoering, economie, fysiek, sociaal) sturen de organisatie als geheel. Een concernstaf krijgt een kaderstellende en monitorende rol, de publieksdienstverlening wordt gebundeld in de uitvoeringsorganisatie Publiekszaken en een programmabureau ondersteunt het opgavegericht werken. De ondernemingsraad heeft positief geadviseerd (WOR art. 25 lid 1e).',
      vastgesteldOp: '2018-10-09T10:00:00Z',
    }, () => {
      ids.concerndirectie = m.nieuweEenheid(d, eenheid('Concerndirectie', 'concerndirectie', 'concerndirectie', 'stadhuis', 'Stuurt de gehele gemeentelijke organisatie strategisch aan en zorgt dat taken en onderdelen worden gebundeld of ontkoppeld waar de opgaven dat vragen.'))
      concernstaf = m.nieuweEenheid(d, eenheid('Concernstaf', 'concernstaf', 'concernstaf', 'stadhuis', 'Stelt kaders en monitort: planning en control, strategie, bestuursadvisering en integriteit.'), ids.concerndirectie)
      const publiekszaken = m.nieuweEenheid(d, eenheid('Publiekszaken', 'uitvoeringsorganisatie', 'publiekszaken', 'stadswinkel', 'Verleent de diensten aan inwoners en ondernemers: burgerzaken, klantcontact, belastingen en basisregistraties.'), ids.concerndirectie)
      programmabureau = m.nieuweEenheid(d, eenheid('Programmabureau', 'programmabureau', 'programmabureau', 'stadhuis', 'Ondersteunt de programma\'s waarin teams samen aan maatschappelijke opgaven werken.'), ids.concerndirectie)
      for (const s of Object.values(sectoren)) m.verplaatsEenheid(d, s, ids.concerndirectie)
      for (const def of TEAMS) if (def.domein === 'publiekszaken') m.verplaatsEenheid(d, ids.teams.get(def.sleutel)!, publiekszaken)
      m.verplaatsFunctie(d, ids.gemeentesecretaris, ids.concerndirectie)
      for (const f of staf) m.verplaatsFunctie(d, f, concernstaf)
      for (const [sector, s] of Object.entries(SECTOREN) as [Sector, (typeof SECTOREN)[Sector]][]) {
        const cd = ids.concerndirecteuren[s.aandachtsgebied]
        m.verplaatsFunctie(d, cd, ids.concerndirectie, { naam: `Concerndirecteur ${hoofdletter(s.aandachtsgebied)}`, leidinggevend: false })
        m.leiding.set(sectoren[sector], cd)
      }
      m.hefEenheidOp(d, directie)
      ids.concernmanager = script(d, { eenheid: ids.concerndirectie, rol: 'concernmanager', naam: 'Concernmanager', schaal: 15, formatie: 1 })
      m.concernmanager = ids.concernmanager
      // seed 004 (gemeentesecretaris, taak 5): hiërarchische leiding aan de concernmanager.
      m.functieLijn(d, 'hierarchisch', ids.concernmanager, ids.gemeentesecretaris, 'Hiërarchische leiding door de gemeentesecretaris/algemeen directeur')
      for (const g of GEBIEDEN) m.functieLijn(d, 'hierarchisch', ids.concerndirecteuren[g], ids.gemeentesecretaris)
      m.nieuweFunctie(d, { eenheid: ids.concerndirectie, rol: 'medewerker', naam: 'Managementassistent concerndirectie', schaal: 8, formatie: 1 })
      m.nieuweFunctie(d, { eenheid: concernstaf, rol: 'medewerker', naam: 'Integriteitscoördinator', schaal: 11, formatie: 0.8 })
      m.nieuweFunctie(d, { eenheid: concernstaf, rol: 'medewerker', naam: 'Adviseur organisatieontwikkeling', schaal: 11, formatie: 1 })
      script(d, { eenheid: publiekszaken, rol: 'teammanager', naam: 'Manager Publiekszaken', schaal: 14, formatie: 1, leidinggevend: true })
      // Programmamanagers answer to the concernmanager, ambtelijk opdrachtgever (seed 004, taak 3).
      for (const [naam, schaal] of [['Programmamanager Energietransitie', 14], ['Programmamanager Wonen', 13], ['Programmamanager Dienstverlening', 13]] as const) {
        const f = script(d, { eenheid: programmabureau, rol: 'programmamanager', naam, schaal, formatie: 1 })
        m.functieLijn(d, 'hierarchisch', f, ids.concernmanager)
      }
      for (let i = 0; i < 2; i++) m.nieuweFunctie(d, { eenheid: programmabureau, rol: 'medewerker', naam: 'Programmasecretaris', schaal: 10, formatie: 0.9 })
    })
  }

  function bundeling(d: string): void {
    m.wijziging(d, {
      titel: 'Bundeling teams inkoop en beheer openbare ruimte',
      toelichting: 'Inkoop en Contractbeheer gaan samen op in Inkoop en Contractmanagement, zodat een contract van aanbesteding tot evaluatie in één hand ligt. Beheer Groen en Beheer Wegen en Water vormen samen Beheer Openbare Ruimte, met één beheerplan voor de hele openbare ruimte. Per gebundeld team blijft één teammanagerfunctie; de andere teammanager wordt geplaatst als senior adviseur.',
      vastgesteldOp: '2020-10-13T10:00:00Z',
    }, () => {
      for (const [a, b, sleutel, naam, omschrijving, adres] of [
        ['inkoop', 'contractbeheer', 'inkoop-en-contractmanagement', 'Inkoop en Contractmanagement', 'Aanbesteding, inkoopadvies en contractmanagement.', 'stadskantoor'],
        ['beheer-groen', 'beheer-wegen', 'beheer-openbare-ruimte', 'Beheer Openbare Ruimte', 'Beheer van groen, wegen, bruggen, riolering en water.', 'werf'],
      ] as const) {
        const ouder = m.ouder(ids.teams.get(a)!)!
        const nieuw = m.voegSamen(d, [ids.teams.get(a)!, ids.teams.get(b)!], eenheid(naam, 'team', sleutel, adres, omschrijving), ouder)
        const blijft = teammanagers.get(a)!
        for (const p of m.hefFunctieOp(d, teammanagers.get(b)!)) {
          const f = m.nieuweFunctie(d, { eenheid: nieuw, rol: 'medewerker', naam: 'Senior adviseur', schaal: 12, formatie: 1 })
          m.bezet(d, p, f, { fte: 1, dienstverband: 'vast' })
        }
        m.wijzigFunctie(d, blijft, { naam: `Teammanager ${naam}` })
        for (const x of [a, b]) { ids.teams.delete(x); teammanagers.delete(x) }
        ids.teams.set(sleutel, nieuw)
        teammanagers.set(sleutel, blijft)
      }
    })
  }

  function honingraat(d: string): void {
    m.wijziging(d, {
      titel: 'Honingraatstructuur',
      toelichting: 'De sectoren worden opgeheven. Het hiërarchische sector-organogram maakt plaats voor een plattere en wendbare honingraatstructuur: de teams vallen onder vier domeinen, elk onder leiding van de concerndirecteur met dat aandachtsgebied, en werken via functionele lijnen samen over de grenzen van domeinen heen. Enkele teams wisselen van domein.',
      vastgesteldOp: '2021-09-14T10:00:00Z',
    }, () => {
      for (const g of GEBIEDEN) {
        ids.domeinen[g] = m.nieuweEenheid(d, eenheid(DOMEINEN[g].naam, 'domein', `domein-${g}`, 'stadskantoor', DOMEINEN[g].omschrijving), ids.concerndirectie)
        m.leiding.set(ids.domeinen[g], ids.concerndirecteuren[g])
      }
      for (const def of TEAMS) {
        const e = ids.teams.get(def.sleutel)
        if (e && def.domein !== 'publiekszaken') m.verplaatsEenheid(d, e, ids.domeinen[def.domein])
      }
      for (const [sleutel, domein] of [['inkoop-en-contractmanagement', 'bedrijfsvoering'], ['beheer-openbare-ruimte', 'fysiek']] as const) {
        m.verplaatsEenheid(d, ids.teams.get(sleutel)!, ids.domeinen[domein])
      }
      for (const s of Object.values(sectoren)) m.hefEenheidOp(d, s)
      const t = (s: string) => ids.teams.get(s)!
      m.eenheidLijn(d, t('wijkteams'), t('beleid-sociaal-domein'), 'Beleid stuurt de uitvoering in de wijken functioneel aan')
      m.eenheidLijn(d, t('toezicht'), t('vergunningverlening'), 'Eén VTH-keten: toezicht volgt de vergunning')
      m.eenheidLijn(d, t('sport'), ids.domeinen.sociaal, 'Sport als middel in het sociaal domein')
      m.eenheidLijn(d, t('grondzaken'), ids.domeinen.fysiek, 'Grondexploitaties volgen de ruimtelijke opgaven')
      m.eenheidLijn(d, t('basisregistraties'), t('geo-informatie'), 'BAG en BGT in samenhang')
      // seed 003: de concernstaf als kaderstellende en monitorende functie.
      m.eenheidLijn(d, t('planning-en-control'), concernstaf, 'De concernstaf stelt de kaders voor planning en control')
      // seed 001: Hengelo's Werken, a programme for the organisation's own development.
      const f = script(d, { eenheid: programmabureau, rol: 'programmamanager', naam: 'Programmamanager Voorbeeld Werkt', schaal: 13, formatie: 1 })
      m.functieLijn(d, 'hierarchisch', f, ids.concernmanager)
    })
  }

  function splitsing(d: string): void {
    m.wijziging(d, {
      titel: 'Splitsing Wijkteams',
      toelichting: 'Het team Wijkteams is met ruim veertig medewerkers te groot geworden voor één teammanager. Het wordt ontkoppeld in Wijkteam Noord en Wijkteam Zuid, elk met een eigen teammanager, zodat de teams dichter bij hun wijken staan.',
      vastgesteldOp: '2022-10-11T10:00:00Z',
    }, () => {
      const wt = ids.teams.get('wijkteams')!
      const tm = teammanagers.get('wijkteams')!
      const rest = [...m.eenheid(wt).functies].filter((f) => f !== tm)
      const [noord, zuid] = m.splits(d, wt, [
        { naam: 'Wijkteam Noord', soort: 'team', email: `wijkteam-noord@${DEMO_DOMEIN}`, omschrijving: 'Het wijkteam voor de wijken ten noorden van het spoor.', functies: [tm, ...rest.filter((_, i) => i % 2 === 0)] },
        { naam: 'Wijkteam Zuid', soort: 'team', email: `wijkteam-zuid@${DEMO_DOMEIN}`, omschrijving: 'Het wijkteam voor de wijken ten zuiden van het spoor.', functies: rest.filter((_, i) => i % 2 === 1) },
      ]) as [string, string]
      m.wijzigFunctie(d, tm, { naam: 'Teammanager Wijkteam Noord' })
      m.nieuweFunctie(d, { eenheid: zuid, rol: 'teammanager', naam: 'Teammanager Wijkteam Zuid', schaal: 12, formatie: 1, leidinggevend: true })
      ids.teams.delete('wijkteams')
      ids.teams.set('wijkteam-noord', noord)
      ids.teams.set('wijkteam-zuid', zuid)
    })
  }
}
