// A synthetic organisation of any size, in memory, for the layout tests and the benchmark: a
// concerndirectie, directies, afdelingen and teams over 5–6 levels with a realistic, uneven
// fan-out, Dutch unit names of realistic length, and a few functional lines. Seeded: the same
// size always gives the same tree.
import type { EenheidSoort } from '../../db/schema.ts'
import type { OrganogramKnoop, OrganogramLijnInvoer } from './zichtbaar.ts'

const SOORTEN: EenheidSoort[] = ['concerndirectie', 'directie', 'afdeling', 'team', 'team', 'team']
const ONDERWERPEN = [
  'Publiekszaken', 'Vergunningverlening, Toezicht en Handhaving', 'Ruimtelijke Ontwikkeling', 'Werk en Inkomen',
  'Jeugd en Onderwijs', 'Informatievoorziening', 'Financiën', 'HRM', 'Openbare Ruimte', 'Wonen',
  'Economische Zaken', 'Maatschappelijke Ondersteuning', 'Bestuursondersteuning', 'Juridische Zaken',
  'Communicatie', 'Inkoop', 'Facilitaire Zaken', 'Belastingen', 'Veiligheid', 'Duurzaamheid en Energietransitie',
]
/** Mean number of children per level: directies, afdelingen, teams, sub-teams. */
const UITWAAIER = [9, 6, 6, 5, 4]

function prng(seed: number) {
  let s = seed >>> 0
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hex = (n: number) => n.toString(16).padStart(12, '0')
const uuid = (n: number) => `00000000-0000-4000-8000-${hex(n)}`

export function synthetischeBoom(aantal: number, seed = 42): { knopen: OrganogramKnoop[]; lijnen: OrganogramLijnInvoer[] } {
  const random = prng(seed)
  const knopen: OrganogramKnoop[] = [{ id: uuid(0), naam: 'Concerndirectie', soort: 'concerndirectie', bovenEenheidId: null }]
  let niveau = [knopen[0]!]
  for (let d = 0; knopen.length < aantal; d++) {
    const volgende: OrganogramKnoop[] = []
    // Past the fan-out table, keep adding one level of small teams until the size is reached.
    const gemiddeld = UITWAAIER[Math.min(d, UITWAAIER.length - 1)]!
    for (const ouder of niveau) {
      const n = Math.max(1, Math.round(gemiddeld * (0.4 + 1.2 * random())))
      for (let i = 0; i < n && knopen.length < aantal; i++) {
        const onderwerp = ONDERWERPEN[Math.floor(random() * ONDERWERPEN.length)]!
        const soort = SOORTEN[Math.min(d + 1, SOORTEN.length - 1)]!
        const k = { id: uuid(knopen.length), naam: `${soort[0]!.toUpperCase()}${soort.slice(1)} ${onderwerp} ${knopen.length}`, soort, bovenEenheidId: ouder.id }
        knopen.push(k)
        volgende.push(k)
      }
    }
    niveau = volgende
  }
  // About one functional line per 200 eenheden, from anywhere to a directie or afdeling (matrix steering, seed 004).
  const lijnen: OrganogramLijnInvoer[] = []
  for (let i = 0; i < Math.floor(aantal / 200); i++) {
    const van = knopen[1 + Math.floor(random() * (knopen.length - 1))]!
    const naar = knopen[1 + Math.floor(random() * Math.min(60, knopen.length - 1))]!
    if (van !== naar) lijnen.push({ soort: 'functioneel', eenheidId: van.id, bovenEenheidId: naar.id, omschrijving: 'functionele aansturing' })
  }
  return { knopen, lijnen }
}
