// Find a functie or an eenheid by (part of) its name and choose one, like PersoonZoeker: a search
// field with a button (Enter works too), the number found announced, the results as radio buttons.
import { useState } from 'react'
import { Button, Fieldset, FieldsetLegend, Textbox } from '@utrecht/component-library-react'
import { apiGet, apiUrl } from '../api/client.ts'
import type { EenheidKort, FunctieKort, Pagina } from '../api/types.ts'
import { eenheidSoort } from '../lib/format.ts'
import { metType, Veld } from './Formulier.tsx'

export interface Keuze { id: string; naam: string; toelichting?: string }

function Zoeker({ prefix, naam, wat, meervoud, label, nietVerplicht = false, omschrijving, zoekKnop, zoek: zoekFn, gekozen, onKies, fout, onFout }: {
  prefix: string
  nietVerplicht?: boolean
  /** The field name (for errors from the API): the radio group gets id veld-{prefix}{naam}. */
  naam: string
  wat: string
  meervoud: string
  label: string
  omschrijving: string
  zoekKnop: string
  zoek: (term: string) => Promise<Keuze[]>
  gekozen: Keuze | null
  onKies: (k: Keuze | null) => void
  fout?: string[] | undefined
  onFout: (bericht: string) => void
}) {
  const [term, setTerm] = useState('')
  const [gevonden, setGevonden] = useState<Keuze[] | null>(null)
  const [zoekt, setZoekt] = useState(false)
  const zoek = async () => {
    if (term.trim() === '') return onFout('Vul (een deel van) de naam in.')
    setZoekt(true)
    try {
      const r = await zoekFn(term.trim())
      setGevonden(r)
      onKies(r.length === 1 ? r[0]! : null)
    } catch (e) {
      onFout((e as Error).message)
    } finally {
      setZoekt(false)
    }
  }
  return (
    <>
      <Veld naam={`${naam}-zoek`} prefix={prefix} label={`${label} zoeken${nietVerplicht ? ' (niet verplicht)' : ''}`} omschrijving={omschrijving}>
        {(p) => (
          <div className="koers-acties">
            <Textbox {...p} type="search" ref={metType('search')} autoComplete="off" value={term} onChange={(e) => setTerm(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void zoek() } }} />
            <Button type="button" appearance="secondary-action-button" onClick={() => void zoek()} busy={zoekt}>{zoekKnop}</Button>
          </div>
        )}
      </Veld>
      <div role="status" className="koers-klein">{gevonden !== null && (gevonden.length === 0 ? `Geen ${meervoud} gevonden.` : `${gevonden.length} ${gevonden.length === 1 ? wat : meervoud} gevonden.`)}</div>
      {gevonden !== null && gevonden.length > 0 ? (
        <Fieldset id={`veld-${prefix}${naam}`} tabIndex={-1} invalid={Boolean(fout?.length)}>
          <FieldsetLegend>{label}</FieldsetLegend>
          {fout && fout.length > 0 && <p className="utrecht-form-field-error-message">{fout.join(' ')}</p>}
          <ul className="koers-keuzelijst">
            {gevonden.map((k) => (
              <li key={k.id} className="utrecht-form-field utrecht-form-field--radio">
                <input type="radio" ref={metType('radio', `${prefix}${naam}`)} className="koers-keuze" id={`${prefix}${naam}-${k.id}`} name={`${prefix}${naam}`} value={k.id}
                  checked={gekozen?.id === k.id} onChange={() => onKies(k)} />
                {' '}<label htmlFor={`${prefix}${naam}-${k.id}`} className="utrecht-form-label utrecht-form-label--radio">{k.naam}
                  {k.toelichting && <span className="koers-klein"> — {k.toelichting}</span>}</label>
              </li>
            ))}
          </ul>
        </Fieldset>
      ) : fout && fout.length > 0 ? <p id={`veld-${prefix}${naam}`} tabIndex={-1} className="utrecht-form-field-error-message">{fout.join(' ')}</p> : null}
    </>
  )
}

type ZoekerProps = { organisatieId: string; prefix: string; naam: string; label: string; nietVerplicht?: boolean; gekozen: Keuze | null; onKies: (k: Keuze | null) => void; fout?: string[] | undefined; onFout: (bericht: string) => void }

/** A functie, shown with its eenheid and who holds it today. */
export function FunctieZoeker({ organisatieId, ...rest }: ZoekerProps) {
  const zoek = async (term: string) => {
    const r = await apiGet<Pagina<FunctieKort>>(apiUrl(`/organisaties/${organisatieId}/functies`, { zoek: term, paginaGrootte: 10 }))
    return r.resultaten.map((f) => ({ id: f.id, naam: f.naam, toelichting: `${f.eenheid.naam}${f.houders.length > 0 ? `, ${f.houders.map((h) => h.naam).join(', ')}` : ', vacant'}` }))
  }
  return <Zoeker {...rest} wat="functie" meervoud="functies" zoekKnop="Functie zoeken" omschrijving="Zoek op (een deel van) de naam van de functie en kies haar." zoek={zoek} />
}

/** An eenheid (team, afdeling …) of the organisatie today. */
export function EenheidZoeker({ organisatieId, ...rest }: ZoekerProps) {
  const zoek = async (term: string) => {
    const r = await apiGet<Pagina<EenheidKort>>(apiUrl(`/organisaties/${organisatieId}/eenheden`, { zoek: term, paginaGrootte: 10 }))
    return r.resultaten.map((e) => ({ id: e.id, naam: e.naam, toelichting: eenheidSoort(e.soort) }))
  }
  return <Zoeker {...rest} wat="eenheid" meervoud="eenheden" zoekKnop="Eenheid zoeken" omschrijving="Zoek op (een deel van) de naam van de eenheid en kies haar." zoek={zoek} />
}
