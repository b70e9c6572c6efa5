// Organisations of any size for benchmarks (`npm run bench`): the same engine as the demo (OrgModel,
// staff simulation, bestuur, bulk write), driven by numbers instead of a story. A concerndirectie with
// a concernstaf and domeinen, then a tree of directies, afdelingen and teams down to 5–6 levels, a
// leidinggevend functie per eenheid below the domeinen, and medewerker posts mostly in the teams.
// Every year brings a reorganisation (bundles, splits, moves, renames) as a vastgestelde wijziging,
// and staff turnover runs month by month. Same options and seed → same organisation, ids included.
import type { Db } from '../../db/database.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { ensureRoltypen } from '../roltypen/roltypen-catalogus.ts'
import { bouwBestuur } from './bestuur.ts'
import { DEMO_EIND, FORMATIES, TEAMS } from './demo-data.ts'
import { OrgModel, type EenheidGegevens, type FunctieGegevens } from './model.ts'
import { Namen } from './namen.ts'
import { schrijfModel, voegOrganisatieIn, type Geschreven } from './opslaan.ts'
import { Personeel } from './personeel.ts'
import { hashTekst, plusMaanden, Rng } from './prng.ts'
import { Tijdlijn } from './tijdlijn.ts'

export interface GeneratorOpties {
  naam: string
  /** ROO-style code (gm…); also seeds the ids, so two organisations never share one. */
  organisatiecode: string
  /** Eenheden in the ambtelijke organisatie today (about; bestuur comes on top). */
  eenheden: number
  /** Personen with a bezetting today (about); leavers over the years come on top. */
  personen: number
  jaren: number
  seed: number
  /** The last simulated month; default the demo's, so results do not depend on the day of the run. */
  tot?: string
}

export interface GeneratorResultaat {
  organisatieId: string
  geschreven: Geschreven
}

const DOMEINEN = ['Bedrijfsvoering', 'Economie', 'Fysiek', 'Sociaal', 'Dienstverlening', 'Veiligheid', 'Onderwijs en Cultuur', 'Wonen']
const ONDERDELEN = ['Beleid', 'Uitvoering', 'Ontwikkeling', 'Beheer', 'Advies', 'Dienstverlening', 'Projecten', 'Ondersteuning', 'Regie', 'Realisatie']
const VAKKEN = TEAMS.map((t) => t.naam)
const FUNCTIES = TEAMS.flatMap((t) => t.functies)

export async function generateOrganisatie(db: Db, o: GeneratorOpties): Promise<GeneratorResultaat> {
  const tot = o.tot ?? DEMO_EIND
  const start = `${Number(tot.slice(0, 4)) - o.jaren}-01-01`
  const seed = (o.seed ^ hashTekst(o.organisatiecode)) >>> 0
  const rng = new Rng(seed)
  const ids = new Rng(seed ^ 0x5eed1d5)
  const domein = `${o.organisatiecode}.example`
  const plaats = o.naam.replace(/^Gemeente /, '')
  const code = /^gm(\d{4})$/.exec(o.organisatiecode)?.[1]

  return db.transaction().execute(async (tx) => {
    const organisatieId = ids.uuid()
    await voegOrganisatieIn(tx, {
      id: organisatieId, naam: o.naam, soort: 'gemeente', organisatiecode: o.organisatiecode,
      tooi_uri: code ? `https://identifier.overheid.nl/tooi/id/gemeente/${o.organisatiecode}` : null, cbs_code: code ?? null,
      website: `https://www.${domein}`, email: `info@${domein}`, telefoon: '14 0999', bezoekadres: `Raadhuisplein 1, ${plaats}`,
      geldig_van: start, geldig_tot: null,
    })
    const m = new OrgModel(organisatieId, await ensureRoltypen(tx, organisatieId), ids)
    const tl = new Tijdlijn()
    const personeel = new Personeel(m, rng, new Namen(rng, domein))
    bouwStructuur(m, tl, rng, personeel, o, start, domein)
    for (let jaar = Number(start.slice(0, 4)) + 1; `${jaar}-01-01` <= tot; jaar++) {
      tl.plan(`${jaar}-01-01`, () => reorganiseer(m, rng, `${jaar}-01-01`, Math.max(1, Math.round(o.eenheden / 250))))
    }
    tl.plan(start, () => personeel.vulAan(start), 2)
    tl.maandelijks(plusMaanden(start, 1), plusMaanden(tot, 1), (d) => personeel.tik(d))
    bouwBestuur(m, tl, rng, personeel, { start, eind: tot, plaats, domein, bezoekadres: `Raadhuisplein 1, ${plaats}`, postadres: `Postbus 1, ${plaats}`, telefoon: '14 0999' })
    tl.draai()
    const geschreven = await schrijfModel(tx, m)
    await recordAuditEvent(tx, {
      organisatieId, actor: 'systeem', handeling: 'organisatie.genereren', objectType: 'organisatie', objectId: organisatieId,
      na: { ...o, ...geschreven },
    })
    return { organisatieId, geschreven }
  })
}

/** The initial tree on the start date. */
function bouwStructuur(m: OrgModel, tl: Tijdlijn, rng: Rng, personeel: Personeel, o: GeneratorOpties, d: string, domein: string): void {
  tl.plan(d, () => {
    let nr = 0
    const gegevens = (naam: string, soort: EenheidGegevens['soort']): EenheidGegevens => {
      const sleutel = `${naam.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++nr}`
      return { naam, soort, email: `${sleutel}@${domein}`, telefoon: `14 0999 (${nr})`, bezoekadres: 'Stadskantoor', omschrijving: `${naam}.` }
    }
    /** A post held by the same person throughout (the top), or — with beheer 'simulatie' — by turnover. */
    const post = (eenheid: string, rol: string, naam: string, schaal: number, extra: Partial<FunctieGegevens> = {}) => {
      const f = m.nieuweFunctie(d, { eenheid, rol, naam, schaal, formatie: 1, beheer: 'script', ...extra })
      if (m.functie(f).beheer === 'script') m.bezet(d, personeel.nieuwePersoon(d), f, { fte: 1, dienstverband: 'vast' })
      return f
    }
    const cd = m.nieuweEenheid(d, gegevens('Concerndirectie', 'concerndirectie'))
    const gs = post(cd, 'gemeentesecretaris', 'Gemeentesecretaris/algemeen directeur', 17, { leidinggevend: true })
    const cm = post(cd, 'concernmanager', 'Concernmanager', 15)
    m.concernmanager = cm
    m.functieLijn(d, 'hierarchisch', cm, gs)
    const staf = m.nieuweEenheid(d, gegevens('Concernstaf', 'concernstaf'), cd)
    for (const [rol, naam, schaal] of [['concerncontroller', 'Concerncontroller', 14], ['strategisch_adviseur', 'Strategisch adviseur', 14], ['medewerker', 'Bestuursadviseur', 11], ['medewerker', 'Bestuursadviseur', 11]] as const) {
      m.nieuweFunctie(d, { eenheid: staf, rol, naam, schaal, formatie: 1 })
    }
    const aantalDomeinen = Math.min(DOMEINEN.length, Math.max(3, Math.round(Math.sqrt(o.eenheden) / 8)))
    let niveau: string[] = []
    for (const naam of DOMEINEN.slice(0, aantalDomeinen)) {
      const e = m.nieuweEenheid(d, gegevens(`Domein ${naam}`, 'domein'), cd)
      const f = post(cd, 'concerndirecteur', `Concerndirecteur ${naam}`, 16, { aandachtsgebied: naam.toLowerCase() })
      m.functieLijn(d, 'hierarchisch', f, gs)
      m.leiding.set(e, f) // as in the demo: the concerndirecteur leads the domein from the concerndirectie
      niveau.push(e)
    }
    // Levels 3…L grow geometrically so that their sizes add up to the requested number of eenheden
    // (less the top and an allowance for the bestuur, which bouwBestuur adds).
    const rest = Math.max(aantalDomeinen, o.eenheden - 2 - aantalDomeinen - 10)
    const lagen = o.eenheden >= 500 ? 4 : o.eenheden >= 60 ? 3 : 2
    let g = 1
    for (let lo = 0.5, hi = 50, i = 0; i < 60; i++) {
      g = (lo + hi) / 2
      let som = 0
      for (let k = 1, s = aantalDomeinen; k <= lagen; k++) som += (s *= g)
      if (som > rest) hi = g
      else lo = g
    }
    const alle: { id: string; niveau: number }[] = []
    for (let k = 1, s = aantalDomeinen; k <= lagen; k++) {
      s *= g
      const aantal = k === lagen ? Math.max(0, rest - alle.length) : Math.max(niveau.length, Math.round(s))
      const volgende: string[] = []
      for (let i = 0; i < aantal; i++) {
        const ouder = i < niveau.length ? niveau[i]! : rng.kies(niveau)
        const id = m.nieuweEenheid(d, gegevens(rng.kies(k === lagen ? VAKKEN : ONDERDELEN), 'team'), ouder)
        volgende.push(id)
        alle.push({ id, niveau: k })
      }
      niveau = volgende
    }
    // Leaves are teams; the eenheden above them are directies (first level) or afdelingen.
    for (const { id, niveau: k } of alle) {
      const e = m.eenheid(id)
      const naam = e.versie.naam
      if (e.kinderen.size > 0) {
        const soort = k === 1 ? 'directie' : 'afdeling'
        m.wijzigEenheid(d, id, { soort, naam: soort === 'directie' ? `Directie ${naam}` : `Afdeling ${naam}` })
        post(id, 'teammanager', soort === 'directie' ? `Directeur ${naam}` : `Afdelingsmanager ${naam}`, soort === 'directie' ? 15 : 14, { leidinggevend: true, beheer: 'simulatie' })
      } else {
        post(id, 'teammanager', `Teammanager ${naam}`, rng.int(12, 13), { leidinggevend: true, beheer: 'simulatie' })
      }
    }
    // Medewerker posts: about personen / occupancy, nine in ten in teams, weighted per eenheid.
    const leiding = alle.length + aantalDomeinen + 2
    const posten = Math.max(0, Math.round((o.personen - leiding * 0.95 - 45) / 0.89))
    const gewichten = alle.map(({ id }) => (m.eenheid(id).kinderen.size > 0 ? 0.15 : 0.5 + rng.getal()))
    const cumulatief: number[] = []
    gewichten.reduce((s, w, i) => (cumulatief[i] = s + w), 0)
    const totaal = cumulatief[cumulatief.length - 1] ?? 0
    for (let i = 0; i < posten && totaal > 0; i++) {
      const r = rng.getal() * totaal
      let lo = 0
      for (let hi = cumulatief.length - 1; lo < hi;) {
        const mid = (lo + hi) >> 1
        if (cumulatief[mid]! > r) hi = mid
        else lo = mid + 1
      }
      const [naam, schaal] = rng.kies(FUNCTIES)
      m.nieuweFunctie(d, { eenheid: alle[lo]!.id, rol: 'medewerker', naam, schaal, formatie: rng.kiesGewogen(FORMATIES) })
    }
    // A few functional lines across the tree (the honeycomb of seed 001).
    for (let i = 0; i < Math.round(o.eenheden / 50); i++) {
      const a = rng.kies(alle).id
      const b = rng.kies(alle).id
      if (a !== b && m.ouder(a) !== b && m.ouder(b) !== a) m.eenheidLijn(d, a, b, 'Functionele aansturing')
    }
    m.synchroniseerLijnen(d)
  })
}

/** One year's reorganisation: a few bundles, splits, moves and renames among the teams. */
function reorganiseer(m: OrgModel, rng: Rng, d: string, aantal: number): void {
  m.wijziging(d, {
    titel: `Organisatiewijziging ${d.slice(0, 4)}`,
    toelichting: 'Jaarlijkse bijstelling van de teamindeling: teams worden gebundeld, ontkoppeld, verplaatst of hernoemd waar de opgaven daarom vragen.',
    vastgesteldOp: `${Number(d.slice(0, 4)) - 1}-10-01T10:00:00Z`,
  }, () => {
    for (let i = 0; i < aantal; i++) {
      const teams = [...m.eenheden.values()].filter((e) => e.versie.soort === 'team' && e.kinderen.size === 0 && e.ouderLijn)
      if (teams.length < 4) return
      const t = rng.kies(teams)
      const leider = () => [...t.functies].find((f) => m.functie(f).versie.leidinggevend)
      const soort = rng.kiesGewogen([['bundelen', 3], ['splitsen', 3], ['verplaatsen', 2], ['hernoemen', 2]] as const)
      const ouder = m.ouder(t.id)!
      if (soort === 'bundelen') {
        const u = teams.find((x) => x !== t && m.ouder(x.id) === ouder)
        if (!u) continue
        const weg = [...u.functies].find((f) => m.functie(f).versie.leidinggevend)
        const nieuw = m.voegSamen(d, [t.id, u.id], { naam: t.versie.naam, soort: 'team' }, ouder)
        if (weg) for (const p of m.hefFunctieOp(d, weg)) m.bezet(d, p, m.nieuweFunctie(d, { eenheid: nieuw, rol: 'medewerker', naam: 'Senior adviseur', schaal: 12, formatie: 1 }), { fte: 1, dienstverband: 'vast' })
      } else if (soort === 'splitsen' && t.functies.size >= 8) {
        const tm = leider()
        const rest = [...t.functies].filter((f) => f !== tm)
        const [, tweede] = m.splits(d, t.id, [
          { naam: `${t.versie.naam} Noord`, soort: 'team', functies: [...(tm ? [tm] : []), ...rest.filter((_, j) => j % 2 === 0)] },
          { naam: `${t.versie.naam} Zuid`, soort: 'team', functies: rest.filter((_, j) => j % 2 === 1) },
        ]) as [string, string]
        m.nieuweFunctie(d, { eenheid: tweede, rol: 'teammanager', naam: `Teammanager ${t.versie.naam} Zuid`, schaal: 12, formatie: 1, leidinggevend: true })
      } else if (soort === 'verplaatsen') {
        const niveau = m.eenheid(ouder).versie.soort
        const doelen = [...m.eenheden.values()].filter((e) => e.id !== ouder && e.versie.soort === niveau && e.kinderen.size > 0)
        if (doelen.length > 0) m.verplaatsEenheid(d, t.id, rng.kies(doelen).id)
      } else if (soort === 'hernoemen') {
        m.hernoemEenheid(d, t.id, `${rng.kies(VAKKEN)} ${rng.kies(ONDERDELEN)}`)
      }
    }
  })
}
