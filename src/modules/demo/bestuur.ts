// The bestuur, organised like the ambtelijke organisatie: the gemeenteraad (bestuursorgaan) with its
// fracties (hierarchically under the raad) holding the raadszetels, the griffie under the raad, and
// the college van burgemeester en wethouders with dated portefeuilles. Raadsperiodes follow the real
// Dutch municipal election calendar (every four years in March); the college is formed some weeks
// later. Seats change per election, fracties appear and disappear, raadsleden step down mid-term.
import type { OrgModel } from './model.ts'
import type { Personeel } from './personeel.ts'
import { plusMaanden, type Rng } from './prng.ts'
import type { BezettingRij, PortefeuilleRij } from './rijen.ts'
import type { Tijdlijn } from './tijdlijn.ts'

type Fractie = 'lokaal' | 'liberaal' | 'christelijk' | 'sociaal' | 'groen' | 'democratisch' | 'dorpen' | 'vooruit'

const FRACTIENAMEN: Record<Fractie, (plaats: string) => string> = {
  lokaal: (p) => `Lokaal ${p}`,
  liberaal: (p) => `Liberaal ${p}`,
  christelijk: (p) => `Christelijk ${p}`,
  sociaal: (p) => `Sociaal ${p}`,
  groen: (p) => `Groen ${p}`,
  democratisch: (p) => `Democratisch ${p}`,
  dorpen: () => 'Dorpenlijst',
  vooruit: (p) => `${p} Vooruit`,
}

/** 29 seats each period; Dorpenlijst leaves the raad in 2022, Vooruit enters. */
const RAADSPERIODES: readonly { installatie: string; college: string; zetels: Partial<Record<Fractie, number>> }[] = [
  { installatie: '2014-03-27', college: '2014-05-08', zetels: { lokaal: 7, liberaal: 5, christelijk: 5, sociaal: 4, groen: 3, democratisch: 3, dorpen: 2 } },
  { installatie: '2018-03-29', college: '2018-05-03', zetels: { lokaal: 8, liberaal: 5, christelijk: 4, sociaal: 3, groen: 4, democratisch: 3, dorpen: 2 } },
  { installatie: '2022-03-31', college: '2022-06-02', zetels: { lokaal: 7, liberaal: 5, christelijk: 3, sociaal: 3, groen: 5, democratisch: 2, vooruit: 4 } },
  { installatie: '2026-03-26', college: '2026-06-04', zetels: { lokaal: 8, liberaal: 4, christelijk: 3, sociaal: 3, groen: 4, democratisch: 3, vooruit: 4 } },
]

const WETHOUDERS = 5
/** Spread over the wethouders 3-3-3-2-2 each college period. */
const PORTEFEUILLES = [
  'Financiën', 'Wonen', 'Zorg en Welzijn', 'Onderwijs', 'Economie', 'Mobiliteit', 'Duurzaamheid en Energietransitie', 'Jeugd',
  'Werk en Inkomen', 'Sport en Cultuur', 'Ruimtelijke Ordening', 'Openbare Ruimte', 'Dienstverlening en Digitalisering',
]
const PORTEFEUILLES_BURGEMEESTER = ['Openbare orde en veiligheid', 'Bestuurlijke zaken en communicatie', 'Regionale samenwerking']
const NIEUWE_BURGEMEESTER = '2021-01-15'

export interface BestuurOpties {
  start: string
  /** Mid-term changes are only generated before this date (the future is not known). */
  eind: string
  plaats: string
  domein: string
  bezoekadres: string
  postadres: string
  telefoon: string
}

export interface Bestuur {
  raad: string
  college: string
  griffie: string
  burgemeester: string
  wethouders: string[]
}

export function bouwBestuur(m: OrgModel, tl: Tijdlijn, rng: Rng, personeel: Personeel, o: BestuurOpties): Bestuur {
  const b = {} as Bestuur
  const fracties = new Map<Fractie, { eenheid: string; zetels: string[]; voorzitter: string; leden: BezettingRij[]; vz: BezettingRij | null }>()
  let wethouderBezettingen: BezettingRij[] = []
  let wethouderPortefeuilles: PortefeuilleRij[] = []
  let loco: BezettingRij | null = null
  let burgemeesterBezetting: BezettingRij | null = null
  const contact = (naam: string, adres: string) => ({ email: `${adres}@${o.domein}`, telefoon: o.telefoon, bezoekadres: o.bezoekadres, postadres: o.postadres, omschrijving: naam })
  const bestuurlijk = { fte: 0, dienstverband: 'bestuurlijk' as const }

  function nieuweRaad(d: string, zetels: Partial<Record<Fractie, number>>, volgende: string | undefined): void {
    const vorige = new Map<Fractie, string[]>()
    for (const [sleutel, fr] of fracties) {
      vorige.set(sleutel, fr.leden.map((l) => l.persoon_id))
      for (const l of fr.leden) m.beeindig(d, l)
      if (fr.vz) m.beeindig(d, fr.vz)
      if (!zetels[sleutel]) {
        for (const f of [...fr.zetels, fr.voorzitter]) m.hefFunctieOp(d, f)
        m.hefEenheidOp(d, fr.eenheid)
        fracties.delete(sleutel)
      }
    }
    for (const [sleutel, aantal] of Object.entries(zetels) as [Fractie, number][]) {
      let fr = fracties.get(sleutel)
      if (!fr) {
        const naam = FRACTIENAMEN[sleutel](o.plaats)
        const eenheid = m.nieuweEenheid(d, { naam, soort: 'fractie', ...contact(`Fractie ${naam} in de gemeenteraad.`, `fractie.${sleutel}`) }, b.raad)
        const voorzitter = m.nieuweFunctie(d, { eenheid, rol: 'fractievoorzitter', naam: `Fractievoorzitter ${naam}`, schaal: null, formatie: 0, leidinggevend: true, beheer: 'script' })
        fr = { eenheid, zetels: [], voorzitter, leden: [], vz: null }
        fracties.set(sleutel, fr)
      }
      while (fr.zetels.length > aantal) m.hefFunctieOp(d, fr.zetels.pop()!)
      while (fr.zetels.length < aantal) {
        fr.zetels.push(m.nieuweFunctie(d, { eenheid: fr.eenheid, rol: 'raadslid', naam: 'Raadslid', schaal: null, formatie: 0, beheer: 'script' }))
      }
      const herkiesbaar = vorige.get(sleutel) ?? []
      const huidig = fr
      huidig.leden = huidig.zetels.map((f, i) => {
        const persoon = herkiesbaar[i] && rng.kans(0.55) ? herkiesbaar[i]! : personeel.nieuwePersoon(d)
        return m.bezet(d, persoon, f, bestuurlijk)
      })
      huidig.vz = m.bezet(d, huidig.leden[0]!.persoon_id, huidig.voorzitter, bestuurlijk)
      // A raadslid who steps down mid-term is succeeded by the next candidate on the list.
      for (let i = 1; i < huidig.zetels.length; i++) {
        const datum = plusMaanden(d.slice(0, 8) + '01', rng.int(4, 44))
        if (!rng.kans(0.12) || datum >= (volgende ?? '9999-12-31') || datum >= o.eind) continue
        tl.plan(datum, () => {
          m.beeindig(datum, huidig.leden[i]!)
          huidig.leden[i] = m.bezet(datum, personeel.nieuwePersoon(datum), huidig.zetels[i]!, bestuurlijk)
        }, 1)
      }
    }
  }

  function nieuwCollege(d: string): void {
    const vorige = wethouderBezettingen.map((w) => w.persoon_id)
    for (const w of wethouderBezettingen) m.beeindig(d, w)
    for (const p of wethouderPortefeuilles) m.sluitPortefeuille(d, p)
    if (loco) m.beeindig(d, loco)
    wethouderBezettingen = b.wethouders.map((f, i) => {
      const persoon = vorige[i] && rng.kans(0.35) ? vorige[i]! : personeel.nieuwePersoon(d)
      return m.bezet(d, persoon, f, { fte: 1, dienstverband: 'bestuurlijk' })
    })
    const verdeling = rng.schud([...PORTEFEUILLES])
    const aantallen = [3, 3, 3, 2, 2]
    wethouderPortefeuilles = b.wethouders.flatMap((f, i) => verdeling.splice(0, aantallen[i]!).map((naam) => m.portefeuille(d, f, naam)))
    // The locoburgemeester: a wethouder who stands in for the burgemeester; no fte of its own.
    loco = m.bezet(d, wethouderBezettingen[0]!.persoon_id, b.burgemeester, { fte: 0, dienstverband: 'bestuurlijk', vervanging: 'loco' })
  }

  const eerste = Math.max(0, RAADSPERIODES.findLastIndex((p) => p.installatie <= o.start))
  tl.plan(o.start, () => {
    const d = o.start
    b.raad = m.nieuweEenheid(d, { naam: 'Gemeenteraad', soort: 'bestuursorgaan', ...contact('Het hoogste bestuursorgaan van de gemeente: stelt kaders, controleert het college en vertegenwoordigt de inwoners.', 'raad') })
    b.college = m.nieuweEenheid(d, { naam: 'College van burgemeester en wethouders', soort: 'bestuursorgaan', ...contact('Het dagelijks bestuur van de gemeente.', 'college') })
    b.griffie = m.nieuweEenheid(d, { naam: 'Griffie', soort: 'griffie', ...contact('Ondersteunt en adviseert de gemeenteraad, de commissies en de fracties.', 'griffie') }, b.raad)
    b.burgemeester = m.nieuweFunctie(d, { eenheid: b.college, rol: 'burgemeester', naam: 'Burgemeester', schaal: null, formatie: 0, leidinggevend: true, beheer: 'script' })
    b.wethouders = Array.from({ length: WETHOUDERS }, () =>
      m.nieuweFunctie(d, { eenheid: b.college, rol: 'wethouder', naam: 'Wethouder', schaal: null, formatie: 0, beheer: 'script' }))
    const griffier = m.nieuweFunctie(d, { eenheid: b.griffie, rol: 'griffier', naam: 'Griffier', schaal: 14, formatie: 1, leidinggevend: true, beheer: 'script' })
    m.bezet(d, personeel.nieuwePersoon(d), griffier, { fte: 1, dienstverband: 'vast' })
    for (const [naam, schaal] of [['Raadsadviseur', 11], ['Commissiegriffier', 10], ['Medewerker griffie', 8]] as const) {
      m.nieuweFunctie(d, { eenheid: b.griffie, rol: 'medewerker', naam, schaal, formatie: 1 })
    }
    burgemeesterBezetting = m.bezet(d, personeel.nieuwePersoon(d), b.burgemeester, { fte: 1, dienstverband: 'bestuurlijk' })
    for (const p of PORTEFEUILLES_BURGEMEESTER) m.portefeuille(d, b.burgemeester, p)
    nieuweRaad(d, RAADSPERIODES[eerste]!.zetels, RAADSPERIODES[eerste + 1]?.installatie)
    nieuwCollege(d)
  }, 1)
  RAADSPERIODES.forEach((p, i) => {
    const volgende = RAADSPERIODES[i + 1]?.installatie
    if (p.installatie > o.start) tl.plan(p.installatie, () => nieuweRaad(p.installatie, p.zetels, volgende), 1)
    if (p.college > o.start) tl.plan(p.college, () => nieuwCollege(p.college), 1)
  })
  // A burgemeester is appointed by the Crown for six years; this one is succeeded in 2021.
  if (NIEUWE_BURGEMEESTER > o.start) {
    tl.plan(NIEUWE_BURGEMEESTER, () => {
      m.beeindig(NIEUWE_BURGEMEESTER, burgemeesterBezetting!)
      burgemeesterBezetting = m.bezet(NIEUWE_BURGEMEESTER, personeel.nieuwePersoon(NIEUWE_BURGEMEESTER), b.burgemeester, { fte: 1, dienstverband: 'bestuurlijk' })
    }, 1)
  }
  return b
}
