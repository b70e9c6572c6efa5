// Pick an eenheid or functie by searching its name (never by typing a UUID). Results are buttons;
// their number is announced. Eenheden made earlier in the same wijziging can be picked as well.
import { useEffect, useState } from 'react'
import { Button, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { EenheidKortLijst, FunctieKort, Pagina } from './kiezer-types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import type { Keuze } from './acties-formulier.ts'
import { VeldFout } from './VeldFout.tsx'

export interface KiezerProps {
  id: string
  label: string
  wat: 'eenheid' | 'functie'
  peildatum: string
  gekozen: Keuze | null
  onKies: (keuze: Keuze | null) => void
  fouten?: string[] | undefined
  /** Eenheden made earlier in this wijziging, offered before the search results. */
  nieuw?: Keuze[]
  beschrijving?: string
}

export function Kiezer({ id, label, wat, peildatum, gekozen, onKies, fouten = [], nieuw = [], beschrijving }: KiezerProps) {
  const { organisatieId } = useApp()
  const [term, setTerm] = useState('')
  const [zoekterm, setZoekterm] = useState('')
  useEffect(() => {
    const t = window.setTimeout(() => setZoekterm(term.trim()), 250)
    return () => window.clearTimeout(t)
  }, [term])
  const pad = wat === 'eenheid' ? 'eenheden' : 'functies'
  const resultaten = useApi<Pagina<EenheidKortLijst | FunctieKort>>(zoekterm.length >= 2 && !gekozen
    ? apiUrl(`/organisaties/${organisatieId}/${pad}`, { zoek: zoekterm, peildatum, paginaGrootte: 8 }) : null)
  const opties: (Keuze & { toelichting?: string })[] = zoekterm.length >= 2 && resultaten.status === 'klaar'
    ? resultaten.data.resultaten.map((r) => ({ id: r.id, naam: r.naam, ...('eenheid' in r ? { toelichting: `in ${r.eenheid.naam}` } : {}) }))
    : []
  const nieuwGefilterd = nieuw.filter((n) => zoekterm === '' || n.naam.toLowerCase().includes(zoekterm.toLowerCase()))
  const beschrijvingId = `${id}-beschrijving`
  const foutId = `${id}-fout`
  const statusTekst = gekozen ? '' : zoekterm.length < 2 ? '' : resultaten.status === 'laden' ? 'Zoeken…'
    : `${opties.length === 0 ? 'Geen' : opties.length} ${wat === 'eenheid' ? (opties.length === 1 ? 'eenheid' : 'eenheden') : (opties.length === 1 ? 'functie' : 'functies')} gevonden.`

  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fouten.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      <FormFieldDescription id={beschrijvingId}>{beschrijving ?? `Zoek op naam en kies de ${wat}.`}</FormFieldDescription>
      {gekozen ? (
        <ul className="koers-gekozen" aria-label={`Gekozen ${wat}`}>
          <li>
            <span id={id} tabIndex={-1}>{gekozen.naam}{gekozen.sleutel ? ' (nieuw in deze wijziging)' : ''}</span>
            <Button appearance="subtle-button" onClick={() => { onKies(null); setTerm('') }} aria-label={`${gekozen.naam} niet meer kiezen (${label})`}>Wijzig</Button>
          </li>
        </ul>
      ) : (
        <>
          <div className="utrecht-form-field__input">
            <Textbox id={id} type="search" autoComplete="off" value={term} invalid={fouten.length > 0}
              aria-describedby={[beschrijvingId, fouten.length ? foutId : ''].filter(Boolean).join(' ')}
              onChange={(e) => setTerm(e.target.value)} />
          </div>
          <p className="koers-visueel-verborgen" role="status" aria-live="polite">{statusTekst}</p>
          {(opties.length > 0 || nieuwGefilterd.length > 0) && (
            <ul className="koers-kiezer-lijst" aria-label={`Zoekresultaten voor ${label}`}>
              {nieuwGefilterd.map((o) => (
                <li key={`s-${o.sleutel}`}><button type="button" onClick={() => onKies(o)}>Kies {o.naam} <span className="koers-klein">nieuw in deze wijziging</span></button></li>
              ))}
              {opties.map((o) => (
                <li key={o.id}><button type="button" onClick={() => onKies({ id: o.id!, naam: o.naam })}>Kies {o.naam}{o.toelichting && <span className="koers-klein">{o.toelichting}</span>}</button></li>
              ))}
            </ul>
          )}
        </>
      )}
      <VeldFout id={foutId} fouten={fouten} />
    </div>
  )
}
