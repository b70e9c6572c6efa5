// The notulen of a meeting (issue 6): read-only for whoever may not manage the meeting and for
// everyone once it is gesloten or geannuleerd; otherwise the text with "Notulen schrijven" or
// "Notulen bewerken" behind a disclosure (PATCH vergadering { notulen }). The server refuses notulen
// of a closed meeting (409); if the meeting was closed meanwhile (another tab, another person), the
// page reloads it, shows the notulen read-only and keeps the text that was not saved for copying.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert, Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react'
import { ApiFout, apiGet, apiSend, apiUrl } from '../../api/client.ts'
import type { Vergadering } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, useVersturen, Veld } from '../../components/Formulier.tsx'

export function Notulen({ vergadering, magBeheren, onGewijzigd, onVernieuwd }: {
  vergadering: Vergadering
  magBeheren: boolean
  onGewijzigd: (v: Vergadering, tekst: string) => void
  /** The meeting as the server has it now, without a success message. */
  onVernieuwd: (v: Vergadering) => void
}) {
  const [geweigerd, setGeweigerd] = useState<{ reden: string; tekst: string } | null>(null)
  const bewerkbaar = magBeheren && vergadering.status !== 'gesloten' && vergadering.status !== 'geannuleerd'
  const notulen = vergadering.notulen?.trim() ? vergadering.notulen : null

  return (
    <section className="koers-paneel" aria-labelledby="notulen-kop">
      <Heading level={2} id="notulen-kop">Notulen</Heading>
      {geweigerd && !bewerkbaar && <Geweigerd {...geweigerd} />}
      {notulen
        ? <div className="koers-voorsteltekst koers-notulen">{notulen}</div>
        : <Paragraph className="koers-leeg">{vergadering.status === 'gesloten' ? 'Bij deze vergadering zijn geen notulen vastgelegd.' : 'Er zijn nog geen notulen.'}</Paragraph>}
      {vergadering.status === 'gesloten' && <Paragraph className="koers-klein">De vergadering is gesloten: de notulen liggen vast.</Paragraph>}
      {bewerkbaar && <NotulenFormulier vergadering={vergadering} onGewijzigd={onGewijzigd} onGeweigerd={(reden, tekst, actueel) => { setGeweigerd({ reden, tekst }); onVernieuwd(actueel) }} />}
    </section>
  )
}

/** The 409 after the meeting was closed: announced and focused, with the text that was not saved. */
function Geweigerd({ reden, tekst }: { reden: string; tekst: string }) {
  const houder = useRef<HTMLDivElement>(null)
  useEffect(() => { houder.current?.focus() }, [])
  return (
    <div ref={houder} tabIndex={-1} className="koers-fout-samenvatting">
      <Alert type="warning" role="alert">
        <Heading level={3}>De notulen zijn niet opgeslagen</Heading>
        <Paragraph>{reden} Hieronder staan de notulen zoals ze zijn vastgelegd.</Paragraph>
        <details>
          <summary>Uw tekst die niet is opgeslagen</summary>
          <div className="koers-voorsteltekst">{tekst}</div>
        </details>
      </Alert>
    </div>
  )
}

function NotulenFormulier({ vergadering, onGewijzigd, onGeweigerd }: {
  vergadering: Vergadering
  onGewijzigd: (v: Vergadering, tekst: string) => void
  onGeweigerd: (reden: string, tekst: string, actueel: Vergadering) => void
}) {
  const { organisatieId } = useApp()
  const [tekst, setTekst] = useState(vergadering.notulen ?? '')
  const formulier = useVersturen(['notulen'])
  const openklap = useRef<HTMLDetailsElement>(null)
  const P = 'notulen-'
  const url = apiUrl(`/organisaties/${organisatieId}/vergaderingen/${vergadering.id}`)

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const uitslag = { opgeslagen: false }
    await formulier.verstuur(null, async () => {
      try {
        const nieuw = await apiSend<Vergadering>('PATCH', url, { notulen: tekst })
        uitslag.opgeslagen = true
        onGewijzigd(nieuw, tekst.trim() === '' ? 'De notulen zijn leeggemaakt.' : 'De notulen zijn opgeslagen.')
      } catch (fout) {
        // Closed meanwhile: show the meeting as it is now; the notulen become read-only.
        if (!(fout instanceof ApiFout) || fout.status !== 409) throw fout
        onGeweigerd(fout.probleem?.detail ?? fout.message, tekst, await apiGet<Vergadering>(url))
      }
    })
    if (uitslag.opgeslagen && openklap.current) {
      openklap.current.open = false
      openklap.current.querySelector('summary')?.focus()
    }
  }

  return (
    <details ref={openklap} className="koers-openklap">
      <summary>{vergadering.notulen?.trim() ? 'Notulen bewerken' : 'Notulen schrijven'}</summary>
      <FoutSamenvatting titel="De notulen zijn niet opgeslagen" fouten={formulier.fouten} labels={{ notulen: 'Notulen' }} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-label="Notulen" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="notulen" prefix={P} label="Notulen" omschrijving="Wat er per agendapunt is besproken. Na het sluiten van de vergadering liggen de notulen vast." fouten={formulier.fouten.velden.notulen}>
          {(p) => <Textarea {...p} rows={8} maxLength={100_000} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Notulen opslaan</Button>
        </div>
      </form>
    </details>
  )
}
