// Search for an eenheid, functie or persoon by name. The zoekterm is kept in the URL (?zoekterm=),
// the number of results is announced (aria-live), and every result links to its page.
import { useEffect, useState, type FormEvent } from 'react'
import { Button, FormLabel, Heading, Textbox } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Zoekresultaten } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer, useLocatie } from '../../app/navigation.ts'
import { metQuery } from '../../app/routes.ts'
import { Foutmelding } from '../../components/Status.tsx'
import { eenheidSoort } from '../../lib/format.ts'

export function ZoekFormulier() {
  const { organisatieId, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  const locatie = useLocatie()
  const zoekterm = new URLSearchParams(locatie.search).get('zoekterm')?.trim() ?? ''
  const [invoer, setInvoer] = useState(zoekterm)
  const [fout, setFout] = useState<string | null>(null)
  useEffect(() => setInvoer(zoekterm), [zoekterm])
  const resultaten = useApi<Zoekresultaten>(zoekterm.length >= 2 ? apiUrl(`/organisaties/${organisatieId}/zoekresultaten`, { zoekterm, peildatum: peildatumOfVandaag, limiet: 25 }) : null)

  const zoek = (event: FormEvent) => {
    event.preventDefault()
    const term = invoer.trim()
    if (term.length < 2) {
      setFout('Vul minstens 2 tekens in.')
      return
    }
    setFout(null)
    navigeer(metQuery(locatie.pathname + locatie.search, { zoekterm: term }))
  }

  const data = zoekterm.length >= 2 && resultaten.status === 'klaar' ? resultaten.data : null
  const aantal = data ? data.eenheden.length + data.functies.length + data.personen.length : 0
  let melding = ''
  if (zoekterm.length >= 2 && resultaten.status === 'laden') melding = 'Zoeken…'
  else if (data) melding = aantal === 0 ? `Geen resultaten voor ‘${zoekterm}’.` : `${aantal} ${aantal === 1 ? 'resultaat' : 'resultaten'} voor ‘${zoekterm}’.`

  return (
    <section className="koers-paneel koers-zoek" aria-labelledby="zoek-kop">
      <Heading level={2} id="zoek-kop">Zoeken</Heading>
      <form role="search" onSubmit={zoek} noValidate>
        <div className={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label"><FormLabel htmlFor="zoekterm">Zoek een eenheid, functie of persoon</FormLabel></div>
          <div className="utrecht-form-field__input">
            <Textbox id="zoekterm" name="zoekterm" type="search" autoComplete="off" value={invoer} invalid={fout !== null}
              aria-describedby={fout ? 'zoekterm-fout' : undefined} onChange={(e) => setInvoer(e.target.value)} />
          </div>
          {fout && <p id="zoekterm-fout" className="utrecht-form-field-error-message">{fout}</p>}
        </div>
        <Button type="submit" appearance="primary-action-button">Zoeken</Button>
      </form>
      <p aria-live="polite" role="status" className="koers-klein">{melding}</p>
      {resultaten.status === 'fout' && zoekterm.length >= 2 && <Foutmelding bericht={resultaten.fout.message} opnieuw={resultaten.opnieuw} niveau={3} />}
      {data && aantal > 0 && (
        <div className="koers-zoekresultaten koers-kolommen koers-kolommen--gelijk">
          {data.eenheden.length > 0 && (
            <div>
              <Heading level={3}>Eenheden ({data.eenheden.length})</Heading>
              <ul className="koers-lijst-plat">
                {data.eenheden.map((e) => (
                  <li key={e.id}><AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: e.id })}>{e.naam}</AppLink> <span className="koers-klein">{eenheidSoort(e.soort)}</span></li>
                ))}
              </ul>
            </div>
          )}
          {data.functies.length > 0 && (
            <div>
              <Heading level={3}>Functies ({data.functies.length})</Heading>
              <ul className="koers-lijst-plat">
                {data.functies.map((f) => (
                  <li key={f.id}><AppLink href={`${maakHref({ pagina: 'eenheid', organisatieId, eenheidId: f.eenheidId })}#functie-${f.id}`}>{f.naam}</AppLink> <span className="koers-klein">in {f.eenheidNaam}</span></li>
                ))}
              </ul>
            </div>
          )}
          {data.personen.length > 0 && (
            <div>
              <Heading level={3}>Personen ({data.personen.length})</Heading>
              <ul className="koers-lijst-plat">
                {data.personen.map((p) => (
                  <li key={p.id}><AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: p.id })}>{p.naam}</AppLink>
                    {p.functie && <span className="koers-klein"> {p.functie}{p.eenheidNaam ? `, ${p.eenheidNaam}` : ''}</span>}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
