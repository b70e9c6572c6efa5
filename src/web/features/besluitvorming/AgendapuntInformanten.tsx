// The informanten of an agendapunt: the persons the chair invites for an item (organisatiebesluit,
// structurele overleggen 3). Their names (from the meeting's answer, or as just picked), a chooser that builds the list with PersoonZoeker (used by the form that adds an item), and
// per open item a disclosure "Informanten wijzigen" that PATCHes the whole list. The server refuses a
// decided item (409) and names a wrong persoon (informanten.N).
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Agendapunt, PersoonKort, Vergadering } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, useVersturen } from '../../components/Formulier.tsx'
import { PersoonZoeker } from '../../components/PersoonZoeker.tsx'

export interface Namen {
  naam: (persoonId: string) => string
  onthoud: (persoonId: string, naam: string) => void
}

/** Names for persoon ids: the meeting's deelnemers and the informanten the server named
 *  (Agendapunt.informantNamen), and whoever was just picked in a form (onthoud). */
export function usePersoonNamen(bekend: ReadonlyArray<{ persoonId: string; naam: string }>): Namen {
  const [gekozen, setGekozen] = useState<Record<string, string>>({})
  return {
    naam: (id) => bekend.find((b) => b.persoonId === id)?.naam ?? gekozen[id] ?? 'een persoon die niet te vinden is',
    onthoud: (id, naam) => setGekozen((oud) => (oud[id] === naam ? oud : { ...oud, [id]: naam })),
  }
}

/** "Hanna Vos en Bram Visser", "A, B en C". */
export function opsomming(namen: readonly string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)!}`
}

/**
 * Builds a list of informanten: the chosen ones with a button to take each off, and PersoonZoeker
 * to find and add one (Enter on a found persoon adds it too). The fieldset carries the id
 * veld-{prefix}informanten, so an error summary can link to it.
 */
export function InformantenKiezer({ prefix, gekozen, namen, onWijzig, fout }: {
  prefix: string
  gekozen: readonly string[]
  namen: Namen
  onWijzig: (ids: string[]) => void
  fout?: string[] | undefined
}) {
  const { organisatieId } = useApp()
  const [persoon, setPersoon] = useState<PersoonKort | null>(null)
  const [zoekFout, setZoekFout] = useState<string | null>(null)
  const [melding, setMelding] = useState('')
  const [sleutel, setSleutel] = useState(0)

  const voegToe = () => {
    if (!persoon) return setZoekFout('Zoek een persoon en kies die eerst.')
    setZoekFout(null)
    if (gekozen.includes(persoon.id)) return setMelding(`${persoon.naam} is al informant.`)
    namen.onthoud(persoon.id, persoon.naam)
    onWijzig([...gekozen, persoon.id])
    setMelding(`${persoon.naam} is toegevoegd als informant.`)
    setPersoon(null)
    setSleutel((n) => n + 1)
  }
  const haalWeg = (id: string) => {
    onWijzig(gekozen.filter((x) => x !== id))
    setMelding(`${namen.naam(id)} is geen informant meer.`)
    document.getElementById(`veld-${prefix}zoek`)?.focus()
  }
  // Enter on a found persoon adds them, rather than submitting the form around the chooser.
  const bijToets = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'radio') {
      e.preventDefault()
      voegToe()
    }
  }

  return (
    <Fieldset id={`veld-${prefix}informanten`} tabIndex={-1} invalid={Boolean(fout?.length)} className="koers-informanten">
      <FieldsetLegend>Informanten</FieldsetLegend>
      {fout && fout.length > 0 && <p className="utrecht-form-field-error-message">{fout.join(' ')}</p>}
      {gekozen.length === 0 ? <Paragraph className="koers-leeg">Nog geen informanten.</Paragraph> : (
        <ul className="koers-lijst-plat" aria-label="Gekozen informanten">
          {gekozen.map((id) => (
            <li key={id} className="koers-melding">
              <span>{namen.naam(id)}</span>
              <Button type="button" appearance="subtle-button" aria-label={`Weghalen: ${namen.naam(id)}`} onClick={() => haalWeg(id)}>Weghalen</Button>
            </li>
          ))}
        </ul>
      )}
      <div onKeyDown={bijToets}>
        <PersoonZoeker key={sleutel} organisatieId={organisatieId} prefix={prefix} gekozen={persoon} onKies={(p) => { setPersoon(p); setZoekFout(null) }}
          fout={zoekFout ? [zoekFout] : undefined} onFout={setZoekFout} />
      </div>
      <div className="koers-acties">
        <Button type="button" appearance="secondary-action-button" onClick={voegToe}>Als informant toevoegen</Button>
      </div>
      <div role="status" className="koers-klein">{melding}</div>
    </Fieldset>
  )
}

/** Per open agendapunt: "Informanten wijzigen" behind a disclosure, saved as a whole. */
export function InformantenBewerken({ vergadering, punt, namen, onGewijzigd }: {
  vergadering: Vergadering
  punt: Agendapunt
  namen: Namen
  onGewijzigd: (v: Vergadering, tekst: string) => void
}) {
  const { organisatieId } = useApp()
  const P = `punt-${punt.volgorde}-informant-`
  const [gekozen, setGekozen] = useState<string[]>(punt.informanten)
  const formulier = useVersturen(['informanten'])
  const openklap = useRef<HTMLDetailsElement>(null)

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const gelukt = await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<Vergadering>('PATCH', apiUrl(`/organisaties/${organisatieId}/agendapunten/${punt.id}`), { informanten: gekozen })
      const lijst = nieuw.agenda.find((x) => x.id === punt.id)?.informanten ?? []
      onGewijzigd(nieuw, lijst.length === 0
        ? `“${punt.titel}” heeft geen informanten meer.`
        : `De informanten van “${punt.titel}” zijn opgeslagen: ${opsomming(lijst.map(namen.naam))}.`)
    })
    if (gelukt && openklap.current) {
      openklap.current.open = false
      openklap.current.querySelector('summary')?.focus()
    }
  }

  return (
    <details ref={openklap} className="koers-openklap">
      <summary>Informanten wijzigen<span className="koers-visueel-verborgen"> bij punt {punt.volgorde}</span></summary>
      <FoutSamenvatting titel="De informanten zijn niet opgeslagen" fouten={formulier.fouten} labels={{ informanten: 'Informanten' }} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-label={`Informanten bij punt ${punt.volgorde} wijzigen`} onSubmit={(e) => void verstuur(e)} noValidate>
        <InformantenKiezer key={punt.informanten.join()} prefix={P} gekozen={gekozen} namen={namen} onWijzig={setGekozen} fout={formulier.fouten.velden.informanten} />
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Informanten opslaan</Button>
        </div>
      </form>
    </details>
  )
}
