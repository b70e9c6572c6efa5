// Find a persoon of the organisatie by (part of) the name and choose one: a search field with a
// button (Enter works too), the number found announced, the results as radio buttons.
import { useState } from 'react'
import { Button, Fieldset, FieldsetLegend, Textbox } from '@utrecht/component-library-react'
import { apiGet, apiUrl } from '../api/client.ts'
import type { Pagina, PersoonKort } from '../api/types.ts'
import { metType, Veld } from './Formulier.tsx'

export function PersoonZoeker({ organisatieId, prefix, gekozen, onKies, fout, onFout }: {
  organisatieId: string
  /** Makes the ids unique on the page; the radio group gets id veld-{prefix}persoonId. */
  prefix: string
  gekozen: PersoonKort | null
  onKies: (persoon: PersoonKort | null) => void
  fout?: string[] | undefined
  onFout: (bericht: string) => void
}) {
  const [zoek, setZoek] = useState('')
  const [gevonden, setGevonden] = useState<PersoonKort[] | null>(null)
  const [zoekt, setZoekt] = useState(false)

  const zoekPersonen = async () => {
    if (zoek.trim() === '') return onFout('Vul (een deel van) de naam in.')
    setZoekt(true)
    try {
      const r = await apiGet<Pagina<PersoonKort>>(apiUrl(`/organisaties/${organisatieId}/personen`, { zoek: zoek.trim(), paginaGrootte: 10 }))
      setGevonden(r.resultaten)
      onKies(r.resultaten.length === 1 ? r.resultaten[0]! : null)
    } catch (e) {
      onFout((e as Error).message)
    } finally {
      setZoekt(false)
    }
  }

  return (
    <>
      <Veld naam="zoek" prefix={prefix} label="Naam van de persoon" omschrijving="Zoek op (een deel van) de naam en kies de persoon.">
        {(p) => (
          <div className="koers-acties">
            <Textbox {...p} type="search" ref={metType('search')} autoComplete="off" value={zoek} onChange={(e) => setZoek(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void zoekPersonen() } }} />
            <Button type="button" appearance="secondary-action-button" onClick={() => void zoekPersonen()} busy={zoekt}>Persoon zoeken</Button>
          </div>
        )}
      </Veld>
      <div role="status" className="koers-klein">{gevonden !== null && (gevonden.length === 0 ? 'Geen personen gevonden.' : `${gevonden.length} ${gevonden.length === 1 ? 'persoon' : 'personen'} gevonden.`)}</div>
      {gevonden !== null && gevonden.length > 0 ? (
        <Fieldset id={`veld-${prefix}persoonId`} tabIndex={-1} invalid={Boolean(fout?.length)}>
          <FieldsetLegend>Persoon</FieldsetLegend>
          {fout && fout.length > 0 && <p className="utrecht-form-field-error-message">{fout.join(' ')}</p>}
          <ul className="koers-keuzelijst">
            {gevonden.map((p) => (
              <li key={p.id} className="utrecht-form-field utrecht-form-field--radio">
                <input type="radio" ref={metType('radio', `${prefix}persoon`)} className="koers-keuze" id={`${prefix}persoon-${p.id}`} name={`${prefix}persoon`} value={p.id} checked={gekozen?.id === p.id} onChange={() => onKies(p)} />
                {' '}<label htmlFor={`${prefix}persoon-${p.id}`} className="utrecht-form-label utrecht-form-label--radio">{p.naam}
                  <span className="koers-klein">{p.functies.length > 0 ? ` — ${p.functies.map((f) => `${f.naam}, ${f.eenheidNaam}`).join('; ')}` : ' — geen functie'}</span></label>
              </li>
            ))}
          </ul>
        </Fieldset>
      ) : fout && fout.length > 0 ? <p id={`veld-${prefix}persoonId`} tabIndex={-1} className="utrecht-form-field-error-message">{fout.join(' ')}</p> : null}
    </>
  )
}
