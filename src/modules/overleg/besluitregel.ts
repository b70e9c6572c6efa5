// How a body decides (issue 6). Pure, so the rules are tested on their own.
// - Quorum: at least `quorum` voting members (voorzitter and leden) present, else no besluit
//   (Gemeentewet art. 20 lid 1 for the raad: more than half of the members).
// - Majority of the votes cast (onthoudingen do not count).
// - A tie: with besluitregel 'meerderheid_voorzitter_beslist' the chair's vote decides (seed 004,
//   directieteam: "bij staken van stemmen beslist de voorzitter"); otherwise the item is aangehouden,
//   as the raad then votes again at its next meeting (Gemeentewet art. 32 lid 1).
export type Keuze = 'voor' | 'tegen' | 'onthouding'
export type Besluitregel = 'meerderheid' | 'meerderheid_voorzitter_beslist'

export interface Stemming {
  besluitregel: Besluitregel
  quorum: number | null
  aanwezigeStemgerechtigden: number
  voorzitterId: string | null
  stemmen: ReadonlyArray<{ persoonId: string; keuze: Keuze }>
}

export type Uitslag =
  | { besluit: true; uitkomst: 'aangenomen' | 'verworpen' | 'aangehouden'; voor: number; tegen: number; onthoudingen: number; doorslagVoorzitter: boolean }
  | { besluit: false; reden: string }

export function stemuitslag(s: Stemming): Uitslag {
  if (s.quorum !== null && s.aanwezigeStemgerechtigden < s.quorum) {
    return { besluit: false, reden: `Het quorum is niet gehaald: ${s.aanwezigeStemgerechtigden} van de ten minste ${s.quorum} stemgerechtigden aanwezig. Er is geen besluit.` }
  }
  const voor = s.stemmen.filter((x) => x.keuze === 'voor').length
  const tegen = s.stemmen.filter((x) => x.keuze === 'tegen').length
  const onthoudingen = s.stemmen.filter((x) => x.keuze === 'onthouding').length
  if (voor === 0 && tegen === 0) return { besluit: false, reden: 'Er zijn geen stemmen voor of tegen uitgebracht.' }
  const basis = { besluit: true as const, voor, tegen, onthoudingen }
  if (voor > tegen) return { ...basis, uitkomst: 'aangenomen', doorslagVoorzitter: false }
  if (tegen > voor) return { ...basis, uitkomst: 'verworpen', doorslagVoorzitter: false }
  if (s.besluitregel === 'meerderheid_voorzitter_beslist') {
    const stem = s.stemmen.find((x) => x.persoonId === s.voorzitterId)?.keuze
    if (stem === 'voor') return { ...basis, uitkomst: 'aangenomen', doorslagVoorzitter: true }
    if (stem === 'tegen') return { ...basis, uitkomst: 'verworpen', doorslagVoorzitter: true }
    return { besluit: false, reden: 'De stemmen staken en de voorzitter heeft niet voor of tegen gestemd; de voorzitter beslist bij staking.' }
  }
  return { ...basis, uitkomst: 'aangehouden', doorslagVoorzitter: false }
}
