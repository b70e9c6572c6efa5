import { describe, expect, it } from 'vitest'
import { stemuitslag, type Keuze } from './besluitregel.ts'

const stemmen = (...k: Keuze[]) => k.map((keuze, i) => ({ persoonId: `p${i}`, keuze }))

describe('stemuitslag', () => {
  it('lets the chair’s vote decide a tie when the besluitregel says so (seed 004, DT)', () => {
    const s = { besluitregel: 'meerderheid_voorzitter_beslist' as const, quorum: 3, aanwezigeStemgerechtigden: 4, voorzitterId: 'p0' }
    expect(stemuitslag({ ...s, stemmen: stemmen('voor', 'voor', 'tegen', 'tegen') })).toMatchObject({ besluit: true, uitkomst: 'aangenomen', doorslagVoorzitter: true, voor: 2, tegen: 2 })
    expect(stemuitslag({ ...s, stemmen: stemmen('tegen', 'voor', 'voor', 'tegen') })).toMatchObject({ uitkomst: 'verworpen', doorslagVoorzitter: true })
    expect(stemuitslag({ ...s, stemmen: stemmen('voor', 'voor', 'voor', 'tegen') })).toMatchObject({ uitkomst: 'aangenomen', doorslagVoorzitter: false })
    expect(stemuitslag({ ...s, stemmen: stemmen('onthouding', 'voor', 'tegen') })).toMatchObject({ besluit: false })
  })

  it('holds a tied item over without a casting vote (Gemeentewet art. 32)', () => {
    expect(stemuitslag({ besluitregel: 'meerderheid', quorum: null, aanwezigeStemgerechtigden: 4, voorzitterId: 'p0', stemmen: stemmen('voor', 'tegen', 'onthouding', 'voor', 'tegen') }))
      .toMatchObject({ besluit: true, uitkomst: 'aangehouden', onthoudingen: 1 })
  })

  it('gives no besluit when the quorum is not met', () => {
    const u = stemuitslag({ besluitregel: 'meerderheid', quorum: 5, aanwezigeStemgerechtigden: 4, voorzitterId: null, stemmen: stemmen('voor', 'voor', 'voor', 'voor') })
    expect(u).toEqual({ besluit: false, reden: expect.stringContaining('quorum is niet gehaald: 4 van de ten minste 5') })
  })
})
