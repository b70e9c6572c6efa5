// API tokens for machine clients (account.beheren): the list (revoked ones too), a new token
// limited to chosen handelingen (its secret shown once), and revoking.
import { useState } from 'react'
import { Alert, Button, Fieldset, FieldsetLegend, Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { ApiTokenUit, Handeling, NieuwApiToken } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld, metType, controleer } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum, handeling, HANDELING_CODES, tijdstip } from '../../lib/format.ts'
import { BeheerKop, GeenRecht, useBeheerRechten } from './BeheerKop.tsx'

export function ApiTokensBeheerPagina() {
  const { organisatieId } = useApp()
  const rechten = useBeheerRechten()
  const tokens = useApi<{ resultaten: ApiTokenUit[] }>(rechten.accounts ? apiUrl(`/organisaties/${organisatieId}/api-tokens`) : null)
  const [melding, setMelding] = useState<string | null>(null)
  const [fout, setFout] = useState<string | null>(null)

  const intrekken = async (t: ApiTokenUit) => {
    if (!window.confirm(`Het token "${t.naam}" intrekken? Koppelingen die het gebruiken, werken dan niet meer.`)) return
    setMelding(null)
    setFout(null)
    try {
      await apiSend('DELETE', apiUrl(`/organisaties/${organisatieId}/api-tokens/${t.id}`))
      setMelding(`Het token "${t.naam}" is ingetrokken.`)
      tokens.opnieuw()
    } catch (e) {
      setFout((e as Error).message)
    }
  }

  return (
    <>
      <BeheerKop pagina="beheer-api-tokens" titel="API-tokens" inleiding="Koppelingen met andere systemen gebruiken een API-token. Een token mag alleen de handelingen die u kiest, in deze organisatie." />
      {!rechten.accounts ? <GeenRecht wat="API-tokens" /> : (
        <>
          <NieuwToken onAangemaakt={tokens.opnieuw} />
          <section className="koers-paneel" aria-labelledby="tokens-kop">
            <Heading level={2} id="tokens-kop">Alle tokens</Heading>
            <Gelukt>{melding}</Gelukt>
            {fout && <div role="alert" className="utrecht-form-field-error-message">{fout}</div>}
            <ApiInhoud stand={tokens} wat="De tokens" niveau={3}>
              {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">Nog geen API-tokens.</Paragraph> : (
                <div className="koers-tabel-wrapper">
                  <Table>
                    <TableCaption className="koers-visueel-verborgen">API-tokens van de organisatie</TableCaption>
                    <TableHeader><TableRow>
                      <TableHeaderCell scope="col">Naam</TableHeaderCell>
                      <TableHeaderCell scope="col">Begint met</TableHeaderCell>
                      <TableHeaderCell scope="col">Mag</TableHeaderCell>
                      <TableHeaderCell scope="col">Laatst gebruikt</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col"><span className="koers-visueel-verborgen">Actie</span></TableHeaderCell>
                    </TableRow></TableHeader>
                    <TableBody>
                      {data.resultaten.map((t) => {
                        const verlopen = t.verlooptOp !== null && new Date(t.verlooptOp) < new Date()
                        return (
                          <TableRow key={t.id}>
                            <TableCell>{t.naam}<br /><span className="koers-klein">aangemaakt {tijdstip(t.aangemaaktOp)}</span></TableCell>
                            <TableCell><code className="koers-code">{t.prefix}…</code></TableCell>
                            <TableCell>{t.handelingen.map(handeling).join('; ')}</TableCell>
                            <TableCell>{t.laatstGebruiktOp ? tijdstip(t.laatstGebruiktOp) : 'nog nooit'}</TableCell>
                            <TableCell>
                              {t.ingetrokkenOp ? <StatusBadge status="inactive">ingetrokken</StatusBadge>
                                : verlopen ? <StatusBadge status="inactive">verlopen</StatusBadge>
                                : <StatusBadge status="success">{t.verlooptOp ? `geldig tot ${datum(t.verlooptOp)}` : 'geldig'}</StatusBadge>}
                            </TableCell>
                            <TableCell>
                              {!t.ingetrokkenOp && !verlopen && (
                                <Button type="button" appearance="secondary-action-button" onClick={() => void intrekken(t)}>
                                  Intrekken<span className="koers-visueel-verborgen"> {t.naam}</span>
                                </Button>
                              )}
                            </TableCell>
                          </TableRow>
                        )
                      })}
                    </TableBody>
                  </Table>
                </div>
              )}
            </ApiInhoud>
          </section>
        </>
      )}
    </>
  )
}

const LABELS = { naam: 'Naam van de koppeling', handelingen: 'Handelingen', verlooptOp: 'Geldig tot' }

function NieuwToken({ onAangemaakt }: { onAangemaakt: () => void }) {
  const { organisatieId } = useApp()
  const [naam, setNaam] = useState('')
  const [gekozen, setGekozen] = useState<Handeling[]>(['organisatie.lezen'])
  const [verlooptOp, setVerlooptOp] = useState('')
  const [nieuw, setNieuw] = useState<NieuwApiToken | null>(null)
  const formulier = useVersturen(['naam', 'handelingen', 'verlooptOp'])
  const v = formulier.fouten.velden

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setNieuw(null)
    const fouten = controleer({
      naam: naam.trim() === '' && 'Geef de koppeling een naam, bijvoorbeeld "Zaaksysteem".',
      handelingen: gekozen.length === 0 && 'Kies minstens één handeling.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    let token: NieuwApiToken | null = null
    const ok = await formulier.verstuur(null, async () => {
      token = await apiSend<NieuwApiToken>('POST', apiUrl(`/organisaties/${organisatieId}/api-tokens`), {
        naam: naam.trim(), handelingen: gekozen, ...(verlooptOp ? { verlooptOp: new Date(`${verlooptOp}T00:00:00`).toISOString() } : {}),
      })
    })
    if (ok && token) {
      setNieuw(token)
      setNaam('')
      setGekozen(['organisatie.lezen'])
      setVerlooptOp('')
      onAangemaakt()
    }
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuw-token-kop">
      <Heading level={2} id="nieuw-token-kop">Token aanmaken</Heading>
      <FoutSamenvatting titel="Het token is niet aangemaakt" fouten={formulier.fouten} labels={LABELS} prefix="token-" houder={formulier.samenvatting} />
      <div role="status">
        {nieuw && (
          <Alert type="ok" role="none">
            <Heading level={3}>Token "{nieuw.naam}" is aangemaakt</Heading>
            <Paragraph>Kopieer het token nu en bewaar het veilig in de koppeling. Koers toont het niet opnieuw.</Paragraph>
            <code className="koers-token" aria-label="Het nieuwe token">{nieuw.token}</code>
          </Alert>
        )}
      </div>
      <form className="koers-formulier koers-formulier--breed" aria-labelledby="nieuw-token-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="naam" prefix="token-" label={LABELS.naam} fouten={v.naam}>
          {(p) => <Textbox {...p} autoComplete="off" value={naam} onChange={(e) => setNaam(e.target.value)} />}
        </Veld>
        <Fieldset id="veld-token-handelingen" tabIndex={-1} invalid={Boolean(v.handelingen)}>
          <FieldsetLegend>{LABELS.handelingen}</FieldsetLegend>
          {v.handelingen && <p className="utrecht-form-field-error-message">{v.handelingen.join(' ')}</p>}
          <ul className="koers-keuzelijst">
            {HANDELING_CODES.map((h) => (
              <li key={h} className="utrecht-form-field utrecht-form-field--checkbox">
                <input type="checkbox" ref={metType('checkbox')} className="koers-keuze" id={`token-handeling-${h}`} checked={gekozen.includes(h)}
                  onChange={(e) => setGekozen(e.target.checked ? [...gekozen, h] : gekozen.filter((x) => x !== h))} />
                {' '}<label htmlFor={`token-handeling-${h}`} className="utrecht-form-label utrecht-form-label--checkbox">{handeling(h)}</label>
              </li>
            ))}
          </ul>
        </Fieldset>
        <Veld naam="verlooptOp" prefix="token-" label={`${LABELS.verlooptOp} (niet verplicht)`} omschrijving="Leeg: het token blijft geldig tot u het intrekt." fouten={v.verlooptOp}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={verlooptOp} onChange={(e) => setVerlooptOp(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Token aanmaken</Button>
        </div>
      </form>
    </section>
  )
}
