// User administration (account.beheren): the accounts of the organisatie, blocking and unblocking
// them, and a new account for a persoon found by name.
import { useState } from 'react'
import { Button, Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { AccountUit, PersoonKort } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld, metType, controleer } from '../../components/Formulier.tsx'
import { PersoonZoeker } from '../../components/PersoonZoeker.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { tijdstip } from '../../lib/format.ts'
import { BeheerKop, GeenRecht, useBeheerRechten } from './BeheerKop.tsx'

export function AccountsBeheerPagina() {
  const { organisatieId } = useApp()
  const rechten = useBeheerRechten()
  const accounts = useApi<{ resultaten: AccountUit[] }>(rechten.accounts ? apiUrl(`/organisaties/${organisatieId}/accounts`) : null)
  const [melding, setMelding] = useState<string | null>(null)
  const [fout, setFout] = useState<string | null>(null)

  const zetActief = async (a: AccountUit, actief: boolean) => {
    setMelding(null)
    setFout(null)
    try {
      await apiSend('PATCH', apiUrl(`/organisaties/${organisatieId}/accounts/${a.id}`), { actief })
      setMelding(`Het account van ${a.persoonNaam ?? a.email} is ${actief ? 'gedeblokkeerd' : 'geblokkeerd'}.`)
      accounts.opnieuw()
    } catch (e) {
      setFout((e as Error).message)
    }
  }

  return (
    <>
      <BeheerKop pagina="beheer-accounts" titel="Accounts" inleiding="Wie met een eigen account in Koers kan. Een account hoort bij een persoon; wat die mag, volgt uit de functies van de persoon." />
      {!rechten.accounts ? <GeenRecht wat="accounts" /> : (
        <>
          <section className="koers-paneel" aria-labelledby="accounts-kop">
            <Heading level={2} id="accounts-kop">Alle accounts</Heading>
            <Gelukt>{melding}</Gelukt>
            {fout && <div role="alert" className="utrecht-form-field-error-message">{fout}</div>}
            <ApiInhoud stand={accounts} wat="De accounts" niveau={3}>
              {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">Nog geen accounts.</Paragraph> : (
                <div className="koers-tabel-wrapper">
                  <Table>
                    <TableCaption className="koers-visueel-verborgen">Accounts van de organisatie</TableCaption>
                    <TableHeader><TableRow>
                      <TableHeaderCell scope="col">Naam</TableHeaderCell>
                      <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
                      <TableHeaderCell scope="col">Inloggen met</TableHeaderCell>
                      <TableHeaderCell scope="col">Laatst ingelogd</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col"><span className="koers-visueel-verborgen">Actie</span></TableHeaderCell>
                    </TableRow></TableHeader>
                    <TableBody>
                      {data.resultaten.map((a) => (
                        <TableRow key={a.id}>
                          <TableCell>{a.persoonNaam ?? '—'}</TableCell>
                          <TableCell>{a.email}</TableCell>
                          <TableCell>{[a.heeftWachtwoord ? 'wachtwoord' : null, a.oidcGekoppeld ? 'organisatieaccount' : null].filter(Boolean).join(', ') || 'organisatieaccount'}</TableCell>
                          <TableCell>{a.laatstIngelogdOp ? tijdstip(a.laatstIngelogdOp) : 'nog nooit'}</TableCell>
                          <TableCell><StatusBadge status={a.actief ? 'success' : 'invalid'}>{a.actief ? 'actief' : 'geblokkeerd'}</StatusBadge></TableCell>
                          <TableCell>
                            <Button type="button" appearance="secondary-action-button" onClick={() => void zetActief(a, !a.actief)}>
                              {a.actief ? 'Blokkeren' : 'Deblokkeren'}<span className="koers-visueel-verborgen"> {a.persoonNaam ?? a.email}</span>
                            </Button>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </ApiInhoud>
          </section>
          <NieuwAccount onAangemaakt={accounts.opnieuw} />
        </>
      )}
    </>
  )
}

const LABELS = { persoonId: 'Persoon', zoek: 'Naam van de persoon', email: 'E-mailadres', wachtwoord: 'Wachtwoord' }

function NieuwAccount({ onAangemaakt }: { onAangemaakt: () => void }) {
  const { organisatieId } = useApp()
  const [persoon, setPersoon] = useState<PersoonKort | null>(null)
  const [email, setEmail] = useState('')
  const [wachtwoord, setWachtwoord] = useState('')
  const [gelukt, setGelukt] = useState<string | null>(null)
  const [sleutel, setSleutel] = useState(0)
  const formulier = useVersturen(['persoonId', 'email', 'wachtwoord'])
  const v = formulier.fouten.velden

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const fouten = controleer({
      persoonId: !persoon && 'Zoek de persoon en kies haar of hem.',
      email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) && 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
      wachtwoord: wachtwoord !== '' && wachtwoord.length < 12 && 'Kies een wachtwoord van minstens 12 tekens, of laat het leeg.',
    })
    if (Object.keys(fouten).length > 0 || !persoon) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const ok = await formulier.verstuur(null, () => apiSend('POST', apiUrl(`/organisaties/${organisatieId}/accounts`), {
      persoonId: persoon.id, email: email.trim(), ...(wachtwoord ? { wachtwoord } : {}),
    }))
    if (ok) {
      setGelukt(`Er is een account aangemaakt voor ${persoon.naam} (${email.trim()}).`)
      setPersoon(null)
      setEmail('')
      setWachtwoord('')
      setSleutel((s) => s + 1)
      onAangemaakt()
    }
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuw-account-kop">
      <Heading level={2} id="nieuw-account-kop">Account aanmaken</Heading>
      <FoutSamenvatting titel="Het account is niet aangemaakt" fouten={formulier.fouten} labels={LABELS} prefix="account-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <form className="koers-formulier" aria-labelledby="nieuw-account-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <PersoonZoeker key={sleutel} organisatieId={organisatieId} prefix="account-" gekozen={persoon} onKies={setPersoon} fout={v.persoonId}
          onFout={(bericht) => formulier.toonFouten({ velden: { zoek: [bericht] }, algemeen: [] })} />
        <Veld naam="email" prefix="account-" label={LABELS.email} fouten={v.email}>
          {(p) => <Textbox {...p} type="email" ref={metType('email')} autoComplete="off" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Veld>
        <Veld naam="wachtwoord" prefix="account-" label={`${LABELS.wachtwoord} (niet verplicht)`} fouten={v.wachtwoord}
          omschrijving="Minstens 12 tekens. Laat leeg als de persoon alleen met het organisatieaccount (OpenID Connect) inlogt.">
          {(p) => <Textbox {...p} type="password" ref={metType('password')} autoComplete="new-password" value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Account aanmaken</Button>
        </div>
      </form>
    </section>
  )
}
